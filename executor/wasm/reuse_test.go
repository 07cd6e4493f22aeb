package wasm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/executortest"
)

// reusing is an executor whose every run carries one reuse key.
type reusing struct {
	x   *Executor
	key string
}

func (r reusing) Run(ctx context.Context, s executor.Spec) (executor.Result, error) {
	s.Reuse = r.key
	return r.x.Run(ctx, s)
}

// pids records the child pid of each reusable run, by reuse key.
type pids struct {
	mu   sync.Mutex
	runs []string // "key pid"
}

func (p *pids) hook(key string, pid int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.runs = append(p.runs, fmt.Sprintf("%s %d", key, pid))
}

func (p *pids) all() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.runs)
}

// The suite again with every run under one reuse key: consecutive runs of the probe share
// a process (a new instance each), and every case, hostile ones included, still holds.
func TestSuiteReused(t *testing.T) {
	for _, spares := range []int{0, 2} {
		t.Run(fmt.Sprintf("spares=%d", spares), func(t *testing.T) {
			x, err := New(Config{CacheDir: t.TempDir(), Command: []string{os.Args[0], ChildArg}, Spares: spares})
			if err != nil {
				t.Fatal(err)
			}
			defer x.Close()
			probe, sum := executortest.BuildWASM(t, "../executortest/probe")
			executortest.Run(t, reusing{x, "0x" + strings.Repeat("cd", 32)}, probe, sum, executortest.Options{FixedClock: true})
			t.Logf("%d cold, %d warm, %d reused runs", x.coldRuns.Load(), x.warmRuns.Load(), x.reusedRuns.Load())
			if x.reusedRuns.Load() < 5 {
				t.Fatalf("only %d runs reused a process", x.reusedRuns.Load())
			}
		})
	}
}

func newReusing(t *testing.T, cfg Config) (*Executor, *pids) {
	t.Helper()
	if cfg.CacheDir == "" {
		cfg.CacheDir = t.TempDir()
	}
	if cfg.Command == nil {
		cfg.Command = []string{os.Args[0], ChildArg}
	}
	x, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	p := &pids{}
	x.runHook = p.hook
	t.Cleanup(func() { x.Close() })
	return x, p
}

func moduleSpec(t testing.TB, app, sum, reuse string, args ...string) executor.Spec {
	return executor.Spec{
		TaskID: "0x" + strings.Repeat("ab", 32), App: app, Checksum: sum, Args: args, OutputDir: t.TempDir(),
		Timeout: time.Minute, Seed: sha256.Sum256([]byte(strings.Join(args, " "))), Reuse: reuse,
	}
}

