// Package marketbench measures the order book behind `decloud bench market`: signed orders
// published through the HTTP API (every signature, owner, volume and escrow check against
// the embedded chain included), book queries on the full book, and the choice of the best
// workerpool order for a request (multi-criteria ranking included).
package marketbench

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/market/choice"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
)

// Report is what `decloud bench market` prints.
type Report struct {
	Orders           int     `json:"orders"`
	Pools            int     `json:"pools"`
	Apps             int     `json:"apps"`
	Clients          int     `json:"clients"`          // concurrent publishers
	PublishPerSecond float64 `json:"publishPerSecond"` // accepted orders per second, all checks included
	Queries          int     `json:"queries"`
	QueryP50Ms       float64 `json:"queryP50Ms"` // a page of 20 from the full book, over HTTP
	QueryP99Ms       float64 `json:"queryP99Ms"`
	SelectMs         float64 `json:"selectMs"` // best compatible workerpool order for a request (median of 5)
	SignSeconds      float64 `json:"signSeconds"`
	Scope            string  `json:"scope"`
}

// Config sizes the run.
type Config struct {
	Orders  int // default 100,000
	Pools   int // default 40
	Apps    int // default 100
	Clients int // concurrent publishers (default 16)
	Queries int // default 2,000
}

// Run builds the book and measures it.
func Run(ctx context.Context, cfg Config) (Report, error) {
	cfg.Orders = cmp.Or(cfg.Orders, 100_000)
	cfg.Pools = cmp.Or(cfg.Pools, 40)
	cfg.Apps = cmp.Or(cfg.Apps, 100)
	cfg.Clients = cmp.Or(cfg.Clients, 16)
	cfg.Queries = cmp.Or(cfg.Queries, 2000)
	rep := Report{Orders: cfg.Orders, Pools: cfg.Pools, Apps: cfg.Apps, Clients: cfg.Clients, Queries: cfg.Queries,
		Scope: "one process: embedded chain, market (SQLite, synchronous=FULL) and its HTTP API on 127.0.0.1, the clients"}
	dir, err := os.MkdirTemp("", "decloud-bench-market-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(dir)
	n, err := devnet.Start(ctx, devnet.Config{Dir: dir, WorkerAccounts: cfg.Pools})
	if err != nil {
		return rep, err
	}
	defer n.Close()

	// The assets: a pool per worker account, apps of the app developer.
	pools := make([]common.Address, cfg.Pools)
	for i := range pools {
		if pools[i], _, err = n.Hub.CreateWorkerpool(ctx, n.Senders[devnet.FirstWorker+i], fmt.Sprintf("bench pool %d energy=%d", i, 10+i), 10, 20); err != nil {
			return rep, err
		}
	}
	apps := make([]common.Address, cfg.Apps)
	for i := range apps {
		if apps[i], _, err = n.Hub.CreateApp(ctx, n.Senders[devnet.AppDev], fmt.Sprintf("bench app %d", i), poco.AppWASM, "storage:00", common.Hash{1, byte(i)}, nil); err != nil {
			return rep, err
		}
	}

	// Sign every order first: that is the publishers' work, not the book's.
	type signed struct {
		kind market.Kind
		body []byte
	}
	orders := make([]signed, cfg.Orders)
	start := time.Now()
	var wg sync.WaitGroup
	var signErr atomic.Value
	workers := runtime.NumCPU()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			for i := w; i < cfg.Orders; i += workers {
				k, o, key := makeOrder(n, rng, i, pools, apps)
				if err := o.Sign(n.Domain, key); err != nil {
					signErr.Store(err)
					return
				}
				b, _ := json.Marshal(o)
				orders[i] = signed{k, b}
			}
		}(w)
	}
	wg.Wait()
	if err, _ := signErr.Load().(error); err != nil {
		return rep, err
	}
	rep.SignSeconds = time.Since(start).Seconds()

	book := &market.Client{BaseURL: n.MarketURL}
	if path := os.Getenv("DECLOUD_CPUPROFILE"); path != "" { // profile the publishing phase
		f, err := os.Create(path)
		if err != nil {
			return rep, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return rep, err
		}
		defer pprof.StopCPUProfile()
	}
	var next atomic.Int64
	var failed atomic.Value
	start = time.Now()
	for c := 0; c < cfg.Clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(orders) {
					return
				}
				if _, err := book.Publish(ctx, orders[i].kind, orders[i].body); err != nil {
					failed.Store(fmt.Errorf("order %d (%s): %w", i, orders[i].kind, err))
					return
				}
			}
		}()
	}
	wg.Wait()
	if err, _ := failed.Load().(error); err != nil {
		return rep, err
	}
	rep.PublishPerSecond = float64(cfg.Orders) / time.Since(start).Seconds()

	// Queries of every kind a user makes, on the full book.
	rng := rand.New(rand.NewPCG(1, 2))
	lat := make([]float64, cfg.Queries)
	for i := range lat {
		q := randomQuery(rng, pools, apps)
		t0 := time.Now()
		if _, err := book.Query(ctx, q); err != nil {
			return rep, fmt.Errorf("query %+v: %w", q, err)
		}
		lat[i] = float64(time.Since(t0).Microseconds()) / 1000
	}
	sort.Float64s(lat)
	rep.QueryP50Ms, rep.QueryP99Ms = lat[len(lat)/2], lat[len(lat)*99/100]

	// The choice a `decloud run` makes: the requester's own app, trust 5, category 0.
	c, err := sdk.Connect(ctx, sdk.Config{RPC: n.Chain.RPCURL(), Hub: n.Deployment.Hub, HubBlock: n.Deployment.Block,
		Market: n.MarketURL, Storage: n.StorageURL}, n.Senders[devnet.Requester].Key(), nil)
	if err != nil {
		return rep, err
	}
	defer c.Close()
	own, _, err := n.Hub.CreateApp(ctx, n.Senders[devnet.Requester], "bench own app", poco.AppWASM, "storage:00", common.Hash{1}, nil)
	if err != nil {
		return rep, err
	}
	var sel []float64
	for i := 0; i < 5; i++ {
		t0 := time.Now()
		if _, err := c.Plan(ctx, sdk.RunOptions{App: own, Trust: 5, Volume: 1, Prefer: choice.DefaultWeights}); err != nil {
			return rep, fmt.Errorf("select: %w", err)
		}
		sel = append(sel, float64(time.Since(t0).Microseconds())/1000)
	}
	sort.Float64s(sel)
	rep.SelectMs = sel[len(sel)/2]
	return rep, nil
}

