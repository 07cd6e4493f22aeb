// Package devnet runs the whole grid in one process on 127.0.0.1: an embedded dev chain with
// the hub, a storage server, one workerpool's scheduler and its workers. End-to-end tests and
// benchmarks use it; `decloud dev` will too. Everything in it is the real thing.
package devnet

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/chain/devchain"
	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/wasm"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
	"github.com/decloud/decloud/scheduler/broker"
	"github.com/decloud/decloud/scheduler/sqlite"
	"github.com/decloud/decloud/sdk"
	"github.com/decloud/decloud/storage"
	"github.com/decloud/decloud/taskparams"
	"github.com/decloud/decloud/worker"
)

// Accounts of the dev chain, by role.
const (
	Owner     = 0
	Requester = 1
	AppDev    = 2
	DataDev   = 3
	Scheduler = 4
	// FirstWorker is the account of worker 0; worker i uses FirstWorker+i.
	FirstWorker = 5
)

// DefaultWorkerBond is what each worker bonds to the pool of a batched grid when
// Config.WorkerBond is nil: a tenth of its deposit.
var DefaultWorkerBond = big.NewInt(1e10)

// Prices of the standard orders.
const (
	AppPrice     = 3
	DatasetPrice = 7
	PoolPrice    = 100
)

// Config says what to start.
type Config struct {
	Dir            string // state of every part
	WorkerAccounts int    // funded worker accounts
	Workers        int    // honest workers started at once (on the first accounts)
	AppModule      string // the WASM app the requests run (a path); "" for none
	// Heartbeat is the workers' beat (default 1 s) and MissedBeats how many the scheduler
	// waits before it marks a silent worker's assignments lost (default 5): a window that a
	// loaded test machine, whose goroutines can stall for seconds, does not cross by accident.
	Heartbeat   time.Duration
	MissedBeats int
	Tick        time.Duration // scheduler step interval
	// IdleBlock seals an empty block after that long without one, so chain time moves on an
	// idle grid (decloud dev sets it; 0: blocks only for transactions, as tests want).
	IdleBlock   time.Duration
	WasmCommand []string // sandbox child command (default: this executable)
	// WasmSpares is how many warm sandbox children the workers' shared wasm executor keeps
	// (wasm.Config.Spares; 0: none).
	WasmSpares int
	// MaxRunning bounds the sandbox runs of all the workers at once (wasm.Config.MaxRunning;
	// 0: none, each worker's slots bound its own).
	MaxRunning int
	// Scratch is where the workers and their wasm executor keep the runs' transient files
	// (worker.Config.ScratchDir, wasm.Config.JailDir; "": under Dir, on its disk).
	Scratch string
	// WorkerResources says what worker i advertises (nil, or zero fields: its defaults).
	WorkerResources func(i int) WorkerResources
	Logger          *slog.Logger
	// TransferModule, when set, is the built-in transfer app (examples/transfer for
	// wasip1/wasm): a new grid registers it (TransferApp) with a standing free app order.
	TransferModule []byte
	// Admission is the pool's admission policy (default: open to any worker).
	Admission scheduler.Admission
	// Persistent keeps the chain in Dir (as every other part already is), so that a Start
	// on the same Dir resumes: deals in flight complete, nothing is set up twice.
	Persistent bool
	// WorkerBond, when set, is what each worker account bonds to the pool on a new grid:
	// the stakes of batched deals (docs/protocol.md, "Batched settlement").
	WorkerBond *big.Int
	// Batched makes the pool's standing order (and Request's pool orders) carry
	// poco.TagBatched: its deals are settled in batches; the workers bond WorkerBond, or
	// DefaultWorkerBond when it is nil.
	Batched bool
	// BatchSize and BatchInterval tune the scheduler's settlements of batched deals
	// (scheduler.Config; 0: its defaults).
	BatchSize     int
	BatchInterval time.Duration
	// OCI, when set, is the sandbox of oci apps every worker gets (and advertises) besides
	// the wasm one: an oci.Executor, or a stand-in (StartWorkerWith may take it away from
	// one worker).
	OCI executor.Executor
}

