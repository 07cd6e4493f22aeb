package worker_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/chain/devchain"
	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/executor/wasm"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
	"github.com/decloud/decloud/scheduler/sqlite"
	"github.com/decloud/decloud/storage"
	"github.com/decloud/decloud/worker"
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == wasm.ChildArg {
		os.Exit(wasm.ChildMain())
	}
	os.Exit(m.Run())
}

type grid struct {
	t          *testing.T
	ctx        context.Context
	dc         *devchain.Chain
	dep        chain.Deployment
	hub        *chain.Hub
	domain     poco.Domain
	senders    []*chain.Sender
	store      *storage.Store
	storage    *storage.Client
	app        common.Address
	pool       common.Address
	service    *scheduler.Service
	db         string
	storageURL string
	api        *httptest.Server
	handler    atomic.Pointer[http.Handler]
	stopSched  context.CancelFunc
	exec       executor.Executor
}

// startScheduler (re)starts the scheduler on its database, behind the same URL.
func (g *grid) startScheduler() {
	t := g.t
	db := ok(sqlite.Open(g.ctx, g.db))
	t.Cleanup(func() { db.Close() })
	g.service = ok(scheduler.NewService(g.ctx, scheduler.ServiceConfig{
		Hub: g.hub, Logs: g.dc.Client(), Sender: g.senders[4], Pool: g.pool, Domain: g.domain, From: g.dep.Block,
		Store: db, StorageURL: g.storageURL, Plan: scheduler.Config{Heartbeat: 500 * time.Millisecond, ClaimEnabled: true},
	}))
	h := scheduler.NewAPI(g.service).Handler()
	g.handler.Store(&h)
	ctx, stop := context.WithCancel(g.ctx)
	t.Cleanup(stop)
	g.stopSched = stop
	go g.service.Run(ctx, 50*time.Millisecond)
}

// startWorker starts worker i (account 5+i) with x; the returned function kills it.
func (g *grid) startWorker(i int, x executor.Executor) context.CancelFunc {
	acc := g.dc.Accounts()[5+i]
	w := ok(worker.New(worker.Config{PoolURL: g.api.URL, Key: acc.Key, Hub: g.hub, HubFrom: g.dep.Block, Sender: g.senders[5+i],
		Domain: g.domain, Executor: x, Storage: g.storage, Dir: g.t.TempDir(), Heartbeat: 200 * time.Millisecond}))
	ctx, stop := context.WithCancel(g.ctx)
	g.t.Cleanup(stop)
	go w.Run(ctx)
	return stop
}

// ok returns v, or fails the test (by panicking: only used in set-up code) on err.
func ok[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func noErr(err error) {
	if err != nil {
		panic(err)
	}
}

// newGrid starts a dev chain, storage, a scheduler for one workerpool, and honest workers
// on the first of its worker accounts.
func newGrid(t *testing.T, workerAccounts, honest int) *grid {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	g := &grid{t: t, ctx: ctx}
	g.dc = ok(devchain.Start(ctx, devchain.Config{Accounts: 5 + workerAccounts, Deploy: func(ctx context.Context, c *devchain.Chain) (json.RawMessage, error) {
		s, err := chain.NewSender(c.Client(), c.Accounts()[0].Key, nil)
		if err != nil {
			return nil, err
		}
		var mint []common.Address
		for _, a := range c.Accounts() {
			mint = append(mint, a.Address)
		}
		dep, err := chain.Deploy(ctx, s, c.Client(), chain.DeployOptions{Categories: chain.DefaultCategories, Mint: mint, MintEach: big.NewInt(1e12), ChainID: devchain.ChainID})
		if err != nil {
			return nil, err
		}
		return json.Marshal(dep)
	}}))
	t.Cleanup(func() { g.dc.Close() })
	noErr(json.Unmarshal(g.dc.Deployment(), &g.dep))
	g.hub = chain.NewHub(g.dc.Client(), g.dep.Hub)
	g.domain = poco.NewDomain(g.dc.ChainID(), g.dep.Hub)
	token := bindings.NewToken()
	for _, a := range g.dc.Accounts() {
		s := ok(chain.NewSender(g.dc.Client(), a.Key, nil))
		g.senders = append(g.senders, s)
		ok(s.Send(ctx, &g.dep.Token, token.PackApprove(g.dep.Hub, big.NewInt(1e12)), nil))
		ok(g.hub.Deposit(ctx, s, big.NewInt(1e11)))
	}
	// Storage, with result uploads checked against the task's scheduler on chain.
	g.store = ok(storage.Open(t.TempDir(), 64<<20))
	srv := httptest.NewServer(storage.Handler(g.store, storage.ResultAuthorizer{Domain: g.domain,
		SchedulerOf: func(ctx context.Context, task common.Hash) (common.Address, error) {
			v, err := g.hub.Task(ctx, task)
			if err != nil {
				return common.Address{}, err
			}
			d, err := g.hub.Deal(ctx, v.Dealid)
			return d.Scheduler, err
		}}, nil))
	t.Cleanup(srv.Close)
	g.storage = &storage.Client{BaseURL: srv.URL}

	// The app: the echo example, stored by content address.
	mod, sum := executortest.BuildWASM(t, "../examples/echo")
	f := ok(os.Open(mod))
	defer f.Close()
	_, _, err := g.store.Put(ctx, f, sum)
	noErr(err)
	var cs common.Hash
	copy(cs[:], ok(hex.DecodeString(sum)))
	g.app, _, err = g.hub.CreateApp(ctx, g.senders[2], "echo", poco.AppWASM, "storage:"+sum, cs, nil)
	noErr(err)
	g.pool, _, err = g.hub.CreateWorkerpool(ctx, g.senders[4], "e2e pool", 10, 20)
	noErr(err)

	g.db = filepath.Join(t.TempDir(), "pool.db")
	g.storageURL = srv.URL
	g.api = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		(*g.handler.Load()).ServeHTTP(w, r)
	}))
	t.Cleanup(g.api.Close)
	g.startScheduler()
	g.exec = ok(wasm.New(wasm.Config{CacheDir: t.TempDir(), Command: []string{os.Args[0], wasm.ChildArg}}))
	for i := 0; i < honest; i++ {
		g.startWorker(i, g.exec)
	}
	return g
}

