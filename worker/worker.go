// Package worker is the worker agent: it logs in to a workerpool's scheduler by signing a
// challenge, heartbeats, long-polls for work, downloads and verifies apps and datasets
// (cached by checksum), runs them in the sandbox, computes the canonical result's digest,
// contributes, reveals and uploads when told. Its per-task state lives on disk and the chain
// is checked before every contribution, so a restarted worker never contributes twice.
package worker

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sync/errgroup"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/internal/durable"
	"github.com/decloud/decloud/internal/keepalive"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/resultcrypt"
	"github.com/decloud/decloud/scheduler"
	"github.com/decloud/decloud/storage"
	"github.com/decloud/decloud/taskparams"
)

// Config wires a worker.
type Config struct {
	PoolURL  string
	Key      *ecdsa.PrivateKey
	Hub      *chain.Hub
	HubFrom  uint64 // block of the hub's deployment (registry events start there)
	Sender   *chain.Sender
	Domain   poco.Domain
	Executor executor.Executor // runs wasm apps
	Storage  *storage.Client
	Dir      string // task state and download cache
	// ScratchDir holds the runs' transient directories (their /in and /out on the worker's
	// side), in a subdirectory named after Dir, so that workers may share it; nothing
	// there outlives a run. Default: Dir. DefaultScratch picks a tmpfs when one has room.
	ScratchDir string
	Slots      int
	Heartbeat  time.Duration
	MaxOutput  int64
	// What the worker advertises at login, for the requests' requirements and rank (see
	// package match). It also advertises its CPUs, architecture and OS, and the addresses
	// of the datasets in its download cache (Dir/datasets indexes them).
	MemoryMB int     // memory in MiB (0: the machine's, from /proc/meminfo)
	GPUs     int     // GPUs (0: one per name in GPUDevices)
	Speed    float64 // relative speed (0: 1.0; no calibration, so ads stay stable)
	Energy   float64 // the operator's energy figure, e.g. watts or a carbon index (0: none)
	// Sandbox names the confinement layers the executor has here (wasm.Probe().Names()),
	// advertised so that a pool may require them.
	Sandbox []string
	// OCI runs oci apps (nil: the worker cannot, and does not advertise that it can); its
	// runtime's version is advertised when it has a Version method (oci.Executor does).
	OCI executor.Executor
	// GPUDevices are the Container Device Interface names (vendor/class=name) the worker
	// gives the oci tasks of GPU deals (poco.TagGPU), and GPUMemoryMB the memory of its
	// GPUs: both advertised. A worker without devices refuses GPU tasks.
	GPUDevices  []string
	GPUMemoryMB int
	// Downloads (apps, datasets, input files). They come from the pool's storage (storage:SUM,
	// or an http(s) URL under Storage's origin and /blobs/) and from public internet
	// addresses only: loopback, private (RFC 1918, fc00::/7), link-local, CGNAT
	// (100.64.0.0/10), unspecified, multicast and other special-purpose ranges are refused,
	// checked on the address actually dialed (after DNS, on each of at most 5 redirects),
	// through no proxy. FetchAllow lists the non-public ranges the operator allows besides,
	// e.g. a LAN mirror's 10.0.5.0/24, or 127.0.0.0/8 on a test machine; nil (the default)
	// allows none. An IPv4 prefix also matches the IPv4-mapped IPv6 addresses.
	FetchAllow []netip.Prefix
	// MaxInputBytes caps each download (app, dataset, input file); a larger one fails and
	// leaves nothing behind (0: DefaultMaxInputBytes, 256 MiB).
	MaxInputBytes int64
	// FetchTimeout bounds each download (0: DefaultFetchTimeout, 5 minutes).
	FetchTimeout time.Duration
	HTTP         *http.Client // talks to the scheduler (downloads use their own client)
	Logger       *slog.Logger
}

var errUnauthorized = errors.New("worker: not logged in")

// errTaskOver: the scheduler takes no more contributions to the task (settled or over).
var errTaskOver = errors.New("worker: the task is over")

// Worker is one running agent.
type Worker struct {
	cfg     Config
	addr    common.Address
	token   atomic.Pointer[string] // written by login, read by every call
	beat    atomic.Int64           // the heartbeat interval in ns: the config's, or the pool's if shorter
	log     *slog.Logger
	fetcher *http.Client // downloads (see newFetchClient)
	sums    sync.Map     // cached file path -> stamp (see cachedSum)
	assets  sync.Map     // app or dataset address -> its chain.AppInfo or chain.DatasetInfo
	scratch *scratch     // the runs' in and out directories
}

