package chain_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
)

// Fixtures of the batched path: deals whose pool order has poco.TagBatched, bonds, and
// contributions signed by the workers.

const (
	workerStake = poolPrice * workerStakeRatio / 100 // per contribution
	schedStake  = poolPrice * poco.SchedulerStakeRatio / 100
	bondEach    = 10 * workerStake
)

// batchedOrders returns matching orders for volume batched tasks at trust.
func (e *env) batchedOrders(a assets, volume, trust int64) *orders {
	o := e.newOrders(a, volume, trust)
	o.pool.Tag = poco.TagBatched
	return o
}

// batchedDeal matches a fresh set of batched orders and returns the deal id.
func (e *env) batchedDeal(a assets, volume, trust int64) common.Hash {
	e.t.Helper()
	id, _, err := e.match(e.sign(e.batchedOrders(a, volume, trust)))
	e.must(nil, err)
	return id
}

// bond bonds amount of each worker's balance to pool.
func (e *env) bond(pool common.Address, amount uint64, workers ...*actor) {
	e.t.Helper()
	for _, w := range workers {
		e.must(e.hub.Bond(e.ctx, w.tx, pool, bigU(amount)))
	}
}

// vote returns w's signed contribution for digest to task idx of dealid.
func (e *env) vote(w *actor, dealid common.Hash, idx uint64, digest common.Hash) chain.SignedContribution {
	e.t.Helper()
	c := poco.NewContribution(w.addr, poco.TaskID(dealid, idx), digest)
	sig, err := c.Sign(e.domain, w.key)
	if err != nil {
		e.t.Fatal(err)
	}
	return chain.SignedContribution{Worker: w.addr, Contribution: *c, Signature: sig}
}

// settlement is task idx of dealid certified for digest by the votes of workers (each for
// digest) and the extra contributions.
func (e *env) settlement(dealid common.Hash, idx uint64, digest common.Hash, workers []*actor, extra ...chain.SignedContribution) chain.TaskSettlement {
	t := chain.TaskSettlement{DealID: dealid, Index: idx, Digest: digest, Results: link(digest)}
	for _, w := range workers {
		t.Contributions = append(t.Contributions, e.vote(w, dealid, idx, digest))
	}
	t.Contributions = append(t.Contributions, extra...)
	return t
}

// settle sends the batch from the scheduler, mined even when it reverts.
func (e *env) settle(tasks ...chain.TaskSettlement) (*types.Receipt, error) {
	return e.hub.Settle(e.ctx, e.forced(e.sched), tasks)
}

// batchState is what a refused batch must leave as it was, beside balances and the pot:
// every actor's score and bond to the pool, and the bits of the deals.
type batchState struct {
	scores map[common.Address]uint64
	bonds  map[common.Address][3]uint64
	bits   map[common.Hash][2]*big.Int
}

func (e *env) batchState(pool common.Address, deals ...common.Hash) batchState {
	e.t.Helper()
	s := batchState{scores: map[common.Address]uint64{}, bonds: map[common.Address][3]uint64{}, bits: map[common.Hash][2]*big.Int{}}
	for _, a := range e.all {
		s.scores[a.addr] = e.score(a.addr)
		b, err := e.hub.BondOf(e.ctx, a.addr, pool)
		e.must(nil, err)
		s.bonds[a.addr] = [3]uint64{b.Bonded.Uint64(), b.Unbonding.Uint64(), b.ReleaseTime.Uint64()}
	}
	for _, d := range deals {
		b, err := e.hub.BatchBits(e.ctx, d, 0)
		e.must(nil, err)
		s.bits[d] = [2]*big.Int{b.Done, b.Claimed}
	}
	return s
}

// batchRejected runs call, expects the revert reason want, and checks that balances, the
// pot, scores, bonds to pool and the deals' bits did not change.
func (e *env) batchRejected(want string, pool common.Address, deals []common.Hash, call func() (*types.Receipt, error)) {
	e.t.Helper()
	before := e.batchState(pool, deals...)
	e.rejected(want, common.Hash{}, call)
	after := e.batchState(pool, deals...)
	for a, s := range before.scores {
		if after.scores[a] != s || after.bonds[a] != before.bonds[a] {
			e.t.Fatalf("%s: score %d -> %d, bond %v -> %v", a, s, after.scores[a], before.bonds[a], after.bonds[a])
		}
	}
	for d, b := range before.bits {
		if after.bits[d][0].Cmp(b[0]) != 0 || after.bits[d][1].Cmp(b[1]) != 0 {
			e.t.Fatalf("deal %s: bits %v -> %v", d, b, after.bits[d])
		}
	}
}

// bondOf returns w's bonded and unbonding amounts to pool.
func (e *env) bondOf(w *actor, pool common.Address) (bonded, unbonding uint64) {
	e.t.Helper()
	b, err := e.hub.BondOf(e.ctx, w.addr, pool)
	e.must(nil, err)
	return b.Bonded.Uint64(), b.Unbonding.Uint64()
}

func (e *env) batchedStatus(dealid common.Hash, idx uint64) poco.TaskStatus {
	e.t.Helper()
	s, err := e.hub.BatchedTaskStatus(e.ctx, dealid, idx)
	e.must(nil, err)
	return s
}
