package chain_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
)

// delta is how an actor's balance and frozen funds moved between two snapshots.
func delta(before, after snapshot, a *actor) (balance, frozen int64) {
	return int64(after.balances[a.addr][0]) - int64(before.balances[a.addr][0]),
		int64(after.balances[a.addr][1]) - int64(before.balances[a.addr][1])
}

func settledEvents(t *testing.T, r *types.Receipt) map[common.Hash]*chain.TaskSettled {
	t.Helper()
	out := map[common.Hash]*chain.TaskSettled{}
	for _, l := range r.Logs {
		ev, err := chain.DecodeEvent(l.Address, l)
		if err != nil {
			t.Fatal(err)
		}
		if s, ok := ev.(*chain.TaskSettled); ok {
			out[s.Taskid] = s
		}
	}
	return out
}

// Three batched deals at trust 1 (one worker), 3 (two fresh workers) and 100 (seven fresh
// workers) settled in one transaction: every account moves as finalize would have moved it.
func TestSettleConsensusInOneBatch(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	d1, d3, d100 := e.batchedDeal(a, 2, 1), e.batchedDeal(a, 2, 3), e.batchedDeal(a, 2, 100)
	if v, err := e.hub.Deal(e.ctx, d3); err != nil || !v.Batched || v.Workerpool != a.pool {
		t.Fatalf("deal %+v, %v: not batched for the pool", v, err)
	}
	w := e.workers
	e.bond(a.pool, bondEach, w[:10]...)
	digest := digestOf("result")
	before := e.snapshot()
	r := e.must(e.hub.Settle(e.ctx, e.sched.tx, []chain.TaskSettlement{
		e.settlement(d1, 0, digest, w[:1]),
		e.settlement(d3, 1, digest, w[1:3]),
		e.settlement(d100, 0, digest, w[3:10]),
	}))
	t.Logf("settle of 3 tasks (10 contributions): %d gas", r.GasUsed)
	e.conserved()
	after := e.snapshot()
	// Each task: workers' pot 100, scheduler's share 20; trust 100 leaves 80 % 7 = 3 more.
	cases := []struct {
		who             *actor
		balance, frozen int64
	}{
		{e.appDev, 3 * appPrice, 0},
		{e.dataDev, 3 * datasetPrice, 0},
		{e.requester, 0, -3 * (appPrice + datasetPrice + poolPrice)},
		{e.sched, 3*schedStake + 20 + 20 + 20 + 3, -3 * schedStake},
		{w[0], 80, 0},
		{w[1], 40, 0},
		{w[2], 40, 0},
	}
	for _, x := range w[3:10] {
		cases = append(cases, struct {
			who             *actor
			balance, frozen int64
		}{x, 11, 0})
	}
	for _, c := range cases {
		if b, f := delta(before, after, c.who); b != c.balance || f != c.frozen {
			t.Errorf("%s %s: balance %+d frozen %+d, want %+d %+d", c.who.name, c.who.addr, b, f, c.balance, c.frozen)
		}
	}
	for i, x := range w[:10] {
		if s, want := e.score(x.addr), min(uint64(i), 1); s != want {
			t.Errorf("worker %d: score %d, want %d", i, s, want)
		}
		if b, u := e.bondOf(x, a.pool); b != bondEach || u != 0 {
			t.Errorf("worker %d: bond %d/%d changed", i, b, u)
		}
	}
	events := settledEvents(t, r)
	for _, task := range []struct {
		deal common.Hash
		idx  uint64
		want poco.TaskStatus
	}{{d1, 0, poco.TaskCompleted}, {d1, 1, poco.TaskUnset}, {d3, 0, poco.TaskUnset}, {d3, 1, poco.TaskCompleted}, {d100, 0, poco.TaskCompleted}} {
		if s := e.batchedStatus(task.deal, task.idx); s != task.want {
			t.Errorf("task %d of %s: %s, want %s", task.idx, task.deal, s, task.want)
		}
		if task.want != poco.TaskCompleted {
			continue
		}
		taskid := poco.TaskID(task.deal, task.idx)
		if ev := events[taskid]; ev == nil || ev.Digest != digest || string(ev.Results) != string(link(digest)) {
			t.Errorf("TaskSettled of %s: %+v", taskid, ev)
		}
		if l, err := e.hub.ResultLink(e.ctx, taskid, 0); err != nil || l.Digest != digest {
			t.Errorf("ResultLink of a settled task: %+v, %v", l, err)
		}
	}
	if len(events) != 3 {
		t.Errorf("%d TaskSettled events, want 3", len(events))
	}
}

