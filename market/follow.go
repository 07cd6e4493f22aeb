package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
)

func (s *Service) followConfig() chain.FollowConfig {
	return chain.FollowConfig{Addresses: []common.Address{s.cfg.Hub}, From: s.cfg.From, Logger: s.log}
}

// Run follows the hub's events until ctx ends, moving orders between statuses, and returns
// nil then. It first
// catches up with the head (retrying while the node fails), which lets publishing skip the
// chain read of a consumed volume the book knows to be 0.
func (s *Service) Run(ctx context.Context) error {
	for wait := 100 * time.Millisecond; ; wait = min(2*wait, 10*time.Second) {
		_, err := s.Sync(ctx)
		if err == nil {
			break
		}
		s.log.Warn("market: catching up with the chain", "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
	s.caughtUp.Store(true)
	// Follow stops on a handler error (a store that failed, a read that failed mid-range):
	// the same blocks come again after a pause, so the book never silently goes stale.
	for wait := time.Second; ; wait = min(2*wait, time.Minute) {
		err := chain.Follow(ctx, s.cfg.Logs, s.cfg.Store, s.followConfig(), s.handle)
		if ctx.Err() != nil {
			return nil
		}
		s.log.Error("market: following the hub stopped; retrying", "err", err, "in", wait)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// CaughtUp reports whether Run has caught up with the chain once (publishing then skips the
// chain read for orders no match or cancel ever touched).
func (s *Service) CaughtUp() bool { return s.caughtUp.Load() }

// Sync implements Book: it applies every event up to the head before returning.
func (s *Service) Sync(ctx context.Context) (uint64, error) {
	next, err := chain.CatchUp(ctx, s.cfg.Logs, s.cfg.Store, s.followConfig(), s.handle)
	if err != nil {
		return 0, Errorf(CodeUnavailable, "sync: %v", err)
	}
	if next == 0 {
		return 0, nil
	}
	return next - 1, nil
}

// handle applies a range of hub events. Every change is recomputed from the chain or
// from the event's own values, so a range delivered twice (by Run and Sync, or after a
// crash) changes nothing more; the lock only keeps two deliveries from interleaving.
//
// Over a SharedStore, other processes apply the same events: under the store's follow
// lock, the blocks the saved cursor has passed were applied by another one and are
// skipped, so that events reach the book in chain order (an old range applied after a
// newer one could bring a cancelled order back).
func (s *Service) handle(ctx context.Context, logs []types.Log, from, _ uint64) error {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	if s.shared != nil {
		unlock, err := s.shared.LockFollow(ctx)
		if err != nil {
			return fmt.Errorf("market: %w", err)
		}
		defer unlock()
		next, ok, err := s.shared.Load(ctx)
		if err != nil {
			return fmt.Errorf("market: %w", err)
		}
		if ok && next > from {
			i := 0
			for i < len(logs) && logs[i].BlockNumber < next {
				i++
			}
			logs = logs[i:]
		}
	}
	for i := range logs {
		ev, err := chain.DecodeEvent(s.cfg.Hub, &logs[i])
		if err != nil {
			// A hub event the book follows that does not decode stops following (the same
			// blocks come again); any other is none of the book's business.
			if bad, ok := errors.AsType[*chain.EventError](err); ok && bookEvents[bad.Event] {
				return fmt.Errorf("market: %w", err)
			}
			continue
		}
		switch ev := ev.(type) {
		case *chain.OrdersMatched:
			var touched []common.Hash
			for _, h := range []common.Hash{ev.AppHash, ev.DatasetHash, ev.WorkerpoolHash, ev.RequestHash} {
				if h != (common.Hash{}) {
					touched = append(touched, h)
				}
			}
			if err := s.cfg.Store.Touch(ctx, touched); err != nil {
				return err
			}
			for _, h := range touched {
				if err := s.refreshRemaining(ctx, h); err != nil {
					return err
				}
			}
		case *chain.OrderCancelled:
			if err := s.cfg.Store.Touch(ctx, []common.Hash{ev.OrderHash}); err != nil {
				return err
			}
			if e, err := s.cfg.Store.Get(ctx, ev.OrderHash); err == nil {
				if err := s.cfg.Store.Update(ctx, e.Hash, StatusCancelled, 0); err != nil {
					return err
				}
			}
		case *chain.AccountUpdated:
			s.cache.forget(ev.Account, common.Address{})
			if err := s.recheck(ctx, ev.Account, common.Address{}); err != nil {
				return err
			}
		case *chain.AssetTransferred:
			s.cache.forget(common.Address{}, ev.Asset)
			if err := s.recheck(ctx, common.Address{}, ev.Asset); err != nil {
				return err
			}
		}
	}
	return nil
}

// bookEvents are the hub events handle folds into the book.
var bookEvents = map[string]bool{"OrdersMatched": true, "OrderCancelled": true, "AccountUpdated": true, "AssetTransferred": true}

// refreshRemaining reads an order's consumed volume after a match.
func (s *Service) refreshRemaining(ctx context.Context, h common.Hash) error {
	if h == (common.Hash{}) {
		return nil
	}
	e, err := s.cfg.Store.Get(ctx, h)
	if err != nil {
		if CodeOf(err) == CodeNotFound {
			return nil // matched without the book
		}
		return err
	}
	consumed, err := s.cfg.Chain.Consumed(ctx, h)
	if err != nil {
		return fmt.Errorf("market: consumed of %s: %w", h, err)
	}
	remaining := uint64(0)
	if consumed.Cmp(new(big.Int).SetUint64(e.Volume)) < 0 {
		remaining = e.Volume - consumed.Uint64()
	}
	st := e.Status
	if remaining == 0 && st != StatusCancelled {
		st = StatusFilled
	}
	return s.cfg.Store.Update(ctx, h, st, remaining)
}

// recheck recomputes OPEN or DEAD for the live orders of a signer or an asset: an order is
// OPEN while its asset still belongs to its signer and the signer's escrow covers one task.
func (s *Service) recheck(ctx context.Context, signer, asset common.Address) error {
	entries, err := s.cfg.Store.Live(ctx, signer, asset)
	if err != nil || len(entries) == 0 {
		return err
	}
	owners := map[common.Address]common.Address{}
	balances := map[common.Address]*big.Int{}
	for i := range entries {
		e := &entries[i]
		ok := true
		if a := e.asset(); a != (common.Address{}) {
			o, seen := owners[a]
			if !seen {
				if o, err = s.cfg.Chain.Owner(ctx, e.Kind, a); err != nil {
					return fmt.Errorf("market: owner of %s: %w", a, err)
				}
				owners[a] = o
			}
			ok = o == e.Signer
		}
		if per := e.escrowPerTask(); ok && per > 0 {
			b, seen := balances[e.Signer]
			if !seen {
				if b, err = s.cfg.Chain.Balance(ctx, e.Signer); err != nil {
					return fmt.Errorf("market: balance of %s: %w", e.Signer, err)
				}
				balances[e.Signer] = b
			}
			ok = b.Cmp(new(big.Int).SetUint64(per)) >= 0
		}
		st := StatusDead
		if ok {
			st = StatusOpen
		}
		if st != e.Status {
			if err := s.cfg.Store.Update(ctx, e.Hash, st, e.Remaining); err != nil {
				return err
			}
		}
	}
	return nil
}
