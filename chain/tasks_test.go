package chain_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/poco"
)

// The worked example of DESIGN.md on chain: trust 100, voters of score 12, 100, 300 voting
// a, b, b: consensus on b after the third vote; then the payouts and scores.
func TestConsensusWorkedExampleOnChain(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	ws := e.workers[:3]
	for i, s := range []uint64{12, 100, 300} {
		e.setScore(ws[i].addr, s)
	}
	before := e.snapshot()
	dealid := e.deal(a, 1, 100)
	taskid := e.initialize(dealid, 0)
	da, db := digestOf("a"), digestOf("b")
	tally := poco.NewTally(100)
	for i, d := range []common.Hash{da, db, db} {
		e.must(e.contribute(ws[i], taskid, d))
		want := tally.Vote(poco.ResultHash(taskid, d), []uint64{12, 100, 300}[i])
		status, _, _ := e.task(taskid)
		if got := status == poco.TaskRevealing; got != want || got != (i == 2) {
			t.Fatalf("after vote %d: chain consensus %v, poco %v", i+1, got, want)
		}
	}
	v, err := e.hub.Task(e.ctx, taskid)
	e.must(nil, err)
	if v.WinnerCount.Uint64() != 2 || common.Hash(v.ConsensusValue) != poco.ResultHash(taskid, db) {
		t.Fatalf("winners %d consensus %x", v.WinnerCount, v.ConsensusValue)
	}
	e.must(e.hub.Reveal(e.ctx, ws[1].tx, taskid, db))
	e.reverts(e.forcedReveal(ws[0], taskid, da), "hub: digest does not match the consensus")
	e.must(e.hub.Reveal(e.ctx, ws[2].tx, taskid, db))
	e.must(e.hub.Finalize(e.ctx, e.sched.tx, taskid, link(db), nil))
	e.conserved()

	stake := int64(poolPrice * workerStakeRatio / 100)
	pot := int64(poolPrice) + stake // the loser's stake joins the pot
	forWinners := pot - pot*schedRewardRatio/100
	share1, share2 := forWinners*5/11, forWinners*6/11 // floor(log2(32)) = 5, floor(log2(99)) = 6
	after := e.snapshot()
	for _, c := range []struct {
		who   *actor
		delta int64
		score uint64
	}{
		{ws[0], -stake, 8}, // 12 × 2/3
		{ws[1], share1, 101},
		{ws[2], share2, 301},
		{e.sched, pot - share1 - share2, 0},
		{e.appDev, appPrice, 0},
		{e.dataDev, datasetPrice, 0},
		{e.requester, -(appPrice + datasetPrice + poolPrice), 0},
	} {
		got := int64(after.balances[c.who.addr][0]+after.balances[c.who.addr][1]) - int64(before.balances[c.who.addr][0]+before.balances[c.who.addr][1])
		if got != c.delta {
			t.Errorf("%s: %+d, want %+d", c.who.name, got, c.delta)
		}
		if after.balances[c.who.addr][1] != 0 {
			t.Errorf("%s still has %d frozen", c.who.name, after.balances[c.who.addr][1])
		}
		if c.score > 0 && e.score(c.who.addr) != c.score {
			t.Errorf("%s: score %d, want %d", c.who.name, e.score(c.who.addr), c.score)
		}
	}
}

// The chain and poco's Tally agree, vote by vote, on a table of scores and trusts.
func TestConsensusMirrorTable(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	type vote struct {
		score uint64
		good  bool
	}
	cases := []struct {
		trust int64
		votes []vote
	}{
		{1, []vote{{0, true}}},
		{2, []vote{{0, false}}},
		{3, []vote{{0, true}, {0, true}}},
		{3, []vote{{0, false}, {36, true}, {36, true}}},
		{5, []vote{{0, true}, {0, false}, {0, true}, {0, true}, {0, true}}},
		{10, []vote{{30, true}, {6, false}, {30, true}}},
		{100, []vote{{0, true}, {0, true}, {0, true}, {0, true}, {0, true}, {0, true}, {0, true}}},
		{1000, []vote{{300, true}, {3000, false}, {300, true}, {300, true}}},
	}
	for ci, c := range cases {
		dealid := e.deal(a, 1, c.trust)
		taskid := e.initialize(dealid, 0)
		tally := poco.NewTally(uint64(c.trust))
		for i, v := range c.votes {
			w := e.workers[i]
			e.setScore(w.addr, v.score)
			d := digestOf("good")
			if !v.good {
				d = digestOf("bad")
			}
			e.must(e.contribute(w, taskid, d))
			want := tally.Vote(poco.ResultHash(taskid, d), v.score)
			status, _, _ := e.task(taskid)
			if got := status == poco.TaskRevealing; got != want {
				t.Fatalf("case %d vote %d: chain consensus %v, poco %v", ci, i+1, got, want)
			}
			if want {
				break
			}
		}
	}
}

func (e *env) forcedReveal(w *actor, taskid, digest common.Hash) error {
	_, err := e.hub.Reveal(e.ctx, e.forced(w), taskid, digest)
	return err
}