// A liar in a batch (two tasks at trust 3 where two workers of score 12 outweigh it) loses
// a stake from its bond in each, its unbonding funds first, and a third of its score.
func TestSettleLiarLosesBond(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	h1, h2, liar := e.workers[0], e.workers[1], e.workers[2]
	e.setScore(h1.addr, 12) // weight 3
	e.setScore(h2.addr, 12)
	e.setScore(liar.addr, 6) // weight 2; 6·2/3 = 4 shows the cut
	e.bond(a.pool, bondEach, h1, h2, liar)
	e.must(e.hub.Unbond(e.ctx, liar.tx, a.pool, bigU(workerStake/2)))
	d := e.batchedDeal(a, 2, 3)
	good, lie := digestOf("good"), digestOf("a lie")
	before := e.snapshot()
	// 9·3 > (1 + 9 + 2)·2 in each task: consensus counting the liar.
	r := e.must(e.hub.Settle(e.ctx, e.sched.tx, []chain.TaskSettlement{
		e.settlement(d, 0, good, []*actor{h1, h2}, e.vote(liar, d, 0, lie)),
		e.settlement(d, 1, good, []*actor{h1}, e.vote(liar, d, 1, lie), e.vote(h2, d, 1, good)),
	}))
	e.conserved()
	after := e.snapshot()
	// Each task: pot 100 + 10 seized, scheduler's share 22, 44 to each winner.
	for _, c := range []struct {
		who             *actor
		balance, frozen int64
	}{
		{h1, 88, 0},
		{h2, 88, 0},
		{liar, 0, -2 * workerStake},
		{e.sched, 2*schedStake + 2*22, -2 * schedStake},
		{e.requester, 0, -2 * (appPrice + datasetPrice + poolPrice)},
	} {
		if b, f := delta(before, after, c.who); b != c.balance || f != c.frozen {
			t.Errorf("%s: balance %+d frozen %+d, want %+d %+d", c.who.name, b, f, c.balance, c.frozen)
		}
	}
	if b, u := e.bondOf(liar, a.pool); b != bondEach-workerStake/2-workerStake-workerStake/2 || u != 0 {
		t.Errorf("liar's bond %d bonded %d unbonding", b, u)
	}
	if s := e.score(liar.addr); s != 2 { // 6 -> 4 -> 2
		t.Errorf("liar's score %d, want 2", s)
	}
	if s1, s2 := e.score(h1.addr), e.score(h2.addr); s1 != 14 || s2 != 14 {
		t.Errorf("honest scores %d %d, want 14", s1, s2)
	}
	seized := 0
	for _, l := range r.Logs {
		if ev, err := chain.DecodeEvent(e.dep.Hub, l); err == nil {
			if s, ok := ev.(*chain.StakeSeized); ok {
				seized++
				if s.Worker != liar.addr || s.Amount.Uint64() != workerStake {
					t.Errorf("StakeSeized %+v", s)
				}
			}
		}
	}
	if seized != 2 {
		t.Errorf("%d StakeSeized events, want 2", seized)
	}
}

