// Package executor runs a task's application in a sandbox. One interface, several
// sandboxes: executor/wasm (wazero, WASI preview 1, the default) and, later, an OCI one; the
// shared suite in executor/executortest holds every sandbox to the same behaviour.
//
// What every sandbox guarantees: the app sees its arguments, a few DECLOUD_* environment
// variables, the inputs read-only under /in and a writable /out, nothing else of the host;
// no network; a memory limit; a wall-clock limit after which the run is cut and fails
// cleanly; an output size cap; and determinism where the sandbox can give it (wasm: clocks
// and random source derived from the task), so honest replicas produce identical bytes.
package executor

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"time"
)

// Spec is one run of an app.
type Spec struct {
	TaskID    string // 0x-prefixed hex task id; DECLOUD_TASK_ID
	TaskIndex uint64 // DECLOUD_TASK_INDEX
	DealID    string // DECLOUD_DEAL_ID
	App       string // path of the app's code on local disk (a .wasm module)
	Checksum  string // lowercase hex sha256 of the app's code: refused if it differs
	Args      []string
	Env       map[string]string // extra variables (DECLOUD_* ones are set by the executor)
	InputDir  string            // mounted read-only at /in; "" for none
	OutputDir string            // mounted read-write at /out; must exist
	Memory    int64             // bytes of memory the app may use (default 256 MiB)
	MaxOutput int64             // bytes the app may leave under /out (default 64 MiB)
	MaxFiles  int               // files and directories the app may create under /out (default 4096)
	Timeout   time.Duration     // wall-clock limit (required)
	Seed      [32]byte          // seeds the app's random source (derive it from the task id)
	// Devices are the host devices the run may use, by Container Device Interface name
	// (vendor/class=name, e.g. "nvidia.com/gpu=0"): the worker's own choice for a task that
	// asks for a GPU, never a requester's. A sandbox that cannot give them refuses the
	// spec (ErrBadSpec).
	Devices []string
	// Reuse, when not empty, lets the sandbox process that runs this spec run later specs
	// with the same Reuse value, the same Checksum and the same memory limit (and only
	// those; a sandbox may require more alike, wasm the output limit), each in a fresh
	// instance with its own /in, /out and logs, instead of a new process for each (a
	// sandbox that cannot reuse processes ignores it). A caller sets it to something that
	// names one party's work: the worker passes the deal id, so no process is ever shared
	// between deals. Empty: a process of its own, as before. See docs/sandbox.md.
	Reuse string
}

// Defaults for unset limits.
const (
	DefaultMemory    = 256 << 20
	DefaultMaxOutput = 64 << 20
	DefaultMaxFiles  = 4096
	// MemoryOverhead is what a sandbox may use besides an app's memory limit (its runtime
	// and the app's compiled code): a run's peak RSS stays within Memory + MemoryOverhead.
	MemoryOverhead = 160 << 20
	// MaxLog is how much of the app's stdout and stderr a Result keeps.
	MaxLog = 64 << 10
)

// Result is what a run produced besides /out. The logs are kept as they are written, at
// most MaxLog bytes each: an app's output never reaches the worker's disk.
type Result struct {
	ExitCode    int
	Stdout      []byte // at most MaxLog bytes (the tail)
	Stderr      []byte
	Elapsed     time.Duration
	OutputBytes int64
	PeakRSS     int64 // the sandbox process's peak resident memory in bytes (0 when unknown)
}

// Executor runs apps. Run returns a Result whenever the app ran; the error says why the
// replicate failed: ErrBadApp (checksum or format), ErrTimeout, ErrMemory,
// ErrOutputTooLarge, or an *ExitError for a non-zero exit status.
type Executor interface {
	Run(ctx context.Context, spec Spec) (Result, error)
}

// Errors a replicate can fail with; the messages are meant for the requester.
var (
	ErrBadApp         = errors.New("executor: the app cannot be run")
	ErrTimeout        = errors.New("executor: the app exceeded its time limit")
	ErrMemory         = errors.New("executor: the app exceeded its memory limit")
	ErrOutputTooLarge = errors.New("executor: the app wrote more than its output limit")
	ErrBadSpec        = errors.New("executor: bad run specification")
	// ErrTrap: the app stopped on a trap (an unreachable instruction, a division by zero,
	// an out-of-bounds access): a failure of the app, like a non-zero exit.
	ErrTrap = errors.New("executor: the app trapped")
)

// ExitError is a run that ended with a non-zero exit status.
type ExitError struct {
	Code   int
	Reason string // the end of the app's stderr
}

func (e *ExitError) Error() string {
	return fmt.Sprintf("executor: the app exited with status %d: %s", e.Code, e.Reason)
}

// Check validates a spec and fills defaults.
func (s *Spec) Check() error {
	switch {
	case s.App == "":
		return fmt.Errorf("%w: no app", ErrBadSpec)
	case s.OutputDir == "":
		return fmt.Errorf("%w: no output directory", ErrBadSpec)
	case s.Timeout <= 0:
		return fmt.Errorf("%w: no time limit", ErrBadSpec)
	case len(s.Checksum) != 64:
		return fmt.Errorf("%w: checksum must be 64 hex characters", ErrBadSpec)
	}
	if s.Memory <= 0 {
		s.Memory = DefaultMemory
	}
	if s.MaxOutput <= 0 {
		s.MaxOutput = DefaultMaxOutput
	}
	if s.MaxFiles <= 0 {
		s.MaxFiles = DefaultMaxFiles
	}
	return nil
}

// Environment returns the variables every app gets, then the spec's own.
func (s *Spec) Environment() map[string]string {
	env := map[string]string{
		"DECLOUD_TASK_ID":    s.TaskID,
		"DECLOUD_TASK_INDEX": fmt.Sprint(s.TaskIndex),
		"DECLOUD_DEAL_ID":    s.DealID,
		"DECLOUD_IN":         "/in",
		"DECLOUD_OUT":        "/out",
	}
	for k, v := range s.Env {
		if _, reserved := env[k]; !reserved {
			env[k] = v
		}
	}
	return env
}

// Tail returns the last n bytes of b.
func Tail(b []byte, n int) []byte {
	if len(b) <= n {
		return b
	}
	return b[len(b)-n:]
}

// EmptyDir removes what dir, a directory of root, holds, and leaves dir: a run's
// directories are emptied for the next run rather than made anew. Through root, no link
// leads the removal out of it.
func EmptyDir(root *os.Root, dir string) error {
	f, err := root.Open(dir)
	if err != nil {
		return err
	}
	names, err := f.Readdirnames(-1)
	_ = f.Close()
	if err != nil {
		return err
	}
	for _, n := range names {
		if err := root.RemoveAll(path.Join(dir, n)); err != nil {
			return err
		}
	}
	return nil
}
