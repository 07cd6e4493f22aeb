// Package advbench measures a workerpool under attack: honest, lying and squatting workers,
// each a separate `decloud worker` process with its own keystore, against one pool on the
// embedded chain. What it reports is what the protocol promises requesters and workers:
// how many wrong results were certified, how many tasks completed, what liars and honest
// workers earned, how long a squatter held a task, and that no token was created or lost.
package advbench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/decloud/decloud/chain/devchain"
	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
)

// Config says who attacks and how much work there is.
type Config struct {
	Workers   int   // workers in all, liars included (squatters come on top)
	Liars     int   // of Workers, the ones that return wrong results
	Collude   bool  // the liars return the same wrong result (else each its own)
	Squatters int   // extra workers that take tasks and never run them
	Trusted   int   // of the honest workers, how many the pool's owner vouches for (Admission.Trusted)
	Trust     int64 // of the measured deal
	Tasks     int   // of the measured deal
	// History is how many trust-3 tasks the honest workers run alone before the liars and
	// squatters join (0: everyone starts fresh, score 0).
	History int
	// TimeRef is the reference time T of the category the deals use (deadlines are 7T and
	// 10T, a fresh worker loses an assignment it does not progress on after 2T).
	TimeRef time.Duration
	AppDir  string   // the app's Go sources (built for wasip1); "": the built-in echo app
	Command []string // the decloud binary; "worker" and its flags are appended
	Env     []string // the workers' environment (nil: this process's)
	Logger  *slog.Logger
}

// Report is what `decloud bench adversary` prints.
type Report struct {
	Workers   int   `json:"workers"`
	Liars     int   `json:"liars"`
	Collude   bool  `json:"collude"`
	Squatters int   `json:"squatters"`
	Trusted   int   `json:"trusted"`
	Trust     int64 `json:"trust"`
	Tasks     int   `json:"tasks"`
	History   int   `json:"history"`

	WrongCertified  int     `json:"wrongCertified"`  // completed with a liar's result
	TasksCompleted  int     `json:"tasksCompleted"`  // with any result
	TasksFailed     int     `json:"tasksFailed"`     // claimed after the final deadline
	TasksUnfinished int     `json:"tasksUnfinished"` // neither when the run ended
	ReplicasPerTask float64 `json:"replicasPerTask"` // contributions per task, on chain
	// LiarsNet and HonestNet are the change of the liars' and honest workers' escrow
	// (balance + frozen), in token units, over the measured deal.
	LiarsNet  int64 `json:"liarsNet"`
	HonestNet int64 `json:"honestNet"`
	// SquatterHeldSeconds is the longest a squatter held a task, and SquatterBoundSeconds
	// the largest bound the scheduler applied to a worker without a proven score while it
	// held it: 2T, less once the deal's contributions show what a task takes (ten times
	// their median, at least 30 s; see scheduler.progressBound; the median moves during the
	// run). Held may pass it by a scheduler step and a poll of this watch (half a second).
	SquatterHeldSeconds  float64 `json:"squatterHeldSeconds"`
	SquatterBoundSeconds float64 `json:"squatterBoundSeconds"`
	// FundsConserved: the escrow of every account plus the hub's pot is the same before
	// and after (nothing created or destroyed).
	FundsConserved bool `json:"fundsConserved"`
	// Reopened counts the measured deal's reopens (a winning group that did not reveal in
	// time is rejected: the tasks' epochs).
	Reopened int `json:"reopened"`
	// LiarsExcluded is how many liars the pool stopped giving tasks to (Worker.excluded).
	LiarsExcluded int `json:"liarsExcluded"`
	// Unfinished is what the scheduler says of the first unfinished task, if any.
	Unfinished *scheduler.TaskReport `json:"unfinished,omitempty"`
	Seconds    float64               `json:"seconds"` // the measured deal, from the match to the end
}

