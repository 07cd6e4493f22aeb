package market

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
)

// HubChain reads what the book checks from the hub.
type HubChain struct{ Hub *chain.Hub }

var _ Chain = HubChain{}

// Owner returns the owner of a registered asset, zero for an unknown one.
func (c HubChain) Owner(ctx context.Context, k Kind, asset common.Address) (common.Address, error) {
	var owner common.Address
	var err error
	switch k {
	case KindApp:
		v, e := c.Hub.App(ctx, asset)
		owner, err = v.Owner, e
	case KindDataset:
		v, e := c.Hub.Dataset(ctx, asset)
		owner, err = v.Owner, e
	case KindWorkerpool:
		v, e := c.Hub.Workerpool(ctx, asset)
		owner, err = v.Owner, e
	default:
		return common.Address{}, errors.New("market: requests have no asset")
	}
	if _, reverted := chain.RevertReason(err); reverted {
		return common.Address{}, nil // the hub refuses to describe an unknown asset
	}
	return owner, err
}

// Consumed returns how much of an order was matched or cancelled.
func (c HubChain) Consumed(ctx context.Context, h common.Hash) (*big.Int, error) {
	return c.Hub.Consumed(ctx, h)
}

// Presigned reports whether the order's owner presigned it on chain.
func (c HubChain) Presigned(ctx context.Context, h common.Hash) (bool, error) {
	return c.Hub.Presigned(ctx, h)
}

// Balance returns an account's free escrow balance.
func (c HubChain) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	v, err := c.Hub.Account(ctx, a)
	if err != nil {
		return nil, err
	}
	return v.Balance, nil
}