// Net is a running grid.
type Net struct {
	cfg        Config
	Chain      *devchain.Chain
	Deployment chain.Deployment
	Hub        *chain.Hub
	Domain     poco.Domain
	Senders    []*chain.Sender
	Store      *storage.Store
	Storage    *storage.Client
	App        common.Address
	Pool       common.Address
	Exec       executor.Executor
	Service    *scheduler.Service
	Market     *market.Service
	// Category is the category of the deals Request makes (default 0, XS).
	Category int64
	// MarketURL, StorageURL: the market's and the storage's APIs.
	MarketURL, StorageURL string
	TransferApp           common.Address // the built-in transfer app (zero without Config.TransferModule)

	storageSrv *httptest.Server
	api        *httptest.Server
	handler    atomic.Pointer[http.Handler]
	ctx        context.Context
	cancel     context.CancelFunc
	mu         sync.Mutex
	stopSched  context.CancelFunc
	closers    []func()
	salt       atomic.Int64
}

// Start brings the grid up.
func Start(ctx context.Context, cfg Config) (*Net, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = time.Second
	}
	if cfg.MissedBeats <= 0 {
		cfg.MissedBeats = 5
	}
	if cfg.Tick <= 0 {
		cfg.Tick = 50 * time.Millisecond
	}
	n := &Net{cfg: cfg}
	n.ctx, n.cancel = context.WithCancel(context.Background())
	if err := n.start(ctx); err != nil {
		n.Close()
		return nil, err
	}
	return n, nil
}

func (n *Net) start(ctx context.Context) error {
	var err error
	chainCfg := devchain.Config{Accounts: FirstWorker + n.cfg.WorkerAccounts, Deploy: deploy, Idle: n.cfg.IdleBlock}
	if n.cfg.Persistent {
		chainCfg.DataDir = filepath.Join(n.cfg.Dir, "chain")
	}
	n.Chain, err = devchain.Start(ctx, chainCfg)
	if err != nil {
		return err
	}
	st, err := loadState(n.cfg.Dir)
	if err != nil {
		return err
	}
	n.closers = append(n.closers, func() { n.Chain.Close() })
	if err := json.Unmarshal(n.Chain.Deployment(), &n.Deployment); err != nil {
		return err
	}
	n.Hub = chain.NewHub(n.Chain.Client(), n.Deployment.Hub)
	n.Domain = poco.NewDomain(n.Chain.ChainID(), n.Deployment.Hub)
	token := bindings.NewToken()
	var pending []*chain.Pending
	for _, a := range n.Chain.Accounts() {
		s, err := chain.NewSender(n.Chain.Client(), a.Key, nil)
		if err != nil {
			return err
		}
		n.Senders = append(n.Senders, s)
		if st.Pool != (common.Address{}) {
			continue // funded at the first start
		}
		if _, err := s.Send(ctx, &n.Deployment.Token, token.PackApprove(n.Deployment.Hub, big.NewInt(1e15)), nil); err != nil {
			return err
		}
		p, err := s.SendAsync(ctx, &n.Deployment.Hub, n.Hub.ABI().PackDeposit(big.NewInt(1e11)), nil)
		if err != nil {
			return err
		}
		pending = append(pending, p)
	}
	for _, p := range pending {
		if _, err := p.Wait(ctx); err != nil {
			return err
		}
	}

	if n.Store, err = storage.Open(filepath.Join(n.cfg.Dir, "storage"), 256<<20); err != nil {
		return err
	}
	results, assets := sdk.StorageAuth(n.Hub, n.Domain, n.Deployment.Block)
	n.storageSrv = httptest.NewServer(storage.Handler(n.Store, results, assets, n.cfg.Logger))
	n.closers = append(n.closers, n.storageSrv.Close)
	n.Storage = &storage.Client{BaseURL: n.storageSrv.URL}
	n.StorageURL = n.storageSrv.URL

	if st.Pool != (common.Address{}) {
		n.Pool, n.App, n.TransferApp = st.Pool, st.App, st.TransferApp
	} else if err := n.setUp(ctx); err != nil {
		return err
	}
	if err := n.startMarket(ctx, st.Pool == (common.Address{})); err != nil {
		return err
	}
	n.api = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		(*n.handler.Load()).ServeHTTP(w, r)
	}))
	n.closers = append(n.closers, n.api.Close)
	if err := n.StartScheduler(ctx); err != nil {
		return err
	}
	// One executor serves every worker of the grid: it keeps a reusable sandbox process idle
	// for each (as a worker's own executor keeps one for each of its slots).
	jails := ""
	if n.cfg.Scratch != "" {
		jails = filepath.Join(n.cfg.Scratch, "decloud-wasm")
	}
	wx, err := wasm.New(wasm.Config{CacheDir: filepath.Join(n.cfg.Dir, "wasm-cache"), JailDir: jails, Command: n.cfg.WasmCommand, Spares: n.cfg.WasmSpares,
		MaxIdle: max(wasm.DefaultMaxIdle, n.cfg.WorkerAccounts), MaxRunning: n.cfg.MaxRunning})
	if err != nil {
		return err
	}
	n.Exec = wx
	n.closers = append(n.closers, func() { _ = wx.Close() })
	for i := 0; i < n.cfg.Workers; i++ {
		if _, err := n.StartWorker(i, n.Exec); err != nil {
			return err
		}
	}
	return nil
}

