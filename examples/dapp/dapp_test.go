package dapp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/examples/dapp"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/executor/wasm"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == wasm.ChildArg {
		os.Exit(wasm.ChildMain())
	}
	os.Exit(m.Run())
}

// request matches the devnet's standard orders for one task of its app at trust, with the
// request naming callback, as the Requester account; it returns the deal id.
func request(t *testing.T, ctx context.Context, n *devnet.Net, callback common.Address, trust int64, args string) common.Hash {
	t.Helper()
	return requestTagged(t, ctx, n, callback, trust, args, common.Hash{})
}

// requestTagged is request with a tag on the pool's order and the request (poco.TagBatched:
// a batched deal).
func requestTagged(t *testing.T, ctx context.Context, n *devnet.Net, callback common.Address, trust int64, args string, tag common.Hash) common.Hash {
	t.Helper()
	one := big.NewInt(1)
	salt := crypto.Keccak256Hash([]byte("examples/dapp " + args))
	ao := &poco.AppOrder{App: n.App, AppPrice: big.NewInt(devnet.AppPrice), Volume: one, Salt: salt}
	wo := &poco.WorkerpoolOrder{Workerpool: n.Pool, WorkerpoolPrice: big.NewInt(devnet.PoolPrice), Volume: one, Category: new(big.Int), Trust: big.NewInt(trust), Salt: salt, Tag: tag}
	requester := n.Senders[devnet.Requester]
	ro := &poco.RequestOrder{App: n.App, AppMaxPrice: big.NewInt(devnet.AppPrice), Workerpool: n.Pool, WorkerpoolMaxPrice: big.NewInt(devnet.PoolPrice),
		Requester: requester.Address(), Volume: one, Category: new(big.Int), Trust: big.NewInt(trust),
		Beneficiary: requester.Address(), Callback: callback, Params: `{"args":"` + args + `"}`, Salt: salt, Tag: tag}
	for _, err := range []error{ao.Sign(n.Domain, n.Senders[devnet.AppDev].Key()), wo.Sign(n.Domain, n.Senders[devnet.Scheduler].Key()), ro.Sign(n.Domain, requester.Key())} {
		if err != nil {
			t.Fatal(err)
		}
	}
	dealid, _, err := n.Hub.MatchOrders(ctx, requester, chain.AppOrderArg(ao), chain.DatasetOrderArg(nil), chain.WorkerpoolOrderArg(wo), chain.RequestOrderArg(ro))
	if err != nil {
		t.Fatal(err)
	}
	return dealid
}

