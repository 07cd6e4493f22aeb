package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
)

// onChain sends with a fixed gas limit instead of an estimate, so a rejected call is mined
// and reverts on chain (the state checks then prove the revert changed nothing).
type onChain struct{ *chain.Sender }

func (o onChain) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	return o.SendWithGas(ctx, to, data, value, 5_000_000)
}

func (e *env) forced(a *actor) onChain { return onChain{a.tx} }

// consumed returns the consumed volume of each order of o.
func (e *env) consumed(o *orders) [4]uint64 {
	e.t.Helper()
	var out [4]uint64
	hashes := []func() (common.Hash, error){
		func() (common.Hash, error) { return o.app.Hash(e.domain) },
		func() (common.Hash, error) {
			if o.dataset == nil {
				return common.Hash{}, nil
			}
			return o.dataset.Hash(e.domain)
		},
		func() (common.Hash, error) { return o.pool.Hash(e.domain) },
		func() (common.Hash, error) { return o.request.Hash(e.domain) },
	}
	for i, h := range hashes {
		hash, err := h()
		if err != nil {
			e.t.Fatal(err)
		}
		v, err := e.hub.Consumed(e.ctx, hash)
		if err != nil {
			e.t.Fatal(err)
		}
		out[i] = v.Uint64()
	}
	return out
}

func (e *env) matchForced(o *orders) error {
	_, _, err := e.hub.MatchOrders(e.ctx, e.forced(e.requester), chain.AppOrderArg(o.app), chain.DatasetOrderArg(o.dataset),
		chain.WorkerpoolOrderArg(o.pool), chain.RequestOrderArg(o.request))
	return err
}

// chainOnly are the reasons for which matchOrders reverts that need the chain's state.
var chainOnly = map[string]bool{
	"hub: unknown category": true, "hub: app not registered": true, "hub: dataset not registered": true,
	"hub: workerpool not registered": true, "hub: invalid app order signature": true, "hub: invalid dataset order signature": true,
	"hub: invalid workerpool order signature": true, "hub: invalid request order signature": true,
	"hub: an order is fully consumed or cancelled": true, "hub: volume too large": true,
	"hub: requester balance too low for the deal": true, "hub: scheduler balance too low for its stake": true,
}

