// Package oci is the second sandbox: apps packaged as OCI images (any Linux program with its
// libraries: a Python script, ffmpeg, a shell pipeline) run as containers by runc.
//
// An app of kind oci names its image by manifest digest (its on-chain checksum); the image
// comes as an OCI image layout (a directory or a tar archive, executor/oci/image verifies
// every blob) and is unpacked once per digest into a bounded cache, mounted read-only as the
// container's root. Each run is its own container with the guarantees of the wasm sandbox
// (docs/sandbox.md compares them):
//
//   - /in read-only, /out writable: a tmpfs sized to the output cap (bytes and files),
//     mounted by the executor on the host, so a write past the cap fails as it happens; what
//     the app left there is copied out as regular files and directories only (no links);
//   - no network: an empty network namespace; new pid, ipc, uts, mount and cgroup
//     namespaces; hostname "decloud";
//   - an unprivileged uid (Config.UID), no capability, no new privileges, a seccomp filter
//     (mounts, namespaces, BPF, perf, ptrace, io_uring, kernel keys and modules, the clock);
//   - cgroup limits: memory (swap included) and processes; the cgroup's own peak is the
//     run's peak memory, and an out-of-memory kill is the memory-limit failure;
//   - killed at the deadline, and with its worker: runc is started as the first process of a
//     new pid namespace with a parent-death signal, so when the worker dies the kernel kills
//     runc and everything under it, the container included;
//   - a fixed environment (sorted), hostname and input file times.
//
// What a container can still observe, unlike a wasm app: the real clock and the kernel's
// random source (/dev/urandom, getrandom), the CPU model and count. An app must be
// deterministic given its inputs to be replicated; replicas that disagree lose the vote
// (docs/trust.md), so an app that prints the time is a bad app, not a cheating worker's.
package oci

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"golang.org/x/sys/unix"
	"tags.cncf.io/container-device-interface/pkg/cdi"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/oci/ociimage"
)

// Config configures the executor.
type Config struct {
	// Dir holds the image cache and the runs' bundles (created if missing).
	Dir string
	// CacheBytes bounds the unpacked images kept (default 8 GiB).
	CacheBytes int64
	// CPUs is the CPU time a run may use at once, in CPUs (its cgroup's CFS quota;
	// default 1: a worker slot is one CPU; negative: no cap).
	CPUs float64
	// Runc is the runc binary (default: "runc" on PATH).
	Runc string
	// UID and GID are what apps run as (default 65534, nobody).
	UID, GID int
	// CDISpecDirs are where the host's Container Device Interface specs are (default
	// /etc/cdi and /var/run/cdi): the devices a spec's Devices name come from there.
	CDISpecDirs []string
	Logger      *slog.Logger
}

// DefaultUID is the uid and gid apps run as by default: nobody.
const DefaultUID = 65534

// Executor runs OCI apps with runc. It needs root (runc sets up the namespaces, mounts and
// cgroups).
type Executor struct {
	cfg     Config
	runc    string
	unshare string // util-linux's
	version string
	cache   *ociimage.Cache
	cdi     *cdi.Cache
	configs sync.Map // v1.Hash → ociimage.ImageConfig of the images verified and unpacked
	state   string   // runc's --root
	seq     atomic.Int64
}

var _ executor.Executor = (*Executor)(nil)

// ErrUnavailable says this machine cannot run OCI apps (no runc, not root); its message
// says which.
var ErrUnavailable = errors.New("oci: containers are not available here")

