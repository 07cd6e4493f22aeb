package devchain

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/event"
)

// maxSealRounds bounds how many blocks one round of on-demand sealing makes while the pool
// still reports executable transactions (a transaction whose fee cap is under the base fee
// stays "executable" until enough empty blocks have lowered the base fee).
const maxSealRounds = 64

// ErrClosed is returned by AdjustTime once the chain is closed.
var ErrClosed = errors.New("devchain: chain closed")

// sealer is the one goroutine that seals blocks, so that the simulated beacon (which is not
// safe for concurrent use) is only ever driven from one place.
//
// go-ethereum's own drivers are not used: its on-demand loop (the dev API's) subscribes to the
// pool from a goroutine, so a transaction sent right after start can wait for the next one,
// and its period loop runs beside AdjustTime without synchronisation. The beacon is therefore
// created with period 0 (it then runs no loop of its own) and driven from here.
type sealer struct {
	beacon *catalyst.SimulatedBeacon
	pool   *txpool.TxPool
	period time.Duration // 0: seal when transactions arrive
	idle   time.Duration // on demand: an empty block after this long without one (0: never)

	kick   chan struct{} // one pending "seal now" at most
	adjust chan adjustReq
	quit   chan struct{}
	done   chan struct{}      // closed when the sealing goroutine and the drain have returned
	sealed func()             // called after on-demand sealing (resets the idle ticker)
	txSub  event.Subscription // nil in period mode
	txs    chan core.NewTxsEvent
}

type adjustReq struct {
	d   time.Duration
	err chan error
}

// startSealer starts sealing. In on-demand mode it subscribes to the pool before returning,
// so no transaction sent after Start can be missed, and seals whatever is already pending.
func startSealer(beacon *catalyst.SimulatedBeacon, pool *txpool.TxPool, period, idle time.Duration) *sealer {
	s := &sealer{
		beacon: beacon,
		pool:   pool,
		period: period,
		idle:   idle,
		sealed: func() {},
		kick:   make(chan struct{}, 1),
		adjust: make(chan adjustReq),
		quit:   make(chan struct{}),
		done:   make(chan struct{}),
	}
	var wg sync.WaitGroup
	if period == 0 {
		s.txs = make(chan core.NewTxsEvent, 64)
		s.txSub = pool.SubscribeTransactions(s.txs, true)
		s.poke()
		// The pool's feed blocks its reorg until every subscriber has taken each event, and
		// sealing waits for the pool's reset (Sync), which waits for that reorg: the events
		// are drained on a goroutine of their own, never by the one that seals, or a burst
		// of transactions that fills the buffer while a block is sealed stops the chain.
		wg.Go(s.drain)
	}
	wg.Go(s.loop)
	go func() { wg.Wait(); close(s.done) }()
	return s
}

// drain turns the pool's new-transaction events into pokes of the sealing loop.
func (s *sealer) drain() {
	defer s.txSub.Unsubscribe()
	subErr := s.txSub.Err()
	for {
		select {
		case <-s.quit:
			return
		case err := <-subErr:
			_ = err // nil or not, the pool is shutting down
			return
		case <-s.txs:
			s.poke()
		}
	}
}

func (s *sealer) poke() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

func (s *sealer) loop() {
	var tick <-chan time.Time
	if s.period > 0 {
		t := time.NewTicker(s.period)
		defer t.Stop()
		tick = t.C
	} else if s.idle > 0 {
		// Sealing on demand, an empty block after s.idle without one; the ticker is reset
		// whenever a block is sealed.
		t := time.NewTicker(s.idle)
		defer t.Stop()
		tick = t.C
		s.sealed = func() { t.Reset(s.idle) }
	}
	for {
		select {
		case <-s.quit:
			return
		case <-s.kick:
			s.sealPending()
			s.sealed()
		case <-tick:
			s.beacon.Commit() // period mode: one block per period, empty or not, as geth --dev.period
		case r := <-s.adjust:
			r.err <- s.adjustTime(r.d)
		}
	}
}

// sealPending seals blocks until the pool has no executable transaction left.
func (s *sealer) sealPending() {
	for range maxSealRounds {
		if err := s.pool.Sync(); err != nil {
			return // the pool is closing
		}
		if executable, _ := s.pool.Stats(); executable == 0 {
			return
		}
		s.beacon.Commit()
	}
}

// adjustTime seals what is pending, then an empty block d later than the head. The beacon
// refuses to adjust time while transactions are pending, and more may arrive between the
// two steps: retry a few times.
func (s *sealer) adjustTime(d time.Duration) error {
	var err error
	for range 8 {
		s.sealPending()
		if err = s.beacon.AdjustTime(d); err == nil {
			return nil
		}
	}
	return err
}

// requestAdjust asks the sealing goroutine to move time forward by d (whole seconds).
func (s *sealer) requestAdjust(ctx context.Context, d time.Duration) error {
	r := adjustReq{d: d, err: make(chan error, 1)}
	select {
	case s.adjust <- r:
	case <-s.done:
		return ErrClosed
	case <-ctx.Done():
		return fmt.Errorf("devchain: adjust time: %w", ctx.Err())
	}
	select {
	case err := <-r.err:
		if err != nil {
			return fmt.Errorf("devchain: adjust time: %w", err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("devchain: adjust time: %w", ctx.Err())
	}
}

// stop ends sealing and waits for the goroutine to return.
func (s *sealer) stop() {
	close(s.quit)
	<-s.done
}
