package worker

import (
	"context"
	"errors"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/scheduler"
)

func action(task byte, kind string) scheduler.Action {
	return scheduler.Action{Task: common.Hash{task}, Kind: kind}
}

func TestDispatcherSlotsAndLane(t *testing.T) {
	d := newDispatcher(2)
	now := time.Now()
	for i, c := range []struct {
		a    scheduler.Action
		want bool
	}{
		{action(1, "compute"), true},
		{action(1, "compute"), false}, // already running
		{action(2, "compute"), true},
		{action(3, "compute"), false}, // both slots busy
		{action(4, "reveal"), true},   // reveals never wait behind computations
		{action(5, "upload"), true},
		{action(6, "reveal"), false}, // the lane is full
	} {
		if got := d.start(c.a, now); got != c.want {
			t.Fatalf("step %d: start(%x %s) = %v, want %v", i, c.a.Task[:1], c.a.Kind, got, c.want)
		}
	}
	// What waits is not offered again until a slot frees.
	skip := map[actionKey]bool{}
	for _, k := range d.skipped(now) {
		skip[k] = true
	}
	for _, k := range []actionKey{{common.Hash{1}, "compute"}, {common.Hash{3}, "compute"}, {common.Hash{6}, "reveal"}} {
		if !skip[k] {
			t.Fatalf("%v not skipped", k)
		}
	}
	d.finish(action(1, "compute"), nil)
	if !d.start(action(3, "compute"), now) {
		t.Fatal("a freed slot was not used")
	}
}

func TestDispatcherBacksOff(t *testing.T) {
	d := newDispatcher(1)
	a := action(1, "compute")
	now := time.Now()
	for n := 1; n <= 4; n++ {
		if !d.start(a, now) {
			t.Fatalf("failure %d: not started once its retry was due", n)
		}
		d.finish(a, errors.New("chain unreachable"))
		if d.start(a, time.Now()) {
			t.Fatalf("failure %d: retried at once", n)
		}
		at := d.retry[keyOf(a)]
		full := time.Second << (n - 1)
		if wait := time.Until(at); wait < full*3/4-time.Second/10 || wait > full {
			t.Fatalf("failure %d: retry in %v", n, wait)
		}
		now = at
	}
	if d.failures(a) != 4 {
		t.Fatalf("%d failures counted", d.failures(a))
	}
	if !d.start(a, now) {
		t.Fatal("not started when due")
	}
	d.finish(a, nil)
	if d.failures(a) != 0 || !d.start(a, time.Now()) {
		t.Fatal("a success did not reset the backoff")
	}
}

func TestRetryDelayBounds(t *testing.T) {
	for n := 1; n < 40; n++ {
		full := min(time.Second<<min(n-1, 10), 5*time.Minute)
		if d := retryDelay(n); d > full || d < full*3/4 {
			t.Fatalf("retry %d: %v outside [%v, %v]", n, d, full*3/4, full)
		}
	}
}

// A poll ends when an action ends, so that the worker asks again at once.
func TestPollEndsWhenAnActionEnds(t *testing.T) {
	d := newDispatcher(1)
	a := action(1, "compute")
	d.start(a, time.Now())
	ctx, stop := d.pollContext(context.Background())
	defer stop()
	d.finish(a, nil)
	select {
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("the poll outlived the end of an action")
	}
	if !interrupted(ctx) {
		t.Fatal("a poll ended by an action is not reported as interrupted")
	}
}

// A poll released by its caller is not an interruption: the caller must handle the error
// the call returned (a 401 means logging in again), not ask again at once.
func TestReleasedPollIsNotInterrupted(t *testing.T) {
	d := newDispatcher(1)
	ctx, stop := d.pollContext(context.Background())
	stop()
	if ctx.Err() == nil {
		t.Fatal("a released poll context is still live")
	}
	if interrupted(ctx) {
		t.Fatal("a released poll is reported as interrupted")
	}
}

// Only failures that any worker would meet again are reported as the task's failure; the
// others are retried later.
func TestFinalFailure(t *testing.T) {
	for _, tc := range []struct {
		err   error
		final bool
	}{
		{fmt.Errorf("run: %w", executor.ErrTimeout), true},
		{fmt.Errorf("run: %w", executor.ErrMemory), true},
		{&executor.ExitError{Code: 2}, true},
		{fmt.Errorf("%w: no callback.bin", ErrBadCallback), true},
		{fmt.Errorf("fetch: %w", ErrForbiddenAddress), true},
		{errors.New("leveldb: not found"), false},
		{fmt.Errorf("dial tcp: %w", syscall.ECONNREFUSED), false},
		{context.DeadlineExceeded, false},
	} {
		if got := finalFailure(tc.err); got != tc.final {
			t.Errorf("%v: final %v, want %v", tc.err, got, tc.final)
		}
	}
}