// New prepares a worker.
func New(cfg Config) (*Worker, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	// Its own connections, enough for every slot's and lane's requests to the pool and
	// the storage at once (keepalive.Transport).
	conns := 2*max(cfg.Slots, 1) + 4
	if cfg.HTTP == nil {
		cfg.HTTP = &http.Client{Timeout: time.Minute, Transport: keepalive.Transport(conns)}
	}
	if cfg.Storage != nil && cfg.Storage.HTTP == nil {
		sc := *cfg.Storage
		sc.HTTP = &http.Client{Transport: keepalive.Transport(conns)}
		cfg.Storage = &sc
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = 10 * time.Second
	}
	if cfg.MaxOutput <= 0 {
		cfg.MaxOutput = executor.DefaultMaxOutput
	}
	if cfg.MaxInputBytes <= 0 {
		cfg.MaxInputBytes = DefaultMaxInputBytes
	}
	if cfg.FetchTimeout <= 0 {
		cfg.FetchTimeout = DefaultFetchTimeout
	}
	var storageBase *url.URL
	storageRT := http.DefaultTransport
	if cfg.Storage != nil {
		u, err := url.Parse(cfg.Storage.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("worker: the storage's URL %q is not an http(s) URL", cfg.Storage.BaseURL)
		}
		storageBase = u
		if cfg.Storage.HTTP != nil && cfg.Storage.HTTP.Transport != nil {
			storageRT = cfg.Storage.HTTP.Transport
		}
	}
	for _, d := range []string{"tasks", "apps", "runs", "datasets"} {
		if err := os.MkdirAll(filepath.Join(cfg.Dir, d), 0o700); err != nil {
			return nil, fmt.Errorf("worker: %w", err)
		}
	}
	if cfg.ScratchDir == "" {
		cfg.ScratchDir = cfg.Dir
	}
	sc, err := newScratch(scratchFor(cfg.ScratchDir, cfg.Dir))
	if err != nil {
		return nil, fmt.Errorf("worker: %w", err)
	}
	addr := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	return &Worker{cfg: cfg, addr: addr, log: cfg.Logger.With("worker", addr),
		fetcher: newFetchClient(storageBase, storageRT, cfg.FetchAllow), scratch: sc}, nil
}

// Address is the worker's account.
func (w *Worker) Address() common.Address { return w.addr }

// Run logs in and works until ctx ends, then removes its scratch directories (a later Run
// makes them again). Computations run on Config.Slots slots at once;
// reveals and uploads have their own lane, so they never wait behind a long computation
// (a reveal missed is a stake lost). An action that fails waits before it is tried again,
// longer after each failure (1 s doubling to 5 min, with jitter), and its failure is logged
// the first time and then every tenth. Every goroutine Run starts has ended when it returns.
func (w *Worker) Run(ctx context.Context) error {
	defer w.scratch.remove(w.log) // after every run Run started has ended (g.Wait)
	w.stakeNotice(ctx)
	if err := w.login(ctx); err != nil {
		return err
	}
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { w.heartbeats(ctx); return nil })
	g.Go(func() error { w.janitor(ctx); return nil })
	d := newDispatcher(max(w.cfg.Slots, 1))
	refusals := 0 // failed logins in a row
	for ctx.Err() == nil {
		var resp struct {
			Actions []scheduler.Action `json:"actions"`
		}
		// The scheduler long-polls past what the worker cannot start now; the poll ends
		// early when an action ends or a retry is due.
		pctx, stop := d.pollContext(ctx)
		err := w.call(pctx, "/v1/work", map[string]any{"skip": d.skipped(time.Now())}, &resp)
		stop()
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			if interrupted(pctx) {
				continue // what the worker may start has changed: ask again at once
			}
			wait := time.Second
			if errors.Is(err, errUnauthorized) {
				// The scheduler restarted, the session expired or the pool's admission
				// refused the worker: log in again, backing off while refused.
				if err := w.login(ctx); err != nil {
					refusals++
					wait = retryDelay(refusals)
					if refusals%10 == 1 {
						w.log.Warn("logging in again failed; the worker keeps trying", "err", err, "failures", refusals, "next", wait)
					}
				} else {
					refusals = 0
				}
			} else {
				w.log.Warn("asking for work", "err", err)
			}
			select {
			case <-ctx.Done():
			case <-time.After(wait):
			}
			continue
		}
		for _, a := range resp.Actions {
			if !d.start(a, time.Now()) {
				continue
			}
			g.Go(func() error {
				err := w.do(ctx, a)
				if ctx.Err() == nil {
					w.afterAction(d, a, err)
				}
				d.finish(a, err)
				return nil
			})
		}
	}
	return g.Wait()
}

// afterAction logs a failure: the first of a run of failures of one action, then every
// tenth, with what the operator can do about it when the chain said why.
func (w *Worker) afterAction(d *dispatcher, a scheduler.Action, err error) {
	if err == nil {
		return
	}
	n := d.failures(a) + 1
	if n%10 != 1 {
		return
	}
	attrs := []any{"kind", a.Kind, "task", a.Task, "err", err, "failures", n}
	if strings.Contains(err.Error(), "worker balance too low for its stake") {
		w.log.Error("the worker's escrow cannot cover the stake of a contribution: deposit tokens with "+
			"`decloud account deposit AMOUNT --wallet "+w.addr.Hex()+"` (the stake is the pool's worker stake ratio of the task price)", attrs...)
		return
	}
	w.log.Warn("action failed; it will be tried again later", attrs...)
}

