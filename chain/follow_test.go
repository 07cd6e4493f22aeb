package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
)

// Events are delivered exactly once overall across a stop and a restart with a file
// cursor, in chain order; a failing handler makes them come again.
func TestFollowAcrossRestarts(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	cursor := &chain.FileCursor{Path: filepath.Join(dir, "cursor")}
	cfg := chain.FollowConfig{Addresses: []common.Address{e.dep.Hub}, From: e.dep.Block, Interval: 5 * time.Millisecond, MaxRange: 7}
	depositTopic := e.hub.ABI().GetABI().Events["Deposit"].ID
	cfg.Topics = [][]common.Hash{{depositTopic}}

	var (
		mu   sync.Mutex
		seen []uint64 // amounts of Deposit events, in delivery order
	)
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(seen)
	}
	collect := func(_ context.Context, logs []types.Log, _, _ uint64) error {
		mu.Lock()
		defer mu.Unlock()
		for _, l := range logs {
			ev, err := e.hub.ABI().UnpackDepositEvent(&l)
			if err != nil {
				return err
			}
			seen = append(seen, ev.Amount.Uint64())
		}
		return nil
	}
	deposit := func(from, to int) {
		for i := from; i < to; i++ {
			e.must(e.hub.Deposit(e.ctx, e.requester.tx, big.NewInt(int64(1000+i))))
		}
	}
	drain := func() {
		t.Helper()
		for {
			caughtUp, err := chain.FollowOnce(e.ctx, e.client, cursor, cfg, collect)
			if err != nil {
				t.Fatal(err)
			}
			if caughtUp {
				return
			}
		}
	}
	drain() // the set-up deposits of newEnv (one per actor)
	setup := len(seen)
	if setup != len(e.all) {
		t.Fatalf("%d set-up deposits delivered, want %d", setup, len(e.all))
	}
	deposit(0, 10)
	drain()
	// "Restart": a new follower with the same cursor file sees only what is new.
	deposit(10, 25)
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- chain.Follow(ctx, e.client, &chain.FileCursor{Path: cursor.Path}, cfg, collect) }()
	deadline := time.After(30 * time.Second)
	for count() < setup+25 {
		select {
		case <-deadline:
			t.Fatalf("only %d events delivered", len(seen))
		case <-time.After(5 * time.Millisecond):
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 25; i++ {
		if seen[setup+i] != uint64(1000+i) {
			t.Fatalf("event %d is %d, want %d (order or duplicates)", i, seen[setup+i], 1000+i)
		}
	}
	// A handler error does not move the cursor: the same logs come again.
	deposit(25, 26)
	before, _, _ := cursor.Load(e.ctx)
	_, err := chain.FollowOnce(e.ctx, e.client, cursor, cfg, func(context.Context, []types.Log, uint64, uint64) error {
		return errors.New("database down")
	})
	if err == nil {
		t.Fatal("handler error not reported")
	}
	if after, _, _ := cursor.Load(e.ctx); after != before {
		t.Fatalf("cursor moved from %d to %d on a handler error", before, after)
	}
	drain()
	if last := seen[len(seen)-1]; last != 1025 || len(seen) != setup+26 {
		t.Fatalf("after the failed delivery: %d events, last %d", len(seen)-setup, last)
	}
}

// recorder is a handler that collects emitted values and checks that ranges follow each
// other without a gap or an overlap and hold only logs of their blocks, in chain order.
type recorder struct {
	mu     sync.Mutex
	next   uint64   // where the next range must start
	values []uint64 // emitted values, in delivery order
	ranges [][2]uint64
	err    error // the first broken rule
}

func (r *recorder) handle(_ context.Context, logs []types.Log, from, to uint64) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if from != r.next || to < from {
		r.fail(fmt.Errorf("range %d..%d delivered, expected one from %d", from, to, r.next))
	}
	for i, l := range logs {
		if l.BlockNumber < from || l.BlockNumber > to {
			r.fail(fmt.Errorf("log of block %d in range %d..%d", l.BlockNumber, from, to))
		}
		if i > 0 && (l.BlockNumber < logs[i-1].BlockNumber || l.BlockNumber == logs[i-1].BlockNumber && l.Index <= logs[i-1].Index) {
			r.fail(fmt.Errorf("logs out of order in range %d..%d", from, to))
		}
		r.values = append(r.values, emitted(l))
	}
	r.ranges = append(r.ranges, [2]uint64{from, to})
	r.next = to + 1
	return nil
}

