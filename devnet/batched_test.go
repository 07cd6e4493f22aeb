package devnet_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/taskparams"
)

// bond is what each worker bonds to the pool in the batched tests.
const bond = 1_000_000

func startBatched(t *testing.T, accounts, workers int, edit func(*devnet.Config)) (*devnet.Net, context.Context) {
	t.Helper()
	return startGrid(t, accounts, workers, func(c *devnet.Config) {
		c.WorkerBond = big.NewInt(bond)
		if edit != nil {
			edit(c)
		}
	})
}

func requestBatched(n *devnet.Net, ctx context.Context, volume, trust int64, args string) (common.Hash, error) {
	return n.RequestTagged(ctx, n.App, common.Address{}, volume, trust, taskparams.Params{Args: args}.Encode(), poco.TagBatched)
}

// nonces returns the transaction counts of the worker accounts.
func nonces(t *testing.T, n *devnet.Net, ctx context.Context, workers int) []uint64 {
	t.Helper()
	out := make([]uint64, workers)
	for i := range out {
		out[i] = ok[uint64](t)(n.Chain.Client().NonceAt(ctx, n.Senders[devnet.FirstWorker+i].Address(), nil))
	}
	return out
}

// A batched deal end to end: the workers sign, the scheduler settles the tasks in a few
// transactions, every result is linked and verified as on the per-task path, and the
// workers send no transaction at all.
func TestBatchedGridRunsDeals(t *testing.T) {
	n, ctx := startBatched(t, 4, 4, nil)
	before := nonces(t, n, ctx, 4)
	t0 := time.Now()
	d1 := ok[common.Hash](t)(requestBatched(n, ctx, 30, 1, "batched"))
	check(t, n, ctx, d1, 30, "batched")
	t.Logf("30 batched trust-1 tasks in %v", time.Since(t0))
	d3 := ok[common.Hash](t)(requestBatched(n, ctx, 4, 3, "batched three"))
	check(t, n, ctx, d3, 4, "batched three")
	if after := nonces(t, n, ctx, 4); !equalUints(before, after) {
		t.Fatalf("the workers sent transactions: nonces %v, then %v", before, after)
	}
	// One TaskSettled per task, no per-task event, and far fewer settlements than tasks.
	txs := map[common.Hash]bool{}
	for i := uint64(0); i < 30; i++ {
		id := poco.TaskID(d1, i)
		settled := logs(t, n, ctx, "TaskSettled", id)
		if len(settled) != 1 {
			t.Fatalf("task %d: %d TaskSettled events", i, len(settled))
		}
		txs[settled[0].TxHash] = true
		for _, ev := range []string{"TaskInitialize", "TaskContribute", "TaskFinalize"} {
			if len(logs(t, n, ctx, ev, id)) != 0 {
				t.Fatalf("task %d has a %s event", i, ev)
			}
		}
	}
	if len(txs) > 10 {
		t.Fatalf("30 tasks took %d settlements", len(txs))
	}
	t.Logf("30 trust-1 tasks settled in %d transactions", len(txs))
	// Money is where the formulas put it: the requester paid 34 tasks, the app owner got
	// its price for each, no stake was seized (every bond is whole).
	req := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Requester))
	if spent := 1e11 - req.Balance.Int64(); spent != 34*(devnet.AppPrice+devnet.PoolPrice) || req.Frozen.Sign() != 0 {
		t.Fatalf("requester spent %d (frozen %s)", spent, req.Frozen)
	}
	dev := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.AppDev))
	if dev.Balance.Int64() != 1e11+34*devnet.AppPrice {
		t.Fatalf("app owner has %s", dev.Balance)
	}
	for i := 0; i < 4; i++ {
		b := ok[struct{ Bonded, Unbonding *big.Int }](t)(bondOf(n, ctx, i))
		if b.Bonded.Int64() != bond {
			t.Fatalf("worker %d's bond is %s", i, b.Bonded)
		}
	}
}