// New returns an executor, or an error wrapping ErrUnavailable when runc is missing or the
// worker is not root. Containers of an earlier run of the worker that are still known to
// runc (the worker was killed) are deleted.
func New(ctx context.Context, cfg Config) (*Executor, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.UID == 0 {
		cfg.UID = DefaultUID
	}
	if cfg.GID == 0 {
		cfg.GID = DefaultUID
	}
	if cfg.CacheBytes <= 0 {
		cfg.CacheBytes = 8 << 30
	}
	if cfg.CPUs == 0 {
		cfg.CPUs = 1
	}
	info := Probe(cfg.Runc)
	if !info.Available {
		return nil, fmt.Errorf("%w: %s", ErrUnavailable, info.Reason)
	}
	if cfg.Dir == "" {
		return nil, errors.New("oci: no directory")
	}
	x := &Executor{cfg: cfg, runc: info.Runc, unshare: info.Unshare, version: info.Version, state: filepath.Join(cfg.Dir, "runc")}
	for _, d := range []string{x.state, filepath.Join(cfg.Dir, "runs")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("oci: %w", err)
		}
	}
	var err error
	if x.cache, err = ociimage.NewCache(filepath.Join(cfg.Dir, "images"), cfg.CacheBytes, cfg.Logger); err != nil {
		return nil, err
	}
	dirs := cfg.CDISpecDirs
	if len(dirs) == 0 {
		dirs = cdi.DefaultSpecDirs
	}
	if x.cdi, err = cdi.NewCache(cdi.WithSpecDirs(dirs...), cdi.WithAutoRefresh(false)); err != nil {
		// A broken spec file does not stop the worker: the devices it describes are missing.
		cfg.Logger.Warn("oci: reading the CDI specs", "dirs", dirs, "err", err)
	}
	x.cleanUp(ctx)
	return x, nil
}

// Devices lists the CDI devices this host describes (vendor/class=name).
func (x *Executor) Devices() []string {
	if err := x.cdi.Refresh(); err != nil {
		x.cfg.Logger.Warn("oci: reading the CDI specs", "err", err)
	}
	return x.cdi.ListDevices()
}

// Info is what Probe found.
type Info struct {
	Available bool   `json:"available"`
	Runc      string `json:"runc,omitempty"`
	Unshare   string `json:"unshare,omitempty"`
	Version   string `json:"version,omitempty"`
	Reason    string `json:"reason,omitempty"` // why not, when not available
}

// Probe says whether OCI apps can run here: runc found (runc, or the path given) and root.
func Probe(runc string) Info {
	if runc == "" {
		runc = "runc"
	}
	path, err := exec.LookPath(runc)
	if err != nil {
		return Info{Reason: "runc is not installed (Debian: apt-get install runc)"}
	}
	out, err := exec.CommandContext(context.Background(), path, "--version").Output()
	if err != nil {
		return Info{Runc: path, Reason: fmt.Sprintf("%s --version: %v", path, err)}
	}
	version := strings.TrimPrefix(strings.SplitN(string(out), "\n", 2)[0], "runc version ")
	if os.Geteuid() != 0 {
		return Info{Runc: path, Version: version, Reason: "the worker is not root (runc needs it for namespaces, mounts and cgroups)"}
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		return Info{Runc: path, Version: version, Reason: "util-linux's unshare is missing (it ties a container's life to its worker's)"}
	}
	return Info{Available: true, Runc: path, Unshare: unshare, Version: version}
}

// Version is runc's version.
func (x *Executor) Version() string { return x.version }

// cleanUp deletes the containers and bundles a killed worker left.
func (x *Executor) cleanUp(ctx context.Context) {
	out, err := exec.CommandContext(ctx, x.runc, "--root", x.state, "list", "-q").Output()
	if err == nil {
		for id := range strings.FieldsSeq(string(out)) {
			_ = exec.CommandContext(ctx, x.runc, "--root", x.state, "delete", "-f", id).Run() // best effort; logged below if it stays
		}
	}
	runs := filepath.Join(x.cfg.Dir, "runs")
	entries, _ := os.ReadDir(runs)
	for _, e := range entries {
		dir := filepath.Join(runs, e.Name())
		_ = unix.Unmount(filepath.Join(dir, "out"), unix.MNT_DETACH) // a tmpfs left mounted
		if err := os.RemoveAll(dir); err != nil {
			x.cfg.Logger.Warn("oci: could not remove a run left by a killed worker", "dir", dir, "err", err)
		}
	}
}