func (r *recorder) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.values)
}

// check fails the test unless the values 0..n-1 were delivered exactly once, in order.
func (r *recorder) check(t *testing.T, n int) {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		t.Fatal(r.err)
	}
	if len(r.values) != n {
		t.Fatalf("%d values delivered, want %d: %v", len(r.values), n, r.values)
	}
	for i, v := range r.values {
		if v != uint64(i) {
			t.Fatalf("value %d delivered at position %d: %v", v, i, r.values)
		}
	}
}

// pollOnly hides the client's head subscription: Follow can only poll.
type pollOnly struct{ chain.LogSource }

// emitter deploys an emitter and returns a function that makes it log values lo..hi-1,
// one transaction and block each when serial, or all sent before waiting otherwise.
func (s *sim) emitter(snd *chain.Sender) (common.Address, uint64, func(lo, hi uint64, serial bool)) {
	addr, block := s.deploy(snd, emitterCode())
	return addr, block, func(lo, hi uint64, serial bool) {
		s.t.Helper()
		var last *chain.Pending
		for v := lo; v < hi; v++ {
			p, err := snd.SendAsync(s.ctx, &addr, word(v), nil)
			if err != nil {
				s.t.Fatal(err)
			}
			if serial {
				if _, err := p.Wait(s.ctx); err != nil {
					s.t.Fatal(err)
				}
			}
			last = p
		}
		if _, err := last.Wait(s.ctx); err != nil {
			s.t.Fatal(err)
		}
	}
}

// A follower stopped midway and restarted with the same cursor file delivers every event
// exactly once, in order, across both runs: those sent while it was down and while it runs.
func TestFollowStopAndRestart(t *testing.T) {
	s := newSim(t, 1)
	addr, deployed, emit := s.emitter(s.sender(0))
	path := filepath.Join(t.TempDir(), "state", "cursor")
	cfg := chain.FollowConfig{
		Addresses: []common.Address{addr}, Topics: [][]common.Hash{{emitterTopic}},
		From: deployed, Interval: 5 * time.Millisecond, MaxRange: 3,
	}
	rec := &recorder{next: deployed}
	emit(0, 20, true)

	// First run, polling only: stop once 10 events are in.
	ctx, cancel := context.WithCancel(s.ctx)
	err := chain.Follow(ctx, pollOnly{s.client}, &chain.FileCursor{Path: path}, cfg, func(ctx context.Context, logs []types.Log, from, to uint64) error {
		err := rec.handle(ctx, logs, from, to)
		if rec.count() >= 10 {
			cancel()
		}
		return err
	})
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	if n := rec.count(); n >= 20 {
		t.Fatalf("the first run delivered all %d events before stopping", n)
	}

	// While no follower runs.
	emit(20, 40, false)

	// Second run, with head notifications: more events come while it runs.
	ctx, cancel = context.WithCancel(s.ctx)
	defer cancel()
	caughtUp := make(chan struct{})
	var once sync.Once
	done := make(chan error, 1)
	go func() {
		done <- chain.Follow(ctx, s.client, &chain.FileCursor{Path: path}, cfg, func(ctx context.Context, logs []types.Log, from, to uint64) error {
			err := rec.handle(ctx, logs, from, to)
			switch n := rec.count(); {
			case n >= 50:
				cancel()
			case n >= 40:
				once.Do(func() { close(caughtUp) })
			}
			return err
		})
	}()
	select {
	case <-caughtUp:
	case err := <-done:
		t.Fatalf("follower stopped early: %v", err)
	case <-s.ctx.Done():
		t.Fatalf("only %d events delivered", rec.count())
	}
	emit(40, 50, true)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-s.ctx.Done():
		t.Fatalf("only %d events delivered", rec.count())
	}
	rec.check(t, 50)
	next, ok, err := (&chain.FileCursor{Path: path}).Load(s.ctx)
	if err != nil || !ok || next != rec.next {
		t.Fatalf("cursor at %d (%v, %v), want %d", next, ok, err, rec.next)
	}
}

