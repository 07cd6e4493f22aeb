package wasm

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/gofrs/flock"
	"golang.org/x/sys/unix"

	"github.com/decloud/decloud/executor"
)

// Reuse (executor.Spec.Reuse): a child that ran a run of a reuse key stays alive, idle,
// and runs the key's next run in a fresh instance of the module it compiled, instead of a
// new process starting and loading the module again (~90 ms of CPU per run).
//
// A reusable child is confined once, at its first run, so it cannot be confined to each
// run's directories: it gets a jail, a directory of the executor's (under the cache
// directory) to which Landlock leaves it, and each run gets a directory of the jail, with
// in (a copy of the spec's input, regular files and directories only) and out (moved to
// the spec's output directory after the run, replacing files of the same names there),
// removed before the next run begins. When the worker is root, the jail and the run
// directories belong to root and the sandbox uid may only search them: /in is readable and
// only /out (handed to the sandbox uid) writable, and the child cannot replace or rename
// either. The parent reaches into the jail only through os.Root (no link leads it out) and
// moves out what is a regular file or a directory.
//
// The child is kept only after a run in which the guest returned (any exit status); a
// trap, an error of the child, a run over its output limit (the child exits), a timeout or
// a cancelled run (the parent kills it) end it. A reusable child compiles the module with
// its data segments merged (datasegs.go), and maps each instance's memory outside the Go
// heap (withMappedMemory): a reused run then costs ~2-3 ms of CPU rather than ~90.

// DefaultMaxIdle is Config.MaxIdle's default.
const DefaultMaxIdle = 4

// reuseKey is what a reusable child may run: the runs of one reuse key, of one module, with
// one memory limit and one output limit (a process-wide rlimit of the child).
type reuseKey struct {
	reuse     string
	module    string // spareKey: checksum, pages, merged
	maxOutput int64
}

// idleChild is a reusable child waiting for its next run.
type idleChild struct {
	key reuseKey
	c   *child
}

// jail is a reusable child's directory.
type jail struct {
	dir  string
	root *os.Root
}

// runReused runs spec in an idle child of its key, or a new one (a warm spare if there is
// one) that then becomes the key's. It returns the child's reply, whether the child ran its
// first run (a warm spare may be started for the module), and fills res.
func (x *Executor) runReused(ctx context.Context, spec executor.Spec, req request, spare string, res *executor.Result) (rep reply, first bool, err error) {
	key := reuseKey{reuse: spec.Reuse, module: spare, maxOutput: spec.MaxOutput}
	c := x.takeIdle(key)
	if c == nil {
		first = true
		j, err := x.newJail()
		if err != nil {
			return rep, first, fmt.Errorf("wasm: the sandbox's jail: %w", err)
		}
		if c = x.takeSpare(spare); c == nil {
			if c, err = x.spawn(req); err != nil {
				j.remove()
				return rep, first, err
			}
			x.coldRuns.Add(1)
		} else {
			x.warmRuns.Add(1)
			x.refill(spare, request{Module: spec.App, CacheDir: x.cfg.CacheDir, Pages: req.Pages, Merge: req.Merge})
		}
		c.jail = j
	} else {
		x.reusedRuns.Add(1)
	}
	if x.runHook != nil {
		x.runHook(spec.Reuse, c.cmd.Process.Pid)
	}
	if err := x.prepareRun(c.jail, spec.InputDir); err != nil {
		x.retire(c)
		return rep, first, fmt.Errorf("wasm: the run's directories: %w", err)
	}
	req.Jail, req.InputDir, req.OutputDir = c.jail.dir, "", jailOut
	if spec.InputDir != "" {
		req.InputDir = jailIn
	}
	runCtx, cancel := context.WithTimeout(ctx, spec.Timeout)
	defer cancel()
	c.out.drain()
	start := time.Now()
	var line []byte
	sendErr := c.send(req)
	if sendErr == nil {
		select {
		case line = <-c.out.lines:
		case <-c.done:
			// Its stdout was read to the end before done: a reply it sent is in lines.
			// (Not the tail's last line, which may be an earlier run's reply.)
			select {
			case line = <-c.out.lines:
			default:
			}
		case <-runCtx.Done():
		}
	}
	res.Elapsed = time.Since(start)
	got := line != nil && json.Unmarshal(line, &rep) == nil
	keep := got && rep.Kind == "" && rep.Error == "" && runCtx.Err() == nil && c.alive()
	if !keep {
		c.kill() // before its out is moved: nothing writes there any more
	}
	moveErr := x.moveOut(c.jail, spec.OutputDir)
	if err := c.jail.empty(); err != nil && moveErr == nil {
		moveErr = err
	}
	if keep && moveErr == nil {
		x.putIdle(key, c)
	} else {
		x.retire(c)
	}
	if got {
		res.Stdout, res.Stderr, res.PeakRSS = rep.Stdout, rep.Stderr, rep.PeakRSS
	} else if c.cmd.ProcessState != nil {
		if ru, ok := c.cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			res.PeakRSS = ru.Maxrss << 10 // an upper bound, as for a one-run child
		}
	}
	switch {
	case sendErr != nil:
		return rep, first, fmt.Errorf("wasm: sending the run: %w", sendErr)
	case runCtx.Err() == context.DeadlineExceeded && ctx.Err() == nil && !got:
		return rep, first, fmt.Errorf("%w (%v)", executor.ErrTimeout, spec.Timeout)
	case ctx.Err() != nil && !got:
		return rep, first, ctx.Err()
	case !got:
		return rep, first, fmt.Errorf("wasm: the sandbox process failed: %v: %s", c.err, executor.Tail(c.out.tail.Bytes(), 2048))
	case moveErr != nil:
		return rep, first, fmt.Errorf("wasm: moving /out: %w", moveErr)
	}
	return rep, first, nil
}

