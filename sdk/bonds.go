package sdk

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Bond is a worker's bond to a pool (the stakes of the pool's batched deals,
// docs/protocol.md "Batched settlement").
type Bond struct {
	Worker    common.Address `json:"worker"`
	Pool      common.Address `json:"workerpool"`
	Bonded    *big.Int       `json:"bonded"`
	Unbonding *big.Int       `json:"unbonding"` // still seizable until ReleaseAt
	ReleaseAt time.Time      `json:"releaseAt,omitzero"`
}

// BondOf reads worker's bond to pool.
func (c *Client) BondOf(ctx context.Context, worker, pool common.Address) (Bond, error) {
	v, err := c.Hub.BondOf(ctx, worker, pool)
	if err != nil {
		return Bond{}, fmt.Errorf("sdk: the bond of %s to %s: %w", worker.Hex(), pool.Hex(), err)
	}
	b := Bond{Worker: worker, Pool: pool, Bonded: v.Bonded, Unbonding: v.Unbonding}
	if v.ReleaseTime != nil && v.ReleaseTime.Sign() > 0 {
		b.ReleaseAt = time.Unix(v.ReleaseTime.Int64(), 0).UTC()
	}
	return b, nil
}

// BondTo moves amount of the wallet's free escrow into its bond to pool.
func (c *Client) BondTo(ctx context.Context, pool common.Address, amount *big.Int) error {
	s, info, err := c.moving(ctx, amount)
	if err != nil {
		return err
	}
	if info.Balance.Cmp(amount) < 0 {
		return fmt.Errorf("sdk: the escrow holds %s free, less than %s (decloud account deposit %s)", info.Balance, amount, new(big.Int).Sub(amount, info.Balance))
	}
	if _, err := c.Hub.Bond(ctx, s, pool, amount); err != nil {
		return fmt.Errorf("sdk: bond: %w", err)
	}
	return nil
}

// Unbond starts the release of amount of the wallet's bond to pool: it stays seizable
// until the hub's unbonding delay is over, then WithdrawUnbonded frees it.
func (c *Client) Unbond(ctx context.Context, pool common.Address, amount *big.Int) error {
	s, err := c.sender()
	if err != nil {
		return err
	}
	if amount.Sign() <= 0 {
		return errors.New("sdk: the amount must be positive")
	}
	if _, err := c.Hub.Unbond(ctx, s, pool, amount); err != nil {
		return fmt.Errorf("sdk: unbond: %w", err)
	}
	return nil
}

// WithdrawUnbonded returns what the wallet unbonded from pool to its free escrow, once the
// unbonding delay is over.
func (c *Client) WithdrawUnbonded(ctx context.Context, pool common.Address) error {
	s, err := c.sender()
	if err != nil {
		return err
	}
	if _, err := c.Hub.WithdrawUnbonded(ctx, s, pool); err != nil {
		return fmt.Errorf("sdk: withdraw-unbonded: %w", err)
	}
	return nil
}