// Reopen: winners that never reveal are rejected, new workers finish the task, the
// rejected lose their stake and a third of their score.
func TestReopen(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	w0, w1, w2, w3 := e.workers[0], e.workers[1], e.workers[2], e.workers[3]
	e.setScore(w0.addr, 6) // weight 2, like a fresh worker; 6 × 2/3 = 4 shows the cut
	e.setScore(w1.addr, 6)
	dealid := e.deal(a, 1, 3)
	taskid := e.initialize(dealid, 0)
	d := digestOf("honest")
	e.must(e.contribute(w0, taskid, d))
	e.must(e.contribute(w1, taskid, d)) // 4·3 > 5·2: consensus
	if s, _, _ := e.task(taskid); s != poco.TaskRevealing {
		t.Fatalf("status %s", s)
	}
	_, err := e.hub.Reopen(e.ctx, e.forced(e.sched), taskid)
	e.reverts(err, "hub: reveal deadline not reached")
	e.advance(2*catT*time.Second + time.Second)
	_, err = e.hub.Reopen(e.ctx, e.forced(w2), taskid)
	e.reverts(err, "hub: not the scheduler")
	e.reverts(e.forcedReveal(w0, taskid, d), "hub: reveal deadline passed")
	e.must(e.hub.Reopen(e.ctx, e.sched.tx, taskid))
	if s, _, _ := e.task(taskid); s != poco.TaskActive {
		t.Fatalf("status %s after reopen", s)
	}
	_, err = e.hub.Reopen(e.ctx, e.forced(e.sched), taskid)
	e.reverts(err, "hub: task not revealing")
	// Two new workers vote the same digest: a new group, consensus again.
	e.must(e.contribute(w2, taskid, d))
	if s, _, _ := e.task(taskid); s != poco.TaskActive {
		t.Fatalf("the rejected group's weight still counts: status %s", s)
	}
	e.must(e.contribute(w3, taskid, d))
	if s, _, _ := e.task(taskid); s != poco.TaskRevealing {
		t.Fatalf("status %s", s)
	}
	e.reverts(e.forcedReveal(w0, taskid, d), "hub: contribution rejected by reopen")
	e.must(e.hub.Reveal(e.ctx, w2.tx, taskid, d))
	e.must(e.hub.Reveal(e.ctx, w3.tx, taskid, d))
	before := e.snapshot()
	e.must(e.hub.Finalize(e.ctx, e.sched.tx, taskid, link(d), nil))
	e.conserved()
	stake := uint64(poolPrice * workerStakeRatio / 100)
	if e.score(w0.addr) != 4 || e.score(w1.addr) != 4 || e.score(w2.addr) != 1 || e.score(w3.addr) != 1 {
		t.Fatalf("scores %d %d %d %d", e.score(w0.addr), e.score(w1.addr), e.score(w2.addr), e.score(w3.addr))
	}
	after := e.snapshot()
	for _, w := range []*actor{w0, w1} {
		if after.balances[w.addr][1] != 0 || before.balances[w.addr][1] != stake || after.balances[w.addr][0] != before.balances[w.addr][0] {
			t.Fatalf("%s: stake not seized: before %v after %v", w.addr, before.balances[w.addr], after.balances[w.addr])
		}
	}
	pot := poolPrice + 2*stake
	each := (pot - pot*schedRewardRatio/100) / 2
	for _, w := range []*actor{w2, w3} {
		if got := after.balances[w.addr][0] - before.balances[w.addr][0]; got != each+stake {
			t.Fatalf("winner got %d, want %d", got, each+stake)
		}
	}
}

// Claim after the final deadline: the requester gets everything back, the scheduler's stake
// goes to the pot, contributors get their stakes back; never-initialized tasks included.
func TestClaim(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	before := e.snapshot()
	dealid := e.deal(a, 3, 3)
	t0 := e.initialize(dealid, 0)
	t1 := e.initialize(dealid, 1)
	w := e.workers[0]
	e.must(e.contribute(w, t0, digestOf("x"))) // no consensus alone at trust 3
	_, err := e.hub.Claim(e.ctx, e.forced(e.requester), t0)
	e.reverts(err, "hub: final deadline not reached")
	e.advance(10*catT*time.Second + time.Second)
	_, err = e.contribute(e.workers[1], t1, digestOf("late"))
	e.reverts(err, "hub: contribution deadline passed")
	e.must(e.hub.Claim(e.ctx, e.workers[5].tx, t0)) // anyone may claim
	e.must(e.hub.Claim(e.ctx, e.workers[5].tx, t1))
	t2 := poco.TaskID(dealid, 2)
	_, err = e.hub.Claim(e.ctx, e.forced(e.requester), t2)
	e.reverts(err, "hub: task not initialized (use claimArray)")
	e.must(e.hub.ClaimArray(e.ctx, e.requester.tx, []common.Hash{dealid}, []uint64{2}))
	_, err = e.hub.ClaimArray(e.ctx, e.forced(e.requester), []common.Hash{dealid}, []uint64{2})
	e.reverts(err, "hub: task already completed or failed")
	_, err = e.hub.ClaimArray(e.ctx, e.forced(e.requester), []common.Hash{dealid}, []uint64{3})
	e.reverts(err, "hub: task index out of range")
	for _, id := range []common.Hash{t0, t1, t2} {
		if s, _, _ := e.task(id); s != poco.TaskFailed {
			t.Fatalf("task status %s after claim", s)
		}
	}
	e.conserved()
	after := e.snapshot()
	if after.balances[e.requester.addr] != before.balances[e.requester.addr] {
		t.Fatalf("requester not refunded: %v -> %v", before.balances[e.requester.addr], after.balances[e.requester.addr])
	}
	if after.balances[w.addr] != before.balances[w.addr] {
		t.Fatalf("worker stake not returned: %v -> %v", before.balances[w.addr], after.balances[w.addr])
	}
	schedStake := uint64(3 * poolPrice * poco.SchedulerStakeRatio / 100)
	if got := before.balances[e.sched.addr][0] - after.balances[e.sched.addr][0]; got != schedStake || after.balances[e.sched.addr][1] != 0 {
		t.Fatalf("scheduler lost %d (frozen %d), want %d", got, after.balances[e.sched.addr][1], schedStake)
	}
	if after.pot != before.pot+schedStake {
		t.Fatalf("pot %d, want %d", after.pot, before.pot+schedStake)
	}
}