// Run runs spec's image as a container and enforces the limits. Spec.App is an OCI image
// layout (directory or tar archive) holding the image whose manifest digest is
// Spec.Checksum; Spec.Args, when given, replace the image's Cmd (as with docker run). The
// files of Spec.InputDir (the run's own copy) are given to the sandbox uid and their times
// set to the epoch.
func (x *Executor) Run(ctx context.Context, spec executor.Spec) (executor.Result, error) {
	var res executor.Result
	if err := spec.Check(); err != nil {
		return res, err
	}
	digest, err := v1.NewHash("sha256:" + strings.ToLower(spec.Checksum))
	if err != nil {
		return res, fmt.Errorf("%w: checksum %q: %v", executor.ErrBadSpec, spec.Checksum, err)
	}
	rootfs, icfg, release, err := x.image(ctx, spec.App, digest)
	if err != nil {
		return res, err
	}
	defer release()
	args := append(append([]string(nil), icfg.Entrypoint...), icfg.Cmd...)
	if len(spec.Args) > 0 {
		args = append(append([]string(nil), icfg.Entrypoint...), spec.Args...)
	}
	if len(args) == 0 {
		return res, fmt.Errorf("%w: the image has no entrypoint or command and the task gives no arguments", executor.ErrBadApp)
	}

	id := fmt.Sprintf("decloud-%d-%d", os.Getpid(), x.seq.Add(1))
	dir := filepath.Join(x.cfg.Dir, "runs", id)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return res, fmt.Errorf("oci: %w", err)
	}
	defer os.RemoveAll(dir)
	in := spec.InputDir
	if in == "" {
		in = filepath.Join(dir, "in")
		if err := os.Mkdir(in, 0o755); err != nil {
			return res, fmt.Errorf("oci: %w", err)
		}
	}
	if err := prepareInputs(in, x.cfg.UID, x.cfg.GID); err != nil {
		return res, fmt.Errorf("oci: the inputs: %w", err)
	}
	out := filepath.Join(dir, "out")
	unmount, err := mountOutput(out, spec.MaxOutput, spec.MaxFiles, x.cfg.UID, x.cfg.GID)
	if err != nil {
		return res, fmt.Errorf("oci: /out: %w", err)
	}
	defer unmount()

	env := imageEnv(icfg.Env, spec.Environment())
	cwd := icfg.WorkingDir
	if cwd == "" {
		cwd = "/"
	}
	rs := runtimeSpec(bundle{
		rootfs: rootfs, in: in, out: out, args: args, env: env, cwd: cwd, uid: uint32(x.cfg.UID), gid: uint32(x.cfg.GID),
		memory: spec.Memory, pids: maxPids, tmpBytes: tmpSize(spec.Memory), cpus: x.cfg.CPUs, cgroupPath: "/decloud/" + id,
	})
	if len(spec.Devices) > 0 {
		if err := x.cdi.Refresh(); err != nil {
			x.cfg.Logger.Warn("oci: reading the CDI specs", "err", err)
		}
		if unresolved, err := x.cdi.InjectDevices(rs, spec.Devices...); err != nil {
			return res, fmt.Errorf("%w: devices %v (unknown here: %v): %v", executor.ErrBadSpec, spec.Devices, unresolved, err)
		}
	}
	b, err := json.Marshal(rs)
	if err != nil {
		return res, fmt.Errorf("oci: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.json"), b, 0o600); err != nil {
		return res, fmt.Errorf("oci: %w", err)
	}

	runErr, timedOut, stdout, stderr, elapsed := x.runContainer(ctx, dir, id, spec.Timeout)
	res.Elapsed, res.Stdout, res.Stderr = elapsed, stdout, stderr
	stats := readCgroup(id)
	res.PeakRSS = stats.peak
	x.delete(id)
	if timedOut {
		return res, fmt.Errorf("%w (%v)", executor.ErrTimeout, spec.Timeout)
	}
	if ctx.Err() != nil {
		return res, ctx.Err()
	}
	full, used, err := outputFull(out, spec.MaxOutput, spec.MaxFiles)
	if err != nil {
		return res, fmt.Errorf("oci: measuring /out: %w", err)
	}
	res.OutputBytes = used
	code := exitCode(runErr)
	res.ExitCode = code
	switch {
	case code < 0:
		return res, fmt.Errorf("oci: runc: %v: %s", runErr, executor.Tail(stderr, 2048))
	case stats.oomKills > 0:
		return res, fmt.Errorf("%w (%d bytes)", executor.ErrMemory, spec.Memory)
	case full:
		return res, fmt.Errorf("%w (%d bytes, %d files)", executor.ErrOutputTooLarge, spec.MaxOutput, spec.MaxFiles)
	}
	if err := copyOutput(out, spec.OutputDir); err != nil {
		return res, fmt.Errorf("oci: copying /out: %w", err)
	}
	if code != 0 {
		return res, &executor.ExitError{Code: code, Reason: string(executor.Tail(res.Stderr, 512))}
	}
	return res, nil
}

