package executortest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/decloud/decloud/executor"
)

// Options say what a sandbox offers beyond what every one must.
type Options struct {
	// FixedClock: the app sees a clock and a random source derived from its task (wasm),
	// so two runs of one task are identical byte for byte whatever the app reads. Without
	// it (containers see the real clock and the kernel's random source) the suite checks
	// everything else an app sees of its host.
	FixedClock bool
}

// Run holds a sandbox to the behaviour every executor must have. probe is the path and
// checksum of the probe app (executortest/probe) packaged for that sandbox.
func Run(t *testing.T, x executor.Executor, probe, probeSum string, opt Options) {
	// Only the time-limit case is about time: the others get a limit derived from the test
	// binary's own deadline (go test -timeout), so that a loaded machine or the race
	// detector, which slow every run, cannot make them fail.
	limit := 10 * time.Minute
	if d, ok := t.Deadline(); ok {
		limit = max(time.Until(d)/4, time.Minute)
	}
	spec := func(t *testing.T, args ...string) executor.Spec {
		return executor.Spec{
			TaskID: "0x" + strings.Repeat("ab", 32), TaskIndex: 3, DealID: "0x" + strings.Repeat("cd", 32),
			App: probe, Checksum: probeSum, Args: args, OutputDir: t.TempDir(), Timeout: limit,
			Seed: sha256.Sum256([]byte("task")),
		}
	}
	ctx := context.Background()

	t.Run("args env and inputs", func(t *testing.T) {
		s := spec(t, "echo", "hello", "world")
		s.InputDir = t.TempDir()
		if err := os.WriteFile(filepath.Join(s.InputDir, "data.csv"), []byte("1,2,3"), 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := x.Run(ctx, s)
		if err != nil {
			t.Fatalf("%v (stderr %s)", err, res.Stderr)
		}
		got, _ := os.ReadFile(filepath.Join(s.OutputDir, "echo.txt"))
		for _, want := range []string{"args=hello world", "DECLOUD_TASK_ID=" + s.TaskID, "DECLOUD_TASK_INDEX=3", "DECLOUD_DEAL_ID=" + s.DealID, "PATH=\n", "in/data.csv=1,2,3"} {
			if !strings.Contains(string(got), want) {
				t.Errorf("output lacks %q:\n%s", want, got)
			}
		}
		// Nothing of the worker's environment: HOME is unset, or the root (runc's default).
		if !strings.Contains(string(got), "HOME=\n") && !strings.Contains(string(got), "HOME=/\n") {
			t.Errorf("the app sees a HOME:\n%s", got)
		}
		if strings.TrimSpace(string(res.Stdout)) != "done" || res.ExitCode != 0 {
			t.Errorf("stdout %q exit %d", res.Stdout, res.ExitCode)
		}
	})

	t.Run("hostile: a root worker's app is not root", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("the worker is not root: the app runs as the worker's own uid")
		}
		s := spec(t, "echo", "x")
		s.InputDir = t.TempDir()
		if err := os.WriteFile(filepath.Join(s.InputDir, "data.csv"), []byte("1"), 0o600); err != nil {
			t.Fatal(err)
		}
		if res, err := x.Run(ctx, s); err != nil {
			t.Fatalf("%v (stderr %s)", err, res.Stderr)
		}
		// What the app created on the host belongs to an unprivileged uid, and it could
		// still read an input the worker wrote 0600.
		info, err := os.Stat(filepath.Join(s.OutputDir, "echo.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if st := info.Sys().(*syscall.Stat_t); st.Uid == 0 || st.Gid == 0 {
			t.Errorf("the app's file is owned by %d:%d, want an unprivileged uid", st.Uid, st.Gid)
		}
		got, _ := os.ReadFile(filepath.Join(s.OutputDir, "echo.txt"))
		if !strings.Contains(string(got), "in/data.csv=1") {
			t.Errorf("the unprivileged app could not read its input:\n%s", got)
		}
	})

	t.Run("deterministic", func(t *testing.T) {
		if !opt.FixedClock {
			t.Skip("the sandbox shows the real clock and random source (see replicas see the same host)")
		}
		outputs := map[string]bool{}
		for i := 0; i < 2; i++ {
			s := spec(t, "random")
			if _, err := x.Run(ctx, s); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(filepath.Join(s.OutputDir, "random.txt"))
			outputs[string(b)] = true
		}
		if len(outputs) != 1 {
			t.Fatalf("two runs of one task differ: %v", outputs)
		}
		s := spec(t, "random")
		s.Seed = sha256.Sum256([]byte("another task"))
		if _, err := x.Run(ctx, s); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(s.OutputDir, "random.txt"))
		if outputs[string(b)] {
			t.Fatal("another task's seed gave the same random bytes")
		}
	})

	t.Run("time limit", func(t *testing.T) {
		s := spec(t, "loop")
		s.Timeout = 1500 * time.Millisecond
		start := time.Now()
		_, err := x.Run(ctx, s)
		if !errors.Is(err, executor.ErrTimeout) {
			t.Fatalf("an endless loop gave %v", err)
		}
		// The loop never ends by itself: ending at all proves the cut; the slack only
		// catches a cut that waits for something else (it is not a speed check).
		if el := time.Since(start); el > s.Timeout+limit/2 {
			t.Fatalf("cut after %v for a %v limit", el, s.Timeout)
		}
	})

	t.Run("memory limit", func(t *testing.T) {
		s := spec(t, "alloc")
		s.Memory = 64 << 20
		_, err := x.Run(ctx, s)
		if !errors.Is(err, executor.ErrMemory) {
			t.Fatalf("an app allocating without end gave %v", err)
		}
	})

	t.Run("no network", func(t *testing.T) {
		s := spec(t, "net")
		if res, err := x.Run(ctx, s); err != nil {
			t.Fatalf("%v (exit %d: the app reached the network?)", err, res.ExitCode)
		}
		b, _ := os.ReadFile(filepath.Join(s.OutputDir, "net.txt"))
		if len(b) == 0 || string(b) == "<nil>" {
			t.Fatalf("dialing gave %q", b)
		}
	})

	t.Run("no escape from in and out", func(t *testing.T) {
		s := spec(t, "escape")
		s.InputDir = t.TempDir()
		if res, err := x.Run(ctx, s); err != nil {
			b, _ := os.ReadFile(filepath.Join(s.OutputDir, "escape.txt"))
			t.Fatalf("%v (exit %d): %s", err, res.ExitCode, b)
		}
		if entries, _ := os.ReadDir(s.InputDir); len(entries) != 0 {
			t.Fatal("the app wrote into /in")
		}
	})

	t.Run("output limit", func(t *testing.T) {
		s := spec(t, "flood")
		s.MaxOutput = 1 << 20
		if _, err := x.Run(ctx, s); !errors.Is(err, executor.ErrOutputTooLarge) {
			t.Fatalf("8 MiB of output under a 1 MiB cap gave %v", err)
		}
	})

	t.Run("exit status", func(t *testing.T) {
		_, err := x.Run(ctx, spec(t, "fail"))
		var ee *executor.ExitError
		if !errors.As(err, &ee) || ee.Code != 7 || !strings.Contains(ee.Reason, "line 3") {
			t.Fatalf("a failing app gave %v", err)
		}
	})

	t.Run("hostile: links lead nowhere", func(t *testing.T) {
		s := spec(t, "links")
		s.InputDir = t.TempDir()
		if err := os.WriteFile(filepath.Join(s.InputDir, "data.txt"), []byte("input"), 0o444); err != nil {
			t.Fatal(err)
		}
		res, err := x.Run(ctx, s)
		report, _ := os.ReadFile(filepath.Join(s.OutputDir, "links.txt"))
		if err != nil {
			t.Fatalf("%v (exit %d):\n%s", err, res.ExitCode, report)
		}
		t.Logf("what the app tried:\n%s", report)
		// Host side: no link of any kind was left, nothing was written beside /out or into /in.
		walkErr := filepath.WalkDir(s.OutputDir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			info, err := os.Lstat(p)
			if err != nil {
				return err
			}
			if info.Mode()&fs.ModeSymlink != 0 {
				t.Errorf("a symlink was left at %s", p)
			}
			if st, ok := info.Sys().(*syscall.Stat_t); ok && info.Mode().IsRegular() && st.Nlink > 1 {
				t.Errorf("a hard link was left at %s", p)
			}
			return nil
		})
		if walkErr != nil {
			t.Fatal(walkErr)
		}
		for _, p := range []string{filepath.Join(filepath.Dir(s.OutputDir), "escaped"), "/tmp/decloud-escaped"} {
			if _, err := os.Lstat(p); err == nil {
				t.Errorf("the app wrote %s", p)
			}
		}
		if entries, _ := os.ReadDir(s.InputDir); len(entries) != 1 {
			t.Errorf("/in has %d entries after the run", len(entries))
		}
	})

	t.Run("hostile: output cap enforced while writing", func(t *testing.T) {
		s := spec(t, "bigfile")
		s.MaxOutput = 8 << 20
		_, err := x.Run(ctx, s)
		if !errors.Is(err, executor.ErrOutputTooLarge) {
			t.Fatalf("1 GiB under an 8 MiB cap gave %v", err)
		}
		if n := diskUse(t, s.OutputDir); n > s.MaxOutput {
			t.Fatalf("%d bytes reached the disk under a cap of %d", n, s.MaxOutput)
		}
	})

	t.Run("hostile: file count cap", func(t *testing.T) {
		s := spec(t, "manyfiles")
		s.MaxFiles = 100
		if _, err := x.Run(ctx, s); !errors.Is(err, executor.ErrOutputTooLarge) {
			t.Fatalf("100,000 files under a cap of 100 gave %v", err)
		}
		if entries, _ := os.ReadDir(s.OutputDir); len(entries) > s.MaxFiles {
			t.Fatalf("%d files were created under a cap of %d", len(entries), s.MaxFiles)
		}
	})

	t.Run("hostile: logs kept as a bounded tail", func(t *testing.T) {
		res, err := x.Run(ctx, spec(t, "chatty"))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Stdout) > executor.MaxLog || len(res.Stderr) > executor.MaxLog {
			t.Fatalf("kept %d and %d bytes of logs", len(res.Stdout), len(res.Stderr))
		}
		if !strings.HasSuffix(string(res.Stderr), "the end\n") {
			t.Fatalf("the tail of stderr is not the end of what the app wrote: %q", executor.Tail(res.Stderr, 64))
		}
	})

	t.Run("hostile: memory stays near its limit", func(t *testing.T) {
		s := spec(t, "alloc")
		s.Memory = 64 << 20
		res, err := x.Run(ctx, s)
		if !errors.Is(err, executor.ErrMemory) {
			t.Fatalf("an app allocating without end gave %v", err)
		}
		t.Logf("peak RSS of the sandbox: %d MiB for a limit of %d MiB", res.PeakRSS>>20, s.Memory>>20)
		if res.PeakRSS > s.Memory+executor.MemoryOverhead {
			t.Fatalf("peak RSS %d MiB over the limit %d MiB plus the stated overhead %d MiB", res.PeakRSS>>20, s.Memory>>20, executor.MemoryOverhead>>20)
		}
	})

	t.Run("replicas see the same host", func(t *testing.T) {
		outputs := map[string]bool{}
		mode := "observe"
		if !opt.FixedClock {
			mode = "observe-static"
		}
		for i, names := range [][]string{{"b.csv", "a.csv", "c.csv"}, {"c.csv", "a.csv", "b.csv"}} {
			s := spec(t, mode)
			s.InputDir = t.TempDir()
			s.Env = map[string]string{"ZED": "1", "ALPHA": "2", "MIDDLE": "3"}
			for _, name := range names {
				if err := os.WriteFile(filepath.Join(s.InputDir, name), []byte(name), 0o444); err != nil {
					t.Fatal(err)
				}
			}
			if i == 1 {
				// Another moment and another directory layout on the host.
				past := time.Now().Add(-time.Duration(i) * time.Hour)
				if err := os.Chtimes(filepath.Join(s.InputDir, "a.csv"), past, past); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := x.Run(ctx, s); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(filepath.Join(s.OutputDir, "observe.txt"))
			outputs[string(b)] = true
		}
		if len(outputs) != 1 {
			for o := range outputs {
				t.Logf("saw:\n%s", o)
			}
			t.Fatal("two replicas of one task saw different things")
		}
	})

	t.Run("checksum mismatch", func(t *testing.T) {
		s := spec(t, "echo")
		s.Checksum = strings.Repeat("0", 64)
		if _, err := x.Run(ctx, s); !errors.Is(err, executor.ErrBadApp) {
			t.Fatalf("a wrong checksum gave %v", err)
		}
	})

	t.Run("not a module", func(t *testing.T) {
		s := spec(t, "echo")
		s.App = filepath.Join(t.TempDir(), "junk.wasm")
		junk := []byte("this is not webassembly")
		if err := os.WriteFile(s.App, junk, 0o644); err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(junk)
		s.Checksum = hex.EncodeToString(sum[:])
		if _, err := x.Run(ctx, s); !errors.Is(err, executor.ErrBadApp) {
			t.Fatalf("junk gave %v", err)
		}
	})
}

// diskUse is the bytes of the regular files under dir, as the host sees them.
func diskUse(t *testing.T, dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error { // errors: counted as nothing
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