// Run starts the grid and the workers, runs the deal and measures it.
func Run(ctx context.Context, cfg Config) (Report, error) {
	rep := Report{Workers: cfg.Workers, Liars: cfg.Liars, Collude: cfg.Collude, Squatters: cfg.Squatters, Trusted: cfg.Trusted, Trust: cfg.Trust, Tasks: cfg.Tasks, History: cfg.History}
	switch {
	case cfg.Workers < 1 || cfg.Liars < 0 || cfg.Liars > cfg.Workers || cfg.Squatters < 0:
		return rep, errors.New("advbench: need 1 or more workers, and 0 to that many liars")
	case cfg.Trusted < 0 || cfg.Trusted > cfg.Workers-cfg.Liars:
		return rep, errors.New("advbench: the trusted workers are some of the honest ones")
	case cfg.Tasks < 1 || cfg.Trust < 1 || cfg.History < 0:
		return rep, errors.New("advbench: need 1 or more tasks at trust 1 or more")
	case len(cfg.Command) == 0:
		return rep, errors.New("advbench: no decloud command to start workers with")
	}
	if cfg.TimeRef <= 0 {
		cfg.TimeRef = time.Hour
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	dir, err := os.MkdirTemp("", "decloud-bench-adversary-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(dir)
	mod, err := devnet.BenchApp(dir, cfg.AppDir)
	if err != nil {
		return rep, err
	}
	accounts := cfg.Workers + cfg.Squatters
	// Worker i is dev account FirstWorker+i; the last honest ones are the trusted.
	var adm scheduler.Admission
	dev := devchain.DevAccounts(devnet.FirstWorker + accounts)
	for i := cfg.Workers - cfg.Trusted; i < cfg.Workers; i++ {
		adm.Trusted = append(adm.Trusted, dev[devnet.FirstWorker+i].Address)
	}
	n, err := devnet.Start(ctx, devnet.Config{Dir: dir, WorkerAccounts: accounts, AppModule: mod, Admission: adm, Logger: cfg.Logger})
	if err != nil {
		return rep, err
	}
	defer n.Close()
	cat, _, err := n.Hub.CreateCategory(ctx, n.Senders[devnet.Owner], "bench", "adversary benchmark", uint64(cfg.TimeRef/time.Second))
	if err != nil {
		return rep, fmt.Errorf("advbench: category: %w", err)
	}
	n.Category = cat.Int64()

	g := &group{cfg: cfg, n: n, dir: dir}
	defer g.stop()
	// Honest workers first (the last ones: the first accounts are the liars).
	honest := map[common.Address]bool{}
	liars := map[common.Address]bool{}
	squatters := map[common.Address]bool{}
	for i := cfg.Liars; i < cfg.Workers; i++ {
		honest[g.addr(i)] = true
		if err := g.start(ctx, i); err != nil {
			return rep, err
		}
	}
	if cfg.History > 0 {
		if err := g.waitLogins(ctx, len(honest)); err != nil {
			return rep, err
		}
		d, err := n.Request(ctx, int64(cfg.History), 3, "history")
		if err != nil {
			return rep, err
		}
		if _, err := n.Wait(ctx, d, uint64(cfg.History)); err != nil {
			return rep, fmt.Errorf("advbench: the honest history: %w", err)
		}
	}
	for i := 0; i < cfg.Liars; i++ {
		liars[g.addr(i)] = true
		if err := g.start(ctx, i, "--lie", map[bool]string{true: "collude", false: "alone"}[cfg.Collude]); err != nil {
			return rep, err
		}
	}
	for i := cfg.Workers; i < accounts; i++ {
		squatters[g.addr(i)] = true
		if err := g.start(ctx, i, "--squat", "--slots", "1000"); err != nil {
			return rep, err
		}
	}
	if err := g.waitLogins(ctx, accounts); err != nil {
		return rep, err
	}

	everyone := []common.Address{n.Senders[devnet.Requester].Address(), n.Senders[devnet.AppDev].Address(), n.Senders[devnet.Scheduler].Address()}
	for i := 0; i < accounts; i++ {
		everyone = append(everyone, g.addr(i))
	}
	before, err := escrows(ctx, n, everyone)
	if err != nil {
		return rep, err
	}
	start := time.Now()
	dealid, err := n.Request(ctx, int64(cfg.Tasks), cfg.Trust, "measured")
	if err != nil {
		return rep, err
	}
	held, bound, err := watch(ctx, n, dealid, cfg, squatters)
	if err != nil {
		return rep, err
	}
	rep.Seconds = time.Since(start).Seconds()
	rep.SquatterHeldSeconds = held.Seconds()
	rep.SquatterBoundSeconds = bound.Seconds()
	contributions := 0
	for i := 0; i < cfg.Tasks; i++ {
		id := poco.TaskID(dealid, uint64(i))
		v, err := n.Hub.Task(ctx, id)
		if err != nil {
			return rep, err
		}
		contributions += int(v.ContributorCount.Int64())
		rep.Reopened += int(v.Epoch.Int64())
		switch poco.TaskStatus(v.Status.Uint64()) {
		case poco.TaskCompleted:
			rep.TasksCompleted++
			archive, err := n.Result(ctx, id)
			if err != nil {
				return rep, err
			}
			if _, err := poco.ArchiveFile(archive, "lie.txt", 1<<20); err == nil {
				rep.WrongCertified++
			}
		case poco.TaskFailed:
			rep.TasksFailed++
		default:
			rep.TasksUnfinished++
			if r, ok := n.Service.Report(id); ok && rep.Unfinished == nil {
				rep.Unfinished = &r
			}
		}
	}
	rep.ReplicasPerTask = float64(contributions) / float64(cfg.Tasks)
	after, err := escrows(ctx, n, everyone)
	if err != nil {
		return rep, err
	}
	sum := new(big.Int)
	for i, a := range everyone {
		d := new(big.Int).Sub(after.escrow[i], before.escrow[i])
		sum.Add(sum, d)
		switch {
		case liars[a]:
			rep.LiarsNet += d.Int64()
		case honest[a]:
			rep.HonestNet += d.Int64()
		}
	}
	sum.Add(sum, new(big.Int).Sub(after.pot, before.pot))
	for _, a := range n.Service.Excluded() {
		if liars[a] {
			rep.LiarsExcluded++
		}
	}
	rep.FundsConserved = sum.Sign() == 0
	return rep, nil
}

// watch follows the deal until every task is completed or failed, or the rest have been out
// of reach for a minute (they would wait for their final deadline at 10T: the run does
// not), or no task completed for two minutes, and returns the longest time a squatter held
// a task and the bound that applied then.
func watch(ctx context.Context, n *devnet.Net, dealid common.Hash, cfg Config, squatters map[common.Address]bool) (held, bound time.Duration, err error) {
	type holding struct {
		since time.Time     // first seen holding it
		bound time.Duration // the largest bound in force while it held it
	}
	since := map[common.Hash]*holding{} // task+squatter
	var longest, widest time.Duration
	lastChange, lastDone, allWaiting := time.Now(), -1, time.Now()
	for {
		done, waiting := 0, 0
		now := time.Now()
		boundNow := n.Service.NewcomerBound(dealid)
		hold := func(h *holding) {
			h.bound = max(h.bound, boundNow)
			if d := now.Sub(h.since); d > longest {
				longest, widest = d, h.bound
			}
		}
		for i := 0; i < cfg.Tasks; i++ {
			id := poco.TaskID(dealid, uint64(i))
			v, err := n.Hub.Task(ctx, id)
			if err != nil {
				return longest, widest, err
			}
			if s := poco.TaskStatus(v.Status.Uint64()); s == poco.TaskCompleted || s == poco.TaskFailed {
				done++
			}
			r, _ := n.Service.Report(id)
			if r.Waiting != "" {
				waiting++
			}
			for _, rr := range r.Replicates {
				if !squatters[rr.Worker] {
					continue
				}
				key := crypto.Keccak256Hash(id[:], rr.Worker[:])
				if rr.State != "assigned" {
					if h, ok := since[key]; ok {
						hold(h)
						delete(since, key)
					}
					continue
				}
				if _, ok := since[key]; !ok {
					since[key] = &holding{since: now}
				}
				hold(since[key])
			}
		}
		if done != lastDone {
			lastDone, lastChange = done, now
		}
		if waiting < cfg.Tasks-done {
			allWaiting = now
		}
		// The rest cannot finish: every task left is out of reach with the pool's workers
		// (the scheduler says so) and has been for a minute, or no task completed for two
		// minutes (an echo task takes seconds).
		if done == cfg.Tasks || now.Sub(allWaiting) > time.Minute || now.Sub(lastChange) > 2*time.Minute {
			return longest, widest, nil
		}
		select {
		case <-ctx.Done():
			return longest, widest, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

type funds struct {
	escrow []*big.Int
	pot    *big.Int
}

func escrows(ctx context.Context, n *devnet.Net, who []common.Address) (funds, error) {
	var f funds
	for _, a := range who {
		v, err := n.Hub.Account(ctx, a)
		if err != nil {
			return f, err
		}
		f.escrow = append(f.escrow, new(big.Int).Add(v.Balance, v.Frozen))
	}
	var err error
	f.pot, err = n.Hub.Pot(ctx)
	return f, err
}

// group is the worker processes.
type group struct {
	cfg   Config
	n     *devnet.Net
	dir   string
	procs []*proc
}

type proc struct {
	cmd  *exec.Cmd
	log  string
	done chan struct{} // closed once it exited (a goroutine of start waits for it)
}

func (g *group) key(i int) *ecdsa.PrivateKey { return g.n.Chain.Accounts()[devnet.FirstWorker+i].Key }
func (g *group) addr(i int) common.Address   { return crypto.PubkeyToAddress(g.key(i).PublicKey) }

// start runs worker i as its own process, from a keystore file of its own.
func (g *group) start(ctx context.Context, i int, extra ...string) error {
	wdir := filepath.Join(g.dir, fmt.Sprintf("worker-%d", i))
	if err := os.MkdirAll(wdir, 0o700); err != nil {
		return err
	}
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: g.addr(i), PrivateKey: g.key(i)}, "bench", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return err
	}
	ksPath, pwPath := filepath.Join(wdir, "key.json"), filepath.Join(wdir, "password")
	if err := os.WriteFile(ksPath, ks, 0o600); err != nil {
		return err
	}
	if err := os.WriteFile(pwPath, []byte("bench"), 0o600); err != nil {
		return err
	}
	args := append(append([]string(nil), g.cfg.Command[1:]...), "worker", "--password-file", pwPath,
		"--rpc", g.n.Chain.RPCURL(), "--hub", g.n.Deployment.Hub.Hex(), "--from-block", strconv.FormatUint(g.n.Deployment.Block, 10),
		"--keystore", ksPath, "--pool", g.n.APIURL(), "--storage", g.n.StorageURL, "--dir", filepath.Join(wdir, "state"),
		"--fetch-allow", "127.0.0.0/8")
	cmd := exec.CommandContext(ctx, g.cfg.Command[0], append(args, extra...)...)
	cmd.Env = g.cfg.Env
	logf, err := os.Create(filepath.Join(wdir, "log"))
	if err != nil {
		return err
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	// Each worker dies with the benchmark, whatever happens to it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 10 * time.Second
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("advbench: starting worker %d: %w", i, err)
	}
	p := &proc{cmd: cmd, log: logf.Name(), done: make(chan struct{})}
	go func() { defer close(p.done); _ = cmd.Wait() }() // stop waits for it
	g.procs = append(g.procs, p)
	return nil
}

// waitLogins waits until the scheduler has heard from want workers (each worker's log
// says so when it cannot get there).
func (g *group) waitLogins(ctx context.Context, want int) error {
	for {
		if got := g.n.Service.WorkerCount(); got >= want {
			return nil
		}
		for _, p := range g.procs {
			select {
			case <-p.done:
				b, _ := os.ReadFile(p.log)
				return fmt.Errorf("advbench: a worker exited: %s", b[max(0, len(b)-2048):])
			default:
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("advbench: %d workers logged in, want %d: %w", g.n.Service.WorkerCount(), want, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// stop ends every worker (SIGTERM, then SIGKILL after WaitDelay) and waits for it.
func (g *group) stop() {
	for _, p := range g.procs {
		_ = p.cmd.Process.Signal(syscall.SIGTERM)
	}
	for _, p := range g.procs {
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	}
	g.procs = nil
}