// login logs in to the pool, trying a second challenge when the first login is refused.
func (w *Worker) login(ctx context.Context) error {
	err := w.loginOnce(ctx)
	if errors.Is(err, errUnauthorized) {
		// The challenge may be one the scheduler no longer knows (it restarted between the
		// two calls): a fresh one. A refusal for any other reason is refused again.
		err = w.loginOnce(ctx)
	}
	return err
}

// loginOnce asks the pool for a challenge and logs in with its signature.
func (w *Worker) loginOnce(ctx context.Context) error {
	var ch struct {
		Challenge hexutil.Bytes  `json:"challenge"`
		Pool      common.Address `json:"pool"`
	}
	if err := w.call(ctx, "/v1/challenge", map[string]any{"worker": w.addr}, &ch); err != nil {
		return fmt.Errorf("worker: challenge: %w", err)
	}
	sig, err := poco.SignHash(scheduler.LoginDigest(ch.Pool, ch.Challenge), w.cfg.Key)
	if err != nil {
		return err
	}
	var tok struct {
		Token       string `json:"token"`
		HeartbeatMs int64  `json:"heartbeatMs"`
	}
	err = w.call(ctx, "/v1/login", map[string]any{"worker": w.addr, "challenge": ch.Challenge, "signature": hexutil.Bytes(sig),
		"slots": max(w.cfg.Slots, 1), "resources": w.resources()}, &tok)
	if err != nil {
		return fmt.Errorf("worker: login: %w", err)
	}
	w.token.Store(&tok.Token)
	// Beat at least as often as the pool expects (it takes a worker that misses several of
	// its beats for lost), never more than every 100 ms.
	beat := w.cfg.Heartbeat
	if pool := time.Duration(tok.HeartbeatMs) * time.Millisecond; pool > 0 && pool < beat {
		beat = max(pool, 100*time.Millisecond)
	}
	w.beat.Store(int64(beat))
	return nil
}

// resources is what the worker advertises: its CPUs, memory (configured, else read from
// /proc/meminfo on Linux), GPUs, architecture, OS, speed (configured, else 1.0), energy
// figure, cached datasets, the app kinds it runs and the devices it offers GPU tasks.
func (w *Worker) resources() scheduler.Resources {
	mem := w.cfg.MemoryMB
	if mem == 0 {
		if b, err := os.ReadFile("/proc/meminfo"); err == nil {
			var kb int
			if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
				mem = kb / 1024
			}
		}
	}
	speed := w.cfg.Speed
	if speed <= 0 {
		speed = 1
	}
	gpus := w.cfg.GPUs
	if gpus == 0 {
		gpus = len(w.cfg.GPUDevices)
	}
	kinds, version := w.executors()
	return scheduler.Resources{CPU: runtime.NumCPU(), MemoryMB: mem, GPU: gpus, Arch: runtime.GOARCH, OS: runtime.GOOS,
		Speed: speed, Energy: w.cfg.Energy, Datasets: w.cachedDatasets(), Sandbox: w.cfg.Sandbox,
		Executors: kinds, OCI: version, GPUMemoryMB: w.cfg.GPUMemoryMB, Devices: w.cfg.GPUDevices}
}

func (w *Worker) heartbeats(ctx context.Context) {
	interval := func() time.Duration {
		if b := time.Duration(w.beat.Load()); b > 0 {
			return b
		}
		return w.cfg.Heartbeat
	}
	t := time.NewTimer(interval())
	defer t.Stop()
	failed := 0
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			t.Reset(interval())
			// Logged when beats start failing and every 100th failure after, not each beat.
			if err := w.call(ctx, "/v1/heartbeat", struct{}{}, nil); err != nil && ctx.Err() == nil {
				if failed%100 == 0 {
					w.log.Warn("heartbeat", "err", err, "failures", failed+1)
				}
				failed++
			} else {
				failed = 0
			}
		}
	}
}

