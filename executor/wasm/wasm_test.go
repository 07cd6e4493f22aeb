package wasm

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/executortest"
)

// miniWorkerEnv makes the test binary a process that runs one endless app in the sandbox
// (for TestChildDiesWithItsWorker); its value is the marker the child carries.
const miniWorkerEnv = "DECLOUD_TEST_MINI_WORKER"

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == ChildArg {
		os.Exit(ChildMain())
	}
	if marker := os.Getenv(miniWorkerEnv); marker != "" {
		os.Exit(miniWorker(marker))
	}
	os.Exit(m.Run())
}

func miniWorker(marker string) int {
	dir := os.Getenv("DECLOUD_TEST_DIR")
	x, err := New(Config{CacheDir: filepath.Join(dir, "cache"), Command: []string{os.Args[0], ChildArg, marker}, Spares: 2})
	if err != nil {
		return 1
	}
	// A first run leaves a warm child waiting (for 32 MiB runs of the probe), a second
	// one a reusable child idle (and a warm one for 48 MiB runs); the endless one runs in
	// another child.
	for i, s := range []executor.Spec{{Args: []string{"echo"}, Memory: 32 << 20}, {Args: []string{"echo"}, Memory: 48 << 20, Reuse: "deal"}, {Args: []string{"loop"}}} {
		s.App, s.Checksum, s.OutputDir, s.Timeout = os.Getenv("DECLOUD_TEST_APP"), os.Getenv("DECLOUD_TEST_SUM"), filepath.Join(dir, fmt.Sprint("out-", i)), time.Hour
		os.MkdirAll(s.OutputDir, 0o700)
		if _, err := x.Run(context.Background(), s); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
	return 0
}

func TestSuite(t *testing.T) {
	x, err := New(Config{CacheDir: t.TempDir(), Command: []string{os.Args[0], ChildArg}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("confinement here: %v", Probe())
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	executortest.Run(t, x, probe, sum, executortest.Options{FixedClock: true})
}

// A worker killed with SIGKILL leaves no sandbox child behind (the child gets the
// parent-death signal), even with an hour of its time limit left, and no warm or idle
// reusable child either.
func TestChildDiesWithItsWorker(t *testing.T) {
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	marker := "decloud-test-marker-" + filepath.Base(t.TempDir())
	cmd := exec.CommandContext(context.Background(), os.Args[0])
	cmd.Env = append(os.Environ(), miniWorkerEnv+"="+marker, "DECLOUD_TEST_DIR="+t.TempDir(),
		"DECLOUD_TEST_APP="+probe, "DECLOUD_TEST_SUM="+sum)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var child int
	for countMarked(marker) < 4 { // the warm children, the idle one and the running one
		child = findMarked(marker)
		if ctx.Err() != nil {
			cmd.Process.Kill()
			t.Fatal("the sandbox child never started")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	for findMarked(marker) != 0 {
		if ctx.Err() != nil {
			syscall.Kill(child, syscall.SIGKILL)
			t.Fatalf("the sandbox child %d outlived its worker", child)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// countMarked counts the live processes whose command line holds marker.
func countMarked(marker string) int {
	n := 0
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		stat, serr := os.ReadFile(filepath.Join(filepath.Dir(p), "stat"))
		if err == nil && serr == nil && bytes.Contains(b, []byte(marker)) && !strings.Contains(string(stat), ") Z ") {
			n++
		}
	}
	return n
}

// findMarked returns the pid of a live process whose command line holds marker (0: none).
func findMarked(marker string) int {
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil || !bytes.Contains(b, []byte(marker)) {
			continue
		}
		stat, err := os.ReadFile(filepath.Join(filepath.Dir(p), "stat"))
		if err != nil || strings.Contains(string(stat), ") Z ") {
			continue // gone, or a zombie waiting for its reaper
		}
		var pid int
		if _, err := fmt.Sscan(filepath.Base(filepath.Dir(p)), &pid); err == nil {
			return pid
		}
	}
	return 0
}

// The suite again with warm children: every hostile case holds for a child that waited,
// confined only once it got its run.
func TestSuiteWarm(t *testing.T) {
	x, err := New(Config{CacheDir: t.TempDir(), Command: []string{os.Args[0], ChildArg}, Spares: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	executortest.Run(t, x, probe, sum, executortest.Options{FixedClock: true})
	if x.warmRuns.Load() == 0 {
		t.Fatal("no run used a warm child")
	}
}

// Runs of one module after the first use the warm child the previous run left; Close kills
// the one waiting.
func TestWarmChildren(t *testing.T) {
	x, err := New(Config{CacheDir: t.TempDir(), Command: []string{os.Args[0], ChildArg}, Spares: 1})
	if err != nil {
		t.Fatal(err)
	}
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	for i := range 3 {
		s := executor.Spec{App: probe, Checksum: sum, Args: []string{"echo", fmt.Sprint(i)}, OutputDir: t.TempDir(), Timeout: time.Minute}
		if _, err := x.Run(context.Background(), s); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(filepath.Join(s.OutputDir, "echo.txt")); !strings.Contains(string(got), fmt.Sprintf("args=%d", i)) {
			t.Fatalf("run %d wrote %q", i, got)
		}
	}
	if cold, warm := x.coldRuns.Load(), x.warmRuns.Load(); cold != 1 || warm != 2 {
		t.Fatalf("%d cold and %d warm runs, want 1 and 2", cold, warm)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if n := len(x.spares); n != 0 {
		t.Fatalf("%d warm children after Close", n)
	}
}
