package scheduler

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// clone returns a deep copy of t, to be saved outside the service's lock.
func (t *Task) clone() *Task {
	c := *t
	c.Replicates = make([]*Replicate, len(t.Replicates))
	for i, r := range t.Replicates {
		rc := *r
		rc.Signature = append([]byte(nil), r.Signature...)
		c.Replicates[i] = &rc
	}
	c.CallbackData = append([]byte(nil), t.CallbackData...)
	return &c
}

// taskCopy is a copy of a task taken under the service's lock, with its version: copies
// may reach the writer out of order, and an older one never overwrites a newer one.
type taskCopy struct {
	task    *Task
	version uint64
}

// writer is the one path from the service's state to its store. The state's lock is never
// held while the store is written: callers take copies under it, then hand them here.
type writer struct {
	store   Store
	mu      sync.Mutex // orders writes; held only by the writer
	written map[common.Hash]uint64
}

func newWriter(store Store) *writer {
	return &writer{store: store, written: map[common.Hash]uint64{}}
}

// tasks saves the copies that are newer than what the store holds.
func (w *writer) tasks(ctx context.Context, copies ...taskCopy) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	var newer []*Task
	for _, c := range copies {
		if c.version > w.written[c.task.ID] {
			newer = append(newer, c.task)
		}
	}
	if len(newer) == 0 {
		return nil
	}
	// One transaction for the lot: a plan or a batch touches many tasks at once.
	if err := w.store.SaveTasks(ctx, newer); err != nil {
		return err
	}
	for _, c := range copies {
		w.written[c.task.ID] = max(w.written[c.task.ID], c.version)
	}
	return nil
}

// worker saves a copy of a worker's row.
func (w *writer) worker(ctx context.Context, wk Worker) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.store.SaveWorker(ctx, &wk)
}

// forget deletes a worker's row.
func (w *writer) forget(ctx context.Context, addr common.Address) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.store.DeleteWorker(ctx, addr)
}

// deal saves a deal (deals do not change once saved).
func (w *writer) deal(ctx context.Context, d *DealTasks) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.store.SaveDeal(ctx, d)
}