// call posts JSON to the scheduler and decodes the reply into out (if not nil).
func (w *Worker) call(ctx context.Context, path string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.cfg.PoolURL+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if tok := w.token.Load(); tok != nil && *tok != "" {
		req.Header.Set("Authorization", "Bearer "+*tok)
	}
	resp, err := w.cfg.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	defer keepalive.Drain(resp.Body)
	if resp.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		err := fmt.Errorf("%s: %s", resp.Status, strings.TrimSpace(string(msg)))
		switch resp.StatusCode {
		case http.StatusUnauthorized:
			err = fmt.Errorf("%w: %v", errUnauthorized, err)
		case http.StatusConflict:
			err = fmt.Errorf("%w: %v", errTaskOver, err)
		}
		return err
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

var errBadParams = errors.New("worker: the request's params")

// ErrBadCallback: the app's callback data is missing or larger than the hub delivers; the
// same app fails the same way on every worker, so the task is reported failed, not retried.
var ErrBadCallback = errors.New("worker: bad callback data")

// finalFailure reports whether err says that this task cannot be done (by this app with
// these inputs), whoever tries again: the app or an input is bad, the app failed or crossed
// a limit of the sandbox. Anything else (a chain read, a connection, the disk) is transient.
func finalFailure(err error) bool {
	var exit *executor.ExitError
	for _, final := range []error{executor.ErrBadApp, executor.ErrTrap, executor.ErrTimeout, executor.ErrMemory, executor.ErrOutputTooLarge,
		executor.ErrBadSpec, ErrBadInput, ErrForbiddenAddress, ErrTooLarge, errBadParams, ErrBadCallback, ErrCannotRun} {
		if errors.Is(err, final) {
			return true
		}
	}
	return errors.As(err, &exit)
}

// taskState is what the worker remembers of a task, on disk.
type taskState struct {
	Digest common.Hash `json:"digest"`
	// Archive is the file of the result archive, once it is on disk (writeArchive).
	Archive string `json:"archive"`
	// CallbackData is the app's callback.bin when the deal has a callback: the uploader
	// hands it to the scheduler, which passes it to finalize (the hub delivers it).
	CallbackData hexutil.Bytes `json:"callbackData,omitempty"`
	Contributed  bool          `json:"contributed"`
	Revealed     bool          `json:"revealed"`
	Uploaded     bool          `json:"uploaded"`
	Failed       string        `json:"failed,omitempty"`
	// Waiting says why the contribution waits (not enough stake), when it does.
	Waiting string `json:"waiting,omitempty"`
	// Batched tasks have no record on chain until settled: their deal and index say where
	// to look (the janitor reads the deal's bits).
	Batched bool `json:"batched,omitempty"`
	// Location is where the worker stored the result (its sha256), once it has.
	Location string      `json:"location,omitempty"`
	Deal     common.Hash `json:"deal,omitzero"`
	Index    uint64      `json:"index,omitempty"`

	// blob is the archive as run made it (the ciphertext when encrypted), kept in memory
	// until it is stored or written to disk; encrypted says it is.
	blob      []byte
	encrypted bool
}

func (w *Worker) statePath(task common.Hash) string {
	return filepath.Join(w.cfg.Dir, "tasks", task.Hex()+".json")
}

func (w *Worker) loadState(task common.Hash) (*taskState, error) {
	b, err := os.ReadFile(w.statePath(task))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var st taskState
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("worker: corrupt state of %s: %w", task, err)
	}
	return &st, nil
}

// saveState writes atomically and durably (temp file, fsync, rename, fsync of the folder).
func (w *Worker) saveState(task common.Hash, st *taskState) error {
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return durable.WriteFile(w.statePath(task), b, 0o600)
}

func (w *Worker) do(ctx context.Context, a scheduler.Action) error {
	switch a.Kind {
	case "compute":
		return w.compute(ctx, a)
	case "reveal":
		return w.reveal(ctx, a)
	case "upload":
		return w.upload(ctx, a)
	}
	return fmt.Errorf("worker: unknown action %q", a.Kind)
}

func (w *Worker) compute(ctx context.Context, a scheduler.Action) error {
	st, err := w.loadState(a.Task)
	if err != nil {
		return err
	}
	if st != nil && (st.Contributed || st.Failed != "") {
		return nil
	}
	if st == nil {
		st, err = w.run(ctx, a)
		if err != nil {
			if !finalFailure(err) {
				// A chain read, the network or the disk failed: nothing says the task
				// cannot be done, so it is tried again later rather than reported failed.
				return fmt.Errorf("compute (to be retried): %w", err)
			}
			reason := err.Error()
			if err := w.saveState(a.Task, &taskState{Failed: reason}); err != nil {
				return err
			}
			return w.call(ctx, "/v1/report", map[string]any{"task": a.Task, "kind": "failed", "reason": reason}, nil)
		}
		// A batched task's result is saved once contributed (contributeBatched): a crash
		// before that only runs it again, as nothing was signed. A per-task one is saved
		// now: its contribution must be revealed with this digest.
		if !a.Batched {
			if err := w.writeArchive(a.Task, st); err != nil {
				return err
			}
			if err := w.saveState(a.Task, st); err != nil {
				return err
			}
		}
	}
	if a.Batched {
		st.Batched, st.Deal, st.Index = true, a.Deal, a.Index
		return w.contributeBatched(ctx, a, st)
	}
	// The chain decides whether we already contributed (e.g. before a crash).
	c, err := w.cfg.Hub.Contribution(ctx, a.Task, w.addr)
	if err != nil {
		return err
	}
	if c.Status.Sign() == 0 {
		if err := w.checkStake(ctx, a); err != nil {
			if errors.Is(err, ErrNoStake) && st.Waiting != err.Error() {
				st.Waiting = err.Error() // kept, for whoever looks at the worker's state
				if serr := w.saveState(a.Task, st); serr != nil {
					return serr
				}
			}
			return err
		}
		if a.Finalize {
			done, err := w.contributeAndFinalize(ctx, a, st)
			if err != nil || done {
				return err
			}
		}
		_, err = w.cfg.Hub.Contribute(ctx, w.cfg.Sender, a.Task, poco.ResultHash(a.Task, st.Digest), poco.ResultSeal(w.addr, a.Task, st.Digest), a.Authorization)
		if err != nil {
			return fmt.Errorf("contribute: %w", err)
		}
	}
	st.Contributed = true
	return w.saveState(a.Task, st)
}