// Tasks of a batched deal never settled are claimed by (deal, index) after the final
// deadline: the requester is refunded, the scheduler's stake goes to the pot, bonds stay.
func TestClaimBatched(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	w := e.workers[0]
	e.bond(a.pool, bondEach, w)
	d := e.batchedDeal(a, 3, 1)
	digest := digestOf("r")
	e.must(e.hub.Settle(e.ctx, e.sched.tx, []chain.TaskSettlement{e.settlement(d, 0, digest, []*actor{w})}))
	pool := a.pool
	deals := []common.Hash{d}
	e.batchRejected("hub: final deadline not reached", pool, deals, func() (*types.Receipt, error) {
		return e.hub.ClaimBatched(e.ctx, e.forced(e.requester), []common.Hash{d}, []uint64{1})
	})
	e.advance(10*catT*time.Second + time.Second)
	before := e.snapshot()
	e.must(e.hub.ClaimBatched(e.ctx, e.requester.tx, []common.Hash{d, d}, []uint64{1, 2}))
	e.conserved()
	after := e.snapshot()
	if b, f := delta(before, after, e.requester); b != 2*(appPrice+datasetPrice+poolPrice) || f != -b {
		t.Errorf("requester: balance %+d frozen %+d", b, f)
	}
	if b, f := delta(before, after, e.sched); b != 0 || f != -2*schedStake {
		t.Errorf("scheduler: balance %+d frozen %+d", b, f)
	}
	if after.pot != before.pot+2*schedStake {
		t.Errorf("pot %d -> %d", before.pot, after.pot)
	}
	for idx, want := range []poco.TaskStatus{poco.TaskCompleted, poco.TaskFailed, poco.TaskFailed} {
		if s := e.batchedStatus(d, uint64(idx)); s != want {
			t.Errorf("task %d: %s, want %s", idx, s, want)
		}
	}
	for _, c := range []struct {
		name, want string
		call       func() (*types.Receipt, error)
	}{
		{"claimed twice", "hub: task already settled or claimed", func() (*types.Receipt, error) {
			return e.hub.ClaimBatched(e.ctx, e.forced(e.requester), []common.Hash{d}, []uint64{2})
		}},
		{"a settled task", "hub: task already settled or claimed", func() (*types.Receipt, error) {
			return e.hub.ClaimBatched(e.ctx, e.forced(e.requester), []common.Hash{d}, []uint64{0})
		}},
		{"out of range", "hub: task index out of range", func() (*types.Receipt, error) {
			return e.hub.ClaimBatched(e.ctx, e.forced(e.requester), []common.Hash{d}, []uint64{3})
		}},
		{"lengths", "hub: array lengths differ", func() (*types.Receipt, error) {
			return e.hub.ClaimBatched(e.ctx, e.forced(e.requester), []common.Hash{d}, nil)
		}},
		{"a claimed task settled late", "hub: final deadline passed", func() (*types.Receipt, error) {
			return e.settle(e.settlement(d, 1, digest, []*actor{w}))
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e.t = t
			e.batchRejected(c.want, pool, deals, c.call)
		})
	}
}

// Callbacks of a batch are delivered after its writes, each with finalize's budget,
// whatever the dapp does; the callback data must hash to the digest.
func TestSettleCallbacks(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	w := e.workers[0]
	e.bond(a.pool, bondEach, w)
	good := e.deployContract(bindings.GoodConsumerMetaData.Bin, bindings.NewGoodConsumer().PackConstructor(e.dep.Hub))
	reverting := e.deployContract(bindings.RevertingConsumerMetaData.Bin, nil)
	burner := e.deployContract(bindings.GasBurnerMetaData.Bin, nil)
	consumers := []struct {
		addr    common.Address
		success bool
	}{{good, true}, {reverting, false}, {burner, false}}
	var tasks []chain.TaskSettlement
	var deals []common.Hash
	for i, c := range consumers {
		o := e.batchedOrders(a, 1, 1)
		o.request.Callback = c.addr
		d, _, err := e.match(e.sign(o))
		e.must(nil, err)
		data := []byte("price=42;" + string(rune('a'+i)))
		s := e.settlement(d, 0, crypto.Keccak256Hash(data), []*actor{w})
		s.ResultsCallback = data
		tasks = append(tasks, s)
		deals = append(deals, d)
	}
	forged := tasks[0]
	forged.ResultsCallback = []byte("forged")
	e.batchRejected("hub: callback data does not match the digest", a.pool, deals, func() (*types.Receipt, error) {
		return e.settle(forged, tasks[1])
	})
	data, err := e.hub.PackSettle(tasks[:1])
	e.must(nil, err)
	e.batchRejected("hub: not enough gas for the callback", a.pool, deals, func() (*types.Receipt, error) {
		return e.sched.tx.SendWithGas(e.ctx, &e.dep.Hub, data, nil, 200_000)
	})
	// One run measures what a batch uses, not what the hub's check before a callback wants
	// left: for a callback that uses little (it reverts at once), the measured gas falls
	// short without Settle's reserve.
	cheap, err := e.hub.PackSettle(tasks[1:2])
	e.must(nil, err)
	e.batchRejected("hub: not enough gas for the callback", a.pool, deals, func() (*types.Receipt, error) {
		return e.sched.tx.SendMeasured(e.ctx, &e.dep.Hub, cheap, nil, 0)
	})
	r := e.must(e.hub.Settle(e.ctx, e.sched.tx, tasks))
	e.conserved()
	delivered := map[common.Address]bool{}
	for _, l := range r.Logs {
		if ev, err := e.hub.ABI().UnpackCallbackDeliveredEvent(l); err == nil {
			delivered[ev.Callback] = ev.Success
			if ev.Taskid != poco.TaskID(deals[0], 0) && ev.Callback == good {
				t.Errorf("the good consumer got task %x", ev.Taskid)
			}
		}
	}
	for _, c := range consumers {
		if ok, seen := delivered[c.addr]; !seen || ok != c.success {
			t.Errorf("callback %s: delivered %v (seen %v), want %v", c.addr, ok, seen, c.success)
		}
	}
	consumer := bindings.NewGoodConsumer()
	out, err := e.client.CallContract(e.ctx, callMsg(good, consumer.PackLastResult()), nil)
	e.must(nil, err)
	if got, err := consumer.UnpackLastResult(out); err != nil || string(got) != string(tasks[0].ResultsCallback) {
		t.Fatalf("the consumer holds %q (%v)", got, err)
	}
}

