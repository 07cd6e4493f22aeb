package market

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// cachedChain remembers asset owners and escrow balances between the events that change
// them (AssetTransferred, AccountUpdated), which the service follows: a publish then costs
// one chain read (the order's consumed volume) instead of three. Until the follower has
// seen an event, a cached value may be a block or so stale; the follower's recheck, which
// reads the chain afresh, corrects the listing then.
type cachedChain struct {
	Chain
	mu       sync.Mutex
	owners   map[common.Address]common.Address
	balances map[common.Address]*big.Int
}

// maxCached bounds each map; past it the map starts over.
const maxCached = 1 << 16

func newCachedChain(c Chain) *cachedChain {
	return &cachedChain{Chain: c, owners: map[common.Address]common.Address{}, balances: map[common.Address]*big.Int{}}
}

func (c *cachedChain) Owner(ctx context.Context, k Kind, asset common.Address) (common.Address, error) {
	c.mu.Lock()
	o, ok := c.owners[asset]
	c.mu.Unlock()
	if ok {
		return o, nil
	}
	o, err := c.Chain.Owner(ctx, k, asset)
	if err != nil || o == (common.Address{}) { // an unknown asset may be registered any time
		return o, err
	}
	c.mu.Lock()
	if len(c.owners) >= maxCached {
		c.owners = map[common.Address]common.Address{}
	}
	c.owners[asset] = o
	c.mu.Unlock()
	return o, nil
}

func (c *cachedChain) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	c.mu.Lock()
	b, ok := c.balances[a]
	c.mu.Unlock()
	if ok {
		return new(big.Int).Set(b), nil
	}
	b, err := c.Chain.Balance(ctx, a)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.balances) >= maxCached {
		c.balances = map[common.Address]*big.Int{}
	}
	c.balances[a] = new(big.Int).Set(b)
	c.mu.Unlock()
	return b, nil
}

// forget drops what an event made stale (nothing for a nil cache).
func (c *cachedChain) forget(account, asset common.Address) {
	if c == nil {
		return
	}
	c.mu.Lock()
	delete(c.balances, account)
	delete(c.owners, asset)
	c.mu.Unlock()
}