func TestMatchOrdersRejections(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	stranger := e.workers[len(e.workers)-1]
	other := common.HexToAddress("0x00000000000000000000000000000000000000ee")
	tagGPU := common.BigToHash(big.NewInt(1 << 8))
	cases := []struct {
		name   string
		mutate func(o *orders)
		resign bool
		want   string
	}{
		{"unknown category", func(o *orders) { o.request.Category = big.NewInt(99); o.pool.Category = big.NewInt(99) }, true, "hub: unknown category"},
		{"category mismatch", func(o *orders) { o.request.Category = big.NewInt(1) }, true, "hub: category mismatch"},
		{"trust above the pool's", func(o *orders) { o.request.Trust = big.NewInt(5); o.pool.Trust = big.NewInt(4) }, true, "hub: workerpool order trust below request trust"},
		{"trust too large", func(o *orders) { o.request.Trust = big.NewInt(1 << 24); o.pool.Trust = big.NewInt(1 << 24) }, true, "hub: trust too large"},
		{"app mismatch", func(o *orders) { o.request.App = other }, true, "hub: app mismatch"},
		{"dataset mismatch", func(o *orders) { o.request.Dataset = other }, true, "hub: dataset mismatch"},
		{"workerpool mismatch", func(o *orders) { o.request.Workerpool = other }, true, "hub: workerpool mismatch"},
		{"app price", func(o *orders) { o.request.AppMaxPrice = big.NewInt(appPrice - 1) }, true, "hub: app price above request maximum"},
		{"workerpool price", func(o *orders) { o.request.WorkerpoolMaxPrice = big.NewInt(poolPrice - 1) }, true, "hub: workerpool price above request maximum"},
		{"price too large", func(o *orders) {
			huge := new(big.Int).Lsh(big.NewInt(1), 64)
			o.app.AppPrice, o.request.AppMaxPrice = huge, huge
		}, true, "hub: price too large"},
		{"dataset price", func(o *orders) { o.request.DatasetMaxPrice = big.NewInt(datasetPrice - 1) }, true, "hub: dataset price above request maximum"},
		{"dataset price too large", func(o *orders) {
			huge := new(big.Int).Lsh(big.NewInt(1), 64)
			o.dataset.DatasetPrice, o.request.DatasetMaxPrice = huge, huge
		}, true, "hub: price too large"},
		{"dataset restricts app", func(o *orders) { o.dataset.AppRestrict = other }, true, "hub: dataset order restricts the app"},
		{"dataset restricts pool", func(o *orders) { o.dataset.WorkerpoolRestrict = other }, true, "hub: dataset order restricts the workerpool"},
		{"dataset restricts requester", func(o *orders) { o.dataset.RequesterRestrict = other }, true, "hub: dataset order restricts the requester"},
		{"missing tag", func(o *orders) { o.request.Tag = tagGPU }, true, "hub: workerpool order lacks a required tag"},
		{"missing tag from the app", func(o *orders) { o.app.Tag = tagGPU }, true, "hub: workerpool order lacks a required tag"},
		{"app restricts dataset", func(o *orders) { o.app.DatasetRestrict = other }, true, "hub: app order restricts the dataset"},
		{"app restricts pool", func(o *orders) { o.app.WorkerpoolRestrict = other }, true, "hub: app order restricts the workerpool"},
		{"app restricts requester", func(o *orders) { o.app.RequesterRestrict = other }, true, "hub: app order restricts the requester"},
		{"pool restricts app", func(o *orders) { o.pool.AppRestrict = other }, true, "hub: workerpool order restricts the app"},
		{"pool restricts dataset", func(o *orders) { o.pool.DatasetRestrict = other }, true, "hub: workerpool order restricts the dataset"},
		{"pool restricts requester", func(o *orders) { o.pool.RequesterRestrict = other }, true, "hub: workerpool order restricts the requester"},
		{"app not registered", func(o *orders) { o.app.App, o.request.App = other, other }, true, "hub: app not registered"},
		{"dataset not registered", func(o *orders) { o.dataset.Dataset, o.request.Dataset = other, other }, true, "hub: dataset not registered"},
		{"pool not registered", func(o *orders) { o.pool.Workerpool, o.request.Workerpool = other, other }, true, "hub: workerpool not registered"},
		{"app order signed by a stranger", func(o *orders) { e.must(nil, o.app.Sign(e.domain, stranger.key)) }, false, "hub: invalid app order signature"},
		{"dataset order tampered", func(o *orders) { o.dataset.Volume = big.NewInt(50) }, false, "hub: invalid dataset order signature"},
		{"pool order unsigned", func(o *orders) { o.pool.Signature = nil }, false, "hub: invalid workerpool order signature"},
		{"request order tampered", func(o *orders) { o.request.Params = "changed" }, false, "hub: invalid request order signature"},
		{"request signed for another chain", func(o *orders) {
			e.must(nil, o.request.Sign(poco.NewDomain(big.NewInt(1), e.dep.Hub), e.requester.key))
		}, false, "hub: invalid request order signature"},
		{"app order signed for another hub", func(o *orders) {
			e.must(nil, o.app.Sign(poco.NewDomain(e.dc.ChainID(), other), e.appDev.key))
		}, false, "hub: invalid app order signature"},
		{"request with a zero requester", func(o *orders) { o.request.Requester = common.Address{} }, true, "hub: invalid request order signature"},
		{"zero volume", func(o *orders) { o.request.Volume = big.NewInt(0) }, true, "hub: an order is fully consumed or cancelled"},
		{"volume too large", func(o *orders) {
			v := big.NewInt(1 << 33)
			o.app.Volume, o.dataset.Volume, o.pool.Volume, o.request.Volume = v, v, v, v
			zero := big.NewInt(0)
			o.app.AppPrice, o.request.AppMaxPrice, o.dataset.DatasetPrice, o.request.DatasetMaxPrice = zero, zero, zero, zero
			o.pool.WorkerpoolPrice, o.request.WorkerpoolMaxPrice = zero, zero
		}, true, "hub: volume too large"},
		{"requester cannot pay", func(o *orders) {
			v := big.NewInt(depositEach/(appPrice+datasetPrice+poolPrice) + 1)
			o.app.Volume, o.dataset.Volume, o.pool.Volume, o.request.Volume = v, v, v, v
		}, true, "hub: requester balance too low for the deal"},
		{"scheduler cannot stake", func(o *orders) {
			// The scheduler keeps less than the stake of 3 tasks (3 × 30).
			b, _ := e.account(e.sched.addr)
			e.must(e.hub.Withdraw(e.ctx, e.sched.tx, new(big.Int).SetUint64(b-50)))
		}, true, "hub: scheduler balance too low for its stake"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e.t = t
			o := e.sign(e.newOrders(a, 3, 1))
			c.mutate(o)
			if c.resign {
				e.sign(o)
			}
			// poco.CheckTerms, the brokers' check off chain, gives the hub's reason for every
			// term it covers and passes only what the chain alone can refuse.
			if err := poco.CheckTerms(o.app, o.dataset, o.pool, o.request); err != nil {
				if err.Error() != "poco: "+c.want {
					t.Fatalf("CheckTerms: %v, the hub says %q", err, c.want)
				}
			} else if !chainOnly[c.want] {
				t.Fatalf("CheckTerms passed orders the hub refuses for a term: %q", c.want)
			}
			before, cons := e.snapshot(), e.consumed(o)
			e.reverts(e.matchForced(o), c.want)
			e.unchanged(before)
			if got := e.consumed(o); got != cons {
				t.Fatalf("consumed volumes changed: %v -> %v", cons, got)
			}
		})
	}
}

