// Package wasmbench measures the wasm sandbox against native code: the same CPU-bound Go
// program (examples/montecarlo) built for the host and for WASI, run several times each.
package wasmbench

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/executor/wasm"
)

// Report is what `decloud bench wasm` prints.
type Report struct {
	WasmOverNative float64 `json:"wasmOverNative"` // ratio of median run times
	NativeMs       float64 `json:"nativeMs"`       // median native run
	WasmMs         float64 `json:"wasmMs"`         // median sandboxed run (child process included)
	StartMs        float64 `json:"startMs"`        // median sandboxed run of a trivial app as a worker runs a deal's bag of tasks: one sandbox process runs them one after the other (Spec.Reuse)
	WarmStartMs    float64 `json:"warmStartMs"`    // the same with a new child each run, started warm (module loaded) while the previous run ran
	ColdStartMs    float64 `json:"coldStartMs"`    // the same with a new child each run (compiled module cached)
	// CPUPerTaskMs is the CPU time (the bench's process and every sandbox process) per
	// warm trivial task, over TrivialRuns of them.
	CPUPerTaskMs float64 `json:"cpuPerTaskMs"`
	TrivialRuns  int     `json:"trivialRuns"`
	StartRSSMiB  float64 `json:"startRssMiB"` // peak RSS of the sandbox process for the trivial app
	// FullRSSMiB is the sandbox's peak RSS for an app that fills its whole 256 MiB limit
	// (executortest/probe "alloc", every page touched); the difference is the overhead.
	FullRSSMiB float64 `json:"fullRssMiB"`
	Samples    uint64  `json:"samples"`
	Runs       int     `json:"runs"`
	// The C workload (examples/nbody, built with cc natively and with clang for
	// wasm32-wasi): the sandbox's cost for code that a good wasm compiler emits.
	WasmOverNativeC float64 `json:"wasmOverNativeC,omitempty"`
	NativeCMs       float64 `json:"nativeCMs,omitempty"`
	WasmCMs         float64 `json:"wasmCMs,omitempty"`
	CNote           string  `json:"cNote,omitempty"` // why the C figures are missing
}

// Config says what to run.
type Config struct {
	AppDir  string // the CPU-bound program (default examples/montecarlo)
	EchoDir string // the trivial program (default examples/echo)
	// ProbeDir is the executor suite's probe (default executor/executortest/probe).
	ProbeDir string
	// CSource is the C workload (default examples/nbody/nbody.c), CSteps its argument
	// (default 5,000,000).
	CSource string
	CSteps  int
	Samples uint64   // montecarlo samples (default 50,000,000)
	Runs    int      // runs of each (default 5)
	Command []string // sandbox child command (default: this binary)
}

