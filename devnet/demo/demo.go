// Package demo plays the whitepaper's eFast story on a fresh grid (package devnet, in a
// temporary directory), every actor acting on chain through the SDK: a data provider
// publishes stock prices and a dataset order, an app provider deploys the k-means app and
// publishes an app order, the workerpool's standing order is in the market, and a requester
// runs a bag of tasks at trust 3 (one k per task) chosen through the market, watches it,
// downloads and verifies every result; the pool settles in batches (its workers bond and
// sign their contributions). One worker lies from the start and must be caught. Then it
// checks, from the chain, that the liar never won and lost its stakes, that
// the honest winners were paid, that the requester paid exactly the prices and that funds
// are conserved; `decloud demo` runs it and exits non-zero when a check fails.
package demo

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/examples/efast"
	"github.com/decloud/decloud/examples/prebuilt"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
	"github.com/decloud/decloud/taskparams"
)

// The story's parameters.
const (
	AppPrice      = 2   // the app provider's price per task
	DatasetPrice  = 5   // the data provider's price per task
	OrderVolume   = 100 // the app and dataset orders' volume
	Trust         = 3
	FirstK        = 3 // the tasks try k = FirstK, FirstK+1, …
	Volume        = 4 // tasks, one per k
	DefaultHonest = 4
	// MinHonest honest workers outvote the liar at trust 3 (fresh workers weigh 2 each).
	MinHonest = 3
	timeLimit = 4 * time.Minute
)

// Config says how to run the demo.
type Config struct {
	Out         io.Writer // the story as it happens and the final report (nil: discarded)
	Workers     int       // honest workers (default DefaultHonest); one liar joins them
	Logger      *slog.Logger
	WasmCommand []string // the sandbox's child command (default: this executable)
}

// Report is what happened and what was checked.
type Report struct {
	App          common.Address `json:"app"`
	Dataset      common.Address `json:"dataset"`
	Workerpool   common.Address `json:"workerpool"`
	Deal         common.Hash    `json:"dealid"`
	Volume       uint64         `json:"volume"`
	Trust        uint64         `json:"trust"`
	PricePerTask uint64         `json:"pricePerTask"`
	Tasks        []Task         `json:"tasks"`
	Liar         LiarReport     `json:"liar"`
	Ledger       *Ledger        `json:"ledger"`
	Checks       []Check        `json:"checks"`
	Seconds      float64        `json:"seconds"`
}

// Task is one task's verified result.
type Task struct {
	Index    uint64           `json:"index"`
	ID       common.Hash      `json:"taskid"`
	Digest   common.Hash      `json:"digest"`
	Winners  []common.Address `json:"winners"` // contributors whose votes certified the result
	Losers   []common.Address `json:"losers"`  // counted contributors that voted otherwise (their stakes seized)
	Clusters Clustering       `json:"clustering"`
}

// LiarReport is what became of the lying worker.
type LiarReport struct {
	Address common.Address `json:"address"`
	LiedIn  []uint64       `json:"liedIn"` // task indexes whose settlement counted its lie
	Stake   *big.Int       `json:"stakePerTask"`
}

// Check is one verified claim.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
}

// Failed lists the failed checks' names.
func (r *Report) Failed() []string {
	var out []string
	for _, c := range r.Checks {
		if !c.OK {
			out = append(out, c.Name)
		}
	}
	return out
}

// story is one run's state.
type story struct {
	cfg   Config
	out   io.Writer
	rep   *Report
	start time.Time
}

func (s *story) say(format string, a ...any) {
	fmt.Fprintf(s.out, "[%5.1fs] %s\n", time.Since(s.start).Seconds(), fmt.Sprintf(format, a...))
}

func (s *story) check(name string, ok bool, format string, a ...any) {
	c := Check{Name: name, OK: ok, Detail: fmt.Sprintf(format, a...)}
	s.rep.Checks = append(s.rep.Checks, c)
}

// Run plays the story and returns its report; the error says which checks failed (the
// report is returned with it whenever the story got as far as checking).
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Workers == 0 {
		cfg.Workers = DefaultHonest
	}
	if cfg.Workers < MinHonest {
		return nil, fmt.Errorf("demo: %d honest workers cannot outvote the liar at trust %d: at least %d", cfg.Workers, Trust, MinHonest)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, timeLimit, fmt.Errorf("demo: not done in %v", timeLimit))
	defer cancel()
	s := &story{cfg: cfg, out: cfg.Out, rep: &Report{Volume: Volume, Trust: Trust}, start: time.Now()}
	dir, err := os.MkdirTemp("", "decloud-demo-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := s.play(ctx, dir); err != nil {
		if cause := context.Cause(ctx); cause != nil && ctx.Err() != nil {
			err = fmt.Errorf("%w (%v)", err, cause)
		}
		return s.rep, err
	}
	s.rep.Seconds = time.Since(s.start).Seconds()
	s.printChecks()
	if failed := s.rep.Failed(); len(failed) > 0 {
		return s.rep, fmt.Errorf("demo: %d checks failed: %s", len(failed), strings.Join(failed, "; "))
	}
	return s.rep, nil
}