// takeIdle returns the idle child of key that ran last (nil: none alive) and forgets it.
func (x *Executor) takeIdle(key reuseKey) *child {
	for {
		x.mu.Lock()
		var c *child
		for i := len(x.idle) - 1; i >= 0; i-- {
			if x.idle[i].key == key {
				c = x.idle[i].c
				x.idle = append(x.idle[:i], x.idle[i+1:]...)
				break
			}
		}
		x.mu.Unlock()
		if c == nil || c.alive() {
			return c
		}
		x.retire(c) // it died waiting
	}
}

// putIdle keeps c for the next run of key, with at most MaxIdle children idle: the least
// recently used goes. A closed executor keeps none.
func (x *Executor) putIdle(key reuseKey, c *child) {
	x.mu.Lock()
	if x.closed {
		x.mu.Unlock()
		x.retire(c)
		return
	}
	x.idle = append(x.idle, idleChild{key, c})
	var evicted []*child
	for len(x.idle) > x.cfg.MaxIdle {
		evicted = append(evicted, x.idle[0].c)
		x.idle = x.idle[1:]
	}
	x.mu.Unlock()
	for _, e := range evicted {
		x.retire(e)
	}
}

// retire kills a child and removes its jail.
func (x *Executor) retire(c *child) {
	c.kill()
	if c.jail != nil {
		c.jail.remove()
	}
}

// newJail makes a reusable child's directory, with the in and out its runs use. When the
// worker is root, it belongs to root and the sandbox uid may search it (through the
// descriptor the child opens while root) but neither list nor change it.
func (x *Executor) newJail() (*jail, error) {
	base, err := x.jailsDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(base, "jail-")
	if err != nil {
		return nil, err
	}
	if x.layers.Namespaces {
		err = os.Chmod(dir, 0o711)
	}
	var root *os.Root
	if err == nil {
		root, err = os.OpenRoot(dir)
	}
	j := &jail{dir: dir, root: root}
	if err == nil {
		err = x.makeRunDirs(j)
	}
	if err != nil {
		if root != nil {
			_ = root.Close()
		}
		_ = os.RemoveAll(dir)
		return nil, err
	}
	return j, nil
}

func (j *jail) remove() {
	_ = j.root.Close()
	_ = os.RemoveAll(j.dir)
}

// The directories of a jail that a run of its child sees as /in and /out: made with the
// jail, emptied after each run (jail.empty), so that a run costs no directory creation.
const (
	jailIn  = "in"
	jailOut = "out"
)

// makeRunDirs makes j's in (readable by the sandbox uid, which cannot change it) and out
// (handed to the sandbox uid when the worker is root).
func (x *Executor) makeRunDirs(j *jail) error {
	if err := j.root.Mkdir(jailIn, 0o755); err != nil {
		return err
	}
	if err := j.root.Chmod(jailIn, 0o755); err != nil { // whatever the umask
		return err
	}
	return j.root.Mkdir(jailOut, 0o700)
}

// prepareRun readies j for a run: in gets a copy of inputDir's content (when there is
// one); out, empty since the last run, gets back its owner and mode, in case the last
// guest changed them.
func (x *Executor) prepareRun(j *jail, inputDir string) error {
	if inputDir != "" {
		if err := copyIn(inputDir, j.root, jailIn); err != nil {
			return fmt.Errorf("copying the input: %w", err)
		}
	}
	if x.layers.Namespaces {
		if err := j.root.Lchown(jailOut, x.cfg.UID, x.cfg.GID); err != nil {
			return err
		}
	}
	return j.root.Chmod(jailOut, 0o700)
}

// empty removes what in and out hold after a run (moveOut took out's regular files; the
// rest, and the input's copy, go), leaving both directories for the next run.
func (j *jail) empty() error {
	for _, d := range []string{jailIn, jailOut} {
		if err := executor.EmptyDir(j.root, d); err != nil {
			return err
		}
	}
	return nil
}

// copyIn copies the regular files and directories under src (the worker's) to dst in
// root, readable by all (when the worker is root, the sandbox uid reads them and cannot
// change them): copies, never links, so nothing the guest does reaches src.
func copyIn(src string, root *os.Root, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if rel == "." {
			return nil // dst is there, empty
		}
		target := path.Join(dst, filepath.ToSlash(rel))
		switch {
		case d.IsDir():
			if err := root.Mkdir(target, 0o755); err != nil {
				return err
			}
			return root.Chmod(target, 0o755)
		case d.Type().IsRegular():
			return copyFile(p, root, target)
		}
		return nil // links and other kinds: the worker puts none in /in
	})
}