// setUp registers what a new grid has: the app (if any) and the pool, and records them.
func (n *Net) setUp(ctx context.Context) error {
	var err error
	if n.cfg.AppModule != "" {
		module, err := os.ReadFile(n.cfg.AppModule)
		if err != nil {
			return fmt.Errorf("devnet: app module: %w", err)
		}
		if n.App, err = n.Publish(ctx, poco.KindApp, "app", module); err != nil {
			return err
		}
	}
	if n.Pool, _, err = n.Hub.CreateWorkerpool(ctx, n.Senders[Scheduler], "devnet pool energy=40", 10, 20); err != nil {
		return err
	}
	if n.cfg.TransferModule != nil {
		if n.TransferApp, err = n.PublishTransferApp(ctx, n.cfg.TransferModule); err != nil {
			return err
		}
	}
	if n.cfg.Batched && n.cfg.WorkerBond == nil {
		n.cfg.WorkerBond = DefaultWorkerBond
	}
	if n.cfg.WorkerBond != nil && n.cfg.WorkerBond.Sign() > 0 {
		var pending []*chain.Pending
		for i := 0; i < n.cfg.WorkerAccounts; i++ {
			s := n.Senders[FirstWorker+i]
			p, err := s.SendAsync(ctx, &n.Deployment.Hub, n.Hub.ABI().PackBond(n.Pool, n.cfg.WorkerBond), nil)
			if err != nil {
				return fmt.Errorf("devnet: bond of worker %d: %w", i, err)
			}
			pending = append(pending, p)
		}
		for _, p := range pending {
			if _, err := p.Wait(ctx); err != nil {
				return err
			}
		}
	}
	return saveState(n.cfg.Dir, state{Pool: n.Pool, App: n.App, TransferApp: n.TransferApp})
}

func deploy(ctx context.Context, c *devchain.Chain) (json.RawMessage, error) {
	s, err := chain.NewSender(c.Client(), c.Accounts()[Owner].Key, nil)
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
}