// contributeBatched hands the worker's signed contribution to a batched task to the
// scheduler (docs/protocol.md, "Batched settlement"): no transaction, so no gas; its bond to
// the pool backs it. At trust 1 (a.Finalize) the result is stored first and its location
// goes with the contribution, as one vote is the consensus. The scheduler takes the same
// contribution twice, so a worker that restarts sends it again.
func (w *Worker) contributeBatched(ctx context.Context, a scheduler.Action, st *taskState) error {
	sig, err := poco.NewContribution(w.addr, a.Task, st.Digest).Sign(w.cfg.Domain, w.cfg.Key)
	if err != nil {
		return err
	}
	body := map[string]any{"task": a.Task, "digest": st.Digest, "signature": hexutil.Bytes(sig)}
	var location string
	if !a.Finalize {
		// Replicated: the result is uploaded later, if it wins, maybe after a restart.
		if err := w.writeArchive(a.Task, st); err != nil {
			return err
		}
	} else {
		if location, err = w.store(ctx, a, st); err != nil {
			return err
		}
		body["location"] = location
		if a.Callback != (common.Address{}) {
			body["callbackData"] = st.CallbackData
		}
	}
	if err := w.call(ctx, "/v1/contribute", body, nil); err != nil && !errors.Is(err, errTaskOver) {
		return fmt.Errorf("contribute: %w", err)
	}
	st.Contributed = true
	if a.Finalize {
		// Nothing is left for the worker to do or keep: the result is in storage and the
		// contribution, with its location, with the scheduler, which answered only once it
		// was durable. No state file then (it cost an fsync'd file per task): if the
		// scheduler asked again (it lost the contribution), the worker would run the task
		// again and send the same contribution, which it takes as a repeat.
		w.dropArchive(a.Task, st)
		return nil
	}
	return w.saveState(a.Task, st)
}

// ErrNoStake: the worker's free escrow cannot cover the stake a contribution locks; the
// task waits (with the dispatcher's backoff) until the worker's owner deposits.
var ErrNoStake = errors.New("worker: not enough stake in escrow")

// checkStake refuses to send a contribution the hub would revert for want of stake, and
// says how much to deposit.
func (w *Worker) checkStake(ctx context.Context, a scheduler.Action) error {
	d, err := w.cfg.Hub.Deal(ctx, a.Deal)
	if err != nil {
		return err
	}
	acc, err := w.cfg.Hub.Account(ctx, w.addr)
	if err != nil {
		return err
	}
	if acc.Balance.Cmp(d.WorkerStake) >= 0 {
		return nil
	}
	need := new(big.Int).Sub(d.WorkerStake, acc.Balance)
	return fmt.Errorf("%w: the task's stake is %s and the escrow of %s holds %s free: deposit at least %s (decloud account deposit %s)",
		ErrNoStake, d.WorkerStake, w.addr.Hex(), acc.Balance, need, need)
}

// stakeNotice logs, at start, what the worker's escrow holds: a worker with nothing free
// cannot contribute to any task.
func (w *Worker) stakeNotice(ctx context.Context) {
	acc, err := w.cfg.Hub.Account(ctx, w.addr)
	switch {
	case err != nil:
		w.log.Warn("reading the worker's escrow", "err", err)
	case acc.Balance.Sign() == 0:
		w.log.Warn("the worker has no free stake in escrow: it cannot contribute until its owner deposits (decloud account deposit N; a task locks the pool's workerStakeRatio of its price)",
			"worker", w.addr, "frozen", acc.Frozen)
	default:
		w.log.Info("the worker's escrow", "worker", w.addr, "free", acc.Balance, "frozen", acc.Frozen)
	}
}

