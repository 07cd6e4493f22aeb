// Package latencybench measures what a requester waits for one trivial task: from sending
// the match (trust 1, the built-in echo app) to the result downloaded and verified against
// the digest the chain certified, on a grid set up as `decloud dev` sets its own up.
package latencybench

import (
	"context"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
	"github.com/decloud/decloud/taskparams"
)

// Report is what `decloud bench latency` prints.
type Report struct {
	Runs       int       `json:"runs"`
	Path       string    `json:"path"` // "batched" or "per-task"
	P50Seconds float64   `json:"p50Seconds"`
	P95Seconds float64   `json:"p95Seconds"`
	Seconds    []float64 `json:"seconds"` // each run, in order
	Scope      string    `json:"scope"`
}

// Config says what to run.
type Config struct {
	Runs    int      // tasks, one after the other (default 20)
	Workers int      // the pool's workers (default 4, as decloud dev)
	Command []string // sandbox child command (default: this binary)
	Spares  int      // warm sandbox children (wasm.Config.Spares; decloud dev keeps 1)
	// PerTask runs the tasks on the per-task path; by default they are batched, as
	// decloud dev's pool settles them.
	PerTask bool
}

// Run starts a grid in a temporary directory, runs the tasks one after the other and
// reports their latencies.
func Run(ctx context.Context, cfg Config) (Report, error) {
	if cfg.Runs <= 0 {
		cfg.Runs = 20
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 4
	}
	rep := Report{Runs: cfg.Runs, Path: "batched", Scope: "match sent to result downloaded and verified; trust 1, built-in echo app; chain, scheduler, workers and market in this process as in decloud dev (1 s heartbeat, 100 ms scheduler step)"}
	dir, err := os.MkdirTemp("", "decloud-bench-latency-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(dir)
	app, err := devnet.BenchApp(dir, "")
	if err != nil {
		return rep, err
	}
	n, err := devnet.Start(ctx, devnet.Config{Dir: dir, WorkerAccounts: cfg.Workers, Workers: cfg.Workers, AppModule: app,
		Heartbeat: time.Second, Tick: 100 * time.Millisecond, WasmCommand: cfg.Command, WasmSpares: cfg.Spares, Batched: !cfg.PerTask})
	if err != nil {
		return rep, err
	}
	defer n.Close()
	tag := poco.TagBatched
	if cfg.PerTask {
		rep.Path, tag = "per-task", common.Hash{}
	}
	var took []time.Duration
	for i := range cfg.Runs {
		t0 := time.Now()
		dealid, err := n.RequestTagged(ctx, n.App, common.Address{}, 1, 1, taskparams.Params{Args: fmt.Sprintf("latency %d", i)}.Encode(), tag)
		if err != nil {
			return rep, err
		}
		if _, err := n.Wait(ctx, dealid, 1); err != nil {
			return rep, err
		}
		blob, digest, err := n.ResultBlob(ctx, poco.TaskID(dealid, 0))
		if err != nil {
			return rep, err
		}
		if err := sdk.VerifyArchive(blob, digest); err != nil {
			return rep, err
		}
		d := time.Since(t0)
		took = append(took, d)
		rep.Seconds = append(rep.Seconds, d.Seconds())
	}
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	rep.P50Seconds = took[len(took)/2].Seconds()
	rep.P95Seconds = took[min(len(took)-1, len(took)*95/100)].Seconds()
	return rep, nil
}