func TestOrderHashesMatchPoco(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	o := e.sign(e.newOrders(a, 7, 3))
	o.app.Tag = common.BigToHash(big.NewInt(257))
	o.pool.Tag = common.BigToHash(big.NewInt(257 | 2))
	o.request.Callback = common.HexToAddress("0x0000000000000000000000000000000000000c0b")
	o.request.Params = `{"args":"a b c","inputs":["x"]}`
	sep, err := e.hub.DomainSeparator(e.ctx)
	e.must(nil, err)
	if sep == (common.Hash{}) {
		t.Fatal("empty domain separator")
	}
	check := func(name string, onChain common.Hash, err error, local common.Hash, lerr error) {
		t.Helper()
		if err != nil || lerr != nil {
			t.Fatalf("%s: %v %v", name, err, lerr)
		}
		if onChain != local {
			t.Fatalf("%s: hub hash %s, poco hash %s", name, onChain, local)
		}
	}
	h, err := e.hub.HashAppOrder(e.ctx, chain.AppOrderArg(o.app))
	l, lerr := o.app.Hash(e.domain)
	check("app", h, err, l, lerr)
	h, err = e.hub.HashDatasetOrder(e.ctx, chain.DatasetOrderArg(o.dataset))
	l, lerr = o.dataset.Hash(e.domain)
	check("dataset", h, err, l, lerr)
	h, err = e.hub.HashWorkerpoolOrder(e.ctx, chain.WorkerpoolOrderArg(o.pool))
	l, lerr = o.pool.Hash(e.domain)
	check("workerpool", h, err, l, lerr)
	h, err = e.hub.HashRequestOrder(e.ctx, chain.RequestOrderArg(o.request))
	l, lerr = o.request.Hash(e.domain)
	check("request", h, err, l, lerr)

	// The Go-signed orders are accepted and the deal id is poco's.
	e.sign(o)
	dealid, _, err := e.match(o)
	e.must(nil, err)
	if want := poco.DealID(l, big.NewInt(0)); dealid != want {
		t.Fatalf("deal id %s, poco says %s", dealid, want)
	}
	if got := e.consumed(o); got != [4]uint64{7, 7, 7, 7} {
		t.Fatalf("consumed %v after a match of 7", got)
	}
	// A fully consumed order cannot match again.
	before := e.snapshot()
	e.reverts(e.matchForced(o), "hub: an order is fully consumed or cancelled")
	e.unchanged(before)
}

