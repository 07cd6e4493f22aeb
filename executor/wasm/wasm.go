// Package wasm is the default sandbox: WebAssembly modules (WASI preview 1) run by wazero.
//
// Each run happens in a child process (the same binary, started with ChildArg) that is
// killed at the deadline: wazero's own context-based interruption costs ~13x on CPU-bound
// code, a child process costs nothing while it runs and also isolates crashes and memory.
// Children share compiled code through wazero's on-disk compilation cache, keyed by the
// module's content, so a module is compiled once per machine. The runs of one party's
// work (executor.Spec.Reuse: a deal) may share a child, each in a fresh instance, which
// saves the process's start and the module's load (reuse.go).
//
// Determinism: the guest sees wazero's fake clocks (fixed start, advancing per read),
// sleeps that return at once, and a random source seeded from the task; no network (WASI
// preview 1 has no sockets), only /in (read-only) and /out.
package wasm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"

	"path/filepath"

	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gofrs/flock"

	"github.com/decloud/decloud/executor"
)

// ChildArg is the first argument that makes the binary act as a sandbox child.
const ChildArg = "__decloud-wasm-child"

// Config configures the executor.
type Config struct {
	// CacheDir holds the compilation cache (created if missing).
	CacheDir string
	// JailDir holds the jails of reusable children (docs/sandbox.md), the directories their
	// runs read and write (default: CacheDir). Only transient files go there: a tmpfs
	// (worker.DefaultScratch) spares the disk a file created and removed per run.
	JailDir string
	// Command starts a child; default: this executable with ChildArg. Its main must call
	// ChildMain when it sees ChildArg (cmd/decloud does; tests use TestMain).
	Command []string
	// UID and GID are what a child runs as when the worker is root (default
	// DefaultSandboxUID for both); without root the child keeps the worker's uid.
	UID, GID int
	// Spares is how many warm children the executor keeps, each started and holding a
	// recently run module compiled, waiting for its next run (0: none; decloud worker
	// keeps 2). A run that finds one skips the process start and the module's load; the
	// child is confined only once it gets its run, as a cold one is. Close kills them.
	Spares int
	// MaxIdle is how many reusable children (executor.Spec.Reuse) the executor keeps idle
	// between runs, all reuse keys together; the least recently used goes first (0:
	// DefaultMaxIdle; negative: none, every run in a process of its own whatever its spec
	// says). Close kills them.
	MaxIdle int
	// MaxRunning bounds the runs in progress at once (0: no bound; a worker's slots bound
	// them). Runs past it wait for one to end (their time limit starts with the run). An
	// executor shared by many workers of one machine (devnet's) sets it near the machine's
	// CPUs: more sandboxes than that at once only share the CPUs, each a process of its
	// own to start and keep.
	MaxRunning int
	Logger     *slog.Logger
}

// Executor runs wasm apps in child processes.
type Executor struct {
	cfg    Config
	layers Layers

	mu     sync.Mutex
	spares map[string]*child // by spareKey
	// verified remembers the modules whose checksum was checked, by path, as they were.
	verified map[string]stamp
	order    []string // spares' keys, least recently started first
	closed   bool
	wg       sync.WaitGroup // the children's reapers
	// idle are the reusable children waiting for a run, least recently used first.
	idle []idleChild
	// jails is the executor's directory of reusable children's jails (created at the first
	// one), locked by jailsLock.
	jails     string
	jailsLock *flock.Flock
	// coldRuns and warmRuns count the runs that started a child and those that found one;
	// reusedRuns those that ran in a child that had run the same reuse key's before.
	coldRuns, warmRuns, reusedRuns atomic.Int64
	// runHook, when set (tests), is called with each reusable run's key and child pid.
	runHook func(reuse string, pid int)
	// running holds a token per run in progress when Config.MaxRunning bounds them.
	running chan struct{}
}

var _ executor.Executor = (*Executor)(nil)

