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
// Task copies are committed in groups: while one transaction is written, the copies handed
// in meanwhile wait, and the next caller writes them all in one transaction (a hundred
// workers contributing at once cost one commit, not a hundred).
type writer struct {
	store   Store
	mu      sync.Mutex // orders writes; held only by the writer
	written map[common.Hash]uint64

	qmu     sync.Mutex // guards queue and group only
	queue   []taskCopy
	pending *group // the group the queued copies belong to
}

// group is one commit of queued copies: done is closed once it is written, with err.
type group struct {
	done chan struct{}
	err  error
}

func newWriter(store Store) *writer {
	return &writer{store: store, written: map[common.Hash]uint64{}, pending: &group{done: make(chan struct{})}}
}

// tasks saves the copies that are newer than what the store holds, with those other
// callers handed in meanwhile, and returns once they are committed.
func (w *writer) tasks(ctx context.Context, copies ...taskCopy) error {
	if len(copies) == 0 {
		return nil
	}
	w.qmu.Lock()
	w.queue = append(w.queue, copies...)
	mine := w.pending
	w.qmu.Unlock()
	w.mu.Lock()
	defer w.mu.Unlock()
	select {
	case <-mine.done:
		return mine.err // an earlier caller committed this group
	default:
	}
	w.qmu.Lock()
	queue := w.queue
	w.queue, w.pending = nil, &group{done: make(chan struct{})}
	w.qmu.Unlock()
	mine.err = w.commit(ctx, queue)
	close(mine.done)
	return mine.err
}

// commit writes the newest copy of each task of queue that is newer than the store's, in
// one transaction; call with w.mu held.
func (w *writer) commit(ctx context.Context, queue []taskCopy) error {
	newest := map[common.Hash]taskCopy{}
	var order []common.Hash
	for _, c := range queue {
		if c.version <= w.written[c.task.ID] {
			continue
		}
		if old, ok := newest[c.task.ID]; !ok {
			order = append(order, c.task.ID)
		} else if old.version > c.version {
			continue
		}
		newest[c.task.ID] = c
	}
	if len(order) == 0 {
		return nil
	}
	tasks := make([]*Task, len(order))
	for i, id := range order {
		tasks[i] = newest[id].task
	}
	if err := w.store.SaveTasks(ctx, tasks); err != nil {
		return err
	}
	for _, id := range order {
		w.written[id] = newest[id].version
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