func (s *story) play(ctx context.Context, dir string) error {
	wasm, err := prebuilt.Module("kmeans")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}

	liarIndex := s.cfg.Workers
	// The pool settles in batches (docs/protocol.md, "Batched settlement"): the workers bond
	// to it and sign their contributions; the scheduler settles them.
	n, err := devnet.Start(ctx, devnet.Config{Dir: filepath.Join(dir, "grid"), WorkerAccounts: s.cfg.Workers + 1, Workers: 0,
		WasmCommand: s.cfg.WasmCommand, Logger: s.cfg.Logger, Batched: true})
	if err != nil {
		return err
	}
	defer n.Close()
	s.rep.Workerpool = n.Pool
	s.say("grid up: chain %s, hub %s, market, storage, the workerpool %s and its scheduler", n.Chain.RPCURL(), n.Deployment.Hub.Hex(), n.Pool.Hex())

	actors := []Actor{{Role: "requester", Address: n.Senders[devnet.Requester].Address()}, {Role: "app provider", Address: n.Senders[devnet.AppDev].Address()},
		{Role: "data provider", Address: n.Senders[devnet.DataDev].Address()}, {Role: "scheduler", Address: n.Senders[devnet.Scheduler].Address()}}
	for i := 0; i <= s.cfg.Workers; i++ {
		a := Actor{Role: fmt.Sprintf("worker %d", i), Address: n.Senders[devnet.FirstWorker+i].Address(), Worker: true, Liar: i == liarIndex}
		if a.Liar {
			a.Role += " (liar)"
		}
		actors = append(actors, a)
	}
	before, err := takeSnapshot(ctx, n.Hub, actors)
	if err != nil {
		return err
	}

	sdkCfg := sdk.Config{RPC: n.Chain.RPCURL(), Hub: n.Deployment.Hub, HubBlock: n.Deployment.Block, Market: n.MarketURL, Storage: n.StorageURL}
	client := func(role int) (*sdk.Client, error) {
		return sdk.Connect(ctx, sdkCfg, n.Senders[role].Key(), s.cfg.Logger)
	}
	data, err := client(devnet.DataDev)
	if err != nil {
		return err
	}
	defer data.Close()
	appDev, err := client(devnet.AppDev)
	if err != nil {
		return err
	}
	defer appDev.Close()
	req, err := client(devnet.Requester)
	if err != nil {
		return err
	}
	defer req.Close()

	// The providers.
	ds, err := data.DeployDataset(ctx, "prices.csv", efast.Prices)
	if err != nil {
		return err
	}
	s.rep.Dataset = ds.Address
	if err := publish(ctx, data, market.KindDataset, ds.Address, DatasetPrice); err != nil {
		return err
	}
	s.say("data provider %s: dataset prices.csv (%d tickers in %d sectors, %d bytes) at %s, order: %d per task, volume %d",
		short(data.Address()), 10*len(efast.Sectors), len(efast.Sectors), len(efast.Prices), ds.Address.Hex(), DatasetPrice, OrderVolume)
	app, err := appDev.DeployApp(ctx, "kmeans", wasm)
	if err != nil {
		return err
	}
	s.rep.App = app.Address
	if err := publish(ctx, appDev, market.KindApp, app.Address, AppPrice); err != nil {
		return err
	}
	s.say("app provider %s: app kmeans (%d KiB of WASM, built into this binary) at %s, order: %d per task, volume %d", short(appDev.Address()), len(wasm)>>10, app.Address.Hex(), AppPrice, OrderVolume)
	s.say("workerpool %s: its standing order is in the market (%d per task, trust up to %d, settled in batches; each worker bonded %s to it)",
		n.Pool.Hex(), devnet.PoolPrice, devnet.PoolOrderTrust, devnet.DefaultWorkerBond)

	// The liar starts alone, lying from the start.
	lying := new(atomic.Bool)
	lying.Store(true)
	if _, err := n.StartWorker(liarIndex, devnet.Liar{Inner: n.Exec, Lying: lying}); err != nil {
		return err
	}
	liar := n.Senders[devnet.FirstWorker+liarIndex].Address()
	s.rep.Liar.Address = liar
	s.say("worker %d %s joins the pool first: it will add a file to every result (a lie)", liarIndex, short(liar))

	// The requester.
	plan, err := req.Plan(ctx, sdk.RunOptions{App: app.Address, Dataset: ds.Address, Params: taskparams.Params{Args: fmt.Sprintf("%d+index", FirstK)},
		Trust: Trust, Volume: Volume})
	if err != nil {
		return err
	}
	s.rep.PricePerTask = plan.PricePerTask
	s.say("requester %s: k-means for k = %d..%d, %d tasks at trust %d; the market offers workerpool %s (best of %d, score %+.3f)",
		short(req.Address()), FirstK, FirstK+Volume-1, plan.Volume, Trust, short(plan.Workerpool.Workerpool), len(plan.Candidates), plan.Candidates[0].Rank.Score)
	s.say("  cost: %d tasks × (%d app + %d dataset + %d workerpool) = %s", plan.Volume, plan.App.AppPrice, plan.Dataset.DatasetPrice, plan.Workerpool.WorkerpoolPrice, plan.Total)
	deal, err := req.Execute(ctx, plan)
	if err != nil {
		return err
	}
	s.rep.Deal = deal
	s.say("  deal %s", deal.Hex())
	task, err := waitContribution(ctx, n, deal, liar)
	if err != nil {
		return err
	}
	s.say("the liar contributed to task %d; %d honest workers join", task, s.cfg.Workers)
	for i := 0; i < s.cfg.Workers; i++ {
		if _, err := n.StartWorker(i, n.Exec); err != nil {
			return err
		}
	}
	prog, err := req.Watch(ctx, deal, 200*time.Millisecond, func(p sdk.Progress) { s.progress(p) })
	if err != nil {
		return err
	}
	if err := s.results(ctx, req, n, prog, filepath.Join(dir, "results")); err != nil {
		return err
	}
	after, err := takeSnapshot(ctx, n.Hub, actors)
	if err != nil {
		return err
	}
	s.rep.Ledger = newLedger(actors, before, after)
	return s.audit(ctx, n, prog)
}