// New returns an executor.
func New(cfg Config) (*Executor, error) {
	if cfg.CacheDir == "" {
		return nil, errors.New("wasm: no cache directory")
	}
	if err := os.MkdirAll(cfg.CacheDir, 0o700); err != nil {
		return nil, fmt.Errorf("wasm: %w", err)
	}
	if len(cfg.Command) == 0 {
		self, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("wasm: %w", err)
		}
		cfg.Command = []string{self, ChildArg}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.UID < 0 || cfg.GID < 0 {
		return nil, fmt.Errorf("wasm: sandbox uid %d and gid %d must not be negative", cfg.UID, cfg.GID)
	}
	if cfg.UID == 0 {
		cfg.UID = DefaultSandboxUID
	}
	if cfg.GID == 0 {
		cfg.GID = DefaultSandboxUID
	}
	if cfg.MaxIdle == 0 {
		cfg.MaxIdle = DefaultMaxIdle
	}
	if cfg.JailDir == "" {
		cfg.JailDir = cfg.CacheDir
	}
	removeStaleJails(cfg.JailDir)
	x := &Executor{cfg: cfg, layers: Probe(), spares: map[string]*child{}, verified: map[string]stamp{}}
	if cfg.MaxRunning > 0 {
		x.running = make(chan struct{}, cfg.MaxRunning)
	}
	return x, nil
}

// request is what the parent sends the child on stdin.
type request struct {
	Module    string            `json:"module"`
	CacheDir  string            `json:"cacheDir"`
	Args      []string          `json:"args"`
	Env       map[string]string `json:"env"`
	InputDir  string            `json:"inputDir"`
	OutputDir string            `json:"outputDir"`
	Pages     uint32            `json:"pages"`
	Seed      [32]byte          `json:"seed"`
	MaxOutput int64             `json:"maxOutput"`
	MaxFiles  int               `json:"maxFiles"`
	UID       int               `json:"uid,omitempty"` // become this uid and gid (0: stay)
	GID       int               `json:"gid,omitempty"`
	// Jail makes the child reusable: it is confined to this directory at its first run,
	// InputDir and OutputDir are then relative to it, and it reads further runs (see
	// reuse.go).
	Jail string `json:"jail,omitempty"`
	// Merge (in the first message) makes the child compile the module with its data
	// segments merged (datasegs.go): children that may be reused do.
	Merge bool `json:"merge,omitempty"`
}

// reply is the child's last line on stdout; a reusable child's line after each run.
type reply struct {
	ExitCode int    `json:"exitCode"`
	Error    string `json:"error,omitempty"`
	Kind     string `json:"kind,omitempty"` // "bad-app", "memory", "output", "trap"
	PeakRSS  int64  `json:"peakRss,omitempty"`
	// The tails of the guest's stdout and stderr, from a reusable child (a one-run child's
	// reach the parent through pipes).
	Stdout []byte `json:"stdout,omitempty"`
	Stderr []byte `json:"stderr,omitempty"`
}

// firstRun makes the runs of a module that is not yet in the compilation cache wait for the
// first one: each child would otherwise compile it again (about a CPU-second for a Go
// module), which a burst of tasks of one app on a fresh worker turns into minutes of CPU.
// The wait is a file lock in the cache, so it holds across processes sharing the cache,
// and it comes before the task's time limit starts. done(compiled) records that the module
// compiled and releases the lock.
func (x *Executor) firstRun(ctx context.Context, checksum string) (done func(compiled bool), err error) {
	return x.firstRunOf(ctx, checksum, false)
}

// firstRunOf is firstRun for the module as a one-run child compiles it, or as a reusable
// one does (merged: its data segments merged, another module for the compilation cache).
func (x *Executor) firstRunOf(ctx context.Context, checksum string, merged bool) (done func(compiled bool), err error) {
	if _, err := hex.DecodeString(checksum); err != nil || checksum == "" {
		return nil, fmt.Errorf("%w: checksum %q is not hex", executor.ErrBadSpec, checksum)
	}
	if merged {
		checksum += "-merged"
	}
	marker := filepath.Join(x.cfg.CacheDir, "compiled-"+checksum)
	if _, err := os.Stat(marker); err == nil {
		return func(bool) {}, nil
	}
	l := flock.New(filepath.Join(x.cfg.CacheDir, "compile-"+checksum+".lock"))
	if _, err := l.TryLockContext(ctx, 20*time.Millisecond); err != nil {
		return nil, fmt.Errorf("wasm: waiting for the module's first compilation: %w", err)
	}
	if _, err := os.Stat(marker); err == nil {
		_ = l.Unlock()
		return func(bool) {}, nil
	}
	return func(compiled bool) {
		if compiled {
			_ = os.WriteFile(marker, nil, 0o600) // at worst the next run takes the lock again
		}
		_ = l.Unlock()
	}, nil
}

