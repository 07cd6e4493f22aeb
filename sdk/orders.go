package sdk

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
)

// NewOrder returns an unsigned order of kind k with a fresh salt, for `order init`:
// asset is the app, dataset or workerpool it offers (for a request, the app).
func (c *Client) NewOrder(k market.Kind, asset common.Address, price, volume uint64) (poco.Order, error) {
	salt, p, v := randomSalt(), new(big.Int).SetUint64(price), new(big.Int).SetUint64(max(volume, 1))
	switch k {
	case market.KindApp:
		return &poco.AppOrder{App: asset, AppPrice: p, Volume: v, Salt: salt}, nil
	case market.KindDataset:
		return &poco.DatasetOrder{Dataset: asset, DatasetPrice: p, Volume: v, Salt: salt}, nil
	case market.KindWorkerpool:
		return &poco.WorkerpoolOrder{Workerpool: asset, WorkerpoolPrice: p, Volume: v, Category: new(big.Int), Trust: big.NewInt(1), Salt: salt}, nil
	case market.KindRequest:
		me := c.Address()
		return &poco.RequestOrder{App: asset, AppMaxPrice: new(big.Int), DatasetMaxPrice: new(big.Int), WorkerpoolMaxPrice: p,
			Requester: me, Beneficiary: me, Volume: v, Category: new(big.Int), Trust: big.NewInt(1), Salt: salt}, nil
	}
	return nil, fmt.Errorf("sdk: unknown order kind %q", k)
}

func randomSalt() common.Hash {
	var h common.Hash
	rand.Read(h[:])
	return h
}

// ParseOrder decodes an order of kind k from JSON.
func ParseOrder(k market.Kind, raw []byte) (poco.Order, error) {
	var o poco.Order
	switch k {
	case market.KindApp:
		o = new(poco.AppOrder)
	case market.KindDataset:
		o = new(poco.DatasetOrder)
	case market.KindWorkerpool:
		o = new(poco.WorkerpoolOrder)
	case market.KindRequest:
		o = new(poco.RequestOrder)
	default:
		return nil, fmt.Errorf("sdk: unknown order kind %q", k)
	}
	if err := json.Unmarshal(raw, o); err != nil {
		return nil, fmt.Errorf("sdk: the %s order is not valid JSON: %w", k, err)
	}
	return o, nil
}

// SignOrder signs o with the client's key for the hub's domain and returns its hash.
func (c *Client) SignOrder(o poco.Order) (common.Hash, error) {
	s, err := c.sender()
	if err != nil {
		return common.Hash{}, err
	}
	if err := o.Sign(c.Domain, s.Key()); err != nil {
		return common.Hash{}, fmt.Errorf("sdk: sign: %w", err)
	}
	return o.Hash(c.Domain)
}

// Publish sends a signed order to the market.
func (c *Client) Publish(ctx context.Context, k market.Kind, o poco.Order) (market.Entry, error) {
	raw, err := json.Marshal(o)
	if err != nil {
		return market.Entry{}, err
	}
	return c.Market.Publish(ctx, k, raw)
}

// Unpublish withdraws one of the client's orders from the market.
func (c *Client) Unpublish(ctx context.Context, hash common.Hash) error {
	s, err := c.sender()
	if err != nil {
		return err
	}
	sig, err := poco.SignHash(market.UnpublishDigest(hash), s.Key())
	if err != nil {
		return err
	}
	return c.Market.Unpublish(ctx, hash, sig)
}

// Cancel cancels an order on chain: no match can use it any more.
func (c *Client) Cancel(ctx context.Context, o poco.Order) error {
	s, err := c.sender()
	if err != nil {
		return err
	}
	switch o := o.(type) {
	case *poco.AppOrder:
		_, err = c.Hub.CancelAppOrder(ctx, s, chain.AppOrderArg(o))
	case *poco.DatasetOrder:
		_, err = c.Hub.CancelDatasetOrder(ctx, s, chain.DatasetOrderArg(o))
	case *poco.WorkerpoolOrder:
		_, err = c.Hub.CancelWorkerpoolOrder(ctx, s, chain.WorkerpoolOrderArg(o))
	case *poco.RequestOrder:
		_, err = c.Hub.CancelRequestOrder(ctx, s, chain.RequestOrderArg(o))
	}
	if err != nil {
		return fmt.Errorf("sdk: cancel: %w", err)
	}
	if _, err := c.Market.Sync(ctx); err != nil {
		c.Log.Warn("the market did not sync after the cancel", "err", err)
	}
	return nil
}

// OrderStatus is an order as the market lists it, with what the chain says.
type OrderStatus struct {
	market.Entry
	Consumed *big.Int `json:"consumedOnChain"`
}

// ShowOrder returns the market's entry and the chain's consumed volume of an order.
func (c *Client) ShowOrder(ctx context.Context, hash common.Hash) (OrderStatus, error) {
	e, err := c.Market.Get(ctx, hash)
	if err != nil {
		return OrderStatus{}, err
	}
	consumed, err := c.Hub.Consumed(ctx, hash)
	if err != nil {
		return OrderStatus{}, err
	}
	return OrderStatus{Entry: e, Consumed: consumed}, nil
}
