package chain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
)

// Every way a scheduler (or anyone) can get a batch wrong is refused with its reason and
// changes nothing: balances, frozen funds, the pot, scores, bonds and the deals' bits.
func TestSettleRejections(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	w0, w1, w2, unbonded := e.workers[0], e.workers[1], e.workers[2], e.workers[3]
	e.bond(a.pool, bondEach, w0, w1, w2)
	d := e.batchedDeal(a, 4, 3) // trust 3: two fresh agreeing votes reach consensus
	perTask := e.deal(a, 1, 3)
	good, other := digestOf("good"), digestOf("other")
	honest := []*actor{w0, w1}
	ok := func(idx uint64) chain.TaskSettlement { return e.settlement(d, idx, good, honest) }
	e.must(e.hub.Settle(e.ctx, e.sched.tx, []chain.TaskSettlement{ok(0)}))

	secondPool, _, err := e.hub.CreateWorkerpool(e.ctx, e.sched.tx, "another pool", workerStakeRatio, schedRewardRatio)
	e.must(nil, err)
	otherPoolDeal := e.batchedDeal(assets{a.app, a.dataset, secondPool}, 1, 3)

	forged := e.vote(w1, d, 1, good)
	forged.Signature, _ = forged.Sign(e.domain, w2.key) // w2 signs w1's vote
	tampered := e.vote(w1, d, 1, good)
	tampered.Signature = append([]byte(nil), tampered.Signature...)
	tampered.Signature[5] ^= 1
	replayed := e.vote(w1, d, 2, good) // w1's signature of task 2, offered for task 1
	replayed.TaskID = poco.TaskID(d, 1)
	wrongSeal := e.vote(w1, d, 1, good) // the consensus hash with a seal of another digest
	wrongSeal.ResultSeal = poco.ResultSeal(w1.addr, poco.TaskID(d, 1), other)
	wrongSeal.Signature, _ = wrongSeal.Sign(e.domain, w1.key)
	noContribution := ok(1)
	noContribution.Contributions = nil
	one := func(c chain.SignedContribution) chain.TaskSettlement {
		return e.settlement(d, 1, good, []*actor{w0}, c)
	}

	cases := []struct {
		name, want string
		from       *actor
		tasks      []chain.TaskSettlement
	}{
		{"a forged signature", "hub: invalid contribution signature", e.sched, []chain.TaskSettlement{one(forged)}},
		{"a tampered signature", "hub: invalid contribution signature", e.sched, []chain.TaskSettlement{one(tampered)}},
		{"a signature replayed on another task", "hub: invalid contribution signature", e.sched, []chain.TaskSettlement{one(replayed)}},
		{"a settled task settled again", "hub: task already settled or claimed", e.sched, []chain.TaskSettlement{ok(0)}},
		{"a task twice in a batch", "hub: task already settled or claimed", e.sched, []chain.TaskSettlement{ok(1), ok(1)}},
		{"a missing vote that made the consensus", "hub: no consensus", e.sched, []chain.TaskSettlement{e.settlement(d, 1, good, []*actor{w0})}},
		{"a dissenting vote that breaks it", "hub: no consensus", e.sched, []chain.TaskSettlement{ok(1), e.settlement(d, 2, good, honest, e.vote(w2, d, 2, other))}},
		{"a duplicated worker", "hub: duplicated worker", e.sched, []chain.TaskSettlement{e.settlement(d, 1, good, []*actor{w0, w0})}},
		{"a wrong digest", "hub: no consensus", e.sched, []chain.TaskSettlement{e.settlement(d, 1, other, nil, e.vote(w0, d, 1, good), e.vote(w1, d, 1, good))}},
		{"a winner's seal of another digest", "hub: seal does not match the digest", e.sched, []chain.TaskSettlement{one(wrongSeal)}},
		{"not the scheduler", "hub: not the scheduler", w0, []chain.TaskSettlement{ok(1)}},
		{"an index out of range", "hub: task index out of range", e.sched, []chain.TaskSettlement{e.settlement(d, 4, good, honest)}},
		{"a per-task deal", "hub: not a batched deal", e.sched, []chain.TaskSettlement{e.settlement(perTask, 0, good, honest)}},
		{"an unknown deal", "hub: not a batched deal", e.sched, []chain.TaskSettlement{e.settlement(common.HexToHash("0xdead"), 0, good, honest)}},
		{"a worker without a bond", "hub: worker bond below its stake", e.sched, []chain.TaskSettlement{e.settlement(d, 1, good, []*actor{w0, unbonded})}},
		{"no contribution", "hub: 1 to 255 contributions a task", e.sched, []chain.TaskSettlement{noContribution}},
		{"two workerpools", "hub: a batch settles the deals of one workerpool", e.sched, []chain.TaskSettlement{ok(1), e.settlement(otherPoolDeal, 0, good, honest)}},
		{"an empty batch", "hub: empty batch", e.sched, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e.t = t
			e.batchRejected(c.want, a.pool, []common.Hash{d}, func() (*types.Receipt, error) {
				return e.hub.Settle(e.ctx, e.forced(c.from), c.tasks)
			})
		})
	}
	e.t = t

	// Calldata no Go client would build: workers out of order, an index past them.
	workers, args, err := chain.SettleArgs([]chain.TaskSettlement{ok(1)})
	e.must(nil, err)
	for _, c := range []struct {
		name, want string
		edit       func(ws []common.Address, ts []bindings.TaskSettlement) []common.Address
	}{
		{"workers not in ascending order", "hub: workers not in ascending order", func(ws []common.Address, ts []bindings.TaskSettlement) []common.Address {
			ts[0].Votes[0].Worker, ts[0].Votes[1].Worker = big.NewInt(1), big.NewInt(0)
			return []common.Address{ws[1], ws[0]}
		}},
		{"a worker index past the list", "hub: worker index out of range", func(ws []common.Address, ts []bindings.TaskSettlement) []common.Address {
			ts[0].Votes[1].Worker = big.NewInt(2)
			return ws
		}},
		{"a worker listed twice", "hub: workers not in ascending order", func(ws []common.Address, ts []bindings.TaskSettlement) []common.Address {
			return []common.Address{ws[0], ws[0], ws[1]}
		}},
		{"the zero address as a worker", "hub: zero worker", func(ws []common.Address, ts []bindings.TaskSettlement) []common.Address {
			ts[0].Votes[0].Worker = big.NewInt(0) // a garbage signature recovers zero
			ts[0].Votes[0].R = [32]byte{}
			ts[0].Votes[1].Worker = big.NewInt(2)
			return []common.Address{{}, ws[0], ws[1]}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e.t = t
			ws, ts := cloneArgs(workers, args)
			ws = c.edit(ws, ts)
			e.batchRejected(c.want, a.pool, []common.Hash{d}, func() (*types.Receipt, error) {
				return e.forced(e.sched).Send(e.ctx, &e.dep.Hub, e.hub.ABI().PackSettle(ws, ts), nil)
			})
		})
	}
	e.t = t

	// A vote for the digest may also come with its hash and seal (then checked): accepted.
	workers, args, err = chain.SettleArgs([]chain.TaskSettlement{ok(2)})
	e.must(nil, err)
	v := args[0].Votes[0]
	w := workers[v.Worker.Int64()]
	args[0].Others = []bindings.SignedContribution{{Worker: v.Worker, ResultHash: poco.ResultHash(poco.TaskID(d, 2), good),
		ResultSeal: poco.ResultSeal(w, poco.TaskID(d, 2), good), R: v.R, Vs: v.Vs}}
	args[0].Votes = args[0].Votes[1:]
	e.must(e.sched.tx.Send(e.ctx, &e.dep.Hub, e.hub.ABI().PackSettle(workers, args), nil))
	if s := e.batchedStatus(d, 2); s != poco.TaskCompleted {
		t.Fatalf("task 2: %s", s)
	}

	// The per-task functions refuse a batched deal's tasks.
	e.batchRejected("hub: batched deal: its tasks are settled by settle", a.pool, []common.Hash{d}, func() (*types.Receipt, error) {
		_, r, err := e.hub.Initialize(e.ctx, e.forced(e.sched), d, 1)
		return r, err
	})
	e.batchRejected("hub: not a batched deal", a.pool, []common.Hash{d}, func() (*types.Receipt, error) {
		return e.hub.ClaimBatched(e.ctx, e.forced(e.sched), []common.Hash{perTask}, []uint64{0})
	})

	// Past the final deadline: settle is refused, claims take over.
	e.advance(10*catT*time.Second + time.Second)
	e.batchRejected("hub: final deadline passed", a.pool, []common.Hash{d}, func() (*types.Receipt, error) { return e.settle(ok(1)) })
	e.batchRejected("hub: batched deal: claim its tasks with claimBatched", a.pool, []common.Hash{d}, func() (*types.Receipt, error) {
		return e.hub.ClaimArray(e.ctx, e.forced(e.sched), []common.Hash{d}, []uint64{1})
	})
	e.must(e.hub.ClaimBatched(e.ctx, e.sched.tx, []common.Hash{d}, []uint64{1}))
	e.conserved()
}

// cloneArgs deep-copies settle's arguments so that a case can edit them.
func cloneArgs(ws []common.Address, ts []bindings.TaskSettlement) ([]common.Address, []bindings.TaskSettlement) {
	out := make([]bindings.TaskSettlement, len(ts))
	for i, t := range ts {
		t.Votes = append([]bindings.SignedVote(nil), t.Votes...)
		t.Others = append([]bindings.SignedContribution(nil), t.Others...)
		out[i] = t
	}
	return append([]common.Address(nil), ws...), out
}