// Run runs spec's module in a child process and enforces the limits. A spec with a reuse
// key may run in a child that ran the key's previous run (reuse.go).
func (x *Executor) Run(ctx context.Context, spec executor.Spec) (executor.Result, error) {
	var res executor.Result
	if err := spec.Check(); err != nil {
		return res, err
	}
	if len(spec.Devices) > 0 {
		return res, fmt.Errorf("%w: a wasm app cannot use devices (%v)", executor.ErrBadSpec, spec.Devices)
	}
	if x.running != nil {
		select {
		case x.running <- struct{}{}:
			defer func() { <-x.running }()
		case <-ctx.Done():
			return res, ctx.Err()
		}
	}
	if err := x.verifyOnce(spec.App, spec.Checksum); err != nil {
		return res, err
	}
	// A run that may reuse a child runs in a reusable child, which compiles the module
	// with its data segments merged (datasegs.go): warm children and compilations are
	// of one kind or the other.
	reuse := spec.Reuse != "" && x.cfg.MaxIdle > 0
	done, err := x.firstRunOf(ctx, spec.Checksum, reuse)
	if err != nil {
		return res, err
	}
	compiled := false
	defer func() { done(compiled) }()
	req := request{
		Module: spec.App, CacheDir: x.cfg.CacheDir, Args: spec.Args, Env: spec.Environment(),
		InputDir: spec.InputDir, OutputDir: spec.OutputDir,
		Pages: uint32((spec.Memory + 65535) / 65536), Seed: spec.Seed, MaxOutput: spec.MaxOutput, MaxFiles: spec.MaxFiles,
		Merge: reuse,
	}
	if x.layers.Namespaces {
		req.UID, req.GID = x.cfg.UID, x.cfg.GID
	}
	key := spareKey(spec.Checksum, req.Pages, reuse)
	var rep reply
	started := true // the run started a child: the module's next run may find a warm one
	if reuse {
		rep, started, err = x.runReused(ctx, spec, req, key, &res)
	} else {
		rep, err = x.runOnce(ctx, spec, req, key, &res)
	}
	if err != nil {
		return res, err
	}
	compiled = rep.Kind != "bad-app"
	if compiled && started {
		// After a cold run (the module is in the compilation cache by now, so a warm child
		// only loads it), or if the child started during the run died: a child ready for
		// the next run.
		x.refill(key, request{Module: spec.App, CacheDir: x.cfg.CacheDir, Pages: req.Pages, Merge: req.Merge})
	}
	return x.result(spec, rep, res)
}

// runOnce runs spec in a child of its own (a warm spare or a new one) and returns its reply.
func (x *Executor) runOnce(ctx context.Context, spec executor.Spec, req request, key string, res *executor.Result) (reply, error) {
	var rep reply
	if x.layers.Namespaces {
		if err := handOver(x.cfg.UID, x.cfg.GID, spec.InputDir, spec.OutputDir); err != nil {
			return rep, fmt.Errorf("wasm: %w", err)
		}
	}
	c := x.takeSpare(key)
	if c == nil {
		var err error
		if c, err = x.spawn(req); err != nil {
			return rep, err
		}
		x.coldRuns.Add(1)
	} else {
		x.warmRuns.Add(1)
		// The next run of this module finds the next child ready: it starts and loads the
		// module while this one runs.
		x.refill(key, request{Module: spec.App, CacheDir: x.cfg.CacheDir, Pages: req.Pages, Merge: req.Merge})
	}
	runCtx, cancel := context.WithTimeout(ctx, spec.Timeout)
	defer cancel()
	start := time.Now()
	if err := c.run(req); err != nil {
		c.kill()
		return rep, fmt.Errorf("wasm: sending the run: %w", err)
	}
	select {
	case <-c.done:
	case <-runCtx.Done():
		c.kill()
	}
	runErr := c.err
	res.Elapsed = time.Since(start)
	res.Stdout, res.Stderr = c.stdout.Bytes(), c.stderr.Bytes()
	out := c.out.tail.Bytes()
	if c.cmd.ProcessState != nil {
		// An upper bound (it counts the worker's memory shared before exec); the child's
		// own figure replaces it when it replied.
		if ru, ok := c.cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			res.PeakRSS = ru.Maxrss << 10
		}
	}
	if runCtx.Err() == context.DeadlineExceeded && ctx.Err() == nil {
		return rep, fmt.Errorf("%w (%v)", executor.ErrTimeout, spec.Timeout)
	}
	if ctx.Err() != nil {
		return rep, ctx.Err()
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &rep); err != nil {
		return rep, fmt.Errorf("wasm: the sandbox process failed: %v: %s", runErr, executor.Tail(out, 2048))
	}
	if rep.PeakRSS > 0 {
		res.PeakRSS = rep.PeakRSS
	}
	return rep, nil
}

