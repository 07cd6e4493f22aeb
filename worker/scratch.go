package worker

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"golang.org/x/sys/unix"

	"github.com/decloud/decloud/executor"
)

// sharedMemory is the tmpfs most Linux systems mount for everyone's use.
const sharedMemory = "/dev/shm"

// DefaultScratch is where a worker whose directory is dir keeps its runs' transient files
// (Config.ScratchDir; the wasm executor's jails go there too): the shared-memory tmpfs
// when it is one, writable, with need bytes free (a run's files then never reach the disk:
// on ext4, a file created and removed per task cost more than the task; docs/benchmarks.md),
// else dir. A run's files are bounded by the output limit, so need is the slots times that
// limit, with a margin. A write refused for want of room fails the run as the machine's
// failure, never the app's (wasm.Config.JailDir).
func DefaultScratch(dir string, need int64) string {
	var st unix.Statfs_t
	if unix.Statfs(sharedMemory, &st) != nil || st.Type != unix.TMPFS_MAGIC || unix.Access(sharedMemory, unix.W_OK) != nil {
		return dir
	}
	if free := int64(st.Bavail) * st.Bsize; free < need {
		return dir
	}
	return sharedMemory
}

// scratchFor is the scratch directory of the worker whose directory is dir, under root:
// named after dir, so that workers sharing root never share it.
func scratchFor(root, dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	h := sha256.Sum256([]byte(dir))
	return filepath.Join(root, "decloud-scratch-"+hex.EncodeToString(h[:8]))
}

// scratch hands out the in and out directories of runs: numbered pairs under one
// directory, made at their first use and emptied after each run, never removed while the
// worker runs. Making and removing two directories per task was the largest single cost of
// a trivial task on ext4 (docs/benchmarks.md); an emptied directory holds nothing of the
// run before, so a run finds the same as in new ones.
type scratch struct {
	dir  string
	mu   sync.Mutex
	free []int // pairs emptied and ready
	next int   // the number of the next pair to make
}

// runDirs is one pair of scratch: a run's input directory and its output directory.
type runDirs struct {
	n       int
	in, out string
}

// newScratch starts with an empty dir: what a previous process left there (a crash
// mid-run) goes.
func newScratch(dir string) (*scratch, error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("clearing %s: %w", dir, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	return &scratch{dir: dir}, nil
}

// take returns an empty pair, made if none is free.
func (s *scratch) take() (runDirs, error) {
	s.mu.Lock()
	var n int
	if k := len(s.free); k > 0 {
		n, s.free = s.free[k-1], s.free[:k-1]
	} else {
		n = s.next
		s.next++
	}
	s.mu.Unlock()
	base := filepath.Join(s.dir, strconv.Itoa(n))
	// MkdirAll: the first use of pair n, or the first after remove.
	d := runDirs{n: n, in: filepath.Join(base, "in"), out: filepath.Join(base, "out")}
	for _, p := range []string{d.in, d.out} {
		if err := os.MkdirAll(p, 0o700); err != nil {
			return d, fmt.Errorf("worker: a run's directory: %w", err)
		}
		// A sandbox may have been handed the directory (its uid, its mode): it is the
		// worker's again before the next run.
		err := os.Chmod(p, 0o700)
		if err == nil && os.Geteuid() == 0 {
			err = os.Lchown(p, 0, 0)
		}
		if err != nil {
			return d, fmt.Errorf("worker: a run's directory: %w", err)
		}
	}
	return d, nil
}

// remove removes the scratch directory: the worker's runs are over.
func (s *scratch) remove(log *slog.Logger) {
	s.mu.Lock()
	s.free, s.next = nil, 0
	s.mu.Unlock()
	if err := os.RemoveAll(s.dir); err != nil {
		log.Warn("removing the scratch directory", "dir", s.dir, "err", err)
	}
}

// give empties d and makes it free again. A pair that cannot be emptied is not used
// again (the next take makes another).
func (s *scratch) give(d runDirs, log *slog.Logger) {
	if err := errors.Join(emptyDir(d.in), emptyDir(d.out)); err != nil {
		log.Warn("a run's directories could not be emptied: left unused", "dir", filepath.Dir(d.in), "err", err)
		return
	}
	s.mu.Lock()
	s.free = append(s.free, d.n)
	s.mu.Unlock()
}

// emptyDir removes what dir holds, not dir (gone already counts as empty: take makes it).
func emptyDir(dir string) error {
	root, err := os.OpenRoot(filepath.Dir(dir))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer func() { _ = root.Close() }()
	err = executor.EmptyDir(root, filepath.Base(dir))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}
