package chain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
)

// rejected runs call, expects the revert reason want, and checks that no balance, the pot
// and the given task did not change.
func (e *env) rejected(want string, taskid common.Hash, call func() (*types.Receipt, error)) {
	e.t.Helper()
	before := e.snapshot()
	var task bindings.TaskView
	if taskid != (common.Hash{}) {
		var err error
		task, err = e.hub.Task(e.ctx, taskid)
		e.must(nil, err)
	}
	_, err := call()
	e.reverts(err, want)
	e.unchanged(before)
	if taskid != (common.Hash{}) {
		after, err := e.hub.Task(e.ctx, taskid)
		e.must(nil, err)
		if after.Status.Cmp(task.Status) != 0 || after.ContributorCount.Cmp(task.ContributorCount) != 0 ||
			after.RevealCount.Cmp(task.RevealCount) != 0 || after.ConsensusValue != task.ConsensusValue || after.Epoch.Cmp(task.Epoch) != 0 {
			e.t.Fatalf("task changed: %+v -> %+v", task, after)
		}
	}
}

func TestTaskRejections(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	w0, w1, w2 := e.workers[0], e.workers[1], e.workers[2]
	sched := e.forced(e.sched)
	d := digestOf("r")
	none := common.Hash{}

	dealid := e.deal(a, 2, 3) // trust 3: two fresh agreeing votes reach consensus
	e.rejected("hub: task index out of range", none, func() (*types.Receipt, error) {
		_, r, err := e.hub.Initialize(e.ctx, sched, dealid, 2)
		return r, err
	})
	e.rejected("hub: task index out of range", none, func() (*types.Receipt, error) {
		_, r, err := e.hub.Initialize(e.ctx, sched, common.HexToHash("0xdead"), 0)
		return r, err
	})
	e.rejected("hub: array lengths differ", none, func() (*types.Receipt, error) {
		return e.hub.InitializeArray(e.ctx, sched, []common.Hash{dealid}, []uint64{0, 1})
	})
	taskid := e.initialize(dealid, 0)
	e.rejected("hub: task already initialized", taskid, func() (*types.Receipt, error) {
		_, r, err := e.hub.Initialize(e.ctx, sched, dealid, 0)
		return r, err
	})
	e.rejected("hub: task not active", none, func() (*types.Receipt, error) {
		return e.hub.Contribute(e.ctx, e.forced(w0), poco.TaskID(dealid, 1), poco.ResultHash(taskid, d), poco.ResultSeal(w0.addr, taskid, d), e.auth(w0, poco.TaskID(dealid, 1)))
	})
	e.rejected("hub: empty result hash or seal", taskid, func() (*types.Receipt, error) {
		return e.hub.Contribute(e.ctx, e.forced(w0), taskid, common.Hash{}, poco.ResultSeal(w0.addr, taskid, d), e.auth(w0, taskid))
	})
	e.rejected("hub: invalid scheduler authorization", taskid, func() (*types.Receipt, error) {
		return e.hub.Contribute(e.ctx, e.forced(w0), taskid, poco.ResultHash(taskid, d), poco.ResultSeal(w0.addr, taskid, d), e.auth(w1, taskid))
	})
	e.rejected("hub: invalid scheduler authorization", taskid, func() (*types.Receipt, error) {
		self, _ := poco.Authorize(e.domain, w0.addr, taskid, w0.key)
		return e.hub.Contribute(e.ctx, e.forced(w0), taskid, poco.ResultHash(taskid, d), poco.ResultSeal(w0.addr, taskid, d), self)
	})
	e.rejected("hub: task not revealing", taskid, func() (*types.Receipt, error) { return e.hub.Reveal(e.ctx, e.forced(w0), taskid, d) })
	e.rejected("hub: task not revealing", taskid, func() (*types.Receipt, error) {
		return e.hub.Finalize(e.ctx, sched, taskid, link(d), nil)
	})
	e.rejected("hub: trust above 1 needs contribute and reveal", taskid, func() (*types.Receipt, error) {
		return e.hub.ContributeAndFinalize(e.ctx, e.forced(w0), taskid, d, link(d), nil, e.auth(w0, taskid))
	})
	// A worker without enough balance for its stake.
	b, _ := e.account(w2.addr)
	e.must(e.hub.Withdraw(e.ctx, w2.tx, bigU(b)))
	e.rejected("hub: worker balance too low for its stake", taskid, func() (*types.Receipt, error) {
		return e.contributeVia(e.forced(w2), w2, taskid, d)
	})
	e.must(e.contribute(w0, taskid, d))
	e.rejected("hub: already contributed", taskid, func() (*types.Receipt, error) {
		return e.contributeVia(e.forced(w0), w0, taskid, d)
	})
	// Liar's seal: contributes the consensus hash with a seal for another digest.
	liar := e.workers[3]
	e.must(e.hub.Contribute(e.ctx, liar.tx, taskid, poco.ResultHash(taskid, d), poco.ResultSeal(liar.addr, taskid, digestOf("other")), e.auth(liar, taskid)))
	if s, _, _ := e.task(taskid); s != poco.TaskRevealing {
		t.Fatalf("status %s", s)
	}
	e.rejected("hub: task not active", taskid, func() (*types.Receipt, error) { return e.contributeVia(e.forced(w1), w1, taskid, d) })
	e.rejected("hub: no contribution to reveal", taskid, func() (*types.Receipt, error) { return e.hub.Reveal(e.ctx, e.forced(w1), taskid, d) })
	e.rejected("hub: digest does not match the consensus", taskid, func() (*types.Receipt, error) {
		return e.hub.Reveal(e.ctx, e.forced(w0), taskid, digestOf("other"))
	})
	e.rejected("hub: seal does not match the digest", taskid, func() (*types.Receipt, error) { return e.hub.Reveal(e.ctx, e.forced(liar), taskid, d) })
	e.rejected("hub: reveals still pending", taskid, func() (*types.Receipt, error) {
		return e.hub.Finalize(e.ctx, sched, taskid, link(d), nil)
	})
	e.must(e.hub.Reveal(e.ctx, w0.tx, taskid, d))
	e.rejected("hub: no contribution to reveal", taskid, func() (*types.Receipt, error) { return e.hub.Reveal(e.ctx, e.forced(w0), taskid, d) })
	e.rejected("hub: digest does not match the consensus", taskid, func() (*types.Receipt, error) {
		return e.hub.Reveal(e.ctx, e.forced(liar), taskid, digestOf("other"))
	})
	e.rejected("hub: not the scheduler", taskid, func() (*types.Receipt, error) {
		return e.hub.Finalize(e.ctx, e.forced(w0), taskid, link(d), nil)
	})
	e.rejected("hub: reveals still pending", taskid, func() (*types.Receipt, error) {
		return e.hub.Finalize(e.ctx, sched, taskid, link(d), nil)
	})
	e.rejected("hub: reveal deadline not reached", taskid, func() (*types.Receipt, error) { return e.hub.Reopen(e.ctx, sched, taskid) })
	e.rejected("hub: array lengths differ", none, func() (*types.Receipt, error) {
		return e.hub.ClaimArray(e.ctx, sched, []common.Hash{dealid}, nil)
	})
	e.rejected("hub: final deadline not reached", taskid, func() (*types.Receipt, error) { return e.hub.Claim(e.ctx, sched, taskid) })
	e.rejected("hub: task not completed", none, func() (*types.Receipt, error) {
		_, err := e.hub.ResultFor(e.ctx, taskid)
		return nil, err
	})
	// After the reveal deadline, one revealed winner is enough; the liar loses its stake.
	e.advance(2*catT*time.Second + time.Second)
	e.rejected("hub: reveal deadline passed", taskid, func() (*types.Receipt, error) { return e.hub.Reveal(e.ctx, e.forced(liar), taskid, d) })
	e.rejected("hub: a winner has revealed", taskid, func() (*types.Receipt, error) { return e.hub.Reopen(e.ctx, sched, taskid) })
	e.must(e.hub.Finalize(e.ctx, e.sched.tx, taskid, link(d), nil))
	if _, f := e.account(liar.addr); f != 0 {
		t.Fatalf("liar still has %d frozen", f)
	}
	e.rejected("hub: task not revealing", taskid, func() (*types.Receipt, error) { return e.hub.Finalize(e.ctx, sched, taskid, link(d), nil) })
	e.rejected("hub: task already completed or failed", taskid, func() (*types.Receipt, error) { return e.hub.Claim(e.ctx, sched, taskid) })

	// Deadlines.
	late := e.deal(a, 2, 3)
	lateTask := e.initialize(late, 0)
	e.must(e.contribute(w0, lateTask, d))
	e.must(e.contribute(w1, lateTask, d))
	e.must(e.hub.Reveal(e.ctx, w0.tx, lateTask, d))
	e.advance(7*catT*time.Second + time.Second)
	e.rejected("hub: contribution deadline passed", none, func() (*types.Receipt, error) {
		_, r, err := e.hub.Initialize(e.ctx, sched, late, 1)
		return r, err
	})
	e.advance(3*catT*time.Second + time.Second)
	e.rejected("hub: final deadline passed", lateTask, func() (*types.Receipt, error) {
		return e.hub.Finalize(e.ctx, sched, lateTask, link(d), nil)
	})
	e.rejected("hub: task not initialized (use claimArray)", none, func() (*types.Receipt, error) {
		return e.hub.Claim(e.ctx, sched, poco.TaskID(late, 1))
	})

	// contributeAndFinalize on a task that is no longer active, then on one reopened with a
	// contribution left.
	fast := e.deal(a, 1, 1)
	fastTask := e.initialize(fast, 0)
	e.must(e.contribute(w0, fastTask, d))
	e.rejected("hub: task not active", fastTask, func() (*types.Receipt, error) {
		return e.hub.ContributeAndFinalize(e.ctx, e.forced(w1), fastTask, d, link(d), nil, e.auth(w1, fastTask))
	})
	e.advance(2*catT*time.Second + time.Second)
	e.must(e.hub.Reopen(e.ctx, e.sched.tx, fastTask))
	e.rejected("hub: task already has contributions", fastTask, func() (*types.Receipt, error) {
		return e.hub.ContributeAndFinalize(e.ctx, e.forced(w1), fastTask, d, link(d), nil, e.auth(w1, fastTask))
	})
	e.conserved()
}

func bigU(x uint64) *big.Int { return new(big.Int).SetUint64(x) }
