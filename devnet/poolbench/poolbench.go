// Package poolbench measures a workerpool end to end: a trust-1 deal of many tasks with a
// trivial WASM app through the embedded chain, one scheduler and many in-process workers.
package poolbench

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/executor/executortest"
)

// Report is what `decloud bench pool` prints.
type Report struct {
	Tasks          int     `json:"tasks"`
	Workers        int     `json:"workers"`
	TasksPerSecond float64 `json:"tasksPerSecond"` // from the match to the last finalize seen
	P50Seconds     float64 `json:"p50Seconds"`     // per task, match to completion
	P95Seconds     float64 `json:"p95Seconds"`
	// The scheduler shares its process with the chain and the workers; these are the whole
	// process's figures (an upper bound for the scheduler), sandbox children excluded.
	SchedulerCPUSeconds   float64 `json:"schedulerCpuSeconds"`
	SchedulerPeakRSSBytes int64   `json:"schedulerPeakRssBytes"`
	SandboxCPUSeconds     float64 `json:"sandboxCpuSeconds"` // the apps' child processes
	Scope                 string  `json:"scope"`
}

// Run measures one deal of tasks with workers; appDir is the trivial app (examples/echo).
func Run(ctx context.Context, tasks, workers int, appDir string) (Report, error) {
	rep := Report{Tasks: tasks, Workers: workers, Scope: "whole process: chain, scheduler and workers"}
	dir, err := os.MkdirTemp("", "decloud-bench-pool-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(dir)
	mod := filepath.Join(dir, "app.wasm")
	if err := executortest.GoBuild(appDir, mod, "wasip1", "wasm"); err != nil {
		return rep, err
	}
	n, err := devnet.Start(ctx, devnet.Config{Dir: dir, WorkerAccounts: workers, Workers: workers, AppModule: mod, Heartbeat: 2 * time.Second})
	if err != nil {
		return rep, err
	}
	defer n.Close()
	self0, child0 := usage()
	start := time.Now()
	dealid, err := n.Request(ctx, int64(tasks), 1, "bench")
	if err != nil {
		return rep, err
	}
	done, err := n.Wait(ctx, dealid, uint64(tasks))
	if err != nil {
		return rep, err
	}
	self1, child1 := usage()
	lat := make([]float64, len(done))
	last := start
	for i, d := range done {
		lat[i] = d.Sub(start).Seconds()
		if d.After(last) {
			last = d
		}
	}
	sort.Float64s(lat)
	rep.TasksPerSecond = float64(tasks) / last.Sub(start).Seconds()
	rep.P50Seconds, rep.P95Seconds = lat[len(lat)/2], lat[len(lat)*95/100]
	rep.SchedulerCPUSeconds = self1 - self0
	rep.SandboxCPUSeconds = child1 - child0
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	rep.SchedulerPeakRSSBytes = ru.Maxrss * 1024
	return rep, nil
}

func usage() (self, children float64) {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	self = tv(ru.Utime) + tv(ru.Stime)
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru)
	return self, tv(ru.Utime) + tv(ru.Stime)
}

func tv(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