// A bond moves balance to frozen; an unbonded amount stays frozen (and seizable) for the
// unbonding delay, 10 × the largest category time, then returns to the balance.
func TestBondUnbondWithdraw(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	w := e.workers[0]
	pool := a.pool
	delay, err := e.hub.UnbondDelay(e.ctx)
	e.must(nil, err)
	maxT := chain.DefaultCategories[len(chain.DefaultCategories)-1].T
	if delay.Uint64() != poco.UnbondDelay(maxT) || delay.Uint64() != 10*maxT {
		t.Fatalf("unbond delay %s, want 10 × %d", delay, maxT)
	}
	b0, _ := e.account(w.addr)
	for _, c := range []struct {
		name, want string
		call       func() (*types.Receipt, error)
	}{
		{"zero", "hub: zero amount", func() (*types.Receipt, error) { return e.hub.Bond(e.ctx, e.forced(w), pool, bigU(0)) }},
		{"unknown pool", "hub: workerpool not registered", func() (*types.Receipt, error) {
			return e.hub.Bond(e.ctx, e.forced(w), common.HexToAddress("0xbad"), bigU(1))
		}},
		{"over the balance", "hub: insufficient balance", func() (*types.Receipt, error) { return e.hub.Bond(e.ctx, e.forced(w), pool, bigU(b0+1)) }},
		{"unbond without a bond", "hub: bond too low", func() (*types.Receipt, error) { return e.hub.Unbond(e.ctx, e.forced(w), pool, bigU(1)) }},
		{"withdraw without unbonding", "hub: nothing unbonding", func() (*types.Receipt, error) { return e.hub.WithdrawUnbonded(e.ctx, e.forced(w), pool) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			e.t = t
			e.batchRejected(c.want, pool, nil, c.call)
		})
	}
	e.t = t
	e.bond(pool, 100, w)
	if b, f := e.account(w.addr); b != b0-100 || f != 100 {
		t.Fatalf("after bond: %d/%d", b, f)
	}
	e.batchRejected("hub: bond too low", pool, nil, func() (*types.Receipt, error) { return e.hub.Unbond(e.ctx, e.forced(w), pool, bigU(101)) })
	r := e.must(e.hub.Unbond(e.ctx, w.tx, pool, bigU(40)))
	head, err := e.client.HeaderByNumber(e.ctx, r.BlockNumber)
	e.must(nil, err)
	v, err := e.hub.BondOf(e.ctx, w.addr, pool)
	e.must(nil, err)
	if v.Bonded.Uint64() != 60 || v.Unbonding.Uint64() != 40 || v.ReleaseTime.Uint64() != head.Time+delay.Uint64() {
		t.Fatalf("after unbond: %+v (block time %d)", v, head.Time)
	}
	// Unbond then withdraw before the delay: refused, funds where they were.
	e.batchRejected("hub: unbonding delay not over", pool, nil, func() (*types.Receipt, error) { return e.hub.WithdrawUnbonded(e.ctx, e.forced(w), pool) })
	e.advance(time.Duration(delay.Int64()-10) * time.Second)
	e.batchRejected("hub: unbonding delay not over", pool, nil, func() (*types.Receipt, error) { return e.hub.WithdrawUnbonded(e.ctx, e.forced(w), pool) })
	e.advance(10 * time.Second)
	e.must(e.hub.WithdrawUnbonded(e.ctx, w.tx, pool))
	if b, f := e.account(w.addr); b != b0-60 || f != 60 {
		t.Fatalf("after withdraw: %d/%d", b, f)
	}
	if b, u := e.bondOf(w, pool); b != 60 || u != 0 {
		t.Fatalf("bond after withdraw: %d/%d", b, u)
	}
	e.conserved()
}