// A run in a reused process sees nothing of the previous run: not its /in, not its /out
// (which starts empty), under any path; its logs are its own; and what the previous run
// wrote reached that run's output directory whole, with its owner.
func TestReusedRunSeesNothingOfThePrevious(t *testing.T) {
	x, p := newReusing(t, Config{})
	app, sum := executortest.BuildWASM(t, "testdata/reuseprobe")
	ctx := context.Background()
	for i := range 3 {
		w := moduleSpec(t, app, sum, "deal", "write", fmt.Sprint(i))
		w.InputDir = t.TempDir()
		if err := os.WriteFile(filepath.Join(w.InputDir, "input.txt"), []byte("input"), 0o600); err != nil {
			t.Fatal(err)
		}
		res, err := x.Run(ctx, w)
		if err != nil {
			t.Fatalf("write %d: %v (%s)", i, err, res.Stderr)
		}
		if string(res.Stdout) != fmt.Sprintf("stdout of %d\n", i) || string(res.Stderr) != fmt.Sprintf("stderr of %d\n", i) {
			t.Fatalf("run %d's logs: %q %q", i, res.Stdout, res.Stderr)
		}
		for name, want := range map[string]string{"secret.txt": fmt.Sprintf("secret of %d", i), "dir/sub/deep.txt": "deep"} {
			got, err := os.ReadFile(filepath.Join(w.OutputDir, name))
			if err != nil || string(got) != want {
				t.Fatalf("run %d's %s: %q %v", i, name, got, err)
			}
			info, _ := os.Stat(filepath.Join(w.OutputDir, name))
			if st := info.Sys().(*syscall.Stat_t); os.Geteuid() == 0 && (st.Uid == 0 || st.Nlink != 1) {
				t.Errorf("run %d's %s is owned by %d with %d links", i, name, st.Uid, st.Nlink)
			}
		}
		if b, _ := os.ReadFile(filepath.Join(w.InputDir, "input.txt")); string(b) != "input" {
			t.Fatalf("the worker's input changed: %q", b)
		}
		f := moduleSpec(t, app, sum, "deal", "find")
		f.InputDir = t.TempDir()
		if err := os.WriteFile(filepath.Join(f.InputDir, "mine.txt"), []byte("mine"), 0o600); err != nil {
			t.Fatal(err)
		}
		res, err = x.Run(ctx, f)
		if err != nil {
			t.Fatalf("find after write %d: %v\nstdout:\n%s\nstderr: %s", i, err, res.Stdout, res.Stderr)
		}
		if strings.Contains(string(res.Stdout), "secret") || strings.Contains(string(res.Stderr), "of ") {
			t.Fatalf("the next run saw the previous one's: %q %q", res.Stdout, res.Stderr)
		}
		if entries, _ := os.ReadDir(f.OutputDir); len(entries) != 0 {
			t.Fatalf("the finding run's out has %d entries", len(entries))
		}
	}
	runs := p.all()
	if len(runs) != 6 || len(slices.Compact(slices.Clone(runs))) != 1 {
		t.Fatalf("the runs did not all share one process: %v", runs)
	}
	// Between runs the jail holds its in and out only, both empty.
	jails, _ := filepath.Glob(filepath.Join(x.jails, "jail-*"))
	if len(jails) != 1 {
		t.Fatalf("jails: %v", jails)
	}
	entries, _ := filepath.Glob(filepath.Join(jails[0], "*"))
	if len(entries) != 2 || filepath.Base(entries[0]) != jailIn || filepath.Base(entries[1]) != jailOut {
		t.Fatalf("in the jail: %v", entries)
	}
	left, _ := filepath.Glob(filepath.Join(jails[0], "*", "*"))
	if len(left) != 0 {
		t.Fatalf("left in the jail: %v", left)
	}
}

// Runs of one key share a process; runs of two keys never do, nor a run without a key;
// concurrent runs of one key get a process each.
func TestReuseKeys(t *testing.T) {
	x, p := newReusing(t, Config{})
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	ctx := context.Background()
	run := func(key string, memory int64) {
		t.Helper()
		s := moduleSpec(t, probe, sum, key, "echo", key)
		s.Memory = memory
		if res, err := x.Run(ctx, s); err != nil {
			t.Fatalf("%s: %v (%s)", key, err, res.Stderr)
		}
	}
	for _, key := range []string{"A", "A", "B", "A", "B", "", "A"} {
		run(key, 0)
	}
	run("A", 32<<20) // another memory limit: another process
	byKey := map[string]map[string]bool{}
	owner := map[string]string{}
	for _, r := range p.all() {
		key, pid, _ := strings.Cut(r, " ")
		if byKey[key] == nil {
			byKey[key] = map[string]bool{}
		}
		byKey[key][pid] = true
		if o, ok := owner[pid]; ok && o != key {
			t.Fatalf("keys %s and %s shared process %s", o, key, pid)
		}
		owner[pid] = key
	}
	if len(byKey["A"]) != 2 || len(byKey["B"]) != 1 || byKey[""] != nil {
		t.Fatalf("processes by key: %v", byKey)
	}
	if n := x.reusedRuns.Load(); n != 4 {
		t.Fatalf("%d reused runs, want 4 (A three times, B once)", n)
	}
	// Two runs of A at once: one takes the idle process, the other starts one; both stay.
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { run("A", 0) })
	}
	wg.Wait()
	x.mu.Lock()
	idle := len(x.idle)
	x.mu.Unlock()
	if idle != 4 { // A twice, A at 32 MiB, B
		t.Fatalf("%d idle processes, want 4", idle)
	}
	// MaxIdle bounds them: the least recently used goes.
	run("C", 0)
	x.mu.Lock()
	idle = len(x.idle)
	x.mu.Unlock()
	if idle != DefaultMaxIdle {
		t.Fatalf("%d idle processes, want %d", idle, DefaultMaxIdle)
	}
}