// run matches a request for volume tasks at trust and returns the deal id.
func (g *grid) run(volume, trust int64, args string) common.Hash {
	t := g.t
	salt := common.BigToHash(big.NewInt(time.Now().UnixNano()))
	ao := &poco.AppOrder{App: g.app, AppPrice: big.NewInt(3), Volume: big.NewInt(volume), Salt: salt}
	wo := &poco.WorkerpoolOrder{Workerpool: g.pool, WorkerpoolPrice: big.NewInt(100), Volume: big.NewInt(volume), Category: big.NewInt(0), Trust: big.NewInt(trust), Salt: salt}
	ro := &poco.RequestOrder{App: g.app, AppMaxPrice: big.NewInt(3), Workerpool: g.pool, WorkerpoolMaxPrice: big.NewInt(100),
		Requester: g.senders[1].Address(), Volume: big.NewInt(volume), Category: big.NewInt(0), Trust: big.NewInt(trust),
		Beneficiary: g.senders[1].Address(), Params: `{"args":"` + args + `"}`, Salt: salt}
	noErr(ao.Sign(g.domain, g.senders[2].Key()))
	noErr(wo.Sign(g.domain, g.senders[4].Key()))
	noErr(ro.Sign(g.domain, g.senders[1].Key()))
	id, _, err := g.hub.MatchOrders(g.ctx, g.senders[1], chain.AppOrderArg(ao), chain.DatasetOrderArg(nil), chain.WorkerpoolOrderArg(wo), chain.RequestOrderArg(ro))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// wait waits until every task of the deal is completed and checks each result.
func (g *grid) wait(dealid common.Hash, volume uint64, args string) {
	t := g.t
	for i := uint64(0); i < volume; i++ {
		taskid := poco.TaskID(dealid, i)
		for {
			v, err := g.hub.Task(g.ctx, taskid)
			if err == nil && poco.TaskStatus(v.Status.Uint64()) == poco.TaskCompleted {
				g.checkResult(taskid, common.Hash(v.ResultDigest), args)
				break
			}
			select {
			case <-g.ctx.Done():
				t.Fatalf("task %d of %d not completed: %+v %v", i, volume, v, err)
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
}

// checkResult downloads the result the chain links to and checks its digest and content.
func (g *grid) checkResult(taskid, digest common.Hash, args string) {
	t := g.t
	logs := ok(g.dc.Client().FilterLogs(g.ctx, filterFinalize(g, taskid)))
	if len(logs) != 1 {
		t.Fatalf("%d TaskFinalize events for %s", len(logs), taskid)
	}
	ev := ok(g.hub.ABI().UnpackTaskFinalizeEvent(&logs[0]))
	link := ok(poco.ParseResultLink(ev.Results))
	if link.Digest != digest {
		t.Fatalf("link digest %s, chain %s", link.Digest, digest)
	}
	archive := ok(g.storage.Get(g.ctx, link.Location))
	if sha256.Sum256(archive) != digest {
		t.Fatal("the stored result does not hash to the digest on chain")
	}
	if !containsBytes(archive, []byte(args+"\ntask "+taskid.Hex())) {
		t.Fatalf("the result archive lacks the app's output:\n%q", archive)
	}
}

func TestGridRunsDeals(t *testing.T) {
	g := newGrid(t, 4, 4)
	start := time.Now()
	d1 := g.run(20, 1, "hello grid")
	g.wait(d1, 20, "hello grid")
	t.Logf("20 trust-1 tasks in %v", time.Since(start))
	start = time.Now()
	d3 := g.run(3, 3, "replicated")
	g.wait(d3, 3, "replicated")
	t.Logf("3 trust-3 tasks in %v", time.Since(start))
	// Every account's money is where the formulas put it.
	req := ok(g.hub.Account(g.ctx, g.senders[1].Address()))
	spent := new(big.Int).Sub(big.NewInt(1e11), req.Balance)
	if want := int64(23 * (3 + 100)); spent.Int64() != want || req.Frozen.Sign() != 0 {
		t.Fatalf("requester spent %s (frozen %s), want %d", spent, req.Frozen, want)
	}
	dev := ok(g.hub.Account(g.ctx, g.senders[2].Address()))
	if dev.Balance.Int64() != 1e11+23*3 {
		t.Fatalf("app owner has %s", dev.Balance)
	}
}

func containsBytes(b, sub []byte) bool { return bytesIndex(b, sub) >= 0 }

// liar runs the app honestly, then adds a file: a wrong result.
type liar struct{ inner executor.Executor }

func (l liar) Run(ctx context.Context, s executor.Spec) (executor.Result, error) {
	res, err := l.inner.Run(ctx, s)
	if err == nil {
		err = os.WriteFile(filepath.Join(s.OutputDir, "lie.txt"), []byte("trust me"), 0o644)
	}
	return res, err
}

// A lying worker at trust 3: its result is never accepted, it loses its stake, the honest
// workers are paid.
func TestGridLiarIsCaught(t *testing.T) {
	// The liar works alone first, so it surely contributes; then honest workers join.
	g := newGrid(t, 4, 0)
	g.startWorker(3, liar{g.exec})
	liarAddr := g.dc.Accounts()[8].Address
	dealid := g.run(2, 3, "who lies")
	for ok(g.hub.Contribution(g.ctx, poco.TaskID(dealid, 0), liarAddr)).Status.Sign() == 0 {
		select {
		case <-g.ctx.Done():
			t.Fatal("the liar never contributed")
		case <-time.After(20 * time.Millisecond):
		}
	}
	for i := 0; i < 3; i++ {
		g.startWorker(i, g.exec)
	}
	g.wait(dealid, 2, "who lies")
	lied := 0
	for i := uint64(0); i < 2; i++ {
		taskid := poco.TaskID(dealid, i)
		c := ok(g.hub.Contribution(g.ctx, taskid, liarAddr))
		if c.Status.Sign() != 0 {
			lied++
			if c.Status.Uint64() == uint64(poco.ContributionRevealed) {
				t.Fatalf("the liar revealed on task %d", i)
			}
		}
	}
	if lied == 0 {
		t.Fatal("the liar took part in no task: the test proves nothing")
	}
	acc := ok(g.hub.Account(g.ctx, liarAddr))
	if want := int64(1e11 - lied*10); acc.Balance.Int64() != want || acc.Frozen.Sign() != 0 {
		t.Fatalf("liar has %s (frozen %s), want %d: stake not seized", acc.Balance, acc.Frozen, want)
	}
	paid := 0
	for i := 0; i < 3; i++ {
		a := ok(g.hub.Account(g.ctx, g.dc.Accounts()[5+i].Address))
		if a.Balance.Int64() > 1e11 {
			paid++
		}
		if ok(g.hub.Score(g.ctx, g.dc.Accounts()[5+i].Address)).Sign() == 0 && a.Balance.Int64() > 1e11 {
			t.Errorf("honest worker %d was paid but its score did not grow", i)
		}
	}
	if paid < 2 {
		t.Fatalf("only %d honest workers were paid", paid)
	}
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
	g := newGrid(t, 2, 0)
	h := hanging{started: make(chan struct{})}
	kill := g.startWorker(0, h)
	dealid := g.run(1, 1, "survive")
	select {
	case <-h.started:
	case <-g.ctx.Done():
		t.Fatal("the first worker never got the task")
	}
	kill()
	g.startWorker(1, g.exec)
	g.wait(dealid, 1, "survive")
	c := ok(g.hub.Contribution(g.ctx, poco.TaskID(dealid, 0), g.dc.Accounts()[5].Address))
	if c.Status.Sign() != 0 {
		t.Fatal("the killed worker contributed")
	}
}

// The scheduler killed and restarted mid-deal: the deal completes from its database.
func TestGridSchedulerRestart(t *testing.T) {
	g := newGrid(t, 3, 3)
	dealid := g.run(8, 1, "restart")
	// Let some work happen, then kill the scheduler and start a new one on the same database.
	for {
		v := ok(g.hub.Task(g.ctx, poco.TaskID(dealid, 0)))
		if poco.TaskStatus(v.Status.Uint64()) != poco.TaskUnset {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	g.stopSched()
	g.startScheduler()
	g.wait(dealid, 8, "restart")
}