func copyFile(src string, root *os.Root, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := root.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Chmod(0o644)
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// moveOut moves what the run left in out into dst (the spec's output directory): its
// directories and regular files, nothing else; files by rename where dst is on the same
// file system, else copied. A reused child is alive while its out is moved: in case a
// hostile one (a guest that escaped wazero) changes out meanwhile, the walk never leaves
// out (os.Root), a file is renamed by the descriptors of its directories, and what arrives
// in dst other than a regular file is removed. What the app created keeps its owner.
func (x *Executor) moveOut(j *jail, dst string) error {
	src, err := j.root.OpenRoot(jailOut)
	if err != nil {
		return err
	}
	defer func() { _ = src.Close() }() // roots of directories: nothing written through them is pending
	to, err := os.OpenRoot(dst)
	if err != nil {
		return err
	}
	defer func() { _ = to.Close() }()
	return fs.WalkDir(src.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return err
		}
		switch {
		case d.IsDir():
			info, err := d.Info()
			if err != nil {
				return err
			}
			if err := to.Mkdir(p, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
				return err
			}
			if err := x.keepOwner(to, p, info); err != nil {
				return err
			}
			return to.Chmod(p, info.Mode().Perm())
		case d.Type().IsRegular():
			return x.moveFile(src, to, p)
		}
		return nil
	})
}

// keepOwner gives p in root the owner of info (the sandbox uid, for what the app created
// when the worker is root).
func (x *Executor) keepOwner(root *os.Root, p string, info fs.FileInfo) error {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !x.layers.Namespaces || !ok {
		return nil
	}
	return root.Lchown(p, int(st.Uid), int(st.Gid))
}

func (x *Executor) moveFile(src, to *os.Root, p string) error {
	dir, base := path.Split(p)
	if dir == "" {
		dir = "."
	}
	sd, err := src.Open(dir)
	if err != nil {
		return err
	}
	defer sd.Close()
	dd, err := to.Open(dir)
	if err != nil {
		return err
	}
	defer dd.Close()
	err = unix.Renameat(int(sd.Fd()), base, int(dd.Fd()), base)
	if errors.Is(err, unix.EXDEV) {
		err = x.copyOut(src, to, p)
	}
	if err != nil {
		return err
	}
	// A regular file when it was listed: if it is not one now, it was swapped since.
	if info, err := to.Lstat(p); err == nil && !info.Mode().IsRegular() {
		return to.Remove(p)
	}
	return nil
}

// copyOut copies the regular file p of src to to.
func (x *Executor) copyOut(src, to *os.Root, p string) error {
	in, err := src.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return err
	}
	defer in.Close()
	info, err := in.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return err
	}
	out, err := to.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Chmod(info.Mode().Perm())
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = x.keepOwner(to, p, info)
	}
	return err
}

// jailsDir is the executor's own directory of jails, under the cache directory, created at
// its first use and locked for its life: a later executor removes the directories of
// executors that died without closing (removeStaleJails).
func (x *Executor) jailsDir() (string, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.closed {
		return "", errors.New("the executor is closed")
	}
	if x.jails != "" {
		return x.jails, nil
	}
	base := filepath.Join(x.cfg.JailDir, "jails")
	if err := os.MkdirAll(base, 0o700); err != nil {
		return "", err
	}
	for range 10 {
		name := randomName()
		l := flock.New(filepath.Join(base, name+".lock"))
		locked, err := l.TryLock()
		if err != nil {
			return "", err
		}
		if !locked {
			continue
		}
		dir := filepath.Join(base, name)
		if err := os.Mkdir(dir, 0o700); err != nil {
			_ = l.Unlock()
			return "", err
		}
		x.jails, x.jailsLock = dir, l
		return dir, nil
	}
	return "", errors.New("no free name for the jails' directory")
}

// removeStaleJails removes the jails of executors (of this process or another) that ended
// without Close: their lock is free.
func removeStaleJails(jailDir string) {
	base := filepath.Join(jailDir, "jails")
	entries, _ := os.ReadDir(base) // none yet: nothing to remove
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".lock")
		if !ok {
			continue
		}
		l := flock.New(filepath.Join(base, e.Name()))
		if locked, err := l.TryLock(); err == nil && locked {
			_ = os.RemoveAll(filepath.Join(base, name))
			_ = os.Remove(filepath.Join(base, e.Name()))
			_ = l.Unlock()
		}
	}
}

// closeJails removes the executor's jails (Close, once every child is gone).
func (x *Executor) closeJails() {
	x.mu.Lock()
	dir, l := x.jails, x.jailsLock
	x.jails, x.jailsLock = "", nil
	x.mu.Unlock()
	if l == nil {
		return
	}
	_ = os.RemoveAll(dir)
	_ = os.Remove(l.Path())
	_ = l.Unlock()
}

func randomName() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}