// Run builds both programs and measures them.
func Run(ctx context.Context, cfg Config) (Report, error) {
	if cfg.AppDir == "" {
		cfg.AppDir = "examples/montecarlo"
	}
	if cfg.EchoDir == "" {
		cfg.EchoDir = "examples/echo"
	}
	if cfg.ProbeDir == "" {
		cfg.ProbeDir = "executor/executortest/probe"
	}
	if cfg.Samples == 0 {
		cfg.Samples = 50_000_000
	}
	if cfg.Runs == 0 {
		cfg.Runs = 5
	}
	rep := Report{Samples: cfg.Samples, Runs: cfg.Runs}
	tmp, err := os.MkdirTemp("", "decloud-bench-wasm-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(tmp)
	native, mod, echo := filepath.Join(tmp, "native"), filepath.Join(tmp, "app.wasm"), filepath.Join(tmp, "echo.wasm")
	probe := filepath.Join(tmp, "probe.wasm")
	for _, b := range []struct{ dir, out, goos, goarch string }{
		{cfg.AppDir, native, "", ""}, {cfg.AppDir, mod, "wasip1", "wasm"}, {cfg.EchoDir, echo, "wasip1", "wasm"},
		{cfg.ProbeDir, probe, "wasip1", "wasm"},
	} {
		if err := executortest.GoBuild(b.dir, b.out, b.goos, b.goarch); err != nil {
			return rep, err
		}
	}
	x, err := wasm.New(wasm.Config{CacheDir: filepath.Join(tmp, "cache"), Command: cfg.Command})
	if err != nil {
		return rep, err
	}
	warm, err := wasm.New(wasm.Config{CacheDir: filepath.Join(tmp, "cache"), Command: cfg.Command, Spares: 1})
	if err != nil {
		return rep, err
	}
	defer func() { _ = warm.Close() }()
	arg := strconv.FormatUint(cfg.Samples, 10)
	var nat, sand, start []time.Duration
	for i := 0; i < cfg.Runs; i++ {
		t0 := time.Now()
		if out, err := exec.CommandContext(ctx, native, arg).CombinedOutput(); err != nil {
			return rep, fmt.Errorf("native run: %v: %s", err, out)
		}
		nat = append(nat, time.Since(t0))
		res, d, err := runOnce(ctx, x, mod, []string{arg}, tmp, "")
		if err != nil {
			return rep, err
		}
		sand = append(sand, d)
		res, d, err = runOnce(ctx, x, echo, []string{"hi"}, tmp, "")
		if err != nil {
			return rep, err
		}
		start = append(start, d)
		rep.StartRSSMiB = max(rep.StartRSSMiB, mib(res.PeakRSS))
		res, _, err = runOnce(ctx, x, probe, []string{"alloc"}, tmp, "")
		if !errors.Is(err, executor.ErrMemory) {
			return rep, fmt.Errorf("the probe filling its memory gave %v", err)
		}
		rep.FullRSSMiB = max(rep.FullRSSMiB, mib(res.PeakRSS))
	}
	if err := measureC(ctx, cfg, x, tmp, &rep); err != nil {
		rep.CNote = err.Error()
	}
	// Trivial tasks back to back on the warm executor, a new child each (warm spares).
	var warmStart []time.Duration
	for i := 0; i < 10; i++ {
		_, d, err := runOnce(ctx, warm, echo, []string{"hi"}, tmp, "")
		if err != nil {
			return rep, err
		}
		warmStart = append(warmStart, d)
	}
	// Trivial tasks of one deal back to back, as a worker runs them: one sandbox process
	// runs them one after the other. The CPU counts every process, the sandbox's once it
	// is reaped (the executor closed).
	rep.TrivialRuns = 50
	// A reused process compiles its module once (into the cache a worker keeps): done here
	// first, by another executor, so the figure is a worker's steady state.
	first, err := wasm.New(wasm.Config{CacheDir: filepath.Join(tmp, "cache"), Command: cfg.Command})
	if err != nil {
		return rep, err
	}
	_, _, err = runOnce(ctx, first, echo, []string{"hi"}, tmp, "bench deal")
	_ = first.Close()
	if err != nil {
		return rep, err
	}
	reuse, err := wasm.New(wasm.Config{CacheDir: filepath.Join(tmp, "cache"), Command: cfg.Command})
	if err != nil {
		return rep, err
	}
	var reused []time.Duration
	cpu0 := cpuTime()
	for i := 0; i < rep.TrivialRuns; i++ {
		_, d, err := runOnce(ctx, reuse, echo, []string{"hi"}, tmp, "bench deal")
		if err != nil {
			_ = reuse.Close()
			return rep, err
		}
		reused = append(reused, d)
	}
	_ = reuse.Close()
	rep.CPUPerTaskMs = ms(cpuTime()-cpu0) / float64(rep.TrivialRuns)
	rep.NativeMs, rep.WasmMs, rep.ColdStartMs = ms(median(nat)), ms(median(sand)), ms(median(start))
	rep.WarmStartMs, rep.StartMs = ms(median(warmStart[1:])), ms(median(reused[1:]))
	rep.WasmOverNative = float64(median(sand)) / float64(median(nat))
	return rep, nil
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }

func runOnce(ctx context.Context, x *wasm.Executor, mod string, args []string, tmp, reuse string) (executor.Result, time.Duration, error) {
	b, err := os.ReadFile(mod)
	if err != nil {
		return executor.Result{}, 0, err
	}
	sum := sha256.Sum256(b)
	out, err := os.MkdirTemp(tmp, "out-")
	if err != nil {
		return executor.Result{}, 0, err
	}
	t0 := time.Now()
	res, err := x.Run(ctx, executor.Spec{
		TaskID: "0x" + hex.EncodeToString(sum[:]), App: mod, Checksum: hex.EncodeToString(sum[:]),
		Args: args, OutputDir: out, Timeout: 10 * time.Minute, Seed: sum, Reuse: reuse,
	})
	d := time.Since(t0)
	if err != nil {
		return res, d, fmt.Errorf("sandboxed run: %w: %s", err, executor.Tail(res.Stderr, 512))
	}
	return res, d, nil
}

func median(xs []time.Duration) time.Duration {
	s := append([]time.Duration(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// cpuTime is the CPU time of this process and of its reaped children.
func cpuTime() time.Duration {
	var self, children syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	tv := func(t syscall.Timeval) time.Duration {
		return time.Duration(t.Sec)*time.Second + time.Duration(t.Usec)*time.Microsecond
	}
	return tv(self.Utime) + tv(self.Stime) + tv(children.Utime) + tv(children.Stime)
}

// measureC builds the C workload natively (cc) and for wasm32-wasi (clang, with Debian's
// wasi-libc and libclang-rt-14-dev-wasm32 or their equivalents) and times both, median of
// cfg.Runs; an error says what is missing to build it.
func measureC(ctx context.Context, cfg Config, x *wasm.Executor, tmp string, rep *Report) error {
	src := cfg.CSource
	if src == "" {
		src = "examples/nbody/nbody.c"
	}
	steps := cfg.CSteps
	if steps <= 0 {
		steps = 5_000_000
	}
	native, mod := filepath.Join(tmp, "nbody"), filepath.Join(tmp, "nbody.wasm")
	for _, b := range [][]string{
		{"cc", "-O2", "-o", native, src, "-lm"},
		{"clang", "--target=wasm32-wasi", "--sysroot=/usr", "-O2", "-o", mod, src, "-lm"},
	} {
		if out, err := exec.CommandContext(ctx, b[0], b[1:]...).CombinedOutput(); err != nil {
			return fmt.Errorf("no C figures: %s: %v: %s", strings.Join(b, " "), err, executor.Tail(out, 300))
		}
	}
	arg := strconv.Itoa(steps)
	var nat, sand []time.Duration
	for i := 0; i < cfg.Runs; i++ {
		t0 := time.Now()
		if out, err := exec.CommandContext(ctx, native, arg).CombinedOutput(); err != nil {
			return fmt.Errorf("native nbody: %v: %s", err, out)
		}
		nat = append(nat, time.Since(t0))
		_, d, err := runOnce(ctx, x, mod, []string{arg}, tmp, "")
		if err != nil {
			return err
		}
		sand = append(sand, d)
	}
	rep.NativeCMs, rep.WasmCMs = ms(median(nat)), ms(median(sand))
	rep.WasmOverNativeC = float64(median(sand)) / float64(median(nat))
	return nil
}