// makeOrder returns order i of the book and its signer's key: 60% workerpool orders,
// 30% app orders, 10% requests.
func makeOrder(n *devnet.Net, rng *rand.Rand, i int, pools, apps []common.Address) (market.Kind, poco.Order, *ecdsa.PrivateKey) {
	salt := common.BigToHash(big.NewInt(int64(i) + 1_000_000))
	vol := big.NewInt(int64(1 + rng.IntN(100)))
	switch r := rng.IntN(10); {
	case r < 6:
		p := rng.IntN(len(pools))
		return market.KindWorkerpool, &poco.WorkerpoolOrder{Workerpool: pools[p], WorkerpoolPrice: big.NewInt(int64(10 + rng.IntN(990))),
			Volume: vol, Category: big.NewInt(int64(rng.IntN(5))), Trust: big.NewInt(int64(1 + rng.IntN(20))), Salt: salt}, n.Senders[devnet.FirstWorker+p].Key()
	case r < 9:
		return market.KindApp, &poco.AppOrder{App: apps[rng.IntN(len(apps))], AppPrice: big.NewInt(int64(rng.IntN(50))), Volume: vol, Salt: salt},
			n.Senders[devnet.AppDev].Key()
	}
	req := n.Senders[devnet.Requester].Address()
	return market.KindRequest, &poco.RequestOrder{App: apps[rng.IntN(len(apps))], AppMaxPrice: big.NewInt(50), WorkerpoolMaxPrice: big.NewInt(int64(10 + rng.IntN(990))),
		Requester: req, Beneficiary: req, Volume: vol, Category: big.NewInt(int64(rng.IntN(5))), Trust: big.NewInt(int64(1 + rng.IntN(5))), Salt: salt}, n.Senders[devnet.Requester].Key()
}

func randomQuery(rng *rand.Rand, pools, apps []common.Address) market.Query {
	cat := uint64(rng.IntN(5))
	switch rng.IntN(5) {
	case 0:
		return market.Query{Kind: market.KindWorkerpool}
	case 1:
		return market.Query{Kind: market.KindWorkerpool, Category: &cat, MinTrust: uint64(1 + rng.IntN(20))}
	case 2:
		return market.Query{Kind: market.KindWorkerpool, Workerpool: pools[rng.IntN(len(pools))]}
	case 3:
		return market.Query{Kind: market.KindApp, App: apps[rng.IntN(len(apps))]}
	}
	return market.Query{Kind: market.KindRequest, Category: &cat}
}