// publish signs and publishes an order of c for asset at price.
func publish(ctx context.Context, c *sdk.Client, k market.Kind, asset common.Address, price uint64) error {
	o, err := c.NewOrder(k, asset, price, OrderVolume)
	if err != nil {
		return err
	}
	if _, err := c.SignOrder(o); err != nil {
		return err
	}
	_, err = c.Publish(ctx, k, o)
	return err
}

// waitContribution waits until the scheduler holds w's signed contribution to a task of
// the deal and returns its index.
func waitContribution(ctx context.Context, n *devnet.Net, deal common.Hash, w common.Address) (uint64, error) {
	for {
		for i := uint64(0); i < Volume; i++ {
			rep, ok := n.Service.Report(poco.TaskID(deal, i))
			for _, r := range rep.Replicates {
				if ok && r.Worker == w && r.State == "contributed" {
					return i, nil
				}
			}
		}
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("demo: the liar never contributed: %w", ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (s *story) progress(p sdk.Progress) {
	const width = 20
	done := (p.Completed + p.Failed) * width / max(len(p.Tasks), 1)
	var states []string
	for _, t := range p.Tasks {
		states = append(states, fmt.Sprintf("#%d %s", t.Index, t.Status))
	}
	s.say("[%s%s] %d/%d  %s", strings.Repeat("#", done), strings.Repeat(".", width-done), p.Completed+p.Failed, len(p.Tasks), strings.Join(states, "  "))
}

// results downloads and verifies every task's result and prints its clusters.
func (s *story) results(ctx context.Context, req *sdk.Client, n *devnet.Net, prog sdk.Progress, dir string) error {
	for _, t := range prog.Tasks {
		if t.Status != poco.TaskCompleted.String() {
			return fmt.Errorf("demo: task %d ended %s", t.Index, t.Status)
		}
		r, err := req.Download(ctx, t, dir, "")
		if err != nil {
			return err
		}
		archive, err := os.ReadFile(r.Path)
		if err != nil {
			return err
		}
		text, err := poco.ArchiveFile(archive, "clusters.txt", 1<<20)
		if err != nil {
			return fmt.Errorf("demo: task %d: %w", t.Index, err)
		}
		c, err := parseClusters(string(text))
		if err != nil {
			return fmt.Errorf("demo: task %d: %w", t.Index, err)
		}
		task := Task{Index: t.Index, ID: t.ID, Digest: r.Digest, Clusters: c}
		if task.Winners, task.Losers, err = winners(ctx, n, t.ID); err != nil {
			return err
		}
		s.rep.Tasks = append(s.rep.Tasks, task)
		mark := ""
		if c.K == len(efast.Sectors) {
			mark = fmt.Sprintf("   <== k = %d, the number of sectors", c.K)
		}
		s.say("task %d: k = %d, result %s verified against the chain (digest %s), inertia %.4f%s", t.Index, c.K, filepath.Base(r.Path), short(r.Digest), c.Inertia, mark)
		for i, cl := range c.Clusters {
			sector := ""
			if cl.Sector != "" {
				sector = " = " + cl.Sector
			}
			fmt.Fprintf(s.out, "          cluster %d (%d, corr %.2f)%s: %s\n", i+1, len(cl.Tickers), cl.MeanCorrelation, sector, strings.Join(cl.Tickers, " "))
		}
	}
	return nil
}

// winners lists a task's winners and losers as its settlement counted them (the votes for
// the certified digest and the others), read from the settle transaction.
func winners(ctx context.Context, n *devnet.Net, taskid common.Hash) (won, lost []common.Address, err error) {
	return n.Hub.SettledVotes(ctx, taskid, n.Deployment.Block, n.Chain.Client().TransactionByHash)
}

func short(v interface{ Hex() string }) string {
	h := v.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}
