package scheduler

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
)

// appKinds caches the kind of each app the pool has seen: an app's kind is fixed when it
// is registered, so each is read from the chain once.
type appKinds struct {
	mu    sync.Mutex
	kinds map[common.Address]uint8
	// read reads an app's kind, and readDeal a deal's app and tag (its DealCreated event),
	// from the chain (tests replace them).
	read     func(context.Context, common.Address) (uint8, error)
	readDeal func(context.Context, common.Hash) (common.Address, common.Hash, error)
}

func newAppKinds(hub *chain.Hub, from uint64) *appKinds {
	k := &appKinds{kinds: map[common.Address]uint8{}}
	if hub == nil {
		noHub := errors.New("scheduler: no hub to read from")
		k.read = func(context.Context, common.Address) (uint8, error) { return 0, noHub }
		k.readDeal = func(context.Context, common.Hash) (common.Address, common.Hash, error) {
			return common.Address{}, common.Hash{}, noHub
		}
		return k
	}
	k.read = func(ctx context.Context, app common.Address) (uint8, error) {
		v, err := hub.App(ctx, app)
		return v.Kind, err
	}
	k.readDeal = func(ctx context.Context, deal common.Hash) (common.Address, common.Hash, error) {
		d, err := hub.DealInfo(ctx, deal, from)
		return d.Event.App, d.Event.Tag, err
	}
	return k
}

// AppKind returns the kind of app (poco.AppWASM, poco.AppOCI), from the chain the first
// time; an error when the chain cannot be read.
func (s *Service) AppKind(ctx context.Context, app common.Address) (uint8, error) {
	k := s.kinds
	k.mu.Lock()
	kind, ok := k.kinds[app]
	k.mu.Unlock()
	if ok {
		return kind, nil
	}
	kind, err := k.read(ctx, app)
	if err != nil {
		return 0, fmt.Errorf("scheduler: reading the kind of app %s: %w", app, err)
	}
	k.mu.Lock()
	k.kinds[app] = kind
	k.mu.Unlock()
	return kind, nil
}

// refillDeals reads again the app kind and tag of the deals that the store kept without
// them (saved before they were kept: AppKind 0) and whose tasks may still be worked on,
// once per start (new deals get both as they are followed). They are kept in memory only,
// so this happens at each start while such deals last. A deal whose creation the chain no
// longer shows becomes a wasm deal without tag, as the pool ran it before.
func (s *Service) refillDeals(ctx context.Context) error {
	s.mu.Lock()
	var ids []common.Hash
	for id, d := range s.deals {
		if d.AppKind == 0 && !s.refilled && s.now.Before(d.FinalDeadline) {
			ids = append(ids, id)
		}
	}
	s.mu.Unlock()
	for _, id := range ids {
		app, tag, err := s.kinds.readDeal(ctx, id)
		kind := poco.AppWASM
		switch {
		case errors.Is(err, chain.ErrNotFound):
			s.log.Warn("a stored deal's creation is not on chain: it is run as a wasm deal without tag", "deal", id, "err", err)
		case err != nil:
			return fmt.Errorf("scheduler: reading deal %s: %w", id, err)
		default:
			if kind, err = s.AppKind(ctx, app); err != nil {
				return err
			}
		}
		s.mu.Lock()
		if d := s.deals[id]; d != nil {
			d.AppKind, d.Tag = kind, tag
		}
		s.mu.Unlock()
	}
	s.mu.Lock()
	s.refilled = true
	s.mu.Unlock()
	return nil
}
