// Package poolbench measures a workerpool end to end: a trust-1 deal of many tasks with a
// trivial WASM app through the embedded chain, one scheduler and many in-process workers.
package poolbench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/pprof/profile"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/taskparams"
	"github.com/decloud/decloud/worker"
)

// Config says what to measure.
type Config struct {
	Tasks, Workers int
	Trust          int64
	// PerTask runs the deal on the per-task path (initialize, contribute, reveal,
	// finalize); by default it is batched (signed contributions settled in batches).
	PerTask bool
	// Spares is how many warm sandbox children the workers' executor keeps.
	Spares int
	// MaxRunning bounds the sandbox runs of all the workers at once (0: none). The workers
	// share this machine's CPUs: without a bound, each of 100 workers starts and keeps a
	// sandbox process of its own (95 ms of CPU each here) although two cores run two at a
	// time; decloud bench pool bounds them to 4 × the CPUs.
	MaxRunning int
	// AppDir is the trivial app's Go package ("": the echo app built into this binary,
	// see devnet.BenchApp); CPUProfile, when set, where the run's CPU profile is written.
	AppDir, CPUProfile string
}

// Report is what `decloud bench pool` prints.
type Report struct {
	Tasks          int     `json:"tasks"`
	Workers        int     `json:"workers"`
	Trust          int64   `json:"trust"`
	Path           string  `json:"path"` // "batched" or "per-task"
	Settlements    int     `json:"settlements,omitempty"`
	TasksPerSecond float64 `json:"tasksPerSecond"` // from the match to the last finalize seen
	P50Seconds     float64 `json:"p50Seconds"`     // per task, match to completion
	P95Seconds     float64 `json:"p95Seconds"`
	// The scheduler shares its process with the chain and the workers; these are the whole
	// process's figures (an upper bound for the scheduler), sandbox children excluded.
	SchedulerCPUSeconds   float64 `json:"schedulerCpuSeconds"`
	SchedulerPeakRSSBytes int64   `json:"schedulerPeakRssBytes"`
	SandboxCPUSeconds     float64 `json:"sandboxCpuSeconds"` // the apps' child processes
	// CPUSplit divides the process's CPU between its parts, from a CPU profile of the run:
	// each sample goes to the part whose code is nearest the root of its goroutine's stack
	// (chain: go-ethereum and decloud/chain; scheduler; worker: the agent and its executor;
	// market and storage), "runtime" for the garbage collector and other samples with none.
	CPUSplit   map[string]float64 `json:"cpuSplitSeconds"`
	Scope      string             `json:"scope"`
	MaxRunning int                `json:"maxRunning"` // sandbox runs at once (0: no bound)
	// Scratch is where the runs' transient files went (worker.DefaultScratch: /dev/shm
	// when it is a tmpfs with room, else the bench's directory).
	Scratch string `json:"scratch"`
}

// parts maps code to the part of the grid it belongs to, by package path prefix.
var parts = []struct{ prefix, part string }{
	{"github.com/decloud/decloud/scheduler", "scheduler"},
	{"github.com/decloud/decloud/worker", "worker"},
	{"github.com/decloud/decloud/executor", "worker"},
	{"github.com/decloud/decloud/market", "market"},
	{"github.com/decloud/decloud/storage", "storage"},
	{"github.com/decloud/decloud/chain", "chain"},
	{"github.com/ethereum/go-ethereum", "chain"},
}

// split attributes a CPU profile's samples to parts.
func split(data []byte) (map[string]float64, error) {
	p, err := profile.ParseData(data)
	if err != nil {
		return nil, err
	}
	idx := -1
	for i, st := range p.SampleType {
		if st.Type == "cpu" {
			idx = i
		}
	}
	if idx < 0 {
		return nil, fmt.Errorf("poolbench: the profile has no cpu samples")
	}
	out := map[string]float64{}
	for _, s := range p.Sample {
		part := "runtime"
	root:
		for i := len(s.Location) - 1; i >= 0; i-- { // the root is last
			for _, l := range s.Location[i].Line {
				if l.Function == nil {
					continue
				}
				for _, pp := range parts {
					if strings.HasPrefix(l.Function.Name, pp.prefix) {
						part = pp.part
						break root
					}
				}
			}
		}
		out[part] += float64(s.Value[idx]) / 1e9 // nanoseconds
	}
	return out, nil
}

// Run measures one deal of cfg.Tasks tasks with cfg.Workers workers.
func Run(ctx context.Context, cfg Config) (Report, error) {
	cfg.Trust = max(cfg.Trust, 1)
	rep := Report{Tasks: cfg.Tasks, Workers: cfg.Workers, Trust: cfg.Trust, Path: "batched", Scope: "whole process: chain, scheduler and workers"}
	if cfg.PerTask {
		rep.Path = "per-task"
	}
	dir, err := os.MkdirTemp("", "decloud-bench-pool-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(dir)
	mod, err := devnet.BenchApp(dir, cfg.AppDir)
	if err != nil {
		return rep, err
	}
	// The runs' transient files go where a decloud worker puts them by default.
	rep.MaxRunning = cfg.MaxRunning
	rep.Scratch = worker.DefaultScratch(dir, int64(cfg.Workers)*executor.DefaultMaxOutput+64<<20)
	n, err := devnet.Start(ctx, devnet.Config{Dir: dir, WorkerAccounts: cfg.Workers, Workers: cfg.Workers, AppModule: mod, Heartbeat: 2 * time.Second,
		Batched: !cfg.PerTask, WasmSpares: cfg.Spares, Scratch: rep.Scratch, MaxRunning: cfg.MaxRunning})
	if err != nil {
		return rep, err
	}
	closed := false
	defer func() {
		if !closed {
			n.Close()
		}
	}()
	tag := common.Hash{}
	if !cfg.PerTask {
		tag = poco.TagBatched
	}
	var prof bytes.Buffer
	if err := pprof.StartCPUProfile(&prof); err != nil {
		return rep, err
	}
	profiling := true
	defer func() {
		if profiling {
			pprof.StopCPUProfile()
		}
	}()
	self0, child0 := usage()
	start := time.Now()
	dealid, err := n.RequestTagged(ctx, n.App, common.Address{}, int64(cfg.Tasks), cfg.Trust, taskparams.Params{Args: "bench"}.Encode(), tag)
	if err != nil {
		return rep, err
	}
	done, err := n.Wait(ctx, dealid, uint64(cfg.Tasks))
	if err != nil {
		return rep, err
	}
	self1, _ := usage()
	pprof.StopCPUProfile()
	profiling = false
	if cfg.CPUProfile != "" {
		if err := os.WriteFile(cfg.CPUProfile, prof.Bytes(), 0o644); err != nil {
			return rep, err
		}
	}
	if rep.CPUSplit, err = split(prof.Bytes()); err != nil {
		return rep, err
	}
	lat := make([]float64, len(done))
	last := start
	for i, d := range done {
		lat[i] = d.Sub(start).Seconds()
		if d.After(last) {
			last = d
		}
	}
	sort.Float64s(lat)
	rep.TasksPerSecond = float64(cfg.Tasks) / last.Sub(start).Seconds()
	if !cfg.PerTask {
		rep.Settlements = n.Service.Settlements()
	}
	rep.P50Seconds, rep.P95Seconds = lat[len(lat)/2], lat[len(lat)*95/100]
	rep.SchedulerCPUSeconds = self1 - self0
	// Sandbox processes that run a deal's tasks one after the other are still alive at the
	// end: their CPU counts once they are reaped, so the grid is closed first.
	n.Close()
	closed = true
	_, child1 := usage()
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