// contributeAndFinalize certifies a trust-1 task in one transaction: the result is stored
// first (the link the hub records must lead to it), then contributed and finalized. It
// reports false, with no error, when another worker has contributed already: the task then
// goes the usual way.
func (w *Worker) contributeAndFinalize(ctx context.Context, a scheduler.Action, st *taskState) (bool, error) {
	v, err := w.cfg.Hub.Task(ctx, a.Task)
	if err != nil {
		return false, err
	}
	if v.ContributorCount.Sign() != 0 {
		return false, nil
	}
	sum, err := w.store(ctx, a, st)
	if err != nil {
		return false, err
	}
	link := poco.ResultLink{Storage: a.ResultStorage, Location: sum, Digest: st.Digest}
	var callbackData []byte
	if a.Callback != (common.Address{}) {
		callbackData = st.CallbackData
	}
	if _, err := w.cfg.Hub.ContributeAndFinalize(ctx, w.cfg.Sender, a.Task, st.Digest, link.Marshal(), callbackData, a.Authorization); err != nil {
		return false, fmt.Errorf("contributeAndFinalize: %w", err)
	}
	st.Contributed, st.Revealed, st.Uploaded = true, true, true
	if err := w.saveState(a.Task, st); err != nil {
		return false, err
	}
	w.dropArchive(a.Task, st)
	return true, nil
}

// run fetches the app (and dataset and input files), runs it and archives /out; the
// archive is encrypted when the params say so.
func (w *Worker) run(ctx context.Context, a scheduler.Action) (_ *taskState, err error) {
	params, err := taskparams.Parse(a.Params)
	if err == nil {
		err = params.Validate()
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errBadParams, err)
	}
	app, err := w.appInfo(ctx, a.App)
	if err != nil {
		return nil, err
	}
	x, devices, err := w.sandboxFor(app.Kind, a.Tag)
	if err != nil {
		return nil, err
	}
	var appPath string
	if app.Kind == poco.AppOCI {
		appPath, err = w.fetchImage(ctx, app.URI, app.Checksum)
	} else {
		appPath, err = w.fetch(ctx, app.URI, app.Checksum, nil)
	}
	if err != nil {
		return nil, err
	}
	// The inputs are copies (apps, datasets and checked input files stay in the download
	// cache) and /out is in the archive: both are emptied once the run is over, whatever
	// its outcome; only the archive stays, until it is uploaded or its task is over.
	dirs, err := w.scratch.take()
	if err != nil {
		return nil, err
	}
	defer w.scratch.give(dirs, w.log)
	in, out := dirs.in, dirs.out
	if a.Dataset != (common.Address{}) {
		ds, err := w.datasetInfo(ctx, a.Dataset)
		if err != nil {
			return nil, err
		}
		// A dataset in the pool's storage is served to a signed request of a worker
		// holding this task's authorization only.
		p, err := w.fetch(ctx, ds.URI, ds.Checksum, func(sum string) (http.Header, error) {
			h, err := storage.WorkerDownload(w.cfg.Key, a.Task, a.Authorization, sum, w.cfg.FetchTimeout)
			if err == nil && a.Batched {
				storage.SetTaskDeal(h, a.Deal, a.Index)
			}
			return h, err
		})
		if err != nil {
			return nil, err
		}
		if err := copyNew(p, filepath.Join(in, filepath.Base(ds.Name)), 0o400); err != nil {
			return nil, err
		}
		w.indexDataset(a.Dataset, ds.Checksum)
	}
	for _, f := range params.InputFiles {
		if err := w.input(ctx, in, f); err != nil {
			return nil, err
		}
	}
	timeout := time.Duration(a.TimeoutSecs) * time.Second
	if timeout <= 0 {
		timeout = 5 * time.Minute
	}
	// A wasm deal's tasks may share a sandbox process (one requester, app, dataset and
	// params: docs/sandbox.md); a container never is.
	reuse := ""
	if app.Kind != poco.AppOCI {
		reuse = a.Deal.Hex()
	}
	res, err := x.Run(ctx, executor.Spec{
		TaskID: a.Task.Hex(), TaskIndex: a.Index, DealID: a.Deal.Hex(), App: appPath, Checksum: hex.EncodeToString(app.Checksum[:]),
		Args: strings.Fields(params.Args), InputDir: in, OutputDir: out, Timeout: timeout, MaxOutput: w.cfg.MaxOutput,
		Seed: sha256.Sum256(a.Task[:]), Devices: devices,
		Reuse: reuse,
	})
	if app.Kind == poco.AppOCI && errors.Is(err, executor.ErrBadApp) {
		// The image failed verification: the cached copy goes, the next task fetches it again.
		os.RemoveAll(appPath)
	}
	hasCallback := a.Callback != (common.Address{})
	var cb []byte
	if err == nil && hasCallback {
		cb, err = callbackData(out)
	}
	if err != nil {
		f, ok := appFailure(err, res, timeout)
		if !ok {
			return nil, err
		}
		// The app failed the same way it fails on every honest worker: that is the
		// task's result, certified like any other (see poco.Failure).
		w.log.Info("the app failed: its failure record is the result", "task", a.Task, "kind", f.Kind, "message", f.Message)
		if err := poco.WriteFailure(out, f, hasCallback); err != nil {
			return nil, err
		}
		cb = nil
	}
	archive, err := poco.CanonicalArchive(out, w.cfg.MaxOutput)
	if err != nil {
		return nil, err
	}
	// The digest is always the plaintext's: age encryption is randomized, so replicas would
	// never agree on ciphertexts. The blob kept (and uploaded) is the ciphertext; the
	// beneficiary decrypts it and checks the plaintext against the digest on chain.
	st := &taskState{Digest: poco.ResultDigest(archive, cb, hasCallback), CallbackData: cb, blob: archive}
	if params.EncryptTo != "" {
		if st.blob, err = resultcrypt.Encrypt(archive, params.EncryptTo); err != nil {
			return nil, err
		}
		st.encrypted = true
	}
	return st, nil
}

