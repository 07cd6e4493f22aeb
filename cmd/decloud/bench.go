package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/decloud/decloud/chain/gasreport"
	"github.com/decloud/decloud/devnet/advbench"
	"github.com/decloud/decloud/devnet/latencybench"
	"github.com/decloud/decloud/devnet/marketbench"
	"github.com/decloud/decloud/devnet/poolbench"
	"github.com/decloud/decloud/devnet/workerbench"
	"github.com/decloud/decloud/executor/wasmbench"
)

func (m *Main) benchCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "bench", Short: "Benchmarks"}
	var asJSON bool
	var out string
	gas := &cobra.Command{
		Use:   "gas",
		Short: "Measure the gas of every hub operation (mainnet gas rules) on an embedded dev chain",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rep, err := gasreport.Run(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				return rep.JSON(m.Stdout)
			}
			var doc bytes.Buffer
			doc.WriteString(gasDocHeader)
			rep.Markdown(&doc)
			doc.WriteString(gasDocFooter)
			rep.Markdown(m.Stdout)
			if out != "" {
				if err := os.WriteFile(out, doc.Bytes(), 0o644); err != nil {
					return err
				}
				fmt.Fprintf(m.Stdout, "written to %s\n", out)
			}
			return nil
		},
	}
	gas.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of a table")
	gas.Flags().StringVar(&out, "out", "docs/gas.md", "also write the table to this file (without --json; \"\" for none)")
	var wcfg wasmbench.Config
	wasmCmd := &cobra.Command{
		Use:   "wasm",
		Short: "Compare the wasm sandbox (time limit enforced) with native code on a CPU-bound program",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rep, err := wasmbench.Run(cmd.Context(), wcfg)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(m.Stdout).Encode(rep)
			}
			fmt.Fprintf(m.Stdout, "wasm/native %.2f (native %.0f ms, wasm %.0f ms, %d samples, median of %d)\nstart %.1f ms (a trivial task of a deal whose sandbox process ran the previous one), %.1f ms with a new warm child, %.1f ms cold; %.1f ms of CPU a trivial task\npeak RSS %.0f MiB (trivial app), %.0f MiB (an app filling its 256 MiB limit)\n",
				rep.WasmOverNative, rep.NativeMs, rep.WasmMs, rep.Samples, rep.Runs, rep.StartMs, rep.WarmStartMs, rep.ColdStartMs, rep.CPUPerTaskMs, rep.StartRSSMiB, rep.FullRSSMiB)
			return nil
		},
	}
	wasmCmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	wasmCmd.Flags().Uint64Var(&wcfg.Samples, "samples", 50_000_000, "Monte Carlo samples per run")
	wasmCmd.Flags().IntVar(&wcfg.Runs, "runs", 5, "runs of each")
	var pcfg poolbench.Config
	poolCmd := &cobra.Command{
		Use:   "pool",
		Short: "Run a deal (batched by default) through the embedded chain, one scheduler and in-process workers",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rep, err := poolbench.Run(cmd.Context(), pcfg)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(m.Stdout).Encode(rep)
			}
			fmt.Fprintf(m.Stdout, "%d %s tasks at trust %d, %d workers: %.1f tasks/s, p50 %.1f s, p95 %.1f s, cpu %.1f s (+%.1f s in sandboxes), peak rss %d MiB\ncpu by part:",
				rep.Tasks, rep.Path, rep.Trust, rep.Workers, rep.TasksPerSecond, rep.P50Seconds, rep.P95Seconds, rep.SchedulerCPUSeconds, rep.SandboxCPUSeconds, rep.SchedulerPeakRSSBytes>>20)
			for _, p := range []string{"chain", "scheduler", "worker", "market", "storage", "runtime"} {
				fmt.Fprintf(m.Stdout, " %s %.1f s", p, rep.CPUSplit[p])
			}
			fmt.Fprintf(m.Stdout, "\nscratch: %s, sandbox runs at once: %d (0: no bound)\n", rep.Scratch, rep.MaxRunning)
			return nil
		},
	}
	poolCmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	poolCmd.Flags().IntVar(&pcfg.Tasks, "tasks", 1000, "tasks in the deal")
	poolCmd.Flags().IntVar(&pcfg.Workers, "workers", 100, "in-process workers")
	poolCmd.Flags().Int64Var(&pcfg.Trust, "trust", 1, "the deal's trust")
	poolCmd.Flags().BoolVar(&pcfg.PerTask, "per-task", false, "use the per-task path (a transaction per contribution, reveal and finalize) instead of batched settlement")
	poolCmd.Flags().IntVar(&pcfg.Spares, "spares", 0, "warm sandbox children the workers keep")
	poolCmd.Flags().IntVar(&pcfg.MaxRunning, "max-running", 4*runtime.NumCPU(), "sandbox runs of all the workers at once: they share this machine's CPUs"+
		" (0: no bound, each worker's slot runs its own whatever the CPUs, as on a machine of its own)")
	poolCmd.Flags().StringVar(&pcfg.AppDir, "app", "", "the trivial app's Go package, built for wasip1 (default: the echo app built into this binary)")
	poolCmd.Flags().StringVar(&pcfg.CPUProfile, "cpuprofile", "", "also write the run's CPU profile to this file (go tool pprof reads it)")
	var latencyRuns, latencySpares int
	var latencyPerTask bool
	latencyCmd := &cobra.Command{
		Use:   "latency",
		Short: "One trivial trust-1 task at a time on a grid like decloud dev's: the time from the match to the verified result",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rep, err := latencybench.Run(cmd.Context(), latencybench.Config{Runs: latencyRuns, Spares: latencySpares, PerTask: latencyPerTask})
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(m.Stdout).Encode(rep)
			}
			fmt.Fprintf(m.Stdout, "%d runs: p50 %.3f s, p95 %.3f s (%s)\n", rep.Runs, rep.P50Seconds, rep.P95Seconds, rep.Scope)
			return nil
		},
	}
	latencyCmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	latencyCmd.Flags().IntVar(&latencyRuns, "runs", 20, "tasks, one after the other")
	latencyCmd.Flags().IntVar(&latencySpares, "spares", 1, "warm sandbox children (as decloud dev keeps)")
	latencyCmd.Flags().BoolVar(&latencyPerTask, "per-task", false, "use the per-task path instead of batched settlement")
	var simWorkers int
	var seconds float64
	var every time.Duration
	workersCmd := &cobra.Command{
		Use:   "workers",
		Short: "Load one scheduler with simulated workers (heartbeats and work requests, no execution)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rep, err := workerbench.Run(cmd.Context(), simWorkers, seconds, every)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(m.Stdout).Encode(rep)
			}
			fmt.Fprintf(m.Stdout, "%d workers for %.0f s: scheduler %.2f cores, peak rss %d MiB, heartbeat p50 %.3f s p99 %.3f s, %d errors\n",
				rep.Workers, rep.Seconds, rep.SchedulerCPUCores, rep.SchedulerPeakRSSBytes>>20, rep.HeartbeatP50Seconds, rep.HeartbeatP99Seconds, rep.Errors)
			return nil
		},
	}
	workersCmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	workersCmd.Flags().IntVar(&simWorkers, "workers", 10000, "simulated workers")
	workersCmd.Flags().Float64Var(&seconds, "seconds", 60, "duration of the load")
	workersCmd.Flags().DurationVar(&every, "every", 10*time.Second, "heartbeat and work-request interval of each worker")
	var mcfg marketbench.Config
	marketCmd := &cobra.Command{
		Use:   "market",
		Short: "Publish signed orders to the market (all checks on chain), query the full book, choose a workerpool",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rep, err := marketbench.Run(cmd.Context(), mcfg)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(m.Stdout).Encode(rep)
			}
			fmt.Fprintf(m.Stdout, "%d orders (%d pools, %d apps): %.0f publishes/s with %d clients; query p50 %.2f ms, p99 %.2f ms (%d queries); select %.1f ms\n",
				rep.Orders, rep.Pools, rep.Apps, rep.PublishPerSecond, rep.Clients, rep.QueryP50Ms, rep.QueryP99Ms, rep.Queries, rep.SelectMs)
			return nil
		},
	}
	marketCmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	marketCmd.Flags().IntVar(&mcfg.Orders, "orders", 100_000, "orders in the book")
	marketCmd.Flags().IntVar(&mcfg.Clients, "clients", 16, "concurrent publishers")
	marketCmd.Flags().IntVar(&mcfg.Queries, "queries", 2000, "queries measured")
	var acfg advbench.Config
	advCmd := &cobra.Command{
		Use:   "adversary",
		Short: "Attack a workerpool with lying and squatting worker processes and measure what the protocol certifies and pays",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			self, err := os.Executable()
			if err != nil {
				return err
			}
			acfg.Command, acfg.Logger = []string{self}, m.Logger
			rep, err := advbench.Run(cmd.Context(), acfg)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(m.Stdout).Encode(rep)
			}
			fmt.Fprintf(m.Stdout, "%d workers (%d liars, collude %v, %d trusted), %d squatters, trust %d, %d tasks after %d of honest history, in %.0f s:\n"+
				"  wrong certified %d, completed %d, failed %d, unfinished %d, %.2f replicas per task\n"+
				"  liars' net %+d (%d excluded), honest net %+d, funds conserved %v\n  a squatter held a task %.0f s at most (bound %.0f s: 2T, or 10x the median task once known, at least 30 s)\n",
				rep.Workers, rep.Liars, rep.Collude, rep.Trusted, rep.Squatters, rep.Trust, rep.Tasks, rep.History, rep.Seconds,
				rep.WrongCertified, rep.TasksCompleted, rep.TasksFailed, rep.TasksUnfinished, rep.ReplicasPerTask,
				rep.LiarsNet, rep.LiarsExcluded, rep.HonestNet, rep.FundsConserved, rep.SquatterHeldSeconds, rep.SquatterBoundSeconds)
			return nil
		},
	}
	advCmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	advCmd.Flags().IntVar(&acfg.Workers, "workers", 10, "worker processes, liars included")
	advCmd.Flags().IntVar(&acfg.Liars, "liars", 3, "of them, the ones that return wrong results")
	advCmd.Flags().BoolVar(&acfg.Collude, "collude", false, "the liars return the same wrong result")
	advCmd.Flags().IntVar(&acfg.Trusted, "trusted", 0, "of the honest workers, how many the pool vouches for (--trusted-workers)")
	advCmd.Flags().IntVar(&acfg.Squatters, "squatters", 1, "extra workers that take tasks and never run them")
	advCmd.Flags().Int64Var(&acfg.Trust, "trust", 3, "trust of the measured deal")
	advCmd.Flags().IntVar(&acfg.Tasks, "tasks", 200, "tasks of the measured deal")
	advCmd.Flags().IntVar(&acfg.History, "history", 0, "trust-3 tasks the honest workers run alone first (their score)")
	advCmd.Flags().DurationVar(&acfg.TimeRef, "time-ref", time.Hour, "the category's reference time T (the dev chain's clock moves at least a second a block, far ahead of the wall clock under load: a short T makes reveal deadlines pass and honest groups get reopened)")
	advCmd.Flags().StringVar(&acfg.AppDir, "app", "", "the app's Go package, built for wasip1 (default: the echo app built into this binary)")
	cmd.AddCommand(marketCmd, gas, wasmCmd, poolCmd, workersCmd, advCmd, latencyCmd)
	return cmd
}

