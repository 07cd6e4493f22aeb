package devnet_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/executor/wasm"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == wasm.ChildArg {
		os.Exit(wasm.ChildMain())
	}
	os.Exit(m.Run())
}

func start(t *testing.T, accounts, workers int) (*devnet.Net, context.Context) {
	t.Helper()
	return startGrid(t, accounts, workers, nil)
}

// startGrid starts a grid of the echo app with accounts worker accounts, workers of them
// started, its config changed by edit (when not nil).
func startGrid(t *testing.T, accounts, workers int, edit func(*devnet.Config)) (*devnet.Net, context.Context) {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	mod, _ := executortest.BuildWASM(t, "../examples/echo")
	cfg := devnet.Config{Dir: t.TempDir(), WorkerAccounts: accounts, Workers: workers, AppModule: mod,
		WasmCommand: []string{os.Args[0], wasm.ChildArg}, Logger: debugLogger()}
	if edit != nil {
		edit(&cfg)
	}
	n, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	return n, ctx
}

func debugLogger() *slog.Logger {
	if os.Getenv("DEVNET_LOG") == "" {
		return nil
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func ok[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// check waits for the deal and verifies every result against the chain and the app's output.
func check(t *testing.T, n *devnet.Net, ctx context.Context, dealid common.Hash, volume uint64, args string) {
	t.Helper()
	if _, err := n.Wait(ctx, dealid, volume); err != nil {
		t.Fatal(err)
	}
	for i := uint64(0); i < volume; i++ {
		taskid := poco.TaskID(dealid, i)
		archive, err := n.Result(ctx, taskid)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(archive, []byte(args+"\ntask "+taskid.Hex())) {
			t.Fatalf("task %d: the result lacks the app's output", i)
		}
	}
}

func TestGridRunsDeals(t *testing.T) {
	n, ctx := start(t, 4, 4)
	t0 := time.Now()
	d1 := ok[common.Hash](t)(n.Request(ctx, 20, 1, "hello grid"))
	check(t, n, ctx, d1, 20, "hello grid")
	t.Logf("20 trust-1 tasks in %v", time.Since(t0))
	// At trust 1 the worker certifies its own result in one transaction
	// (contributeAndFinalize): the finalize was sent by a worker, not by the scheduler.
	for i := uint64(0); i < 20; i++ {
		fin := logs(t, n, ctx, "TaskFinalize", poco.TaskID(d1, i))
		if len(fin) != 1 {
			t.Fatalf("task %d: %d TaskFinalize events", i, len(fin))
		}
		tx, _, err := n.Chain.Client().TransactionByHash(ctx, fin[0].TxHash)
		if err != nil {
			t.Fatal(err)
		}
		from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		if err != nil {
			t.Fatal(err)
		}
		if from == n.Senders[devnet.Scheduler].Address() {
			t.Fatalf("task %d was finalized by the scheduler, not in the worker's contributeAndFinalize", i)
		}
	}
	t0 = time.Now()
	d3 := ok[common.Hash](t)(n.Request(ctx, 3, 3, "replicated"))
	check(t, n, ctx, d3, 3, "replicated")
	t.Logf("3 trust-3 tasks in %v", time.Since(t0))
	// Money is where the formulas put it.
	req := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Requester))
	if spent := 1e11 - req.Balance.Int64(); spent != 23*(devnet.AppPrice+devnet.PoolPrice) || req.Frozen.Sign() != 0 {
		t.Fatalf("requester spent %d (frozen %s)", spent, req.Frozen)
	}
	dev := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.AppDev))
	if dev.Balance.Int64() != 1e11+23*devnet.AppPrice {
		t.Fatalf("app owner has %s", dev.Balance)
	}
}

func account(n *devnet.Net, ctx context.Context, role int) (struct{ Balance, Frozen *big.Int }, error) {
	v, err := n.Hub.Account(ctx, n.Senders[role].Address())
	return struct{ Balance, Frozen *big.Int }{v.Balance, v.Frozen}, err
}