// appInfo is the hub's record of an app, read once: what the worker uses of it (kind, URI,
// checksum) never changes (only its owner may).
func (w *Worker) appInfo(ctx context.Context, app common.Address) (chain.AppInfo, error) {
	return readOnce(w, app, func() (chain.AppInfo, error) { return w.cfg.Hub.AppInfo(ctx, app, w.cfg.HubFrom) })
}

// datasetInfo is appInfo for a dataset (its URI and checksum never change either).
func (w *Worker) datasetInfo(ctx context.Context, dataset common.Address) (chain.DatasetInfo, error) {
	return readOnce(w, dataset, func() (chain.DatasetInfo, error) { return w.cfg.Hub.DatasetInfo(ctx, dataset, w.cfg.HubFrom) })
}

// readOnce returns the record of asset kept in w.assets, or reads and keeps it.
func readOnce[T any](w *Worker, asset common.Address, read func() (T, error)) (T, error) {
	if v, ok := w.assets.Load(asset); ok {
		if info, ok := v.(T); ok {
			return info, nil
		}
	}
	info, err := read()
	if err == nil {
		w.assets.Store(asset, info)
	}
	return info, err
}

// callbackData reads the app's callback.bin, which a deal with a callback needs.
func callbackData(out string) ([]byte, error) {
	cb, err := os.ReadFile(filepath.Join(out, poco.CallbackFile))
	if err != nil {
		return nil, fmt.Errorf("%w: the deal has a callback but the app wrote no %s", ErrBadCallback, poco.CallbackFile)
	}
	if len(cb) > poco.MaxCallbackData {
		return nil, fmt.Errorf("%w: %s is %d bytes, over the %d the hub can deliver", ErrBadCallback, poco.CallbackFile, len(cb), poco.MaxCallbackData)
	}
	return cb, nil
}

// appFailure turns an error of the run into the failure record every honest worker writes
// for it, when the app itself failed: a non-zero exit, a limit of the deal crossed, bad
// callback data. The record holds nothing of this worker (no limit of its own, no time):
// the messages are fixed per kind. Any other error (a bad app or input, the machine) is
// not the app's doing and is not certified (false).
func appFailure(err error, res executor.Result, timeout time.Duration) (poco.Failure, bool) {
	var exit *executor.ExitError
	switch {
	case errors.As(err, &exit):
		return poco.Failure{Kind: poco.FailureExit, ExitCode: exit.Code, Message: fmt.Sprintf("the app exited with status %d", exit.Code),
			Stderr: string(executor.Tail(res.Stderr, poco.MaxFailureStderr))}, true
	case errors.Is(err, executor.ErrTrap):
		return poco.Failure{Kind: poco.FailureTrap, Message: err.Error(), Stderr: string(executor.Tail(res.Stderr, poco.MaxFailureStderr))}, true
	case errors.Is(err, executor.ErrTimeout):
		return poco.Failure{Kind: poco.FailureTimeLimit, Message: fmt.Sprintf("the app ran past its time limit of %v", timeout)}, true
	case errors.Is(err, executor.ErrMemory):
		return poco.Failure{Kind: poco.FailureMemoryLimit, Message: "the app needed more memory than its limit"}, true
	case errors.Is(err, executor.ErrOutputTooLarge):
		return poco.Failure{Kind: poco.FailureOutputLimit, Message: "the app's /out crossed its size or file-count limit"}, true
	case errors.Is(err, ErrBadCallback):
		msg := "the deal has a callback and the app wrote no " + poco.CallbackFile
		if !strings.Contains(err.Error(), "wrote no") {
			msg = fmt.Sprintf("the app's %s is over the %d bytes the hub delivers", poco.CallbackFile, poco.MaxCallbackData)
		}
		return poco.Failure{Kind: poco.FailureBadCallback, Message: msg}, true
	}
	return poco.Failure{}, false
}

func (w *Worker) reveal(ctx context.Context, a scheduler.Action) error {
	st, err := w.loadState(a.Task)
	if err != nil || st == nil {
		return fmt.Errorf("worker: nothing to reveal for %s (%v)", a.Task, err)
	}
	if st.Revealed {
		return nil
	}
	c, err := w.cfg.Hub.Contribution(ctx, a.Task, w.addr)
	if err != nil {
		return err
	}
	if c.Status.Uint64() == uint64(poco.ContributionContributed) {
		if _, err := w.cfg.Hub.Reveal(ctx, w.cfg.Sender, a.Task, st.Digest); err != nil {
			return fmt.Errorf("reveal: %w", err)
		}
	}
	st.Revealed = true
	return w.saveState(a.Task, st)
}

