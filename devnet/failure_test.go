package devnet_test

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/storage"
	"github.com/decloud/decloud/worker"
)

// An app that fails on every worker (here: exit status 7 with a message on stderr) cannot
// burn the pool's stake: its failure record is the task's result, certified at trust 1 and
// at trust 3 like any other. The task completes, the requester pays, the scheduler keeps
// its stake, the record says why; and the workers go on to run an honest task.
func TestGridAppFailureIsAResult(t *testing.T) {
	n, ctx := start(t, 3, 3)
	path, _ := executortest.BuildWASM(t, "../executor/executortest/probe")
	module, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	probe := ok[common.Address](t)(n.Publish(ctx, poco.KindApp, "probe", module))
	sched0 := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Scheduler))
	req0 := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Requester))

	for _, trust := range []int64{1, 3} {
		dealid := ok[common.Hash](t)(n.RequestApp(ctx, probe, common.Address{}, 1, trust, "fail"))
		if _, err := n.Wait(ctx, dealid, 1); err != nil {
			t.Fatalf("trust %d: %v", trust, err)
		}
		archive, err := n.Result(ctx, poco.TaskID(dealid, 0))
		if err != nil {
			t.Fatal(err)
		}
		f := poco.ParseFailure(archive)
		if f == nil || f.Kind != poco.FailureExit || f.ExitCode != 7 || !strings.Contains(f.Stderr, "cannot parse the input: line 3") {
			t.Fatalf("trust %d: the certified result is not the app's failure record: %+v", trust, f)
		}
		if trust == 3 {
			// More than one worker ran it and they agreed on the record.
			if c := len(logs(t, n, ctx, "TaskContribute", poco.TaskID(dealid, 0))); c < 2 {
				t.Fatalf("trust 3: %d contributions", c)
			}
		}
	}
	req := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Requester))
	if spent := req0.Balance.Int64() - req.Balance.Int64(); spent != 2*(devnet.AppPrice+devnet.PoolPrice) || req.Frozen.Sign() != 0 {
		t.Fatalf("the requester spent %d (frozen %s), want %d: the failed tasks are paid for", spent, req.Frozen, 2*(devnet.AppPrice+devnet.PoolPrice))
	}
	sched := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Scheduler))
	if sched.Balance.Cmp(sched0.Balance) < 0 || sched.Frozen.Cmp(sched0.Frozen) != 0 {
		t.Fatalf("the scheduler went from %s (frozen %s) to %s (frozen %s): it lost stake to an app's failure",
			sched0.Balance, sched0.Frozen, sched.Balance, sched.Frozen)
	}
	d := ok[common.Hash](t)(n.Request(ctx, 1, 3, "after a failure"))
	check(t, n, ctx, d, 1, "after a failure")
}

// A worker whose escrow cannot cover a task's stake sends no transaction the hub would
// revert (it used to retry contribute hundreds of times a second): it waits, with backoff,
// and contributes once its owner deposits.
func TestGridWorkerWaitsForStake(t *testing.T) {
	n, ctx := start(t, 1, 0)
	me := n.Senders[devnet.FirstWorker]
	acc := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.FirstWorker))
	if _, err := n.Hub.Withdraw(ctx, me, acc.Balance); err != nil {
		t.Fatal(err)
	}
	nonce := ok[uint64](t)(n.Chain.Client().NonceAt(ctx, me.Address(), nil))
	ok[context.CancelFunc](t)(n.StartWorker(0, n.Exec))
	dealid := ok[common.Hash](t)(n.Request(ctx, 1, 1, "staked"))
	state := filepath.Join(n.WorkerDir(0), "tasks", poco.TaskID(dealid, 0).Hex()+".json")
	for { // the worker ran the app; its contribution waits for stake, and it says how much
		if b, err := os.ReadFile(state); err == nil && strings.Contains(string(b), "deposit at least") {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the worker never ran the task")
		case <-time.After(20 * time.Millisecond):
		}
	}
	if got := ok[uint64](t)(n.Chain.Client().NonceAt(ctx, me.Address(), nil)); got != nonce {
		t.Fatalf("the worker without stake sent %d transactions", got-nonce)
	}
	if _, err := n.Hub.Deposit(ctx, me, big.NewInt(devnet.PoolPrice)); err != nil {
		t.Fatal(err)
	}
	check(t, n, ctx, dealid, 1, "staked")
}

// A winner asked to upload that never does (its uploads fail) does not leave the task
// REVEALING: after the upload bound the scheduler asks another winner, and the task
// completes.
func TestGridWithheldUploadGoesToAnotherWinner(t *testing.T) {
	n, ctx := start(t, 2, 0)
	cat, _, err := n.Hub.CreateCategory(ctx, n.Senders[devnet.Owner], "short", "a one-minute category: a 30 s upload bound", 60)
	if err != nil {
		t.Fatal(err)
	}
	n.Category = cat.Int64()
	target, err := url.Parse(n.StorageURL)
	if err != nil {
		t.Fatal(err)
	}
	var refused atomic.Int32
	proxy := httputil.NewSingleHostReverseProxy(target)
	withholding := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPut {
			refused.Add(1)
			http.Error(w, "withheld", http.StatusServiceUnavailable)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	defer withholding.Close()
	ok[context.CancelFunc](t)(n.StartWorkerWith(0, n.Exec, func(c *worker.Config) { c.Storage = &storage.Client{BaseURL: withholding.URL} }))
	dealid := ok[common.Hash](t)(n.Request(ctx, 1, 3, "withheld"))
	taskid := poco.TaskID(dealid, 0)
	// The withholding worker takes the task first (it is alone), so it is the first winner
	// asked to upload once the second worker agrees.
	waitContribution(t, n, ctx, taskid, n.Senders[devnet.FirstWorker].Address())
	ok[context.CancelFunc](t)(n.StartWorker(1, n.Exec))
	check(t, n, ctx, dealid, 1, "withheld")
	if refused.Load() == 0 {
		t.Fatal("the first winner was never asked to upload")
	}
}
