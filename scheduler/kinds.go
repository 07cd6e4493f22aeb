package scheduler

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/match"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/taskparams"
)

// What a worker can run. A deal's tasks go only to workers that run its app's kind
// (Resources.Executors) and, when the deal's tag has poco.TagGPU, advertise a GPU. Both are
// the worker's own word, like the rest of its ad: a worker that advertises "oci" or a GPU
// it cannot use fails the tasks it takes, like any failing worker (its replicates are
// reported failed or stall, and go to other workers); the scheduler does not check it.

// Bounds on what a worker may advertise at login (Resources.Check): a longer list or name
// is refused, so that a hostile worker cannot make the pool store, or every plan walk, a
// million entries.
const (
	MaxExecutors = match.MaxExecutors // app kinds named in Executors
	MaxDevices   = 256                // device names in Devices
	MaxNameLen   = 256                // bytes of an executor's or a device's name, and of OCI
)

// ErrBadResources is wrapped by the error of Resources.Check (400 bad_resources at login).
var ErrBadResources = errors.New("scheduler: bad resources")

// Check refuses an ad over the bounds above, or with a negative GPU count or GPU memory.
func (r Resources) Check() error {
	switch {
	case len(r.Executors) > MaxExecutors:
		return fmt.Errorf("%w: %d executors, at most %d", ErrBadResources, len(r.Executors), MaxExecutors)
	case len(r.Devices) > MaxDevices:
		return fmt.Errorf("%w: %d devices, at most %d", ErrBadResources, len(r.Devices), MaxDevices)
	case len(r.OCI) > MaxNameLen:
		return fmt.Errorf("%w: an OCI version over %d bytes", ErrBadResources, MaxNameLen)
	case r.GPU < 0 || r.GPUMemoryMB < 0:
		return fmt.Errorf("%w: a negative GPU count or memory", ErrBadResources)
	}
	for _, list := range [][]string{r.Executors, r.Devices} {
		for _, s := range list {
			if s == "" || len(s) > MaxNameLen {
				return fmt.Errorf("%w: a name that is empty or over %d bytes", ErrBadResources, MaxNameLen)
			}
		}
	}
	return nil
}

// executors is the app kinds r runs: the ones it advertises, wasm alone when it advertises
// none (a worker from before executors were advertised).
func (r Resources) executors() []string {
	if len(r.Executors) == 0 {
		return []string{poco.AppKindName(poco.AppWASM)}
	}
	return r.Executors
}

// runsKind reports whether r runs apps of kind (0, unknown, counts as wasm).
func (r Resources) runsKind(kind uint8) bool {
	if kind == 0 {
		kind = poco.AppWASM
	}
	name := poco.AppKindName(kind)
	return name != "" && slices.Contains(r.executors(), name)
}

// hasGPU reports whether r can take a task whose deal has tag: it has a GPU, or the tag
// does not ask for one.
func (r Resources) hasGPU(tag common.Hash) bool {
	return r.GPU >= 1 || !poco.HasTag(tag, poco.TagGPU)
}

// kindName names an app kind in messages.
func kindName(kind uint8) string {
	if kind == 0 {
		kind = poco.AppWASM
	}
	if n := poco.AppKindName(kind); n != "" {
		return n
	}
	return "kind " + strconv.Itoa(int(kind))
}

// dealProgram compiles d's requirements and rank (an error when its params do not parse
// or validate).
func dealProgram(d *DealTasks) (*match.Program, error) {
	params, err := taskparams.ParseValid(d.Params)
	if err != nil {
		return nil, err
	}
	return params.Program()
}

// idleReason says why no worker of alive can take d's tasks (eligible found none), nil if
// one could.
func idleReason(d *DealTasks, alive map[common.Address]*Worker, cfg Config) error {
	prog, err := dealProgram(d)
	if err != nil {
		return err
	}
	var ws []*Worker
	for _, w := range alive {
		if !w.excluded(cfg) {
			ws = append(ws, w)
		}
	}
	return canRun(ws, d.AppKind, d.Tag, prog)
}

// canRun reports whether one of ws (the live workers not excluded) can run a deal of app
// kind and tag whose requirements are prog (nil: none): nil when one can, else an error
// wrapping ErrCannotServe that says what all of them lack, in this order: any worker at
// all, the app's kind, a GPU, the requirements.
func canRun(ws []*Worker, kind uint8, tag common.Hash, prog *match.Program) error {
	if len(ws) == 0 {
		return fmt.Errorf("%w: no worker is logged in", ErrCannotServe)
	}
	var kinds, gpus int
	for _, w := range ws {
		if !w.Resources.runsKind(kind) {
			continue
		}
		kinds++
		if !w.Resources.hasGPU(tag) {
			continue
		}
		gpus++
		if prog == nil || prog.Matches(w.Ad()) {
			return nil
		}
	}
	switch {
	case kinds == 0:
		return fmt.Errorf("%w: no live worker runs %s apps", ErrCannotServe, kindName(kind))
	case gpus == 0:
		return fmt.Errorf("%w: no live worker that runs %s apps has a GPU", ErrCannotServe, kindName(kind))
	}
	return fmt.Errorf("%w: none of the %d live workers that can run it meets the requirements", ErrCannotServe, gpus)
}