// waitContribution waits until w contributed to taskid.
func waitContribution(t *testing.T, n *devnet.Net, ctx context.Context, taskid common.Hash, w common.Address) {
	t.Helper()
	for ok[*big.Int](t)(statusOf(n, ctx, taskid, w)).Sign() == 0 {
		select {
		case <-ctx.Done():
			t.Fatal("no contribution")
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// A worker that earned a score honestly, then lies at trust 3: its result is never
// accepted, it loses its stake and a third of its score, the honest workers are paid.
func TestGridLiarIsCaught(t *testing.T) {
	n, ctx := start(t, 4, 0)
	lying := new(atomic.Bool)
	ok[context.CancelFunc](t)(n.StartWorker(3, devnet.Liar{Inner: n.Exec, Lying: lying}))
	liarAddr := n.Senders[devnet.FirstWorker+3].Address()
	// Two honest rounds at trust 3 earn it a score of 2; it works alone first in each task,
	// so it surely contributes.
	for round := 0; round < 2; round++ {
		d := ok[common.Hash](t)(n.Request(ctx, 1, 3, "earn"))
		waitContribution(t, n, ctx, poco.TaskID(d, 0), liarAddr)
		stop := ok[context.CancelFunc](t)(n.StartWorker(round, n.Exec))
		if _, err := n.Wait(ctx, d, 1); err != nil {
			t.Fatal(err)
		}
		stop() // keep the liar first in line for the next task
	}
	score := ok[*big.Int](t)(n.Hub.Score(ctx, liarAddr)).Uint64()
	if score != 2 {
		t.Fatalf("the liar earned a score of %d, want 2", score)
	}
	before := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.FirstWorker+3))
	lying.Store(true)
	dealid := ok[common.Hash](t)(n.Request(ctx, 1, 3, "who lies"))
	waitContribution(t, n, ctx, poco.TaskID(dealid, 0), liarAddr)
	for i := 0; i < 3; i++ {
		ok[context.CancelFunc](t)(n.StartWorker(i, n.Exec))
	}
	check(t, n, ctx, dealid, 1, "who lies")
	if s := ok[*big.Int](t)(statusOf(n, ctx, poco.TaskID(dealid, 0), liarAddr)); s.Uint64() == uint64(poco.ContributionRevealed) {
		t.Fatal("the liar revealed")
	}
	acc := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.FirstWorker+3))
	if lost := before.Balance.Int64() - acc.Balance.Int64(); lost != devnet.PoolPrice*10/100 || acc.Frozen.Sign() != 0 {
		t.Fatalf("the liar lost %d (frozen %s), want its stake %d", lost, acc.Frozen, devnet.PoolPrice*10/100)
	}
	if s := ok[*big.Int](t)(n.Hub.Score(ctx, liarAddr)).Uint64(); s != score*2/3 {
		t.Fatalf("the liar's score is %d, want %d", s, score*2/3)
	}
	paid := 0
	for i := 0; i < 3; i++ {
		a := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.FirstWorker+i))
		if a.Balance.Int64() > 1e11 {
			paid++
		}
	}
	if paid < 2 {
		t.Fatalf("only %d honest workers were paid", paid)
	}
}

func statusOf(n *devnet.Net, ctx context.Context, taskid common.Hash, w common.Address) (*big.Int, error) {
	c, err := n.Hub.Contribution(ctx, taskid, w)
	return c.Status, err
}

// hanging never finishes: a worker that dies mid-task.
type hanging struct{ started chan struct{} }

func (h hanging) Run(ctx context.Context, s executor.Spec) (executor.Result, error) {
	close(h.started)
	<-ctx.Done()
	return executor.Result{}, ctx.Err()
}

// A worker killed mid-task: the scheduler notices the silence and another worker finishes.
func TestGridWorkerKilledMidTask(t *testing.T) {
	n, ctx := start(t, 2, 0)
	workerKilledMidTask(t, n, ctx, func() (common.Hash, error) { return n.Request(ctx, 1, 1, "survive") },
		func(task common.Hash, w common.Address) bool {
			return ok[*big.Int](t)(statusOf(n, ctx, task, w)).Sign() != 0
		})
}

// workerKilledMidTask kills worker 0 while it runs the only task of the deal request makes,
// starts worker 1 and checks that it completes the task and that worker 0 did not
// contribute (as contributed tells).
func workerKilledMidTask(t *testing.T, n *devnet.Net, ctx context.Context, request func() (common.Hash, error), contributed func(common.Hash, common.Address) bool) {
	t.Helper()
	h := hanging{started: make(chan struct{})}
	kill := ok[context.CancelFunc](t)(n.StartWorker(0, h))
	dealid := ok[common.Hash](t)(request())
	select {
	case <-h.started:
	case <-ctx.Done():
		t.Fatal("the first worker never got the task")
	}
	kill()
	ok[context.CancelFunc](t)(n.StartWorker(1, n.Exec))
	check(t, n, ctx, dealid, 1, "survive")
	if contributed(poco.TaskID(dealid, 0), n.Senders[devnet.FirstWorker].Address()) {
		t.Fatal("the killed worker contributed")
	}
}