func TestPresignAndCancel(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	stranger := e.workers[0]

	// Presigned orders match without signatures.
	o := e.newOrders(a, 2, 1)
	e.must(e.hub.PresignAppOrder(e.ctx, e.appDev.tx, chain.AppOrderArg(o.app)))
	e.must(e.hub.PresignDatasetOrder(e.ctx, e.dataDev.tx, chain.DatasetOrderArg(o.dataset)))
	e.must(e.hub.PresignWorkerpoolOrder(e.ctx, e.sched.tx, chain.WorkerpoolOrderArg(o.pool)))
	e.must(e.hub.PresignRequestOrder(e.ctx, e.requester.tx, chain.RequestOrderArg(o.request)))
	h, _ := o.request.Hash(e.domain)
	if ok, err := e.hub.Presigned(e.ctx, h); err != nil || !ok {
		t.Fatalf("presigned %v %v", ok, err)
	}
	_, err := e.hub.PresignAppOrder(e.ctx, e.forced(e.appDev), chain.AppOrderArg(o.app))
	e.reverts(err, "hub: order already presigned")
	// Only owners presign or cancel.
	fo := e.forced(stranger)
	for name, call := range map[string]func() (*types.Receipt, error){
		"presign app": func() (*types.Receipt, error) { return e.hub.PresignAppOrder(e.ctx, fo, chain.AppOrderArg(o.app)) },
		"presign dataset": func() (*types.Receipt, error) {
			return e.hub.PresignDatasetOrder(e.ctx, fo, chain.DatasetOrderArg(o.dataset))
		},
		"presign pool": func() (*types.Receipt, error) {
			return e.hub.PresignWorkerpoolOrder(e.ctx, fo, chain.WorkerpoolOrderArg(o.pool))
		},
		"presign request": func() (*types.Receipt, error) {
			return e.hub.PresignRequestOrder(e.ctx, fo, chain.RequestOrderArg(o.request))
		},
		"cancel app": func() (*types.Receipt, error) { return e.hub.CancelAppOrder(e.ctx, fo, chain.AppOrderArg(o.app)) },
		"cancel dataset": func() (*types.Receipt, error) {
			return e.hub.CancelDatasetOrder(e.ctx, fo, chain.DatasetOrderArg(o.dataset))
		},
		"cancel pool": func() (*types.Receipt, error) {
			return e.hub.CancelWorkerpoolOrder(e.ctx, fo, chain.WorkerpoolOrderArg(o.pool))
		},
		"cancel request": func() (*types.Receipt, error) {
			return e.hub.CancelRequestOrder(e.ctx, fo, chain.RequestOrderArg(o.request))
		},
	} {
		want := map[string]string{"app": "hub: not the app owner", "dataset": "hub: not the dataset owner", "pool": "hub: not the workerpool owner", "request": "hub: not the requester"}
		kind := name[len("presign "):]
		if name[0] == 'c' {
			kind = name[len("cancel "):]
		}
		cons := e.consumed(o)
		_, err := call()
		e.reverts(err, want[kind])
		if e.consumed(o) != cons {
			t.Fatalf("%s changed consumed volumes", name)
		}
	}
	_, _, err = e.match(o)
	e.must(nil, err)

	// A cancelled order no longer matches; cancelling twice is refused.
	c := e.sign(e.newOrders(a, 2, 1))
	e.must(e.hub.CancelWorkerpoolOrder(e.ctx, e.sched.tx, chain.WorkerpoolOrderArg(c.pool)))
	before := e.snapshot()
	e.reverts(e.matchForced(c), "hub: an order is fully consumed or cancelled")
	e.unchanged(before)
	_, err = e.hub.CancelWorkerpoolOrder(e.ctx, e.forced(e.sched), chain.WorkerpoolOrderArg(c.pool))
	e.reverts(err, "hub: order already cancelled or consumed")
	for _, cancel := range []func() (*types.Receipt, error){
		func() (*types.Receipt, error) {
			return e.hub.CancelAppOrder(e.ctx, e.appDev.tx, chain.AppOrderArg(c.app))
		},
		func() (*types.Receipt, error) {
			return e.hub.CancelDatasetOrder(e.ctx, e.dataDev.tx, chain.DatasetOrderArg(c.dataset))
		},
		func() (*types.Receipt, error) {
			return e.hub.CancelRequestOrder(e.ctx, e.requester.tx, chain.RequestOrderArg(c.request))
		},
	} {
		e.must(cancel())
	}
	if got := e.consumed(c); got != [4]uint64{2, 2, 2, 2} {
		t.Fatalf("consumed after cancel: %v", got)
	}
}
