package wasm

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/experimental/sysfs"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"
	"golang.org/x/sys/unix"

	"github.com/decloud/decloud/executor"
)

// ChildMain runs one sandboxed app as described on stdin and prints a JSON reply as its
// last line; a reusable child (request.Jail) runs one app after another, a reply line
// each, until stdin closes. The binary's main calls it when its first argument is ChildArg,
// and exits with the returned code.
func ChildMain() int {
	if err := setupNamespaces(); err != nil {
		return say(reply{ExitCode: -1, Error: "sandbox namespaces: " + err.Error()})
	}
	// Opened before Landlock leaves the process only /in and /out: read at the end, it
	// gives this process's own peak RSS (the parent's rusage would include the memory the
	// child shared with the worker before exec).
	selfStatus, _ = os.Open("/proc/self/status")
	// Two messages: what to prepare (the module and its memory), then the run itself. A
	// warm child gets the first at its start and waits for the second (Config.Spares). A
	// reusable child then reads further runs. One message a line.
	in := bufio.NewReaderSize(os.Stdin, 64<<10)
	next := func(r *request) error { return readRequest(in, r) }
	var req request
	if err := next(&req); err != nil {
		return say(reply{ExitCode: -1, Error: "bad request: " + err.Error()})
	}
	return say(runChild(req, next))
}

// maxRequest bounds one message from the parent.
const maxRequest = 1 << 20