// Fresh workers at trust 3, one of them lying: the honest result is certified off chain and
// settled, the liar's signed contribution is settled with it and costs it one stake from
// its bond and a third of its score; the honest workers are paid.
func TestBatchedGridLiarIsCaught(t *testing.T) {
	n, ctx := startBatched(t, 4, 0, nil)
	lying := new(atomic.Bool)
	lying.Store(true)
	ok[context.CancelFunc](t)(n.StartWorker(3, devnet.Liar{Inner: n.Exec, Lying: lying}))
	liar := n.Senders[devnet.FirstWorker+3].Address()
	// The liar works alone first, so its signed contribution is surely among the votes.
	dealid := ok[common.Hash](t)(requestBatched(n, ctx, 1, 3, "who lies"))
	for !contributed(n, poco.TaskID(dealid, 0), liar) {
		select {
		case <-ctx.Done():
			t.Fatal("the liar did not contribute")
		case <-time.After(10 * time.Millisecond):
		}
	}
	for i := 0; i < 3; i++ {
		ok[context.CancelFunc](t)(n.StartWorker(i, n.Exec))
	}
	check(t, n, ctx, dealid, 1, "who lies")
	seized := logs(t, n, ctx, "StakeSeized", poco.TaskID(dealid, 0))
	b := ok[struct{ Bonded, Unbonding *big.Int }](t)(bondOf(n, ctx, 3))
	if len(seized) != 1 || common.BytesToAddress(seized[0].Topics[2][:]) != liar {
		t.Fatalf("%d stakes seized, want the liar's", len(seized))
	}
	if b.Bonded.Int64() != bond-devnet.PoolPrice*10/100 {
		t.Fatalf("the liar's bond is %s, want %d", b.Bonded, bond-devnet.PoolPrice*10/100)
	}
	paid := 0
	for i := 0; i < 3; i++ {
		a := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.FirstWorker+i))
		if a.Balance.Int64() > 1e11-bond {
			paid++
		}
	}
	if paid != 3 {
		t.Fatalf("%d honest workers paid, want 3", paid)
	}
}

// contributed reports whether the scheduler holds w's signed contribution to task.
func contributed(n *devnet.Net, task common.Hash, w common.Address) bool {
	rep, ok := n.Service.Report(task)
	if !ok {
		return false
	}
	for _, r := range rep.Replicates {
		if r.Worker == w && r.State == "contributed" {
			return true
		}
	}
	return false
}

func bondOf(n *devnet.Net, ctx context.Context, i int) (struct{ Bonded, Unbonding *big.Int }, error) {
	v, err := n.Hub.BondOf(ctx, n.Senders[devnet.FirstWorker+i].Address(), n.Pool)
	return struct{ Bonded, Unbonding *big.Int }{v.Bonded, v.Unbonding}, err
}

func equalUints(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// waitContributed waits until the scheduler holds signed contributions to at least n tasks
// of the deal.
func waitContributed(t *testing.T, net *devnet.Net, ctx context.Context, dealid common.Hash, volume uint64, n int) {
	t.Helper()
	for {
		got := 0
		for i := uint64(0); i < volume; i++ {
			if rep, ok := net.Service.Report(poco.TaskID(dealid, i)); ok {
				for _, r := range rep.Replicates {
					if r.State == "contributed" {
						got++
						break
					}
				}
			}
		}
		if got >= n {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%d tasks contributed, want %d", got, n)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// settledOnce checks that every task of the deal was settled exactly once.
func settledOnce(t *testing.T, n *devnet.Net, ctx context.Context, dealid common.Hash, volume uint64) {
	t.Helper()
	for i := uint64(0); i < volume; i++ {
		if got := len(logs(t, n, ctx, "TaskSettled", poco.TaskID(dealid, i))); got != 1 {
			t.Fatalf("task %d: %d TaskSettled events", i, got)
		}
	}
}

// The scheduler killed with signed contributions in hand and nothing settled: restarted on
// its database, it settles them (the workers do not run the tasks again), each task once.
func TestBatchedSchedulerRestartMidBatch(t *testing.T) {
	n, ctx := startBatched(t, 2, 2, func(c *devnet.Config) { c.BatchInterval = time.Hour })
	dealid := ok[common.Hash](t)(requestBatched(n, ctx, 6, 1, "restart"))
	waitContributed(t, n, ctx, dealid, 6, 3)
	n.StopScheduler()
	if bits := ok[struct{ Done *big.Int }](t)(batchDone(n, ctx, dealid)); bits.Done.Sign() != 0 {
		t.Fatalf("settled before the restart: %b", bits.Done)
	}
	n.SetBatching(0, 200*time.Millisecond)
	if err := n.StartScheduler(ctx); err != nil {
		t.Fatal(err)
	}
	check(t, n, ctx, dealid, 6, "restart")
	settledOnce(t, n, ctx, dealid, 6)
}

// A crash after a batch was mined but before the scheduler recorded it: the scheduler
// restarts on a database from before the settlement. It learns the settlement from the
// chain and settles nothing twice; the deal completes.
func TestBatchedSchedulerRestartAfterUnrecordedSettlement(t *testing.T) {
	n, ctx := startBatched(t, 2, 2, func(c *devnet.Config) { c.BatchInterval = time.Hour })
	dealid := ok[common.Hash](t)(requestBatched(n, ctx, 4, 1, "unrecorded"))
	waitContributed(t, n, ctx, dealid, 4, 4)
	n.StopScheduler()
	db := filepath.Join(n.WorkerDir(0), "..", "pool.db")
	saved := t.TempDir()
	copyDB(t, db, saved)
	n.SetBatching(0, 100*time.Millisecond)
	if err := n.StartScheduler(ctx); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if _, err := n.Wait(wctx, dealid, 4); err != nil {
		for i := uint64(0); i < 4; i++ {
			rep, _ := n.Service.Report(poco.TaskID(dealid, i))
			t.Logf("task %d: %+v", i, rep)
		}
		t.Fatal(err)
	}
	n.StopScheduler()
	restoreDB(t, saved, db)
	if err := n.StartScheduler(ctx); err != nil {
		t.Fatal(err)
	}
	for {
		rep, _ := n.Service.Report(poco.TaskID(dealid, 0))
		if rep.Status == poco.TaskCompleted.String() {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the restarted scheduler still has the task %s", rep.Status)
		case <-time.After(20 * time.Millisecond):
		}
	}
	check(t, n, ctx, dealid, 4, "unrecorded")
	settledOnce(t, n, ctx, dealid, 4)
}

// A worker killed mid-task on a batched deal: another worker finishes, the killed one
// signed nothing.
func TestBatchedWorkerKilledMidTask(t *testing.T) {
	n, ctx := startBatched(t, 2, 0, nil)
	workerKilledMidTask(t, n, ctx, func() (common.Hash, error) { return requestBatched(n, ctx, 1, 1, "survive") },
		func(task common.Hash, w common.Address) bool { return contributed(n, task, w) })
}

// Past its final deadline, a batched deal's tasks that no worker ran (never started) are
// claimed by the scheduler: the requester gets its price back, the pool's stake for them is
// seized, and their bits say claimed.
func TestBatchedClaim(t *testing.T) {
	n, ctx := startBatched(t, 1, 0, nil)
	before := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Requester))
	dealid := ok[common.Hash](t)(requestBatched(n, ctx, 3, 1, "nobody"))
	if err := n.Chain.AdjustTime(ctx, 10*300*time.Second+time.Second); err != nil {
		t.Fatal(err)
	}
	for {
		bits := ok[struct{ Done *big.Int }](t)(batchDone(n, ctx, dealid))
		if bits.Done.Cmp(big.NewInt(7)) == 0 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("claimed bits %b, want 111", bits.Done)
		case <-time.After(50 * time.Millisecond):
		}
	}
	after := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Requester))
	if after.Balance.Cmp(before.Balance) != 0 || after.Frozen.Sign() != 0 {
		t.Fatalf("requester %s free %s frozen after the claims, had %s", after.Balance, after.Frozen, before.Balance)
	}
	for i := uint64(0); i < 3; i++ {
		if got := len(logs(t, n, ctx, "TaskClaimed", poco.TaskID(dealid, i))); got != 1 {
			t.Fatalf("task %d: %d TaskClaimed", i, got)
		}
		if st := ok[poco.TaskStatus](t)(n.Hub.BatchedTaskStatus(ctx, dealid, i)); st != poco.TaskFailed {
			t.Fatalf("task %d is %s", i, st)
		}
	}
}