// tinyModule is a module whose _start returns (body: end) or traps (unreachable, end).
func tinyModule(t *testing.T, trap bool) (string, string) {
	body := []byte{0x02, 0x00, 0x0b}
	if trap {
		body = []byte{0x03, 0x00, 0x00, 0x0b}
	}
	mod := []byte{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
		0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type () -> ()
		0x03, 0x02, 0x01, 0x00, // one function of that type
		0x07, 0x0a, 0x01, 0x06, '_', 's', 't', 'a', 'r', 't', 0x00, 0x00, // exported as _start
		0x0a, byte(len(body) + 1), 0x01} // one body
	mod = append(mod, body...)
	path := filepath.Join(t.TempDir(), "tiny.wasm")
	if err := os.WriteFile(path, mod, 0o644); err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(mod)
	return path, hex.EncodeToString(s[:])
}

// Which outcomes keep a process for the next run of its key: a guest that returned, with
// any exit status, does; a trap, a run over its output limit and a timeout end the
// process, and the next run of the key gets a new one that works.
func TestReuseEndsAfterFailures(t *testing.T) {
	probe, probeSum := executortest.BuildWASM(t, "../executortest/probe")
	returns, returnsSum := tinyModule(t, false)
	traps, trapsSum := tinyModule(t, true)
	cases := []struct {
		name     string
		app, sum string
		args     []string // the case's run; the runs before and after it run "echo" (the probe)
		tweak    func(*executor.Spec)
		want     error // nil: none; an *ExitError: a non-zero status
		kept     bool
	}{
		{"exit 0", probe, probeSum, []string{"echo"}, nil, nil, true},
		{"non-zero exit", probe, probeSum, []string{"fail"}, nil, &executor.ExitError{}, true},
		{"memory limit", probe, probeSum, []string{"alloc"}, func(s *executor.Spec) { s.Memory = 64 << 20 }, executor.ErrMemory, true},
		{"a module that returns", returns, returnsSum, nil, nil, nil, true},
		{"trap", traps, trapsSum, nil, nil, executor.ErrTrap, false},
		{"output limit", probe, probeSum, []string{"flood"}, func(s *executor.Spec) { s.MaxOutput = 1 << 20 }, executor.ErrOutputTooLarge, false},
		{"file count", probe, probeSum, []string{"manyfiles"}, func(s *executor.Spec) { s.MaxFiles = 100 }, executor.ErrOutputTooLarge, false},
		{"timeout", probe, probeSum, []string{"loop"}, func(s *executor.Spec) { s.Timeout = 1500 * time.Millisecond }, executor.ErrTimeout, false},
	}
	ctx := context.Background()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x, p := newReusing(t, Config{})
			spec := func(args ...string) executor.Spec {
				if tc.app == probe && len(args) == 0 {
					args = []string{"echo"}
				}
				s := moduleSpec(t, tc.app, tc.sum, "deal", args...)
				if tc.tweak != nil {
					tc.tweak(&s)
				}
				s.Timeout = time.Minute
				return s
			}
			want := func(err, want error) {
				t.Helper()
				var ee *executor.ExitError
				if want == nil && err != nil || want != nil && !errors.Is(err, want) && !(errors.As(want, &ee) && errors.As(err, &ee)) {
					t.Fatalf("got %v, want %v", err, want)
				}
			}
			// The first run (an echo, or the module itself) leaves a process idle where it
			// succeeds; the case runs in it; then the key's next run.
			first := tc.want
			if tc.app == probe {
				first = nil
			}
			_, err := x.Run(ctx, spec())
			want(err, first)
			s := spec(tc.args...)
			if tc.tweak != nil {
				tc.tweak(&s)
			}
			_, err = x.Run(ctx, s)
			want(err, tc.want)
			_, err = x.Run(ctx, spec())
			want(err, first)
			runs := p.all()
			if len(runs) != 3 {
				t.Fatalf("runs: %v", runs)
			}
			if (runs[1] == runs[2]) != tc.kept {
				t.Fatalf("process kept after the case: %v, want %v (%v)", runs[1] == runs[2], tc.kept, runs)
			}
			if first == nil && runs[0] != runs[1] {
				t.Fatalf("the case did not run in the process of the run before: %v", runs)
			}
		})
	}
}