// result is the outcome of a run that the child replied to.
func (x *Executor) result(spec executor.Spec, rep reply, res executor.Result) (executor.Result, error) {
	res.ExitCode = rep.ExitCode
	switch {
	case rep.Kind == "bad-app":
		return res, fmt.Errorf("%w: %s", executor.ErrBadApp, rep.Error)
	case rep.Kind == "memory", rep.ExitCode != 0 && bytes.Contains(res.Stderr, []byte("out of memory")):
		// The module declared more memory than allowed, or the guest's runtime failed to
		// grow its memory at the limit (a Go guest prints "out of memory").
		return res, fmt.Errorf("%w (%d bytes)", executor.ErrMemory, spec.Memory)
	case rep.Kind == "trap":
		return res, fmt.Errorf("%w: %s", executor.ErrTrap, rep.Error)
	case rep.Kind == "output":
		return res, fmt.Errorf("%w: %s (%d bytes, %d files)", executor.ErrOutputTooLarge, rep.Error, spec.MaxOutput, spec.MaxFiles)
	case rep.Kind == "host":
		// The machine's failure, not the app's: a plain error, which the worker retries
		// rather than certifies.
		return res, fmt.Errorf("wasm: %s", rep.Error)
	case rep.Error != "":
		return res, fmt.Errorf("wasm: %s", rep.Error)
	}
	size, err := dirSize(spec.OutputDir)
	if err != nil {
		return res, fmt.Errorf("wasm: measuring /out: %w", err)
	}
	res.OutputBytes = size
	if size > spec.MaxOutput {
		return res, fmt.Errorf("%w (%d > %d bytes)", executor.ErrOutputTooLarge, size, spec.MaxOutput)
	}
	if rep.ExitCode != 0 {
		return res, &executor.ExitError{Code: rep.ExitCode, Reason: string(executor.Tail(res.Stderr, 512))}
	}
	return res, nil
}

// stamp identifies a file's version: the same path, inode, size and modification time.
type stamp struct {
	ino, size int64
	mtime     time.Time
	checksum  string
}

func stampOf(path string) (stamp, bool) {
	info, err := os.Stat(path)
	if err != nil {
		return stamp{}, false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return stamp{}, false
	}
	return stamp{ino: int64(st.Ino), size: info.Size(), mtime: info.ModTime()}, true
}

// verifyOnce is verify, remembered for the file as it is: a module run again (a bag of
// tasks) is hashed again only if the file changed.
func (x *Executor) verifyOnce(path, checksum string) error {
	before, ok := stampOf(path)
	checksum = strings.ToLower(checksum)
	x.mu.Lock()
	known, seen := x.verified[path]
	x.mu.Unlock()
	if ok && seen && known == (stamp{before.ino, before.size, before.mtime, checksum}) {
		return nil
	}
	if err := verify(path, checksum); err != nil {
		return err
	}
	if after, ok2 := stampOf(path); ok && ok2 && after == before {
		before.checksum = checksum
		x.mu.Lock()
		x.verified[path] = before
		x.mu.Unlock()
	}
	return nil
}

// verify refuses an app whose bytes do not hash to checksum.
func verify(path, checksum string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != strings.ToLower(checksum) {
		return fmt.Errorf("%w: checksum %s, expected %s", executor.ErrBadApp, got, checksum)
	}
	return nil
}

func dirSize(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
		}
		return nil
	})
	return total, err
}