func batchDone(n *devnet.Net, ctx context.Context, dealid common.Hash) (struct{ Done *big.Int }, error) {
	v, err := n.Hub.BatchBits(ctx, dealid, 0)
	return struct{ Done *big.Int }{v.Done}, err
}

// copyDB copies an SQLite database (with its WAL, if any) into dir; restoreDB puts it back.
// A scheduler that lost its workers' trust-1 contributions (restarted on a database from
// before the deal): the workers keep no state for such tasks, so asked again they run them
// again and send their contributions anew; every task completes, is settled once and its
// result verifies.
func TestBatchedSchedulerLosesContributions(t *testing.T) {
	n, ctx := startBatched(t, 2, 2, func(c *devnet.Config) { c.BatchInterval = time.Hour })
	for n.Service.WorkerCount() < 2 { // both logged in before the scheduler stops
		select {
		case <-ctx.Done():
			t.Fatal("the workers never logged in")
		case <-time.After(10 * time.Millisecond):
		}
	}
	db := filepath.Join(n.WorkerDir(0), "..", "pool.db")
	n.StopScheduler()
	saved := t.TempDir()
	copyDB(t, db, saved) // from before the deal
	if err := n.StartScheduler(ctx); err != nil {
		t.Fatal(err)
	}
	dealid := ok[common.Hash](t)(requestBatched(n, ctx, 4, 1, "lost"))
	waitContributed(t, n, ctx, dealid, 4, 4)
	n.StopScheduler()
	restoreDB(t, saved, db)
	n.SetBatching(0, 100*time.Millisecond)
	if err := n.StartScheduler(ctx); err != nil {
		t.Fatal(err)
	}
	check(t, n, ctx, dealid, 4, "lost")
	settledOnce(t, n, ctx, dealid, 4)
}

func copyDB(t *testing.T, db, dir string) {
	t.Helper()
	for _, suffix := range []string{"", "-wal", "-shm"} {
		b, err := os.ReadFile(db + suffix)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "pool.db"+suffix), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func restoreDB(t *testing.T, dir, db string) {
	t.Helper()
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(db + suffix)
		b, err := os.ReadFile(filepath.Join(dir, "pool.db"+suffix))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(db+suffix, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}
