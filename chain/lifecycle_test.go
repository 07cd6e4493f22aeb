package chain_test

import (
	"errors"
	"testing"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
)

// A trust-1 task from match to finalize: every balance ends where the formulas say.
func TestLifecycleTrust1(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	before := e.snapshot()
	dealid := e.deal(a, 2, 1)
	e.conserved()
	if b, f := e.account(e.requester.addr); f != 2*(appPrice+datasetPrice+poolPrice) || b != before.balances[e.requester.addr][0]-f {
		t.Fatalf("requester %d/%d after match", b, f)
	}
	schedStake := uint64(poolPrice * poco.SchedulerStakeRatio / 100)
	if _, f := e.account(e.sched.addr); f != 2*schedStake {
		t.Fatalf("scheduler frozen %d, want %d", f, 2*schedStake)
	}
	taskid := e.initialize(dealid, 0)
	if taskid != poco.TaskID(dealid, 0) {
		t.Fatalf("task id %s, poco says %s", taskid, poco.TaskID(dealid, 0))
	}
	w := e.workers[0]
	digest := digestOf("result")
	e.must(e.contribute(w, taskid, digest))
	if s, _, _ := e.task(taskid); s != poco.TaskRevealing {
		t.Fatalf("status %s after the only vote at trust 1", s)
	}
	stake := uint64(poolPrice * workerStakeRatio / 100)
	if _, f := e.account(w.addr); f != stake {
		t.Fatalf("worker frozen %d, want %d", f, stake)
	}
	e.must(e.hub.Reveal(e.ctx, w.tx, taskid, digest))
	if _, err := e.hub.ResultLink(e.ctx, taskid, 0); !errors.Is(err, chain.ErrNotFound) {
		t.Fatalf("the result link of an unfinalized task: %v", err)
	}
	e.must(e.hub.Finalize(e.ctx, e.sched.tx, taskid, link(digest), nil))
	if l, err := e.hub.ResultLink(e.ctx, taskid, 0); err != nil || l.Digest != digest || string(l.Marshal()) != string(link(digest)) {
		t.Fatalf("the result link: %+v %v", l, err)
	}
	e.conserved()
	if s, r, _ := e.task(taskid); s != poco.TaskCompleted || r != 1 {
		t.Fatalf("status %s reveals %d", s, r)
	}
	after := e.snapshot()
	delta := func(x *actor) (int64, int64) {
		return int64(after.balances[x.addr][0]) - int64(before.balances[x.addr][0]),
			int64(after.balances[x.addr][1]) - int64(before.balances[x.addr][1])
	}
	workersPot := int64(poolPrice)
	schedShare := workersPot * schedRewardRatio / 100
	for _, c := range []struct {
		who            *actor
		balance, froze int64
	}{
		{e.appDev, appPrice, 0},
		{e.dataDev, datasetPrice, 0},
		{w, workersPot - schedShare, 0},
		{e.sched, schedShare - int64(schedStake), int64(schedStake)}, // one task still open
		{e.requester, -2 * (appPrice + datasetPrice + poolPrice), appPrice + datasetPrice + poolPrice},
	} {
		if b, f := delta(c.who); b != c.balance || f != c.froze {
			t.Errorf("%s: balance %+d frozen %+d, want %+d %+d", c.who.name, b, f, c.balance, c.froze)
		}
	}
	if e.score(w.addr) != 0 {
		t.Errorf("a lone contributor's score changed")
	}
}
