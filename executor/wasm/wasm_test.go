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
	x, err := New(Config{CacheDir: filepath.Join(dir, "cache"), Command: []string{os.Args[0], ChildArg, marker}})
	if err != nil {
		return 1
	}
	out := filepath.Join(dir, "out")
	os.MkdirAll(out, 0o700)
	x.Run(context.Background(), executor.Spec{App: os.Getenv("DECLOUD_TEST_APP"), Checksum: os.Getenv("DECLOUD_TEST_SUM"),
		Args: []string{"loop"}, OutputDir: out, Timeout: time.Hour})
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
// parent-death signal), even with an hour of its time limit left.
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
	for child == 0 {
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