// StartScheduler (re)starts the scheduler on its database, behind the same URL.
func (n *Net) StartScheduler(ctx context.Context) error {
	db, err := sqlite.Open(ctx, filepath.Join(n.cfg.Dir, "pool.db"))
	if err != nil {
		return err
	}
	n.mu.Lock()
	batchSize, batchInterval := n.cfg.BatchSize, n.cfg.BatchInterval
	n.mu.Unlock()
	svc, err := scheduler.NewService(ctx, scheduler.ServiceConfig{
		Hub: n.Hub, Logs: n.Chain.Client(), Sender: n.Senders[Scheduler], Pool: n.Pool, Domain: n.Domain, From: n.Deployment.Block,
		Store: db, StorageURL: n.storageSrv.URL, Admission: n.cfg.Admission, Plan: scheduler.Config{Heartbeat: n.cfg.Heartbeat, MissedBeats: n.cfg.MissedBeats, ClaimEnabled: true,
			BatchSize: batchSize, BatchInterval: batchInterval}, Logger: n.cfg.Logger,
	})
	if err != nil {
		db.Close()
		return err
	}
	h := scheduler.NewAPI(svc).Handler()
	n.handler.Store(&h)
	runCtx, stop := context.WithCancel(n.ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = svc.Run(runCtx, n.cfg.Tick) }() // returns nil when runCtx ends
	n.mu.Lock()
	n.Service = svc
	n.stopSched = sync.OnceFunc(func() { stop(); <-done; db.Close() })
	n.closers = append(n.closers, n.stopSched)
	n.mu.Unlock()
	return nil
}

// StartBroker runs open brokering for the pool (package scheduler/broker): published
// requests that the pool's orders and the book's app and dataset orders satisfy are matched
// from the pool owner's account, a round every `every` (0: the broker's default, 2 s).
// Close stops it.
func (n *Net) StartBroker(every time.Duration) error {
	service := func() *scheduler.Service { // the scheduler of the moment (StartScheduler replaces it)
		n.mu.Lock()
		defer n.mu.Unlock()
		return n.Service
	}
	b, err := broker.New(broker.Config{Book: n.Market, Matcher: broker.HubMatcher{Hub: n.Hub, Tx: n.Senders[Scheduler]}, Pool: n.Pool,
		CanServe: func(params string, kind uint8, tag common.Hash) error { return service().CanServe(params, kind, tag) },
		Kinds:    func(ctx context.Context, app common.Address) (uint8, error) { return service().AppKind(ctx, app) },
		Every:    every, Logger: n.cfg.Logger})
	if err != nil {
		return err
	}
	runCtx, stop := context.WithCancel(n.ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = b.Run(runCtx) }() // returns nil when runCtx ends
	n.mu.Lock()
	n.closers = append(n.closers, func() { stop(); <-done })
	n.mu.Unlock()
	return nil
}

// SetBatching changes the batching of the schedulers StartScheduler starts from now on
// (tests restart one with another interval).
func (n *Net) SetBatching(size int, interval time.Duration) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.cfg.BatchSize, n.cfg.BatchInterval = size, interval
}

// StopScheduler kills the scheduler (its database stays).
func (n *Net) StopScheduler() {
	n.mu.Lock()
	stop := n.stopSched
	n.mu.Unlock()
	if stop != nil {
		stop()
	}
}

// StartWorker starts worker i with executor x; the returned function stops it and waits
// until it has (Close stops every worker still running).
func (n *Net) StartWorker(i int, x executor.Executor) (context.CancelFunc, error) {
	return n.StartWorkerWith(i, x, nil)
}

// StartWorkerWith is StartWorker with edit applied to the worker's config (tests use it to
// give a worker a faulty storage, for instance).
func (n *Net) StartWorkerWith(i int, x executor.Executor, edit func(*worker.Config)) (context.CancelFunc, error) {
	acc := n.Chain.Accounts()[FirstWorker+i]
	dir := n.WorkerDir(i)
	cfg := n.advertise(i, worker.Config{Sandbox: wasm.Probe().Names(), PoolURL: n.api.URL, Key: acc.Key, Hub: n.Hub, HubFrom: n.Deployment.Block, Sender: n.Senders[FirstWorker+i],
		Domain: n.Domain, Executor: x, OCI: n.cfg.OCI, Storage: n.Storage, Dir: dir, ScratchDir: n.cfg.Scratch, Heartbeat: n.cfg.Heartbeat, Logger: n.cfg.Logger,
		// A grid on one machine: its tests serve some apps and datasets from other servers
		// on loopback, which a real worker refuses.
		FetchAllow: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}})
	if edit != nil {
		edit(&cfg)
	}
	w, err := worker.New(cfg)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(n.ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := w.Run(ctx); err != nil {
			n.cfg.Logger.Error("devnet: worker stopped", "worker", i, "err", err)
		}
	}()
	stop := sync.OnceFunc(func() { cancel(); <-done })
	n.mu.Lock()
	n.closers = append(n.closers, stop)
	n.mu.Unlock()
	return stop, nil
}