// latest reads the feed's state.
func latest(t *testing.T, ctx context.Context, n *devnet.Net, feed common.Address) dapp.LatestOutput {
	t.Helper()
	c := dapp.NewPriceOracle()
	out, err := n.Chain.Client().CallContract(ctx, ethereum.CallMsg{To: &feed, Data: c.PackLatest()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := c.UnpackLatest(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// A dapp's price feed gets the median that replicated workers computed, through the hub's
// callback; a task that fails leaves the feed as it was.
func TestPriceFeed(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	mod, _ := executortest.BuildWASM(t, "../oracle")
	gap := new(callbackGap)
	n, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir(), WorkerAccounts: 3, Workers: 3, AppModule: mod, WorkerBond: big.NewInt(1e9),
		WasmCommand: []string{os.Args[0], wasm.ChildArg}, Logger: slog.New(slog.NewTextHandler(gap, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	t.Logf("devnet up in %v", time.Since(t0).Round(time.Millisecond))

	// The dapp's owner deploys the feed; it will accept results from the hub only.
	owner := n.Senders[devnet.Requester]
	c := dapp.NewPriceOracle()
	r, err := owner.Send(ctx, nil, append(common.FromHex(dapp.PriceOracleMetaData.Bin), c.PackConstructor(n.Deployment.Hub, "ETH/USD")...), nil)
	if err != nil {
		t.Fatal(err)
	}
	feed := r.ContractAddress
	if _, err := owner.Send(ctx, &feed, c.PackReceiveResult(common.Hash{1}, nil), nil); err == nil || !strings.Contains(err.Error(), "oracle: not the hub") {
		t.Fatalf("a direct call to receiveResult: %v, want a revert from the feed", err)
	}

	// The callback data that the quotes give: abi.encode(value, sources, label), the value in
	// millionths (the median of six quotes: the mean of 3011 and 3012.5).
	u256, _ := abi.NewType("uint256", "", nil)
	str, _ := abi.NewType("string", "", nil)
	want, err := abi.Arguments{{Type: u256}, {Type: u256}, {Type: str}}.Pack(big.NewInt(3011_750000), big.NewInt(6), "ETH/USD")
	if err != nil {
		t.Fatal(err)
	}

	t.Run("delivered", func(t *testing.T) {
		// Trust 3: two fresh workers must agree before the hub finalizes and calls back.
		t1 := time.Now()
		dealid := request(t, ctx, n, feed, 3, "ETH/USD 3012.5 2999.9 3020.1 3011 3050.25 3008.75")
		waitCompleted(t, ctx, n, gap, poco.TaskID(dealid, 0))
		t.Logf("delivered in %v", time.Since(t1).Round(time.Millisecond))
		taskid := poco.TaskID(dealid, 0)
		task, err := n.Hub.Task(ctx, taskid)
		if err != nil {
			t.Fatal(err)
		}
		data, err := n.Hub.ResultFor(ctx, taskid)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, want) {
			t.Fatalf("callback data %x, want %x", data, want)
		}
		if common.Hash(task.ResultDigest) != crypto.Keccak256Hash(data) {
			t.Fatalf("result digest %x, want keccak256 of the callback data %x", task.ResultDigest, crypto.Keccak256Hash(data))
		}
		got := latest(t, ctx, n, feed)
		if got.Value.Int64() != 3011_750000 || got.Sources.Int64() != 6 || got.Updates.Int64() != 1 || got.Taskid != taskid || got.UpdatedAt.Sign() == 0 {
			t.Fatalf("the feed holds %+v, want the median of task %s", got, taskid)
		}
		logs, err := n.Chain.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(n.Deployment.Block), Addresses: []common.Address{feed}})
		if err != nil || len(logs) != 1 {
			t.Fatalf("%d logs of the feed (%v), want one PriceUpdated", len(logs), err)
		}
		ev, err := c.UnpackPriceUpdatedEvent(&logs[0])
		if err != nil || ev.Taskid != taskid || ev.Value.Int64() != 3011_750000 || ev.Label != "ETH/USD" {
			t.Fatalf("PriceUpdated %+v (%v)", ev, err)
		}
	})

	// A task whose app fails (a quote that is no number) completes with the app's failure
	// record as its result (the pool keeps its stake, the requester pays): the dapp receives
	// empty callback data, which the feed refuses, so it keeps its state; the record says why.
	t.Run("failed", func(t *testing.T) {
		before := latest(t, ctx, n, feed)
		t2 := time.Now()
		dealid := request(t, ctx, n, feed, 1, "ETH/USD 3012.5 n/a")
		taskid := poco.TaskID(dealid, 0)
		if _, err := n.Wait(ctx, dealid, 1); err != nil {
			t.Fatal(err)
		}
		if data, err := n.Hub.ResultFor(ctx, taskid); err != nil || len(data) != 0 {
			t.Fatalf("resultFor the failed task: %x (%v), want empty data", data, err)
		}
		blob, digest, err := n.ResultBlob(ctx, taskid)
		if err != nil {
			t.Fatal(err)
		}
		if err := sdk.VerifyArchive(blob, digest); err != nil {
			t.Fatal(err)
		}
		f := poco.ParseFailure(blob)
		if f == nil || f.Kind != poco.FailureExit || !strings.Contains(f.Stderr, `quote "n/a" is not a decimal number`) {
			t.Fatalf("the certified result is not the app's failure record: %+v", f)
		}
		if after := latest(t, ctx, n, feed); after.Updates.Cmp(before.Updates) != 0 || after.Taskid != before.Taskid || after.Value.Cmp(before.Value) != 0 || after.UpdatedAt.Cmp(before.UpdatedAt) != 0 {
			t.Fatalf("the feed changed after a failed task: %+v, was %+v", after, before)
		}
		t.Logf("failed and certified in %v", time.Since(t2).Round(time.Millisecond))
	})
	// The same update through a batched deal: the workers sign, the scheduler settles, the
	// hub delivers the callback from the settlement; the feed sees the same median.
	t.Run("delivered batched", func(t *testing.T) {
		t1 := time.Now()
		before := latest(t, ctx, n, feed)
		dealid := requestTagged(t, ctx, n, feed, 3, "ETH/USD 3008.75 3012.5 2999.9 3020.1 3011 3050.25", poco.TagBatched)
		if _, err := n.Wait(ctx, dealid, 1); err != nil {
			t.Fatal(err)
		}
		t.Logf("delivered batched in %v", time.Since(t1).Round(time.Millisecond))
		taskid := poco.TaskID(dealid, 0)
		if v, err := n.Hub.Task(ctx, taskid); err != nil || v.Status.Sign() != 0 {
			t.Fatalf("a batched task has a per-task record: %+v (%v)", v, err)
		}
		link, err := n.Hub.ResultLink(ctx, taskid, n.Deployment.Block)
		if err != nil {
			t.Fatal(err)
		}
		if link.Digest != crypto.Keccak256Hash(want) {
			t.Fatalf("settled digest %s, want keccak256 of the callback data", link.Digest)
		}
		got := latest(t, ctx, n, feed)
		if got.Value.Int64() != 3011_750000 || got.Sources.Int64() != 6 || got.Taskid != taskid || got.Updates.Int64() != before.Updates.Int64()+1 {
			t.Fatalf("the feed holds %+v, want the median of batched task %s", got, taskid)
		}
	})

	// The feed asks for its own update: it presigns a request (requester and callback: the
	// feed, paid from its escrow), anyone publishes it on the market with an empty signature,
	// and the pool's broker matches it with the pool's standing order and the app's order on
	// the book. No key of the requester side signs anything after the presign.
	t.Run("brokered", func(t *testing.T) {
		t3 := time.Now()
		ao := &poco.AppOrder{App: n.App, AppPrice: big.NewInt(devnet.AppPrice), Volume: big.NewInt(10), Salt: common.Hash{31: 7}}
		if err := ao.Sign(n.Domain, n.Senders[devnet.AppDev].Key()); err != nil {
			t.Fatal(err)
		}
		publish(t, ctx, n, market.KindApp, ao)
		if _, err := n.Hub.DepositFor(ctx, owner, big.NewInt(10*(devnet.AppPrice+devnet.PoolPrice)), feed); err != nil {
			t.Fatal(err)
		}
		// Two requests of the feed: one that no worker of the pool can run (its requirements
		// ask for a GPU), which the broker must leave alone, and the update.
		unservable := feedRequest(feed, n, `{"args":"ETH/USD 1 2 3","requirements":"gpu >= 1"}`, 1)
		ro := feedRequest(feed, n, `{"args":"ETH/USD 2000 2002 2001"}`, 2)
		for _, o := range []*poco.RequestOrder{unservable, ro} {
			if _, err := owner.Send(ctx, &feed, c.PackRequest(dapp.RequestOrder(chain.RequestOrderArg(o))), nil); err != nil {
				t.Fatal(err)
			}
			publish(t, ctx, n, market.KindRequest, o)
		}
		// A stranger cannot presign in the feed's name.
		if _, err := n.Senders[devnet.AppDev].Send(ctx, &feed, c.PackRequest(dapp.RequestOrder(chain.RequestOrderArg(ro))), nil); err == nil || !strings.Contains(err.Error(), "oracle: not the owner") {
			t.Fatalf("a stranger's presign through the feed: %v, want a revert", err)
		}
		pool, err := n.Hub.Account(ctx, n.Senders[devnet.Scheduler].Address())
		if err != nil {
			t.Fatal(err)
		}
		if err := n.StartBroker(100 * time.Millisecond); err != nil {
			t.Fatal(err)
		}
		hash, err := ro.Hash(n.Domain)
		if err != nil {
			t.Fatal(err)
		}
		taskid := poco.TaskID(poco.DealID(hash, big.NewInt(0)), 0)
		waitInitialized(t, ctx, n, taskid)
		waitCompleted(t, ctx, n, gap, taskid)
		got := latest(t, ctx, n, feed)
		if got.Value.Int64() != 2001_000000 || got.Sources.Int64() != 3 || got.Taskid != taskid {
			t.Fatalf("the feed holds %+v, want the median of its own request's task %s", got, taskid)
		}
		// The feed paid one task; the unservable request was not matched (the pool locked
		// nothing for it and its consumed volume is still 0).
		acct, err := n.Hub.Account(ctx, feed)
		if err != nil {
			t.Fatal(err)
		}
		if want := int64(9 * (devnet.AppPrice + devnet.PoolPrice)); acct.Balance.Int64() != want || acct.Frozen.Sign() != 0 {
			t.Fatalf("the feed's escrow: %v free, %v frozen; want %d free after one task", acct.Balance, acct.Frozen, want)
		}
		uh, err := unservable.Hash(n.Domain)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := n.Hub.Consumed(ctx, uh); err != nil || v.Sign() != 0 {
			t.Fatalf("the request no worker can run was matched: consumed %v (%v)", v, err)
		}
		after, err := n.Hub.Account(ctx, n.Senders[devnet.Scheduler].Address())
		if err != nil {
			t.Fatal(err)
		}
		if after.Frozen.Cmp(pool.Frozen) != 0 {
			t.Fatalf("the pool still has %v frozen (was %v): a stake for a request it cannot run", after.Frozen, pool.Frozen)
		}
		t.Logf("presigned, brokered and delivered in %v", time.Since(t3).Round(time.Millisecond))
	})
	t.Logf("%v in all", time.Since(t0).Round(time.Millisecond))
}

// feedRequest is a trust-1 request of the devnet's app by the feed, for the feed, open to
// any pool, with the params given; presigned, so it carries no signature.
func feedRequest(feed common.Address, n *devnet.Net, params string, salt byte) *poco.RequestOrder {
	return &poco.RequestOrder{App: n.App, AppMaxPrice: big.NewInt(devnet.AppPrice), WorkerpoolMaxPrice: big.NewInt(devnet.PoolPrice),
		Requester: feed, Volume: big.NewInt(1), Category: new(big.Int), Trust: big.NewInt(1), Beneficiary: feed, Callback: feed,
		Params: params, Salt: common.Hash{0: 0xfe, 31: salt}}
}

// publish lists o on the devnet's market.
func publish(t *testing.T, ctx context.Context, n *devnet.Net, k market.Kind, o any) {
	t.Helper()
	raw, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.Market.Publish(ctx, k, raw); err != nil {
		t.Fatalf("publishing a %s order: %v", k, err)
	}
}

// waitInitialized waits until the task exists on chain: the broker matched its deal and the
// scheduler initialized it.
func waitInitialized(t *testing.T, ctx context.Context, n *devnet.Net, taskid common.Hash) {
	t.Helper()
	for {
		v, err := n.Hub.Task(ctx, taskid)
		if err != nil {
			t.Fatal(err)
		}
		if poco.TaskStatus(v.Status.Uint64()) != poco.TaskUnset {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatal("the broker did not match the feed's request")
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// callbackGap watches the grid's warnings for the scheduler finalizing a callback task
// without the callback data, which the hub refuses.
type callbackGap struct{ seen atomic.Bool }

func (g *callbackGap) Write(p []byte) (int, error) {
	if bytes.Contains(p, []byte("hub: callback data does not match the digest")) {
		g.seen.Store(true)
	}
	return len(p), nil
}

// waitCompleted waits for the task to complete; it fails at once when the hub refuses the
// scheduler's finalize for want of the right callback data.
func waitCompleted(t *testing.T, ctx context.Context, n *devnet.Net, gap *callbackGap, taskid common.Hash) {
	t.Helper()
	for {
		v, err := n.Hub.Task(ctx, taskid)
		if err != nil {
			t.Fatal(err)
		}
		switch poco.TaskStatus(v.Status.Uint64()) {
		case poco.TaskCompleted:
			return
		case poco.TaskFailed:
			t.Fatal("the task failed")
		}
		if gap.seen.Load() {
			t.Fatal("the hub refused the scheduler's finalize: the callback data does not match the digest")
		}
		select {
		case <-ctx.Done():
			t.Fatal("the task did not complete")
		case <-time.After(50 * time.Millisecond):
		}
	}
}