// A reused process that dies during a run (killed from outside here) fails that run, not
// with the previous run's reply; the key's next run gets a new process.
func TestReusedChildDiesMidRun(t *testing.T) {
	x, p := newReusing(t, Config{})
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	ctx := context.Background()
	if _, err := x.Run(ctx, moduleSpec(t, probe, sum, "deal", "echo")); err != nil {
		t.Fatal(err)
	}
	x.runHook = func(key string, pid int) {
		p.hook(key, pid)
		time.AfterFunc(500*time.Millisecond, func() { syscall.Kill(pid, syscall.SIGKILL) })
	}
	_, err := x.Run(ctx, moduleSpec(t, probe, sum, "deal", "loop"))
	if err == nil || !strings.Contains(err.Error(), "sandbox process failed") {
		t.Fatalf("a run whose process was killed gave %v", err)
	}
	x.runHook = p.hook
	if _, err := x.Run(ctx, moduleSpec(t, probe, sum, "deal", "echo")); err != nil {
		t.Fatal(err)
	}
	if runs := p.all(); len(runs) != 3 || runs[0] != runs[1] || runs[1] == runs[2] {
		t.Fatalf("processes: %v", runs)
	}
}

// Close kills the idle processes (and the one-run and warm ones) and removes the jails:
// no sandbox process is left, nor any file of a run.
func TestCloseLeavesNoChild(t *testing.T) {
	marker := "decloud-test-marker-" + filepath.Base(t.TempDir())
	x, p := newReusing(t, Config{Command: []string{os.Args[0], ChildArg, marker}, Spares: 1})
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	for _, key := range []string{"A", "B", "A", "C", ""} {
		if _, err := x.Run(context.Background(), moduleSpec(t, probe, sum, key, "echo")); err != nil {
			t.Fatal(err)
		}
	}
	if n := countMarked(marker); n < 4 { // A, B, C idle and a warm spare
		t.Fatalf("%d sandbox processes before Close (%v)", n, p.all())
	}
	jails := x.jails
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if n := countMarked(marker); n != 0 {
		t.Fatalf("%d sandbox processes left after Close", n)
	}
	if _, err := os.Stat(jails); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the jails are still there: %v", err)
	}
	if left, _ := os.ReadDir(filepath.Dir(jails)); len(left) != 0 {
		t.Fatalf("left in the jails' directory: %v", left)
	}
}

// A new executor removes the jails of one that ended without Close (a killed worker), and
// not those of one still running.
func TestStaleJailsRemoved(t *testing.T) {
	cache := t.TempDir()
	live, _ := newReusing(t, Config{CacheDir: cache})
	dead, _ := newReusing(t, Config{CacheDir: cache})
	for _, x := range []*Executor{live, dead} {
		if _, err := x.newJail(); err != nil {
			t.Fatal(err)
		}
	}
	deadDir := dead.jails
	dead.jailsLock.Unlock() // as the kernel does when its process dies
	if _, err := New(Config{CacheDir: cache}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(deadDir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a dead executor's jails are still there: %v", err)
	}
	if _, err := os.Stat(live.jails); err != nil {
		t.Fatalf("a live executor's jails were removed: %v", err)
	}
}

// BenchmarkTrivialRun measures a trivial run (the probe's echo, one small input file) back
// to back, as a worker runs a bag of tasks: in a new process each (fresh), a warm one
// waiting (warm, Config.Spares 1), or reusing one process (reused, one reuse key). Besides
// the time per run it reports the CPU time per run of the sandbox processes (their rusage,
// reaped at Close) and of this process (the parent's share: starting children, copying
// /in, moving /out), and the highest peak RSS a run reported. Run it with -benchtime 50x.
func BenchmarkTrivialRun(b *testing.B) {
	probe, sum := executortest.BuildWASM(b, "../executortest/probe")
	cache := b.TempDir()
	for _, mode := range []struct {
		name   string
		spares int
		reuse  string
	}{{"fresh", 0, ""}, {"warm", 1, ""}, {"reused", 0, "0x" + strings.Repeat("cd", 32)}} {
		b.Run(mode.name, func(b *testing.B) {
			x, err := New(Config{CacheDir: cache, Command: []string{os.Args[0], ChildArg}, Spares: mode.spares})
			if err != nil {
				b.Fatal(err)
			}
			in, outs := b.TempDir(), b.TempDir()
			if err := os.WriteFile(filepath.Join(in, "data.csv"), []byte("1,2,3"), 0o644); err != nil {
				b.Fatal(err)
			}
			var peak int64
			run := func(i int) {
				s := moduleSpec(b, probe, sum, mode.reuse, "echo", fmt.Sprint(i))
				s.InputDir, s.OutputDir = in, filepath.Join(outs, fmt.Sprint(i))
				if err := os.Mkdir(s.OutputDir, 0o700); err != nil {
					b.Fatal(err)
				}
				res, err := x.Run(context.Background(), s)
				if err != nil {
					b.Fatalf("%v (%s)", err, res.Stderr)
				}
				peak = max(peak, res.PeakRSS)
			}
			run(-1) // the module compiled and in the cache
			if err := x.Close(); err != nil {
				b.Fatal(err)
			}
			if x, err = New(Config{CacheDir: cache, Command: []string{os.Args[0], ChildArg}, Spares: mode.spares}); err != nil {
				b.Fatal(err)
			}
			self0, children0 := cpuTimes()
			b.ResetTimer()
			for i := range b.N {
				run(i)
			}
			b.StopTimer()
			if err := x.Close(); err != nil { // every child reaped: counted in the children's rusage
				b.Fatal(err)
			}
			self, children := cpuTimes()
			perRun := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
			b.ReportMetric(perRun(children-children0), "child-cpu-ms/run")
			b.ReportMetric(perRun(self-self0), "parent-cpu-ms/run")
			b.ReportMetric(float64(peak)/(1<<20), "peak-rss-MiB")
		})
	}
}

// cpuTimes is the user and system time of this process and of its reaped children.
func cpuTimes() (self, children time.Duration) {
	var s, c syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &s)
	_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &c)
	tv := func(t syscall.Timeval) time.Duration {
		return time.Duration(t.Sec)*time.Second + time.Duration(t.Usec)*time.Microsecond
	}
	return tv(s.Utime) + tv(s.Stime), tv(c.Utime) + tv(c.Stime)
}