// image returns the unpacked root and the config of the image whose manifest digest is
// digest, from the cache when this executor already verified and unpacked it, else from
// the layout at path (opened, every blob verified, unpacked into the cache). An image the
// layout does not hold, or holds altered, is ErrBadApp.
func (x *Executor) image(ctx context.Context, path string, digest v1.Hash) (string, ociimage.ImageConfig, func(), error) {
	if v, ok := x.configs.Load(digest); ok {
		if rootfs, release, ok := x.cache.Lookup(digest); ok {
			return rootfs, v.(ociimage.ImageConfig), release, nil
		}
	}
	fail := func(err error) (string, ociimage.ImageConfig, func(), error) {
		if ctx.Err() != nil {
			return "", ociimage.ImageConfig{}, nil, ctx.Err()
		}
		return "", ociimage.ImageConfig{}, nil, fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	img, err := ociimage.Open(ctx, path, digest, ociimage.WithTempDir(filepath.Join(x.cfg.Dir, "runs")))
	if err != nil {
		return fail(err)
	}
	defer func() { _ = img.Close() }() // a leftover extraction is removed at the next start
	icfg, err := ociimage.Config(img)
	if err != nil {
		return fail(err)
	}
	rootfs, release, err := x.cache.Rootfs(ctx, img, digest)
	if err != nil {
		return fail(err)
	}
	x.configs.Store(digest, icfg)
	return rootfs, icfg, release, nil
}

// runContainer runs the container in the foreground and returns runc's error, whether the
// deadline cut it, the logs' tails and the time it took. runc is the first process of a new
// pid namespace, the child of an unshare process that gets SIGKILL when this thread's
// process dies and passes it on: killing it (deadline, ctx, or the worker's death) kills the
// whole namespace, the container's nested one included.
func (x *Executor) runContainer(ctx context.Context, dir, id string, timeout time.Duration) (err error, timedOut bool, stdout, stderr []byte, elapsed time.Duration) {
	runCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// util-linux's unshare makes the new pid namespace, with its own /proc (runc reads its
	// children's /proc entries by pid), and kills its child, the namespace's first process,
	// when it dies itself.
	cmd := exec.CommandContext(runCtx, x.unshare, "--pid", "--fork", "--mount-proc", "--kill-child=SIGKILL", "--", //nolint:gosec // our binaries, our arguments
		x.runc, "--root", x.state, "run", "--keep", "--bundle", dir, id)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	cmd.Env = []string{}
	cmd.Stdin = nil
	cmd.WaitDelay = 5 * time.Second
	var out, errs executor.TailWriter
	cmd.Stdout, cmd.Stderr = &out, &errs
	start := time.Now()
	// The parent-death signal is sent when the thread that started runc ends: keep this
	// goroutine on its thread until runc is reaped.
	runtime.LockOSThread()
	err = cmd.Run()
	runtime.UnlockOSThread()
	elapsed = time.Since(start)
	timedOut = runCtx.Err() == context.DeadlineExceeded && ctx.Err() == nil
	return err, timedOut, out.Bytes(), errs.Bytes(), elapsed
}

// delete removes the container's state and cgroups (it is stopped or killed by now).
func (x *Executor) delete(id string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if out, err := exec.CommandContext(ctx, x.runc, "--root", x.state, "delete", "-f", id).CombinedOutput(); err != nil &&
		!bytes.Contains(out, []byte("does not exist")) {
		x.cfg.Logger.Warn("oci: deleting a container", "id", id, "err", err, "out", string(executor.Tail(out, 512)))
	}
}

// exitCode is the container's exit status as runc returns it (128+signal for a killed
// one), or -1 when runc could not run it.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	}
	return -1
}

// imageEnv is the image's environment with the task's variables over it, sorted.
func imageEnv(imageEnv []string, task map[string]string) []string {
	m := map[string]string{}
	for _, kv := range imageEnv {
		if k, v, ok := strings.Cut(kv, "="); ok {
			m[k] = v
		}
	}
	for k, v := range task {
		m[k] = v
	}
	out := make([]string, 0, len(m))
	for k, v := range m {
		out = append(out, k+"="+v)
	}
	return out // runtimeSpec sorts
}