// The scheduler killed and restarted mid-deal: the deal completes from its database.
func TestGridSchedulerRestart(t *testing.T) {
	n, ctx := start(t, 3, 3)
	dealid := ok[common.Hash](t)(n.Request(ctx, 8, 1, "restart"))
	for {
		v := ok[poco.TaskStatus](t)(taskStatus(n, ctx, poco.TaskID(dealid, 0)))
		if v != poco.TaskUnset {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("nothing initialized")
		case <-time.After(20 * time.Millisecond):
		}
	}
	n.StopScheduler()
	if err := n.StartScheduler(ctx); err != nil {
		t.Fatal(err)
	}
	check(t, n, ctx, dealid, 8, "restart")
}

func taskStatus(n *devnet.Net, ctx context.Context, taskid common.Hash) (poco.TaskStatus, error) {
	v, err := n.Hub.Task(ctx, taskid)
	if err != nil {
		return 0, err
	}
	return poco.TaskStatus(v.Status.Uint64()), nil
}

// Trust 100 with fresh workers: seven agreeing replicas certify the result; the workers' pot
// is split evenly (equal weights) and every winner's score grows.
func TestGridTrust100Fresh(t *testing.T) {
	n, ctx := start(t, 8, 8)
	dealid := ok[common.Hash](t)(n.Request(ctx, 1, 100, "certified"))
	check(t, n, ctx, dealid, 1, "certified")
	task := ok[poco.TaskStatus](t)(taskStatus(n, ctx, poco.TaskID(dealid, 0)))
	if task != poco.TaskCompleted {
		t.Fatalf("status %s", task)
	}
	v, err := n.Hub.Task(ctx, poco.TaskID(dealid, 0))
	if err != nil {
		t.Fatal(err)
	}
	if v.RevealCount.Int64() != 7 {
		t.Fatalf("%d revealed winners, want 7 (fresh workers at trust 100)", v.RevealCount)
	}
	forWinners := int64(devnet.PoolPrice - devnet.PoolPrice*20/100) // no loser: the pot is the price
	each := forWinners / 7
	winners := 0
	for i := 0; i < 8; i++ {
		a := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.FirstWorker+i))
		switch gain := a.Balance.Int64() - 1e11; gain {
		case each:
			winners++
			if s := ok[*big.Int](t)(n.Hub.Score(ctx, n.Senders[devnet.FirstWorker+i].Address())); s.Int64() != 1 {
				t.Errorf("winner %d has score %s", i, s)
			}
		case 0:
		default:
			t.Errorf("worker %d gained %d, want %d or 0", i, gain, each)
		}
	}
	if winners != 7 {
		t.Fatalf("%d workers paid, want 7", winners)
	}
	sched := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Scheduler))
	if gain := sched.Balance.Int64() - 1e11; gain != devnet.PoolPrice-7*each || sched.Frozen.Sign() != 0 {
		t.Fatalf("scheduler gained %d (frozen %s), want %d", gain, sched.Frozen, devnet.PoolPrice-7*each)
	}
}

