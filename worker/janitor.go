package worker

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/decloud/decloud/poco"
)

// janitorEvery is how often the worker removes the runs of finished tasks.
const janitorEvery = 10 * time.Minute

// janitor removes, at start and then every janitorEvery, the result archives of tasks
// that are over on chain (completed or failed): the worker keeps a result only while it
// may still be asked to reveal or upload it. It logs the disk the worker's directory
// takes.
func (w *Worker) janitor(ctx context.Context) {
	t := time.NewTicker(janitorEvery)
	defer t.Stop()
	for {
		removed := w.sweep(ctx)
		w.log.Info("worker disk use", "dir", w.cfg.Dir, "bytes", diskUse(w.cfg.Dir), "runs_removed", removed)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// sweep removes the runs of finished tasks and returns how many it removed.
func (w *Worker) sweep(ctx context.Context) int {
	entries, err := os.ReadDir(filepath.Join(w.cfg.Dir, "runs"))
	if err != nil {
		return 0
	}
	removed := 0
	for _, e := range entries {
		// runs/<task>.tar or .tar.age (an older worker's: runs/<task>/result.tar).
		name, _, _ := strings.Cut(e.Name(), ".")
		b, err := hexutil.Decode(name)
		if err != nil || len(b) != 32 {
			continue
		}
		status, err := w.taskStatus(ctx, common.BytesToHash(b))
		if err != nil {
			continue // try again at the next sweep
		}
		if status == poco.TaskCompleted || status == poco.TaskFailed {
			if os.RemoveAll(filepath.Join(w.cfg.Dir, "runs", e.Name())) == nil {
				removed++
			}
		}
	}
	return removed
}

// taskStatus is a task's status on chain: its record, or for a batched task its deal's
// bits.
func (w *Worker) taskStatus(ctx context.Context, task common.Hash) (poco.TaskStatus, error) {
	if st, err := w.loadState(task); err == nil && st != nil && st.Batched {
		return w.cfg.Hub.BatchedTaskStatus(ctx, st.Deal, st.Index)
	}
	v, err := w.cfg.Hub.Task(ctx, task)
	if err != nil {
		return poco.TaskUnset, err
	}
	return poco.TaskStatus(v.Status.Uint64()), nil
}

// diskUse is the bytes of the regular files under dir.
func diskUse(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