func (w *Worker) upload(ctx context.Context, a scheduler.Action) error {
	st, err := w.loadState(a.Task)
	if err != nil || st == nil {
		return fmt.Errorf("worker: nothing to upload for %s (%v)", a.Task, err)
	}
	var sum string
	switch {
	case st.Uploaded && st.Location == "":
		return nil
	case st.Uploaded:
		// Stored already (with a batched contribution, or before a crash): the scheduler
		// asks again when it lost the report, say in a restart. Report it again.
		sum = st.Location
	default:
		if sum, err = w.store(ctx, a, st); err != nil {
			return err
		}
	}
	if err := w.call(ctx, "/v1/report", map[string]any{"task": a.Task, "kind": "uploaded", "location": sum, "callbackData": st.CallbackData}, nil); err != nil {
		return err
	}
	st.Uploaded, st.Location = true, sum
	if err := w.saveState(a.Task, st); err != nil {
		return err
	}
	w.dropArchive(a.Task, st)
	return nil
}

// store puts the result archive in storage, signed by the worker and authorized by the
// scheduler, and returns its location (its sha256).
func (w *Worker) store(ctx context.Context, a scheduler.Action, st *taskState) (string, error) {
	data := st.blob
	if data == nil {
		var err error
		if data, err = os.ReadFile(st.Archive); err != nil {
			return "", err
		}
	}
	s := sha256.Sum256(data)
	sum := hex.EncodeToString(s[:])
	sig, err := poco.SignHash(storage.UploadDigest(a.Task, sum), w.cfg.Key)
	if err != nil {
		return "", err
	}
	headers := map[string]string{
		storage.HeaderTask: a.Task.Hex(), storage.HeaderWorker: w.addr.Hex(),
		storage.HeaderSignature: hexutil.Encode(sig), storage.HeaderAuthorization: hexutil.Encode(a.Authorization),
	}
	if a.Batched {
		// The hub has no record of the task: storage finds its scheduler by its deal.
		headers[storage.HeaderDeal], headers[storage.HeaderIndex] = a.Deal.Hex(), strconv.FormatUint(a.Index, 10)
	}
	if _, err := w.cfg.Storage.Put(ctx, data, headers); err != nil {
		return "", fmt.Errorf("upload: %w", err)
	}
	return sum, nil
}

// writeArchive puts the result archive on disk (runs/<task>.tar, .tar.age when encrypted),
// for a result the worker may have to upload after a restart; one stored at once (a
// batched trust-1 task's) never is.
func (w *Worker) writeArchive(task common.Hash, st *taskState) error {
	if st.blob == nil || st.Archive != "" {
		return nil
	}
	p := filepath.Join(w.cfg.Dir, "runs", task.Hex()+".tar")
	if st.encrypted {
		p += ".age"
	}
	if err := os.WriteFile(p, st.blob, 0o600); err != nil {
		return err
	}
	st.Archive = p
	return nil
}

// dropArchive removes a result that is stored and certified: the worker needs it no more.
// (Older workers kept it in a directory of its own, runs/<task>/result.tar.)
func (w *Worker) dropArchive(task common.Hash, st *taskState) {
	st.blob = nil
	if st.Archive == "" {
		return
	}
	rm := os.Remove
	target := st.Archive
	if dir := filepath.Dir(st.Archive); filepath.Base(dir) == task.Hex() {
		rm, target = os.RemoveAll, dir
	}
	if err := rm(target); err != nil && !errors.Is(err, os.ErrNotExist) {
		w.log.Warn("removing an uploaded result", "task", task, "err", err)
	}
}

// fetch downloads uri (storage:SUM, http(s)://, file://; see download), checks its sha256
// against the chain's checksum and caches it by checksum. It returns the cached file.
func (w *Worker) fetch(ctx context.Context, uri string, checksum common.Hash, sign signer) (string, error) {
	want := hex.EncodeToString(checksum[:])
	apps := filepath.Join(w.cfg.Dir, "apps")
	cached := filepath.Join(apps, want)
	if got, err := w.cachedSum(cached); err == nil && got == want {
		return cached, nil
	}
	tmp, got, err := w.download(ctx, uri, true, apps, sign)
	if err != nil {
		return "", err
	}
	if got != want {
		os.Remove(tmp)
		return "", fmt.Errorf("%w: %s does not match the checksum on chain", executor.ErrBadApp, uri)
	}
	if err := commitDownload(tmp, cached); err != nil {
		return "", err
	}
	return cached, nil
}

// commitDownload makes tmp, a file download wrote, the file at path. download closed it
// without an fsync: it is reopened to fsync, then renamed into place and the folder
// fsynced. On error tmp is removed.
func commitDownload(tmp, path string) error {
	f, err := os.OpenFile(tmp, os.O_WRONLY, 0)
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return durable.Commit(f, path)
}