// Request matches orders for volume tasks at trust running the app with args, and returns
// the deal id.
func (n *Net) Request(ctx context.Context, volume, trust int64, args string) (common.Hash, error) {
	return n.RequestApp(ctx, n.App, common.Address{}, volume, trust, args)
}

// WorkerDir is where worker i keeps its state.
func (n *Net) WorkerDir(i int) string { return filepath.Join(n.cfg.Dir, fmt.Sprintf("worker-%d", i)) }

// RequestApp is Request for another app of the AppDev account and, unless zero, a dataset
// of the DataDev account.
func (n *Net) RequestApp(ctx context.Context, app, dataset common.Address, volume, trust int64, args string) (common.Hash, error) {
	return n.RequestParams(ctx, app, dataset, volume, trust, taskparams.Params{Args: args}.Encode())
}

// RequestParams is RequestApp with the request order's whole params string (see package
// taskparams), which is not checked: a bad one makes a deal that the scheduler refuses.
func (n *Net) RequestParams(ctx context.Context, app, dataset common.Address, volume, trust int64, params string) (common.Hash, error) {
	return n.RequestTagged(ctx, app, dataset, volume, trust, params, common.Hash{})
}

// RequestTagged is RequestParams with a tag on the request (and on the pool's order, which
// must hold its bits), poco.TagGPU for a GPU deal.
func (n *Net) RequestTagged(ctx context.Context, app, dataset common.Address, volume, trust int64, params string, tag common.Hash) (common.Hash, error) {
	salt := common.BigToHash(big.NewInt(n.salt.Add(1)))
	ao := &poco.AppOrder{App: app, AppPrice: big.NewInt(AppPrice), Volume: big.NewInt(volume), Salt: salt}
	wo := &poco.WorkerpoolOrder{Workerpool: n.Pool, WorkerpoolPrice: big.NewInt(PoolPrice), Volume: big.NewInt(volume), Category: big.NewInt(n.Category), Trust: big.NewInt(trust),
		Tag: tag, Salt: salt}
	ro := &poco.RequestOrder{App: app, AppMaxPrice: big.NewInt(AppPrice), Workerpool: n.Pool, WorkerpoolMaxPrice: big.NewInt(PoolPrice),
		Requester: n.Senders[Requester].Address(), Volume: big.NewInt(volume), Category: big.NewInt(n.Category), Trust: big.NewInt(trust),
		Beneficiary: n.Senders[Requester].Address(), Params: params, Tag: tag, Salt: salt}
	var do *poco.DatasetOrder
	if dataset != (common.Address{}) {
		do = &poco.DatasetOrder{Dataset: dataset, DatasetPrice: big.NewInt(DatasetPrice), Volume: big.NewInt(volume), Salt: salt}
		ro.Dataset, ro.DatasetMaxPrice = dataset, big.NewInt(DatasetPrice)
		if err := do.Sign(n.Domain, n.Senders[DataDev].Key()); err != nil {
			return common.Hash{}, err
		}
	}
	for _, err := range []error{ao.Sign(n.Domain, n.Senders[AppDev].Key()), wo.Sign(n.Domain, n.Senders[Scheduler].Key()), ro.Sign(n.Domain, n.Senders[Requester].Key())} {
		if err != nil {
			return common.Hash{}, err
		}
	}
	id, _, err := n.Hub.MatchOrders(ctx, n.Senders[Requester], chain.AppOrderArg(ao), chain.DatasetOrderArg(do), chain.WorkerpoolOrderArg(wo), chain.RequestOrderArg(ro))
	return id, err
}