// readRequest reads one line of r into req (io.EOF: stdin closed between messages).
func readRequest(r *bufio.Reader, req *request) error {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxRequest {
			return errors.New("request too long")
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if errors.Is(err, io.EOF) && len(line) == 0 {
			return io.EOF
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		return json.Unmarshal(line, req)
	}
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
// their tails (nothing of them reaches the disk). A reusable child keeps the tails itself,
// per run, and sends them with each reply.
const (
	stdoutFD = 3
	stderrFD = 4
)

// childOverhead is the memory the child may use besides the guest's linear memory (the Go
// runtime, wazero and the compiled code); the GC keeps the heap near memory + overhead.
const childOverhead = 64 << 20

// runChild compiles the prepared module, then reads the run's part of the request into req
// (next) and runs it; a run with a jail makes the child reusable (serve).
func runChild(req request, next func(*request) error) reply {
	ctx := context.Background()
	// The guest's memory is allocated once at its maximum (no copy on growth) and the GC
	// returns what is freed at once: the child stays near the limit plus its overhead. (A
	// reusable child maps it outside the heap: withMappedMemory.)
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
	if req.Merge {
		code = mergeDataSegments(code)
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
	if req.Jail != "" {
		return serve(ctx, rt, compiled, req, next)
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
	var ro []string
	if req.InputDir != "" {
		ro = append(ro, req.InputDir)
	}
	if err := confineChild(req, []string{req.OutputDir}, ro); err != nil {
		return reply{ExitCode: -1, Error: "confining the sandbox: " + err.Error()}
	}
	return runGuest(ctx, rt, compiled, req, inHost, outHost, stdout, stderr, func(rep reply) {
		say(rep)
		os.Exit(0)
	})
}

// withMappedMemory makes the instances created with ctx get their linear memory from
// newMappedMemory rather than the Go heap (a one-run child's): allocated there at its
// maximum, each run's memory would be left to the collector, and the next run's would be
// cleared whole (every page touched) as it reuses pages the heap used before.
func withMappedMemory(ctx context.Context) context.Context {
	return experimental.WithMemoryAllocator(ctx, experimental.MemoryAllocatorFunc(newMappedMemory))
}

// serve runs a reusable child's runs, the first in req, until stdin closes: the child is
// confined once, to its jail (a directory of the parent's in which each run gets its own
// in and out directories, named relative to it), and each run is a fresh instance of the
// compiled module, with fresh memory (mappedMemory). Each reply carries the tails of the
// run's stdout and stderr. A run that does not end with the guest returning (a trap, an
// error) ends the child with its reply; a run over its output limit too (runGuest). Peak
// RSS is the process's since the run began (its peak is reset before each run where the
// kernel allows it, else since it started).
func serve(ctx context.Context, rt wazero.Runtime, compiled wazero.CompiledModule, req request, next func(*request) error) reply {
	jail := req.Jail
	held := jail
	if req.UID != 0 {
		var err error
		if held, err = heldDir(jail); err != nil {
			return reply{ExitCode: -1, Error: "sandbox directories: " + err.Error()}
		}
	}
	// The log pipes are not used: closed, the parent's readers end.
	for _, fd := range []uintptr{stdoutFD, stderrFD} {
		if f := os.NewFile(fd, "log"); f != nil {
			_ = f.Close()
		}
	}
	// Writing 5 resets the peak RSS (VmHWM); opened while /proc is still reachable.
	clearRefs, _ := os.OpenFile("/proc/self/clear_refs", os.O_WRONLY, 0)
	if err := confineChild(req, []string{jail}, nil); err != nil {
		return reply{ExitCode: -1, Error: "confining the sandbox: " + err.Error()}
	}
	mmapped := withMappedMemory(ctx)
	for {
		if !filepath.IsLocal(req.OutputDir) || (req.InputDir != "" && !filepath.IsLocal(req.InputDir)) || req.Jail != jail {
			return reply{ExitCode: -1, Error: "bad request: directories outside the jail"}
		}
		inHost, outHost := "", filepath.Join(held, req.OutputDir)
		if req.InputDir != "" {
			inHost = filepath.Join(held, req.InputDir)
		}
		if clearRefs != nil {
			_, _ = clearRefs.WriteString("5")
		}
		var stdout, stderr executor.TailWriter
		rep := runGuest(mmapped, rt, compiled, req, inHost, outHost, &stdout, &stderr, func(rep reply) {
			rep.Stdout, rep.Stderr = stdout.Bytes(), stderr.Bytes()
			say(rep)
			os.Exit(0)
		})
		rep.Stdout, rep.Stderr = stdout.Bytes(), stderr.Bytes()
		if rep.Kind != "" || rep.Error != "" {
			return rep
		}
		say(rep)
		var r request
		if err := next(&r); err != nil {
			if errors.Is(err, io.EOF) {
				os.Exit(0)
			}
			return reply{ExitCode: -1, Error: "bad request: " + err.Error()}
		}
		req = r
	}
}

// runGuest instantiates the compiled module for one run (which runs it) with /in and /out
// at the given host paths, its stdout and stderr, and the run's arguments, environment,
// seed and output budget; over reports a run that crossed the budget, and must not return.
func runGuest(ctx context.Context, rt wazero.Runtime, compiled wazero.CompiledModule, req request, inHost, outHost string,
	stdout, stderr io.Writer, over func(reply),
) reply {
	// The moment /out crosses a cap, the run ends: nothing more reaches the disk.
	out := newBudget(req.MaxOutput, req.MaxFiles, func(what string) {
		if what == hostFailure {
			over(reply{ExitCode: -1, Kind: "host", Error: "the worker's disk refused a write under /out (full?)"})
		} else {
			over(reply{ExitCode: -1, Kind: "output", Error: "over the " + what + " limit of /out"})
		}
	})
	fsc := wazero.NewFSConfig().(sysfs.FSConfig).WithSysFSMount(newGuestFS(outHost, "/out", out), "/out")
	if inHost != "" {
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
	mod, err := rt.InstantiateModule(ctx, compiled, mc)
	var exit *sys.ExitError
	switch {
	case err == nil:
		_ = mod.Close(ctx) // its files and memory
		return reply{ExitCode: 0}
	case errors.As(err, &exit):
		return reply{ExitCode: int(exit.ExitCode())}
	default:
		return reply{ExitCode: -1, Kind: "trap", Error: err.Error()}
	}
}

// mappedMemory is a linear memory mapped at its maximum size (the kernel gives pages as
// they are touched, zeroed) and unmapped when its instance closes; or, when the instance
// used little of it, cleared and kept for the next instance of the process (one at a time
// in a reusable child), which then finds its first pages already there: a Go guest
// touches a few MiB, which would otherwise cost a page fault each, every run.
type mappedMemory struct{ buf []byte }

// keptMemory is the cleared memory of the last instance, if it was kept.
var keptMemory []byte

// maxKeptMemory bounds what a memory may have used to be kept (cleared: its pages stay
// resident while the child waits).
const maxKeptMemory = 16 << 20

func newMappedMemory(_, max uint64) experimental.LinearMemory {
	if max == 0 {
		return &mappedMemory{}
	}
	if kept := keptMemory; uint64(cap(kept)) == max {
		keptMemory = nil
		return &mappedMemory{buf: kept[:0]}
	}
	buf, err := unix.Mmap(-1, 0, int(max), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		return &mappedMemory{} // wazero finds no room and fails the instantiation
	}
	return &mappedMemory{buf: buf[:0]}
}

func (m *mappedMemory) Reallocate(size uint64) []byte {
	if size > uint64(cap(m.buf)) {
		return nil
	}
	m.buf = m.buf[:size] // a memory never shrinks: len is all the guest could touch
	return m.buf
}

func (m *mappedMemory) Free() {
	if cap(m.buf) == 0 {
		return
	}
	if len(m.buf) <= maxKeptMemory && keptMemory == nil {
		clear(m.buf)
		keptMemory = m.buf[:0]
	} else {
		_ = unix.Munmap(m.buf[:cap(m.buf)])
	}
	m.buf = nil
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