// A batch settles its tasks in order, each seeing the scores its predecessors left: a worker
// of score 11 (weight 2) that wins a two-vote task reaches 12 (weight 3), enough alone at
// trust 3 (3·3 > 4·2) in the next task of the same batch, but not before it (2·3 = 3·2).
func TestSettleIsSequential(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	w, fresh := e.workers[0], e.workers[1]
	e.setScore(w.addr, 11)
	e.bond(a.pool, bondEach, w, fresh)
	d := e.batchedDeal(a, 2, 3)
	digest := digestOf("r")
	pair, alone := e.settlement(d, 0, digest, []*actor{w, fresh}), e.settlement(d, 1, digest, []*actor{w})
	e.batchRejected("hub: no consensus", a.pool, []common.Hash{d}, func() (*types.Receipt, error) { return e.settle(alone, pair) })
	e.must(e.hub.Settle(e.ctx, e.sched.tx, []chain.TaskSettlement{pair, alone}))
	if s := e.score(w.addr); s != 12 { // the lone vote of task 1 changes no score
		t.Fatalf("score %d, want 12", s)
	}
	e.conserved()
}

// The hub certifies a task exactly when poco's Tally, fed every contribution, reaches
// consensus on the digest: random trusts, scores and votes, one settle per case.
func TestSettleConsensusMatchesPoco(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	rng := rand.New(rand.NewPCG(14, 1))
	workers := e.workers[:6]
	e.bond(a.pool, 100*bondEach, workers...)
	trusts := []int64{1, 2, 3, 5, 10, 100}
	deals := map[int64]common.Hash{}
	for _, trust := range trusts {
		deals[trust] = e.batchedDeal(a, 40, trust)
	}
	good, bad := digestOf("good"), digestOf("bad")
	certified, refused := 0, 0
	for i := range 40 {
		trust := trusts[rng.IntN(len(trusts))]
		tally := poco.NewTally(uint64(trust))
		task := chain.TaskSettlement{DealID: deals[trust], Index: uint64(i), Digest: good, Results: link(good)}
		for _, k := range rng.Perm(len(workers))[:1+rng.IntN(len(workers))] {
			w, vote, score := workers[k], good, uint64(rng.IntN(4))*uint64(rng.IntN(40))
			if rng.IntN(4) == 0 {
				vote = bad
			}
			e.setScore(w.addr, score)
			tally.Vote(poco.ResultHash(poco.TaskID(task.DealID, task.Index), vote), score)
			task.Contributions = append(task.Contributions, e.vote(w, task.DealID, task.Index, vote))
		}
		want := tally.Reached(poco.ResultHash(poco.TaskID(task.DealID, task.Index), good))
		_, err := e.settle(task)
		switch {
		case want && err == nil:
			certified++
		case !want && err != nil:
			e.reverts(err, "hub: no consensus")
			refused++
		default:
			t.Fatalf("case %d (trust %d, %d votes): poco says %v, the hub %v", i, trust, len(task.Contributions), want, err)
		}
	}
	t.Logf("%d certified, %d refused", certified, refused)
	if certified == 0 || refused == 0 {
		t.Fatal("the cases did not exercise both outcomes")
	}
	e.conserved()
}