// A write the worker's disk refuses (here a full 1 MiB tmpfs, far below the output limit)
// ends the run as the machine's failure, in a reused child (its jail there) and in a
// one-run child (its /out there): not an exit status, not the output limit, nothing the
// worker would certify as the app's result.
func TestFullDiskIsNotTheAppsFailure(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	small := filepath.Join(t.TempDir(), "small")
	if err := os.Mkdir(small, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", small, "tmpfs", 0, "size=1m"); err != nil {
		t.Skipf("mounting a tmpfs: %v", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(small, syscall.MNT_DETACH) })
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	for _, reuse := range []string{"deal", ""} {
		t.Run(fmt.Sprintf("reuse=%q", reuse), func(t *testing.T) {
			x, _ := newReusing(t, Config{JailDir: small})
			s := moduleSpec(t, probe, sum, reuse, "bigfile")
			s.MaxOutput = 2 << 30
			if reuse == "" {
				s.OutputDir = filepath.Join(small, "out")
				if err := os.Mkdir(s.OutputDir, 0o700); err != nil {
					t.Fatal(err)
				}
				defer os.RemoveAll(s.OutputDir)
			}
			res, err := x.Run(context.Background(), s)
			var exit *executor.ExitError
			if err == nil || errors.As(err, &exit) || errors.Is(err, executor.ErrOutputTooLarge) || !strings.Contains(err.Error(), "refused a write") {
				t.Fatalf("a full disk under /out: %v (%s)", err, res.Stderr)
			}
		})
	}
}

// With MaxRunning 1, a run waits while another is in progress: one that is given up
// while waiting (its context ends) never ran; once the first ends, the next runs.
func TestMaxRunning(t *testing.T) {
	x, _ := newReusing(t, Config{MaxRunning: 1})
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	long := moduleSpec(t, probe, sum, "", "loop")
	long.Timeout = time.Second // it loops until then: the token is held a second at least
	done := make(chan error, 1)
	go func() {
		_, err := x.Run(context.Background(), long)
		done <- err
	}()
	for len(x.running) == 0 { // until the long run holds the token
		time.Sleep(time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	short := moduleSpec(t, probe, sum, "", "echo", "waited")
	if _, err := x.Run(ctx, short); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a run given up while another held the only slot: %v", err)
	}
	if entries, _ := os.ReadDir(short.OutputDir); len(entries) != 0 {
		t.Fatalf("the run given up wrote %d entries", len(entries))
	}
	if err := <-done; !errors.Is(err, executor.ErrTimeout) {
		t.Fatalf("the long run: %v", err)
	}
	again := moduleSpec(t, probe, sum, "", "echo", "after")
	if res, err := x.Run(context.Background(), again); err != nil {
		t.Fatalf("a run after the slot was freed: %v (%s)", err, res.Stderr)
	}
}