// prepareInputs gives the inputs to the sandbox uid (the run's own copies: an input the
// worker wrote 0600 stays readable) and sets their times to the epoch, so that replicas see
// the same times.
func prepareInputs(dir string, uid, gid int) error {
	epoch := time.Unix(0, 0)
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return os.Remove(p) // the worker writes none; a link has nothing to give an app
		}
		if err := os.Lchown(p, uid, gid); err != nil {
			return err
		}
		return os.Chtimes(p, epoch, epoch)
	})
}

// mountOutput mounts a tmpfs at dir that holds at most maxBytes and maxFiles entries,
// owned by the sandbox uid; the returned function unmounts it.
func mountOutput(dir string, maxBytes int64, maxFiles, uid, gid int) (func(), error) {
	if err := os.Mkdir(dir, 0o700); err != nil {
		return nil, err
	}
	opts := fmt.Sprintf("size=%d,nr_inodes=%d,mode=0755,uid=%d,gid=%d", roundUpPage(maxBytes), maxFiles+1, uid, gid)
	if err := unix.Mount("tmpfs", dir, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV, opts); err != nil {
		return nil, fmt.Errorf("mounting a tmpfs: %w", err)
	}
	return func() { _ = unix.Unmount(dir, unix.MNT_DETACH) }, nil
}

func roundUpPage(n int64) int64 {
	page := int64(os.Getpagesize())
	return (n + page - 1) / page * page
}

// outputFull reports whether the app hit /out's cap (no byte or no inode left: a write
// or a create failed) and the bytes it holds.
func outputFull(dir string, maxBytes int64, maxFiles int) (bool, int64, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return false, 0, err
	}
	used := int64(st.Blocks-st.Bfree) * st.Bsize
	full := st.Bavail == 0 || st.Ffree == 0 || used > maxBytes || int64(st.Files-st.Ffree) > int64(maxFiles)+1
	return full, used, nil
}

// copyOutput copies what the app left in src (its /out) to dst: regular files and
// directories only, as new files (a hard link becomes a copy; symbolic links, devices and
// fifos are dropped), owned as in src.
func copyOutput(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil || rel == "." {
			return err
		}
		target := filepath.Join(dst, rel)
		info, err := d.Info()
		if err != nil {
			return err
		}
		st, _ := info.Sys().(*syscall.Stat_t)
		switch {
		case d.IsDir():
			if err := os.Mkdir(target, info.Mode().Perm()|0o700); err != nil {
				return err
			}
		case d.Type().IsRegular():
			if err := copyFile(p, target, info.Mode().Perm()); err != nil {
				return err
			}
		default:
			return nil // links, devices, fifos, sockets: not results
		}
		if st != nil {
			return os.Lchown(target, int(st.Uid), int(st.Gid))
		}
		return nil
	})
}

func copyFile(src, dst string, perm fs.FileMode) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// cgroupStats is what the container's cgroup recorded.
type cgroupStats struct {
	peak     int64 // bytes
	oomKills int64
}

// readCgroup reads the run's memory cgroup before runc deletes it (cgroup v2's files when
// the machine has the unified hierarchy, v1's otherwise).
func readCgroup(id string) cgroupStats {
	var s cgroupStats
	v2 := filepath.Join("/sys/fs/cgroup/decloud", id)
	if b, err := os.ReadFile(filepath.Join(v2, "memory.peak")); err == nil {
		s.peak, _ = strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
		s.oomKills = field(filepath.Join(v2, "memory.events"), "oom_kill")
		return s
	}
	v1 := filepath.Join("/sys/fs/cgroup/memory/decloud", id)
	if b, err := os.ReadFile(filepath.Join(v1, "memory.max_usage_in_bytes")); err == nil {
		s.peak, _ = strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	}
	s.oomKills = field(filepath.Join(v1, "memory.oom_control"), "oom_kill")
	return s
}

// field reads "name value" from a cgroup key-value file (0 when absent).
func field(path, name string) int64 {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), " "); ok && k == name {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	return 0
}