// Publish registers an asset (an app of AppDev when kind is poco.KindApp, else a dataset of
// DataDev) and uploads its bytes to storage as its owner.
func (n *Net) Publish(ctx context.Context, kind uint8, name string, data []byte) (common.Address, error) {
	owner := n.Senders[DataDev]
	if kind == poco.KindApp {
		owner = n.Senders[AppDev]
	}
	a, err := sdk.PublishFile(ctx, n.Hub, owner, n.Storage, kind, name, data)
	return a.Address, err
}

// PublishOCI registers an oci app of AppDev whose code is img (sdk.ResolveOCI): its layout
// archive is uploaded to storage, or its registry reference kept.
func (n *Net) PublishOCI(ctx context.Context, name string, img sdk.OCIImage) (common.Address, error) {
	a, err := sdk.PublishOCIApp(ctx, n.Hub, n.Senders[AppDev], n.Storage, name, img)
	return a.Address, err
}

// Wait waits until every task of the deal is completed and returns, per task index, the
// time it was seen completed.
func (n *Net) Wait(ctx context.Context, dealid common.Hash, volume uint64) ([]time.Time, error) {
	done := make([]time.Time, volume)
	left := volume
	deal, err := n.Hub.Deal(ctx, dealid)
	if err != nil {
		return done, err
	}
	seen := ^uint64(0) // the block of the last round
	for left > 0 {
		// A task's status changes only with a block: a round reads the chain only after a
		// new one (a 10,000-task deal has 40 words of bits to read).
		head, err := n.Chain.Client().BlockNumber(ctx)
		if err != nil {
			return done, err
		}
		if head == seen {
			select {
			case <-ctx.Done():
				return done, fmt.Errorf("devnet: %d of %d tasks still running: %w", left, volume, ctx.Err())
			case <-time.After(20 * time.Millisecond):
			}
			continue
		}
		seen = head
		var bits bindings.BatchBitsView
		word := ^uint64(0)
		for i := uint64(0); i < volume; i++ {
			if !done[i].IsZero() {
				continue
			}
			var status poco.TaskStatus
			if deal.Batched {
				if i/256 != word {
					if bits, err = n.Hub.BatchBits(ctx, dealid, i/256); err != nil {
						return done, err
					}
					word = i / 256
				}
				status = chain.BitsStatus(bits, i)
			} else {
				v, err := n.Hub.Task(ctx, poco.TaskID(dealid, i))
				if err != nil {
					return done, err
				}
				status = poco.TaskStatus(v.Status.Uint64())
			}
			switch status {
			case poco.TaskCompleted:
				done[i] = time.Now()
				left--
			case poco.TaskFailed:
				return done, fmt.Errorf("devnet: task %d failed", i)
			}
		}
		if left == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return done, fmt.Errorf("devnet: %d of %d tasks still running: %w", left, volume, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
	return done, nil
}

// Result fetches the result the chain links to for a completed task and checks it against
// the digest on chain.
func (n *Net) Result(ctx context.Context, taskid common.Hash) ([]byte, error) {
	archive, digest, err := n.ResultBlob(ctx, taskid)
	if err != nil {
		return nil, err
	}
	if sha256.Sum256(archive) != digest {
		return nil, errors.New("devnet: the stored result does not hash to the digest on chain")
	}
	return archive, nil
}

// ResultBlob fetches the blob the chain links to for a completed task, unchecked (it is a
// ciphertext when the request asked for encryption), and the result digest on chain.
func (n *Net) ResultBlob(ctx context.Context, taskid common.Hash) ([]byte, common.Hash, error) {
	link, err := n.Hub.ResultLink(ctx, taskid, n.Deployment.Block)
	if err != nil {
		return nil, common.Hash{}, err
	}
	blob, err := n.Storage.Get(ctx, link.Location)
	return blob, link.Digest, err
}

// APIURL is the scheduler's API.
func (n *Net) APIURL() string { return n.api.URL }

// Close stops everything.
func (n *Net) Close() {
	n.cancel()
	for i := len(n.closers) - 1; i >= 0; i-- {
		n.closers[i]()
	}
}
