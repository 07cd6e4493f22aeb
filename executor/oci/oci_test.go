package oci

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/executortest"
)

// miniWorkerEnv makes the test binary a process that runs one endless container (for
// TestContainerDiesWithItsWorker); its value is the executor's directory.
const miniWorkerEnv = "DECLOUD_TEST_OCI_MINI_WORKER"

func TestMain(m *testing.M) {
	if dir := os.Getenv(miniWorkerEnv); dir != "" {
		os.Exit(miniWorker(dir))
	}
	os.Exit(m.Run())
}

func miniWorker(dir string) int {
	x, err := New(context.Background(), Config{Dir: dir})
	if err != nil {
		return 1
	}
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(out, 0o700); err != nil {
		return 1
	}
	_, _ = x.Run(context.Background(), executor.Spec{App: os.Getenv("DECLOUD_TEST_APP"), Checksum: os.Getenv("DECLOUD_TEST_SUM"),
		Args: []string{"loop"}, OutputDir: out, Timeout: time.Hour})
	return 0
}

// newExecutor returns an executor, or skips the test where containers cannot run.
func newExecutor(t *testing.T) *Executor {
	t.Helper()
	if info := Probe(""); !info.Available {
		t.Skipf("no containers here: %s", info.Reason)
	}
	x, err := New(context.Background(), Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// The shared suite: the container sandbox passes what the wasm one does, but the fixed clock.
func TestSuite(t *testing.T) {
	x := newExecutor(t)
	t.Logf("runc %s", x.Version())
	probe, digest := executortest.BuildOCI(t, "../executortest/probe")
	executortest.Run(t, x, probe, digest, executortest.Options{})
}

// A worker killed with SIGKILL leaves no container behind, even with an hour of its time
// limit left: runc is pid 1 of its own pid namespace, which dies with it.
func TestContainerDiesWithItsWorker(t *testing.T) {
	if info := Probe(""); !info.Available {
		t.Skipf("no containers here: %s", info.Reason)
	}
	probe, digest := executortest.BuildOCI(t, "../executortest/probe")
	dir := t.TempDir()
	cmd := exec.CommandContext(context.Background(), os.Args[0])
	cmd.Env = append(os.Environ(), miniWorkerEnv+"="+dir, "DECLOUD_TEST_APP="+probe, "DECLOUD_TEST_SUM="+digest)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var app int
	for app == 0 {
		app = findLoop()
		if ctx.Err() != nil {
			_ = cmd.Process.Kill()
			t.Fatal("the container never started")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	for {
		if err := syscall.Kill(app, 0); err != nil {
			break // gone
		}
		if ctx.Err() != nil {
			t.Fatalf("the container's process %d outlived its worker", app)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// A new executor on the same directory removes what runc still knew of the container.
	x, err := New(context.Background(), Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.CommandContext(ctx, x.runc, "--root", x.state, "list", "-q").Output(); err != nil || strings.TrimSpace(string(out)) != "" {
		t.Fatalf("runc still lists %q (%v)", out, err)
	}
}

// findLoop returns the pid of a process running the probe's endless loop (0 if none).
func findLoop() int {
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil {
			continue
		}
		if string(b) == "/app\x00loop\x00" {
			pid, _ := strconv.Atoi(e.Name())
			return pid
		}
	}
	return 0
}

// An app that tries what a container must not allow (root, namespaces, mounts, tracing,
// raw sockets, devices, BPF, io_uring, the clock, writing its root) gets a refusal for each.
func TestHostileAppIsRefused(t *testing.T) {
	x := newExecutor(t)
	app, digest := executortest.BuildOCI(t, "internal/hostile")
	s := executor.Spec{TaskID: "0x" + strings.Repeat("ab", 32), App: app, Checksum: digest, OutputDir: t.TempDir(), Timeout: time.Minute}
	res, err := x.Run(context.Background(), s)
	report, _ := os.ReadFile(filepath.Join(s.OutputDir, "report.txt"))
	if err != nil {
		t.Fatalf("%v: %s\n%s", err, res.Stderr, report)
	}
	t.Logf("what the app tried:\n%s", report)
	if strings.Count(string(report), "\n") < 15 {
		t.Fatalf("the app did not try everything:\n%s", report)
	}
}

// BenchmarkStart is a trivial task (the probe's echo) from Run to its result: the cost of a
// container's start and end (image verified, cached root, runc, /out's tmpfs, cgroup).
func BenchmarkStart(b *testing.B) {
	if info := Probe(""); !info.Available {
		b.Skipf("no containers here: %s", info.Reason)
	}
	x, err := New(context.Background(), Config{Dir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	app, digest := executortest.BuildOCI(b, "../executortest/probe")
	for b.Loop() {
		s := executor.Spec{TaskID: "0x" + strings.Repeat("ab", 32), App: app, Checksum: digest, Args: []string{"echo", "x"}, OutputDir: b.TempDir(), Timeout: time.Minute}
		if _, err := x.Run(context.Background(), s); err != nil {
			b.Fatal(err)
		}
	}
}

// A GPU task gets the devices the worker offers through the Container Device Interface: here
// a harmless one, the host's /dev/null under another name, described by a CDI spec. A task
// without it does not see the device; an unknown device name is refused.
func TestDevicesThroughCDI(t *testing.T) {
	if info := Probe(""); !info.Available {
		t.Skipf("no containers here: %s", info.Reason)
	}
	cdiDir := t.TempDir()
	spec := `{"cdiVersion": "0.6.0", "kind": "decloud.test/fake", "devices": [{"name": "null",
	  "containerEdits": {"deviceNodes": [{"path": "/dev/fake0", "hostPath": "/dev/null", "type": "c", "major": 1, "minor": 3}]}}]}`
	if err := os.WriteFile(filepath.Join(cdiDir, "fake.json"), []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(context.Background(), Config{Dir: t.TempDir(), CDISpecDirs: []string{cdiDir}})
	if err != nil {
		t.Fatal(err)
	}
	if got := x.Devices(); len(got) != 1 || got[0] != "decloud.test/fake=null" {
		t.Fatalf("devices %v, want the fake one", got)
	}
	probe, digest := executortest.BuildOCI(t, "../executortest/probe")
	run := func(devices ...string) (string, error) {
		s := executor.Spec{TaskID: "0x" + strings.Repeat("ab", 32), App: probe, Checksum: digest, Args: []string{"device", "/dev/fake0"},
			OutputDir: t.TempDir(), Timeout: time.Minute, Devices: devices}
		_, err := x.Run(context.Background(), s)
		b, _ := os.ReadFile(filepath.Join(s.OutputDir, "device.txt"))
		return string(b), err
	}
	if got, err := run("decloud.test/fake=null"); err != nil || got != "<nil>" {
		t.Fatalf("with the device: %q (%v), want a successful write", got, err)
	}
	if got, err := run(); err != nil || got == "<nil>" {
		t.Fatalf("without the device: %q (%v), want the device missing", got, err)
	}
	if _, err := run("decloud.test/fake=gpu0"); !errors.Is(err, executor.ErrBadSpec) {
		t.Fatalf("an unknown device: %v, want ErrBadSpec", err)
	}
}

// A run's CPU time is capped (one CPU unless the executor says otherwise): its cgroup gets
// the CFS quota; a negative figure means no cap.
func TestCPUQuota(t *testing.T) {
	for _, c := range []struct {
		cpus  float64
		quota int64 // 0: no cap
	}{{1, 100_000}, {0.5, 50_000}, {2, 200_000}, {-1, 0}} {
		cpu := runtimeSpec(bundle{cpus: c.cpus, memory: 1 << 20}).Linux.Resources.CPU
		switch {
		case c.quota == 0 && cpu != nil:
			t.Fatalf("cpus %v: a quota %+v", c.cpus, cpu)
		case c.quota > 0 && (cpu == nil || *cpu.Quota != c.quota || *cpu.Period != cpuPeriod):
			t.Fatalf("cpus %v: %+v, want quota %d", c.cpus, cpu, c.quota)
		}
	}
}