// An app whose bytes do not match the checksum on chain is refused: the worker reports the
// failure and never contributes.
func TestGridRefusesTamperedApp(t *testing.T) {
	n, ctx := start(t, 1, 1)
	info := ok[chain.AppInfo](t)(n.Hub.AppInfo(ctx, n.App, n.Deployment.Block))
	wrong := sha256.Sum256([]byte("not the module"))
	app, _, err := n.Hub.CreateApp(ctx, n.Senders[devnet.AppDev], "tampered", poco.AppWASM, info.URI, wrong, nil)
	if err != nil {
		t.Fatal(err)
	}
	dealid := ok[common.Hash](t)(n.RequestApp(ctx, app, common.Address{}, 1, 1, "x"))
	taskid := poco.TaskID(dealid, 0)
	state := filepath.Join(n.WorkerDir(0), "tasks", taskid.Hex()+".json")
	for {
		b, err := os.ReadFile(state)
		if err == nil && bytes.Contains(b, []byte("does not match the checksum")) {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no refusal recorded: %s %v", b, err)
		case <-time.After(20 * time.Millisecond):
		}
	}
	if s := ok[*big.Int](t)(statusOf(n, ctx, taskid, n.Senders[devnet.FirstWorker].Address())); s.Sign() != 0 {
		t.Fatal("the worker contributed with a tampered app")
	}
	// The requester can read why, from the scheduler.
	for {
		resp, err := reportGet(ctx, n, taskid, devnet.Requester)
		if err != nil {
			t.Fatal(err)
		}
		var rep scheduler.TaskReport
		json.NewDecoder(resp.Body).Decode(&rep)
		resp.Body.Close()
		if len(rep.Replicates) == 1 && rep.Replicates[0].State == "failed" {
			if !strings.Contains(rep.Replicates[0].Reason, "does not match the checksum") {
				t.Fatalf("reason %q", rep.Replicates[0].Reason)
			}
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no failure reported: %+v", rep)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// A worker killed right after contributing and restarted on its own state finishes its task:
// it reveals the digest it kept on disk and never contributes twice.
func TestGridWorkerRestartsMidTask(t *testing.T) {
	n, ctx := start(t, 1, 0)
	kill := ok[context.CancelFunc](t)(n.StartWorker(0, n.Exec))
	me := n.Senders[devnet.FirstWorker].Address()
	dealid := ok[common.Hash](t)(n.Request(ctx, 1, 1, "resume"))
	taskid := poco.TaskID(dealid, 0)
	for ok[*big.Int](t)(statusOf(n, ctx, taskid, me)).Sign() == 0 {
		select {
		case <-ctx.Done():
			t.Fatal("no contribution")
		case <-time.After(5 * time.Millisecond):
		}
	}
	kill()
	ok[context.CancelFunc](t)(n.StartWorker(0, n.Exec)) // same account, same state directory
	check(t, n, ctx, dealid, 1, "resume")
	if s := ok[*big.Int](t)(statusOf(n, ctx, taskid, me)); s.Uint64() != uint64(poco.ContributionRevealed) {
		t.Fatalf("contribution status %s after the restart", s)
	}
	v, err := n.Hub.Task(ctx, taskid)
	if err != nil || v.ContributorCount.Int64() != 1 {
		t.Fatalf("%v contributors (%v)", v.ContributorCount, err)
	}
}

// An app that reads a dataset: the worker fetches the dataset (verified against the chain's
// checksum) into /in, the result holds the app's output, and the dataset's owner is paid.
func TestGridDataset(t *testing.T) {
	n, ctx := start(t, 2, 2)
	mod, _ := executortest.BuildWASM(t, "../examples/wordcount")
	app := ok[common.Address](t)(n.Publish(ctx, poco.KindApp, "wordcount", ok[[]byte](t)(os.ReadFile(mod))))
	data := ok[[]byte](t)(os.ReadFile("../examples/testdata/sample.txt"))
	dataset := ok[common.Address](t)(n.Publish(ctx, poco.KindDataset, "sample.txt", data))
	// Its checksum is public on chain, its bytes are not: storage refuses an unsigned get
	// (the workers below sign theirs with their tasks' authorizations).
	sum := sha256.Sum256(data)
	if _, err := n.Storage.Get(ctx, hex.EncodeToString(sum[:])); err == nil || !strings.Contains(err.Error(), "paid_data") {
		t.Fatalf("an unsigned download of the paid dataset: %v", err)
	}
	dealid := ok[common.Hash](t)(n.RequestApp(ctx, app, dataset, 2, 1, "3"))
	if _, err := n.Wait(ctx, dealid, 2); err != nil {
		t.Fatal(err)
	}
	golden := ok[[]byte](t)(os.ReadFile("../examples/testdata/wordcount.golden"))
	for i := uint64(0); i < 2; i++ {
		archive := ok[[]byte](t)(n.Result(ctx, poco.TaskID(dealid, i)))
		// The golden file is the top 5; the request asked for the top 3: its first 4 lines.
		want := bytes.Join(bytes.SplitN(golden, []byte("\n"), 5)[:4], []byte("\n"))
		if !bytes.Contains(archive, want) {
			t.Fatalf("task %d: the result lacks the word counts:\n%q", i, archive)
		}
	}
	owner := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.DataDev))
	if owner.Balance.Int64() != 1e11+2*devnet.DatasetPrice {
		t.Fatalf("dataset owner has %s", owner.Balance)
	}
}

// httpGet is http.Get bound to ctx.
// reportGet asks the scheduler for a task's report, signed by the account of role.
func reportGet(ctx context.Context, n *devnet.Net, taskid common.Hash, role int) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, n.APIURL()+"/v1/tasks/"+taskid.Hex(), nil)
	if err != nil {
		return nil, err
	}
	if err := scheduler.SignReportRequest(req, n.Pool, taskid, n.Senders[role].Key()); err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func httpGet(ctx context.Context, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
