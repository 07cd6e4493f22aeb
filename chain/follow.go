package chain

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// LogSource is what following needs of a node; *ethclient.Client implements it.
//
// A source that also has SubscribeNewHead (ethclient over WebSocket, IPC or in process)
// wakes Follow as soon as a block arrives; over HTTP the subscription is refused and
// Follow just polls.
type LogSource interface {
	BlockNumber(ctx context.Context) (uint64, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// headSubscriber is the optional wake-up of a LogSource.
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// FollowConfig says which logs to follow and how.
type FollowConfig struct {
	Addresses     []common.Address // contracts to follow (none: all)
	Topics        [][]common.Hash  // topic filter, as in ethereum.FilterQuery
	From          uint64           // first block when the cursor has nothing saved
	Confirmations uint64           // deliver only blocks this deep (0 on the dev chain)
	Interval      time.Duration    // polling interval (default 200 ms)
	MaxRange      uint64           // blocks per query (default 2000; halved while the node refuses)
	Logger        *slog.Logger     // nil: no logging
}

func (c FollowConfig) withDefaults() FollowConfig {
	if c.Interval <= 0 {
		c.Interval = 200 * time.Millisecond
	}
	if c.MaxRange == 0 {
		c.MaxRange = 2000
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// Handler receives the matching logs of blocks [from, to] in chain order, possibly none
// (so the caller learns progress: every block up to to is now known). Returning an error
// stops following without moving the cursor, so the same blocks come again.
type Handler func(ctx context.Context, logs []types.Log, from, to uint64) error

// maxNodeBackoff caps the wait between attempts while the node keeps failing.
const maxNodeBackoff = 10 * time.Second

// Follow delivers matching logs from the saved cursor on until ctx ends, when it returns
// nil. The cursor moves only after the handler succeeded, so a restart re-delivers what
// was not acknowledged: at least once, in chain order, no block skipped.
//
// A handler error, or a cursor that cannot be loaded or saved, stops Follow and is
// returned (wrapped). Node errors (head, logs) are logged and retried with a growing
// delay, since a follower is meant to outlive a node restart.
func Follow(ctx context.Context, src LogSource, cur CursorStore, cfg FollowConfig, handle Handler) error {
	cfg = cfg.withDefaults()
	wake := subscribeHeads(ctx, src, cfg.Logger)
	defer wake.stop()
	failures := 0
	for {
		caughtUp, err := FollowOnce(ctx, src, cur, cfg, handle)
		if ctx.Err() != nil {
			return nil
		}
		var wait time.Duration
		var ne *nodeError
		switch {
		case err == nil && !caughtUp:
			failures = 0
			continue
		case err == nil:
			failures = 0
			wait = cfg.Interval
		case errors.As(err, &ne):
			failures++
			wait = min(cfg.Interval<<min(failures, 16), maxNodeBackoff)
			cfg.Logger.Warn("following: node error, retrying", keyErr, err, keyAttempt, failures, keyDelay, wait)
		default:
			return err
		}
		if !wake.wait(ctx, wait) {
			return nil
		}
	}
}

// FollowOnce delivers at most one range of blocks (up to MaxRange) after the cursor, up
// to the confirmed head, and reports whether it reached that head. It retries nothing;
// node errors come back as they are.
func FollowOnce(ctx context.Context, src LogSource, cur CursorStore, cfg FollowConfig, handle Handler) (caughtUp bool, err error) {
	cfg = cfg.withDefaults()
	next, ok, err := cur.Load(ctx)
	if err != nil {
		return false, fmt.Errorf("chain: follow: %w", err)
	}
	if !ok {
		next = cfg.From
	}
	head, err := src.BlockNumber(ctx)
	if err != nil {
		return false, &nodeError{fmt.Errorf("chain: follow: head: %w", err)}
	}
	if head < cfg.Confirmations {
		return true, nil
	}
	head -= cfg.Confirmations
	if next > head {
		return true, nil
	}
	to := head
	if head-next >= cfg.MaxRange {
		to = next + cfg.MaxRange - 1
	}
	var logs []types.Log
	for {
		logs, err = src.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(next), ToBlock: new(big.Int).SetUint64(to),
			Addresses: cfg.Addresses, Topics: cfg.Topics,
		})
		if err == nil || to == next || ctx.Err() != nil {
			break
		}
		// Public nodes cap the range or the size of one query: ask for fewer blocks.
		cfg.Logger.Debug("following: query refused, narrowing", keyFrom, next, keyTo, to, keyErr, err)
		to = next + (to-next)/2
	}
	if err != nil {
		return false, &nodeError{fmt.Errorf("chain: follow: logs of blocks %d..%d: %w", next, to, err)}
	}
	slices.SortStableFunc(logs, func(a, b types.Log) int {
		return cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.Index, b.Index))
	})
	if err := handle(ctx, logs, next, to); err != nil {
		return false, fmt.Errorf("chain: follow: handler at blocks %d..%d: %w", next, to, err)
	}
	if err := cur.Save(ctx, to+1); err != nil {
		return false, fmt.Errorf("chain: follow: %w", err)
	}
	cfg.Logger.Debug("followed", keyFrom, next, keyTo, to, keyLogs, len(logs))
	return to == head, nil
}

// CatchUp delivers every block up to the confirmed head, range by range, and returns the
// cursor's position after it: the first block not delivered. Like FollowOnce it retries
// nothing. Batch jobs and tests use it where Follow would wait for more.
func CatchUp(ctx context.Context, src LogSource, cur CursorStore, cfg FollowConfig, handle Handler) (next uint64, err error) {
	for {
		caughtUp, err := FollowOnce(ctx, src, cur, cfg, handle)
		if err != nil {
			return 0, err
		}
		if caughtUp {
			break
		}
	}
	next, ok, err := cur.Load(ctx)
	if err != nil {
		return 0, fmt.Errorf("chain: follow: %w", err)
	}
	if !ok {
		next = cfg.From
	}
	return next, nil
}

// nodeError marks a failure to read from the node, which Follow retries.
type nodeError struct{ err error }

func (e *nodeError) Error() string { return e.err.Error() }
func (e *nodeError) Unwrap() error { return e.err }

// headWake wakes a waiting follower when a new block arrives, if the node can say so.
type headWake struct {
	heads chan *types.Header
	sub   ethereum.Subscription // nil: polling only
	log   *slog.Logger
}

func subscribeHeads(ctx context.Context, src LogSource, log *slog.Logger) *headWake {
	w := &headWake{log: log}
	hs, ok := src.(headSubscriber)
	if !ok {
		return w
	}
	w.heads = make(chan *types.Header, 1)
	sub, err := hs.SubscribeNewHead(ctx, w.heads)
	if err != nil {
		log.Debug("following: no head subscription, polling only", keyErr, err)
		return w
	}
	w.sub = sub
	return w
}

// wait returns after d, or earlier when a block arrives; false when ctx ended.
func (w *headWake) wait(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	var heads <-chan *types.Header
	var subErr <-chan error
	if w.sub != nil {
		heads, subErr = w.heads, w.sub.Err()
	}
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
	case <-heads:
		// Several blocks may have come while we were busy: one query covers them all.
		for len(w.heads) > 0 {
			<-w.heads
		}
	case err := <-subErr:
		w.log.Debug("following: head subscription ended, polling only", keyErr, err)
		w.sub.Unsubscribe()
		w.sub = nil
	}
	return true
}

func (w *headWake) stop() {
	if w.sub != nil {
		w.sub.Unsubscribe()
	}
}