const gasDocHeader = `# Gas report

Generated by ` + "`go run ./cmd/decloud bench gas`" + ` on the embedded dev chain with the experimental
fork off, i.e. under mainnet gas rules (EIP-2929 cold/warm access, EIP-2200/3529 storage
pricing). iExec's figures are the averages of its PoCo test suite, as given in the issue.

`

const gasDocFooter = `
How the figures are kept low (see docs/protocol.md):

- Accounts pack balance and frozen in one slot; a deal is 4 slots (5 with a callback); a task
  is 2 slots at initialize; a contribution is 1 slot (a 160-bit seal, status, epoch and weight)
  plus its place in the task's contributor list.
- Per-contribution result hashes are not stored: the seal binds each worker to its digest,
  and reopen rejects a group by epoch instead of marking each contribution.
- The first reveal overwrites the consensus hash with the digest (one warm write, not a new
  slot); the total weight is created lazily at the first contribution.
- Asset text fields live in their creation events, committed by a hash in storage.
- Signatures are checked with ecrecover only; the presign mapping is read only for unsigned orders.
- The hub is split in three modules behind one address by chained delegatecall (EIP-170); the
  task functions sit in the first module, so the hottest calls take one hop. The batched path
  (bonds and settle) is the hub's own code: a batch's calldata is never copied by a hop, and
  every delegated call pays ~300 gas more for the hub's own dispatch.
`