// A handler error stops Follow without moving the cursor: the restarted follower
// delivers the same range again, then the rest.
func TestFollowRedeliversAfterHandlerError(t *testing.T) {
	s := newSim(t, 1)
	addr, deployed, emit := s.emitter(s.sender(0))
	emit(0, 10, true)
	cursor := &chain.FileCursor{Path: filepath.Join(t.TempDir(), "cursor")}
	cfg := chain.FollowConfig{Addresses: []common.Address{addr}, From: deployed, Interval: 5 * time.Millisecond, MaxRange: 4}
	errDown := errors.New("database down")
	rec := &recorder{next: deployed}
	var failed [2]uint64
	var failedLogs []types.Log
	err := chain.Follow(s.ctx, s.client, cursor, cfg, func(ctx context.Context, logs []types.Log, from, to uint64) error {
		for _, l := range logs {
			if emitted(l) == 5 {
				failed, failedLogs = [2]uint64{from, to}, logs
				return errDown
			}
		}
		return rec.handle(ctx, logs, from, to)
	})
	if !errors.Is(err, errDown) {
		t.Fatalf("Follow returned %v, want the handler's error", err)
	}
	if next, _, _ := cursor.Load(s.ctx); next != failed[0] {
		t.Fatalf("cursor at %d after the failure, want %d (the failed range's start)", next, failed[0])
	}

	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	first := true
	err = chain.Follow(ctx, s.client, cursor, cfg, func(ctx context.Context, logs []types.Log, from, to uint64) error {
		if first {
			first = false
			if [2]uint64{from, to} != failed || !reflect.DeepEqual(logs, failedLogs) {
				t.Errorf("after the restart blocks %d..%d came first, want the failed %d..%d again", from, to, failed[0], failed[1])
			}
		}
		err := rec.handle(ctx, logs, from, to)
		if rec.count() == 10 {
			cancel()
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	rec.check(t, 10)
}

// Only blocks Confirmations deep are delivered.
func TestFollowConfirmations(t *testing.T) {
	s := newSim(t, 1)
	snd, err := chain.NewSender(s.client, s.keys[0], nil) // blocks sealed by hand below
	if err != nil {
		t.Fatal(err)
	}
	mine := func(to *common.Address, data []byte) *types.Receipt {
		t.Helper()
		p, err := snd.SendAsync(s.ctx, to, data, nil)
		if err != nil {
			t.Fatal(err)
		}
		s.backend.Commit()
		r, err := p.Wait(s.ctx)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	r := mine(nil, initCode(emitterCode()))
	addr, deployed := r.ContractAddress, r.BlockNumber.Uint64()
	for v := range uint64(6) {
		mine(&addr, word(v)) // values 0..5 in blocks deployed+1..deployed+6
	}
	if head := s.head(); head != deployed+6 {
		t.Fatalf("head %d, want %d", head, deployed+6)
	}
	cfg := chain.FollowConfig{Addresses: []common.Address{addr}, From: deployed, Confirmations: 2}
	cursor := &chain.MemCursor{}
	rec := &recorder{next: deployed}
	next, err := chain.CatchUp(s.ctx, s.client, cursor, cfg, rec.handle)
	if err != nil {
		t.Fatal(err)
	}
	if next != deployed+5 || rec.count() != 4 {
		t.Fatalf("with head %d and 2 confirmations: cursor %d, %d values; want %d, 4", deployed+6, next, rec.count(), deployed+5)
	}
	s.backend.Commit()
	s.backend.Commit()
	if next, err = chain.CatchUp(s.ctx, s.client, cursor, cfg, rec.handle); err != nil {
		t.Fatal(err)
	}
	if next != deployed+7 {
		t.Fatalf("cursor %d, want %d", next, deployed+7)
	}
	rec.check(t, 6)
}

// With head notifications Follow does not wait for its polling interval.
func TestFollowWakesOnNewHead(t *testing.T) {
	s := newSim(t, 1)
	addr, deployed, emit := s.emitter(s.sender(0))
	cfg := chain.FollowConfig{Addresses: []common.Address{addr}, From: deployed, Interval: time.Hour}
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	rec := &recorder{next: deployed}
	ready := make(chan struct{})
	var once sync.Once
	done := make(chan error, 1)
	go func() {
		done <- chain.Follow(ctx, s.client, &chain.MemCursor{}, cfg, func(ctx context.Context, logs []types.Log, from, to uint64) error {
			err := rec.handle(ctx, logs, from, to)
			once.Do(func() { close(ready) })
			if rec.count() == 1 {
				cancel()
			}
			return err
		})
	}()
	<-ready // the follower has caught up and now waits for a block or an hour
	emit(0, 1, true)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-s.ctx.Done():
		t.Fatal("the new block did not wake the follower")
	}
	rec.check(t, 1)
}

// awkwardSource refuses queries over more than max blocks, as public nodes do, and
// returns logs in reverse order.
type awkwardSource struct {
	chain.LogSource
	max uint64
}

func (a awkwardSource) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if n := q.ToBlock.Uint64() - q.FromBlock.Uint64() + 1; n > a.max {
		return nil, fmt.Errorf("query spans %d blocks, limit is %d", n, a.max)
	}
	logs, err := a.LogSource.FilterLogs(ctx, q)
	slices.Reverse(logs)
	return logs, err
}

// A node that refuses wide ranges gets narrower ones; logs are delivered in chain order
// whatever order the node returns them in.
func TestFollowNarrowsRefusedRanges(t *testing.T) {
	s := newSim(t, 1)
	addr, deployed, emit := s.emitter(s.sender(0))
	emit(0, 8, true)
	emit(8, 30, false) // several logs per block
	rec := &recorder{next: deployed}
	cfg := chain.FollowConfig{Addresses: []common.Address{addr}, From: deployed, MaxRange: 100}
	if _, err := chain.CatchUp(s.ctx, awkwardSource{s.client, 3}, &chain.MemCursor{}, cfg, rec.handle); err != nil {
		t.Fatal(err)
	}
	rec.check(t, 30)
	for _, r := range rec.ranges {
		if r[1]-r[0]+1 > 3 {
			t.Fatalf("range %d..%d is wider than the node allows", r[0], r[1])
		}
	}
}

// flakySource fails its first failures head queries.
type flakySource struct {
	chain.LogSource
	failures atomic.Int32
}

func (f *flakySource) BlockNumber(ctx context.Context) (uint64, error) {
	if f.failures.Add(-1) >= 0 {
		return 0, errors.New("connection refused")
	}
	return f.LogSource.BlockNumber(ctx)
}

// FollowOnce reports node errors; Follow outlives them.
func TestFollowRetriesNodeErrors(t *testing.T) {
	s := newSim(t, 1)
	addr, deployed, emit := s.emitter(s.sender(0))
	emit(0, 3, true)
	src := &flakySource{LogSource: s.client}
	src.failures.Store(3)
	cfg := chain.FollowConfig{Addresses: []common.Address{addr}, From: deployed, Interval: time.Millisecond}
	rec := &recorder{next: deployed}
	if _, err := chain.FollowOnce(s.ctx, src, &chain.MemCursor{}, cfg, rec.handle); err == nil {
		t.Fatal("FollowOnce hid a node error")
	}
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	err := chain.Follow(ctx, src, &chain.MemCursor{}, cfg, func(ctx context.Context, logs []types.Log, from, to uint64) error {
		err := rec.handle(ctx, logs, from, to)
		if rec.count() == 3 {
			cancel()
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	rec.check(t, 3)
}
