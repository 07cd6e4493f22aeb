package scheduler

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// slowStore records each SaveTasks call; each call blocks until release is closed, so that
// callers pile up behind the first commit.
type slowStore struct {
	memStore
	mu      sync.Mutex
	calls   [][]*Task
	saved   map[common.Hash]*Task
	started chan struct{}
	release chan struct{}
	fail    error
}

func (s *slowStore) SaveTasks(_ context.Context, ts []*Task) error {
	s.mu.Lock()
	first := len(s.calls) == 0
	s.calls = append(s.calls, ts)
	s.mu.Unlock()
	if first {
		close(s.started)
		<-s.release
	}
	if s.fail != nil {
		return s.fail
	}
	s.mu.Lock()
	for _, t := range ts {
		s.saved[t.ID] = t
	}
	s.mu.Unlock()
	return nil
}

// Copies handed in while a commit is written are committed together in the next one, each
// task once at its newest version; every caller returns only once its copies are written.
func TestWriterCommitsInGroups(t *testing.T) {
	st := &slowStore{saved: map[common.Hash]*Task{}, started: make(chan struct{}), release: make(chan struct{})}
	w := newWriter(st)
	ctx := context.Background()
	first := make(chan error, 1)
	go func() { first <- w.tasks(ctx, taskCopy{&Task{ID: common.Hash{1}}, 1}) }()
	<-st.started
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Tasks 2..11, each handed in twice (by i and i+10), the later at the newer version.
			id := common.Hash{byte(2 + i%10)}
			errs <- w.tasks(ctx, taskCopy{&Task{ID: id, Index: uint64(i)}, uint64(10 + i)})
		}()
	}
	// Let the callers queue up behind the first commit, then release it.
	for {
		w.qmu.Lock()
		n := len(w.queue)
		w.qmu.Unlock()
		if n == 20 {
			break
		}
		runtime.Gosched()
	}
	close(st.release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(st.calls) != 2 {
		t.Fatalf("%d commits for 21 callers, want 2 (the first, then one group)", len(st.calls))
	}
	if len(st.calls[1]) != 10 {
		t.Fatalf("the group wrote %d tasks, want each of the 10 once", len(st.calls[1]))
	}
	for i := range 10 {
		got := st.saved[common.Hash{byte(2 + i)}]
		if got == nil || got.Index != uint64(i+10) {
			t.Fatalf("task %d saved as %+v, want its newest copy (index %d)", 2+i, got, i+10)
		}
	}
}

// A failed commit fails every caller of its group, and nothing is taken as written.
func TestWriterGroupFailure(t *testing.T) {
	boom := errors.New("disk full")
	st := &slowStore{saved: map[common.Hash]*Task{}, started: make(chan struct{}), release: make(chan struct{}), fail: boom}
	close(st.release)
	w := newWriter(st)
	if err := w.tasks(context.Background(), taskCopy{&Task{ID: common.Hash{1}}, 1}); !errors.Is(err, boom) {
		t.Fatalf("got %v, want the store's error", err)
	}
	if w.written[common.Hash{1}] != 0 {
		t.Fatal("a failed copy counts as written")
	}
	st.fail = nil
	if err := w.tasks(context.Background(), taskCopy{&Task{ID: common.Hash{1}}, 1}); err != nil || st.saved[common.Hash{1}] == nil {
		t.Fatalf("the same copy again: %v", err)
	}
}
