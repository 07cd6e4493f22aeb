package chain_test

import (
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
)

// batchOps are the batched path's random operations of TestRandomOperationsConserveFunds.
type batchOps struct {
	e       *env
	a       assets
	rng     *rand.Rand
	workers []*actor
	locked  map[common.Address]uint64 // what each account ever moved into its frozen funds
}

// newBatchOps bonds every worker to the pool, so that settlements can succeed.
func newBatchOps(e *env, a assets, rng *rand.Rand, workers []*actor, locked map[common.Address]uint64) *batchOps {
	e.t.Helper()
	e.bond(a.pool, bondEach, workers...)
	for _, w := range workers {
		locked[w.addr] += bondEach
	}
	return &batchOps{e: e, a: a, rng: rng, workers: workers, locked: locked}
}

func (b *batchOps) pick() *actor { return b.workers[b.rng.IntN(len(b.workers))] }

// bondOp bonds, unbonds or withdraws unbonded funds for a random worker.
func (b *batchOps) bondOp() (*types.Receipt, error) {
	e, w := b.e, b.pick()
	switch b.rng.IntN(3) {
	case 0:
		amount := uint64(1 + b.rng.IntN(2*bondEach))
		r, err := e.hub.Bond(e.ctx, e.forced(w), b.a.pool, bigU(amount))
		if err == nil {
			b.locked[w.addr] += amount
		}
		return r, err
	case 1:
		return e.hub.Unbond(e.ctx, e.forced(w), b.a.pool, bigU(uint64(1+b.rng.IntN(bondEach))))
	}
	return e.hub.WithdrawUnbonded(e.ctx, e.forced(w), b.a.pool)
}

// match matches a batched deal of 1 to 4 tasks at trust 1 to 3, with or without a dataset.
func (b *batchOps) match() (common.Hash, uint64, *types.Receipt, error) {
	e := b.e
	vol, trust := int64(1+b.rng.IntN(4)), int64(1+b.rng.IntN(3))
	o := e.batchedOrders(b.a, vol, trust)
	price := uint64(appPrice + datasetPrice + poolPrice)
	if b.rng.IntN(4) == 0 {
		o.dataset = nil
		o.request.Dataset = common.Address{}
		price -= datasetPrice
	}
	e.sign(o)
	id, r, err := e.hub.MatchOrders(e.ctx, e.forced(e.requester), chain.AppOrderArg(o.app), chain.DatasetOrderArg(o.dataset),
		chain.WorkerpoolOrderArg(o.pool), chain.RequestOrderArg(o.request))
	if err == nil {
		b.locked[e.requester.addr] += uint64(vol) * price
		b.locked[e.sched.addr] += uint64(vol) * schedStake
	}
	return id, uint64(vol), r, err
}

// settle sends a batch of one or two tasks of a deal, each with one to four votes, some
// of them lies, forgeries or repeats, for a digest that is sometimes not the majority's;
// rarely from someone who is not the scheduler.
func (b *batchOps) settle(dealid common.Hash, volume uint64) (*types.Receipt, error) {
	e := b.e
	good, bad := digestOf("good"), digestOf("bad")
	var tasks []chain.TaskSettlement
	for range 1 + b.rng.IntN(2) {
		idx := b.rng.Uint64N(volume)
		digest := good
		if b.rng.IntN(12) == 0 {
			digest = bad
		}
		t := chain.TaskSettlement{DealID: dealid, Index: idx, Digest: digest, Results: link(digest)}
		voters := b.rng.Perm(len(b.workers))[:1+b.rng.IntN(4)]
		if b.rng.IntN(12) == 0 {
			voters = append(voters, voters[0])
		}
		for _, i := range voters {
			w, vote := b.workers[i], good
			if b.rng.IntN(6) == 0 {
				vote = bad
			}
			c := e.vote(w, dealid, idx, vote)
			if b.rng.IntN(15) == 0 {
				c.Signature = e.vote(b.pick(), dealid, idx, vote).Signature
			}
			t.Contributions = append(t.Contributions, c)
		}
		tasks = append(tasks, t)
	}
	from := e.sched
	if b.rng.IntN(10) == 0 {
		from = b.pick()
	}
	return e.hub.Settle(e.ctx, e.forced(from), tasks)
}

// checkBonds fails when a worker's bond is not within its frozen funds.
func (b *batchOps) checkBonds(step int, name string) {
	e := b.e
	e.t.Helper()
	for _, w := range b.workers {
		bonded, unbonding := e.bondOf(w, b.a.pool)
		if _, f := e.account(w.addr); new(big.Int).SetUint64(bonded+unbonding).Cmp(new(big.Int).SetUint64(f)) > 0 {
			e.t.Fatalf("step %d (%s): %s has a bond of %d+%d but %d frozen", step, name, w.name, bonded, unbonding, f)
		}
	}
}
