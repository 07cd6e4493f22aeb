package worker

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/scheduler"
)

// actionKey names an action: one task, one kind.
type actionKey struct {
	Task common.Hash `json:"task"`
	Kind string      `json:"kind"`
}

func keyOf(a scheduler.Action) actionKey { return actionKey{a.Task, a.Kind} }

// dispatcher decides which of the actions the scheduler offers start now: a computation
// when one of the slots is free, a reveal or upload when the lane is (lanes of their own,
// so that they never wait behind a computation), none that is already running or waiting
// for its retry.
type dispatcher struct {
	mu       sync.Mutex
	slots    int
	lane     int
	running  map[actionKey]bool
	computes int
	others   int
	retry    map[actionKey]time.Time
	failed   map[actionKey]int
	deferred map[actionKey]bool // offered while their slot or lane was full
	done     chan struct{}      // closed and replaced when an action ends
}

// laneWidth is how many reveals and uploads run at once.
const laneWidth = 2

func newDispatcher(slots int) *dispatcher {
	return &dispatcher{slots: slots, lane: laneWidth, running: map[actionKey]bool{}, retry: map[actionKey]time.Time{},
		failed: map[actionKey]int{}, deferred: map[actionKey]bool{}, done: make(chan struct{})}
}

// start reports whether a may start now, and if so counts it as running.
func (d *dispatcher) start(a scheduler.Action, now time.Time) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	k := keyOf(a)
	if d.running[k] || now.Before(d.retry[k]) {
		return false
	}
	if a.Kind == "compute" {
		if d.computes >= d.slots {
			d.deferred[k] = true
			return false
		}
		d.computes++
	} else {
		if d.others >= d.lane {
			d.deferred[k] = true
			return false
		}
		d.others++
	}
	delete(d.deferred, k)
	d.running[k] = true
	return true
}

// finish records how a ended: a failure sets its next try after a backoff.
func (d *dispatcher) finish(a scheduler.Action, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	k := keyOf(a)
	delete(d.running, k)
	if a.Kind == "compute" {
		d.computes--
	} else {
		d.others--
	}
	if err != nil {
		d.failed[k]++
		d.retry[k] = time.Now().Add(retryDelay(d.failed[k]))
	} else {
		delete(d.failed, k)
		delete(d.retry, k)
	}
	clear(d.deferred) // a slot or the lane is free again: offer them again
	close(d.done)
	d.done = make(chan struct{})
}

// failures is how many times in a row a has failed.
func (d *dispatcher) failures(a scheduler.Action) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.failed[keyOf(a)]
}

// skipped lists the actions the scheduler need not offer now (running, waiting for a
// retry, or waiting for a slot), and forgets retries that are due.
func (d *dispatcher) skipped(now time.Time) []actionKey {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []actionKey
	for k := range d.running {
		out = append(out, k)
	}
	for k := range d.deferred {
		if !d.running[k] {
			out = append(out, k)
		}
	}
	for k, at := range d.retry {
		if now.Before(at) {
			if !d.running[k] {
				out = append(out, k)
			}
		} else {
			delete(d.retry, k)
		}
	}
	return out
}

// errInterrupted is the cause of a poll context cancelled because what the worker may
// start has changed.
var errInterrupted = errors.New("worker: poll interrupted: an action ended or a retry is due")

// pollContext is ctx, also cancelled (with cause errInterrupted) when an action ends or the
// next retry is due: what the worker may start has changed, so its long poll for work must
// end. The returned function releases it.
func (d *dispatcher) pollContext(ctx context.Context) (context.Context, func()) {
	d.mu.Lock()
	done := d.done
	var next time.Time
	for _, at := range d.retry {
		if next.IsZero() || at.Before(next) {
			next = at
		}
	}
	d.mu.Unlock()
	pctx, cancel := context.WithCancelCause(ctx)
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		var due <-chan time.Time
		if !next.IsZero() {
			t := time.NewTimer(time.Until(next))
			defer t.Stop()
			due = t.C
		}
		select {
		case <-done:
		case <-due:
		case <-pctx.Done():
			return
		}
		cancel(errInterrupted)
	}()
	return pctx, func() { cancel(nil); <-ended }
}

// interrupted reports whether pctx, from pollContext, was cancelled on purpose.
func interrupted(pctx context.Context) bool {
	return errors.Is(context.Cause(pctx), errInterrupted)
}

// retryDelay is the wait after the nth failure in a row: 1 s doubling up to 5 min, less
// up to a quarter at random so that workers failing together do not retry together.
func retryDelay(n int) time.Duration {
	d := min(time.Second<<min(n-1, 10), 5*time.Minute)
	return d - time.Duration(rand.Int64N(int64(d)/4+1))
}
