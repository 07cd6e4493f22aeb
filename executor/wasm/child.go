package wasm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental/sysfs"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"
)

// ChildMain runs one sandboxed app as described on stdin and prints a JSON reply as its
// last line. The binary's main calls it when its first argument is ChildArg, and exits
// with the returned code.
func ChildMain() int {
	if err := setupNamespaces(); err != nil {
		return say(reply{ExitCode: -1, Error: "sandbox namespaces: " + err.Error()})
	}
	// Opened before Landlock leaves the process only /in and /out: read at the end, it
	// gives this process's own peak RSS (the parent's rusage would include the memory the
	// child shared with the worker before exec).
	selfStatus, _ = os.Open("/proc/self/status")
	// Two messages: what to prepare (the module and its memory), then the run itself. A
	// warm child gets the first at its start and waits for the second (Config.Spares).
	dec := json.NewDecoder(io.LimitReader(os.Stdin, 1<<20))
	var req request
	if err := dec.Decode(&req); err != nil {
		return say(reply{ExitCode: -1, Error: "bad request: " + err.Error()})
	}
	return say(runChild(req, func(r *request) error { return dec.Decode(r) }))
}

// selfStatus is /proc/self/status, when it could be opened.
var selfStatus *os.File

func say(r reply) int {
	r.PeakRSS = peakRSS()
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	return 0
}

// The guest's stdout and stderr: pipes the parent reads as they are written, keeping only
// their tails (nothing of them reaches the disk).
const (
	stdoutFD = 3
	stderrFD = 4
)

// childOverhead is the memory the child may use besides the guest's linear memory (the Go
// runtime, wazero and the compiled code); the GC keeps the heap near memory + overhead.
const childOverhead = 64 << 20

// runChild compiles the prepared module, then reads the run's part of the request into req
// (next) and runs it.
func runChild(req request, next func(*request) error) reply {
	ctx := context.Background()
	// The guest's memory is allocated once at its maximum (no copy on growth) and the GC
	// returns what is freed at once: the child stays near the limit plus its overhead.
	debug.SetMemoryLimit(int64(req.Pages)*65536 + childOverhead)
	cache, err := wazero.NewCompilationCacheWithDir(req.CacheDir)
	if err != nil {
		return reply{ExitCode: -1, Error: "compilation cache: " + err.Error()}
	}
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().
		WithCompilationCache(cache).
		WithMemoryLimitPages(req.Pages).
		WithMemoryCapacityFromMax(true).
		WithCloseOnContextDone(false))
	defer func() { _ = rt.Close(ctx) }()
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		return reply{ExitCode: -1, Error: "wasi: " + err.Error()}
	}
	code, err := os.ReadFile(req.Module)
	if err != nil {
		return reply{ExitCode: -1, Kind: "bad-app", Error: err.Error()}
	}
	compiled, err := rt.CompileModule(ctx, code)
	if err != nil {
		kind := "bad-app"
		if strings.Contains(err.Error(), "memory") && strings.Contains(err.Error(), "limit") {
			kind = "memory" // the module declares more memory than allowed
		}
		return reply{ExitCode: -1, Kind: kind, Error: err.Error()}
	}
	if err := next(&req); err != nil {
		return reply{ExitCode: -1, Error: "bad request: " + err.Error()}
	}
	stdout, stderr := os.NewFile(stdoutFD, "stdout"), os.NewFile(stderrFD, "stderr")
	if stdout == nil || stderr == nil {
		return reply{ExitCode: -1, Error: "no log pipes"}
	}
	defer stdout.Close()
	defer stderr.Close()
	// The mounts' host paths: when the child is to become unprivileged, its own
	// descriptors of the directories, opened while it may still search their ancestors.
	inHost, outHost := req.InputDir, req.OutputDir
	if req.UID != 0 {
		if outHost, err = heldDir(req.OutputDir); err == nil && req.InputDir != "" {
			inHost, err = heldDir(req.InputDir)
		}
		if err != nil {
			return reply{ExitCode: -1, Error: "sandbox directories: " + err.Error()}
		}
	}
	// From here on the guest may run: confine the process first.
	if err := confineChild(req); err != nil {
		return reply{ExitCode: -1, Error: "confining the sandbox: " + err.Error()}
	}

	// The moment /out crosses a cap, the run ends: nothing more reaches the disk.
	out := newBudget(req.MaxOutput, req.MaxFiles, func(what string) {
		say(reply{ExitCode: -1, Kind: "output", Error: "over the " + what + " limit of /out"})
		os.Exit(0)
	})
	fsc := wazero.NewFSConfig().(sysfs.FSConfig).WithSysFSMount(newGuestFS(outHost, "/out", out), "/out")
	if req.InputDir != "" {
		fsc = fsc.(sysfs.FSConfig).WithSysFSMount(newGuestFS(inHost, "/in", nil), "/in")
	}
	mc := wazero.NewModuleConfig().
		WithName("").
		WithArgs(append([]string{"app"}, req.Args...)...).
		WithFSConfig(fsc).
		WithStdout(stdout).
		WithStderr(stderr).
		WithRandSource(rand.NewChaCha8(req.Seed))
	// In a fixed order: the order of the environment is visible to the app.
	for _, k := range slices.Sorted(maps.Keys(req.Env)) {
		mc = mc.WithEnv(k, req.Env[k])
	}
	_, err = rt.InstantiateModule(ctx, compiled, mc)
	var exit *sys.ExitError
	switch {
	case err == nil:
		return reply{ExitCode: 0}
	case errors.As(err, &exit):
		return reply{ExitCode: int(exit.ExitCode())}
	default:
		return reply{ExitCode: -1, Kind: "trap", Error: err.Error()}
	}
}

// peakRSS is VmHWM of /proc/self/status in bytes (0 when unknown).
func peakRSS() int64 {
	if selfStatus == nil {
		return 0
	}
	b := make([]byte, 4096)
	n, _ := selfStatus.ReadAt(b, 0)
	for line := range strings.Lines(string(b[:n])) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
