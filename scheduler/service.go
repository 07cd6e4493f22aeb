package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	mathrand "math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/taskparams"
)

// ServiceConfig wires a scheduler to its chain, key, pool and store.
type ServiceConfig struct {
	Hub        *chain.Hub
	Logs       chain.LogSource
	Sender     *chain.Sender // the workerpool owner's key
	Pool       common.Address
	Domain     poco.Domain
	From       uint64 // first block to follow on a new store (the hub's deployment block)
	Store      Store
	StorageURL string // where results are uploaded (goes into the result link)
	Plan       Config
	Admission  Admission
	Logger     *slog.Logger
}

// Admission is the pool owner's policy on who may work for the pool. A worker must pass
// every rule that is set: open to anyone when none is.
type Admission struct {
	// MinStake is the free escrow balance (tokens deposited in the hub and not frozen) a
	// worker must hold: checked at login and again every Recheck while it works, so a
	// worker that cannot cover the stake of a contribution is not handed tasks.
	MinStake *big.Int
	// Allow, when not empty, lists the only workers admitted.
	Allow []common.Address
	// Recheck is how often a logged-in worker's stake is read again (default 1 minute).
	Recheck time.Duration
	// RequireSandbox lists the confinement layers ("landlock", "namespaces") a worker's
	// sandbox must have (as the worker advertises them at login).
	RequireSandbox []string
	// Trusted lists workers the pool's owner vouches for (its own machines): they anchor
	// replicated tasks from the start, whatever their score (see docs/trust.md). They must
	// still pass the other rules.
	Trusted []common.Address
}

// Service is the scheduler of one workerpool: it follows the hub, keeps the pool's state in
// its store, decides with Decide and applies the plans on chain and to its workers.
type Service struct {
	cfg ServiceConfig
	log *slog.Logger

	mu      sync.Mutex
	deals   map[common.Hash]*DealTasks
	tasks   map[common.Hash]*Task
	workers map[common.Address]*Worker
	changed chan struct{} // closed and replaced when work may be available
	now     time.Time     // chain time of the last followed block
	stopped chan struct{} // closed when Run returns: long polls end at once
	pruned  time.Time     // when silent workers were last looked for
	metrics *metrics
	// unmatched holds the deals already logged as unmatchable (once each; not persisted).
	unmatched map[common.Hash]bool
	// unreachable holds the active tasks of the last plan that cannot reach consensus with
	// the workers at hand (see Plan.Unreachable), and waiting the deals of the last plan
	// that no live worker can run, with why (Plan.Waiting).
	unreachable map[common.Hash]bool
	waiting     map[common.Hash]error
	byWorker    map[common.Address]map[common.Hash]bool // the tasks each worker has a replicate of
	version     uint64                                  // bumped for each copy handed to the writer
	write       *writer
	// kinds caches the apps' kinds; refilled is set once the stored deals without them
	// have been read again (refillDeals).
	kinds    *appKinds
	refilled bool

	authMu sync.Mutex // guards auths only
	auths  map[Assignment][]byte

	// record counts each worker's votes on the pool's certified tasks (with the consensus,
	// against it) since the service started; trusted is Admission.Trusted as a set.
	record  map[common.Address]*Votes
	trusted map[common.Address]bool

	// The batched path (settle.go): ready holds the certified, stored tasks waiting for a
	// batch (since when), settleRetry those the hub refused alone (until when); kicked
	// asks Run for a plan now, settleKicked wakes the settlement loop, and caughtUp is
	// closed after the first step that followed the chain to its head.
	ready        map[common.Hash]time.Time
	settleRetry  map[common.Hash]time.Time
	kicked       chan struct{}
	settleKicked chan struct{}
	caughtUp     chan struct{}
	caughtOnce   sync.Once
	settlements  atomic.Int64
}

// NewService loads the store's state.
func NewService(ctx context.Context, cfg ServiceConfig) (*Service, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Service{cfg: cfg, log: cfg.Logger, deals: map[common.Hash]*DealTasks{}, tasks: map[common.Hash]*Task{},
		workers: map[common.Address]*Worker{}, changed: make(chan struct{}), stopped: make(chan struct{}), metrics: newMetrics(),
		unmatched: map[common.Hash]bool{}, unreachable: map[common.Hash]bool{}, byWorker: map[common.Address]map[common.Hash]bool{}, write: newWriter(cfg.Store),
		auths: map[Assignment][]byte{}, record: map[common.Address]*Votes{}, trusted: map[common.Address]bool{},
		waiting: map[common.Hash]error{}, kinds: newAppKinds(cfg.Hub, cfg.From),
		ready: map[common.Hash]time.Time{}, settleRetry: map[common.Hash]time.Time{}, kicked: make(chan struct{}, 1),
		settleKicked: make(chan struct{}, 1), caughtUp: make(chan struct{})}
	for _, a := range cfg.Admission.Trusted {
		s.trusted[a] = true
	}
	deals, tasks, workers, err := cfg.Store.Load(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range deals {
		s.deals[d.ID] = d
	}
	loaded := time.Now()
	for _, t := range tasks {
		s.tasks[t.ID] = t
		if t.UploadRequested && !t.Uploaded {
			t.UploadAskedAt = loaded // as AssignedAt: the bound restarts with the pool
		}
		for _, r := range t.Replicates {
			s.replicateLocked(t, r.Worker)
			if r.State == Assigned {
				r.AssignedAt = loaded // the store keeps no time: the bound restarts with the pool
			}
		}
	}
	for _, w := range workers {
		s.workers[w.Addr] = w
	}
	return s, nil
}

type storeCursor struct{ s Store }

func (c storeCursor) Load(ctx context.Context) (uint64, bool, error) { return c.s.Cursor(ctx) }
func (c storeCursor) Save(ctx context.Context, n uint64) error       { return c.s.SetCursor(ctx, n) }

// Run follows the chain and applies plans until ctx ends. After a failed step it waits
// longer each time (doubling up to 30 s, with jitter) and logs the first failure of a run
// of them, then every tenth, and when steps succeed again.
func (s *Service) Run(ctx context.Context, every time.Duration) error {
	defer close(s.stopped)
	settleCtx, stopSettle := context.WithCancel(ctx)
	settling := make(chan struct{})
	go func() { defer close(settling); s.settleLoop(settleCtx) }()
	defer func() { stopSettle(); <-settling }()
	failures := 0
	for {
		wait := every
		if err := s.Step(ctx); err != nil && ctx.Err() == nil {
			failures++
			if failures%10 == 1 {
				s.log.Warn("scheduler step failed; retrying with backoff", "err", err, "failures", failures)
			}
			wait = backoff(every, failures)
		} else if failures > 0 {
			s.log.Info("scheduler steps succeed again", "after_failures", failures)
			failures = 0
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil
		case <-timer.C:
		case <-s.kicked:
			// A contribution or a settlement: plan again soon, not at once, so that a burst
			// of them makes one plan.
			timer.Stop()
			if failures == 0 {
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(min(every, 20*time.Millisecond)):
				}
			} else {
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(wait):
				}
			}
		}
	}
}

// backoff is base doubled per failure, capped at 30 s, with up to 25 % of random jitter.
func backoff(base time.Duration, failures int) time.Duration {
	d := base << min(failures, 16)
	d = min(d, 30*time.Second)
	return d - time.Duration(mathrand.Int64N(int64(d)/4+1))
}

// staleWorker is how long a worker with nothing assigned may stay silent before its row
// is deleted (it logs in again if it comes back); pruneEvery is how often that is checked.
const (
	staleWorker = 24 * time.Hour
	pruneEvery  = 10 * time.Minute
)

// pruneWorkers deletes the workers silent for staleWorker that hold no replicate, so that
// a pool that saw many workers come and go does not plan over all of them forever.
func (s *Service) pruneWorkers(ctx context.Context, now time.Time) error {
	s.mu.Lock()
	if now.Sub(s.pruned) < pruneEvery {
		s.mu.Unlock()
		return nil
	}
	s.pruned = now
	var gone []common.Address
	for addr, w := range s.workers {
		if now.Sub(w.LastSeen) > staleWorker && len(s.byWorker[addr]) == 0 {
			delete(s.workers, addr)
			delete(s.byWorker, addr)
			gone = append(gone, addr)
		}
	}
	s.mu.Unlock()
	for _, addr := range gone {
		if err := s.write.forget(ctx, addr); err != nil {
			return err
		}
	}
	if len(gone) > 0 {
		s.log.Info("forgot workers silent for a day", "workers", len(gone))
	}
	return nil
}

// Step catches up with the chain once and applies one plan.
func (s *Service) Step(ctx context.Context) error {
	if err := s.pruneWorkers(ctx, time.Now()); err != nil {
		return err
	}
	for {
		caughtUp, err := chain.FollowOnce(ctx, s.cfg.Logs, storeCursor{s.cfg.Store}, chain.FollowConfig{
			Addresses: []common.Address{s.cfg.Hub.Address}, From: s.cfg.From,
		}, s.handle)
		if err != nil {
			return err
		}
		if caughtUp {
			break
		}
	}
	head, err := s.cfg.Hub.Head(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.now = head
	s.mu.Unlock()
	s.caughtOnce.Do(func() { close(s.caughtUp) })
	if err := s.refillDeals(ctx); err != nil {
		return err
	}
	return s.apply(ctx)
}

// chainFacts are what the events of one batch need from chain reads, read before the
// service's lock is taken: the deals created for the pool and the kinds of their apps, the
// tasks that reached consensus (their reveal deadline) and the scores of contributors the
// service does not know.
type chainFacts struct {
	deals  map[common.Hash]bindings.DealView
	kinds  map[common.Address]uint8
	tasks  map[common.Hash]bindings.TaskView
	scores map[common.Address]uint64
}

func (s *Service) prefetch(ctx context.Context, events []chain.Event) (chainFacts, error) {
	f := chainFacts{deals: map[common.Hash]bindings.DealView{}, kinds: map[common.Address]uint8{}, tasks: map[common.Hash]bindings.TaskView{},
		scores: map[common.Address]uint64{}}
	// Which deals and tasks are the pool's, including those this batch creates.
	s.mu.Lock()
	ours := map[common.Hash]bool{}
	for id := range s.deals {
		ours[id] = true
	}
	for id := range s.tasks {
		ours[id] = true
	}
	known := map[common.Address]bool{}
	for a := range s.workers {
		known[a] = true
	}
	s.mu.Unlock()
	for _, ev := range events {
		switch ev := ev.(type) {
		case *chain.DealCreated:
			if ev.Workerpool != s.cfg.Pool {
				continue
			}
			ours[ev.Dealid] = true
			v, err := s.cfg.Hub.Deal(ctx, ev.Dealid)
			if err != nil {
				return f, fmt.Errorf("read deal %s: %w", ev.Dealid, err)
			}
			f.deals[ev.Dealid] = v
			if f.kinds[ev.App], err = s.AppKind(ctx, ev.App); err != nil {
				return f, err
			}
		case *chain.TaskInitialize:
			if ours[ev.Dealid] {
				ours[ev.Taskid] = true
			}
		case *chain.TaskContribute:
			if ours[ev.Taskid] && !known[ev.Worker] {
				v, err := s.cfg.Hub.Score(ctx, ev.Worker)
				if err != nil {
					return f, fmt.Errorf("read score of %s: %w", ev.Worker, err)
				}
				f.scores[ev.Worker] = v.Uint64()
			}
		case *chain.TaskConsensus:
			if ours[ev.Taskid] {
				v, err := s.cfg.Hub.Task(ctx, ev.Taskid)
				if err != nil {
					return f, fmt.Errorf("read task %s: %w", ev.Taskid, err)
				}
				f.tasks[ev.Taskid] = v
			}
		}
	}
	return f, nil
}

// decode decodes the hub's events of a batch, in chain order. Logs that are not events
// the service folds, or that do not decode, are left out: they change nothing.
func (s *Service) decode(logs []types.Log) []chain.Event {
	events := make([]chain.Event, 0, len(logs))
	for i := range logs {
		if ev, err := s.cfg.Hub.DecodeEvent(&logs[i]); err == nil && ev != nil {
			events = append(events, ev)
		}
	}
	return events
}

// handle folds hub events into the pool's state: chain reads first, then the state under
// its lock, then the store through the writer.
func (s *Service) handle(ctx context.Context, logs []types.Log, _, _ uint64) error {
	events := s.decode(logs)
	facts, err := s.prefetch(ctx, events)
	if err != nil {
		return err
	}
	var deals []*DealTasks
	var workers []Worker
	dirty := map[common.Hash]bool{}
	s.mu.Lock()
	for _, ev := range events {
		switch ev := ev.(type) {
		case *chain.DealCreated:
			v, ok := facts.deals[ev.Dealid]
			if ev.Workerpool != s.cfg.Pool || !ok {
				continue
			}
			start, t := v.StartTime.Uint64(), v.TimeRef.Uint64()
			d := &DealTasks{ID: ev.Dealid, Volume: v.Volume.Uint64(), App: ev.App, Dataset: ev.Dataset, Params: ev.Params,
				Trust: v.Trust.Uint64(), TimeRef: t, Callback: ev.Callback, Initialized: map[uint64]bool{},
				AppKind: facts.kinds[ev.App], Tag: ev.Tag, Batched: v.Batched, WorkerStake: v.WorkerStake,
				ContributionDeadline: time.Unix(int64(poco.ContributionDeadline(start, t)), 0).UTC(),
				FinalDeadline:        time.Unix(int64(poco.FinalDeadline(start, t)), 0).UTC()}
			s.deals[d.ID] = d
			deals = append(deals, d)
		case *chain.TaskInitialize:
			d := s.deals[ev.Dealid]
			if d == nil || s.tasks[ev.Taskid] != nil {
				continue
			}
			d.Initialized[ev.Idx] = true
			t := &Task{ID: ev.Taskid, Deal: d.ID, Index: ev.Idx, Status: poco.TaskActive, Trust: d.Trust,
				ContributionDeadline: d.ContributionDeadline, FinalDeadline: d.FinalDeadline}
			s.tasks[t.ID] = t
			dirty[t.ID] = true
		case *chain.BondUpdated:
			if w := s.workers[ev.Worker]; w != nil && ev.Workerpool == s.cfg.Pool {
				w.Bond = new(big.Int).Add(ev.Bonded, ev.Unbonding)
			}
		case *chain.ScoreUpdated:
			// Plans weigh pending replicates by score and record each vote's weight at
			// contribution: keep the scores of the pool's workers current.
			if w := s.workers[ev.Worker]; w != nil && ev.Score.IsUint64() && w.Score != ev.Score.Uint64() {
				w.Score = ev.Score.Uint64()
				workers = append(workers, *w)
			}
		default:
			if id, changed := s.handleTaskEvent(ev, facts); changed {
				dirty[id] = true
			}
		}
	}
	copies := s.copiesLocked(dirty)
	if len(dirty) > 0 {
		s.notify()
	}
	s.mu.Unlock()
	for _, d := range deals {
		if err := s.write.deal(ctx, d); err != nil {
			return err
		}
	}
	for _, w := range workers {
		if err := s.write.worker(ctx, w); err != nil {
			return err
		}
	}
	return s.write.tasks(ctx, copies...)
}

// copiesLocked takes versioned copies of the tasks in ids; call with s.mu held.
func (s *Service) copiesLocked(ids map[common.Hash]bool) []taskCopy {
	out := make([]taskCopy, 0, len(ids))
	for id := range ids {
		if t := s.tasks[id]; t != nil {
			s.version++
			out = append(out, taskCopy{task: t.clone(), version: s.version})
		}
	}
	return out
}

// taskOf returns the task a task event is about.
func taskOf(ev chain.Event) (common.Hash, bool) {
	switch ev := ev.(type) {
	case *chain.TaskContribute:
		return ev.Taskid, true
	case *chain.TaskConsensus:
		return ev.Taskid, true
	case *chain.TaskReveal:
		return ev.Taskid, true
	case *chain.TaskReopen:
		return ev.Taskid, true
	case *chain.TaskFinalize:
		return ev.Taskid, true
	case *chain.TaskClaimed:
		return ev.Taskid, true
	case *chain.TaskSettled:
		return ev.Taskid, true
	}
	return common.Hash{}, false
}

// handleTaskEvent folds one task event; call with s.mu held. It reports the task changed.
func (s *Service) handleTaskEvent(ev chain.Event, facts chainFacts) (common.Hash, bool) {
	id, ok := taskOf(ev)
	if !ok {
		return common.Hash{}, false
	}
	t := s.tasks[id]
	if t == nil {
		return common.Hash{}, false // not one of ours
	}
	switch ev := ev.(type) {
	case *chain.TaskContribute:
		r := s.replicateLocked(t, ev.Worker)
		if d := s.deals[t.Deal]; d != nil && r.State == Assigned && !r.AssignedAt.IsZero() {
			d.Observe(time.Since(r.AssignedAt))
		}
		r.State, r.ResultHash = Contributed, ev.ResultHash
		// The hub weighed this vote with the worker's score as of this block, which is the
		// score known here: score events are folded in chain order.
		if w := s.workers[ev.Worker]; w != nil {
			r.Score = w.Score
		} else {
			r.Score = facts.scores[ev.Worker]
		}
	case *chain.TaskConsensus:
		t.Status, t.Consensus = poco.TaskRevealing, ev.ConsensusValue
		if v, ok := facts.tasks[t.ID]; ok {
			t.RevealDeadline = time.Unix(v.RevealDeadline.Int64(), 0).UTC()
		}
	case *chain.TaskReveal:
		s.replicateLocked(t, ev.Worker).State = Revealed
	case *chain.TaskReopen:
		for _, r := range t.Replicates {
			if r.ResultHash == t.Consensus && r.State == Contributed {
				r.State = Failed // rejected: its group did not reveal
			}
		}
		t.Status, t.Consensus, t.RevealDeadline, t.UploadRequested = poco.TaskActive, common.Hash{}, time.Time{}, false
	case *chain.TaskFinalize:
		t.Status = poco.TaskCompleted
		s.recordVotesLocked(t)
	case *chain.TaskClaimed:
		t.Status = poco.TaskFailed
		delete(s.ready, t.ID)
	case *chain.TaskSettled:
		delete(s.ready, t.ID)
		if t.Status == poco.TaskCompleted {
			return t.ID, false // this scheduler's own settlement, applied when it was mined
		}
		t.Status = poco.TaskCompleted
		s.recordVotesLocked(t)
	}
	return t.ID, true
}

// recordVotesLocked counts the votes on a task just certified: each contribution with the
// consensus is a win, each against it a loss; a worker that crosses the pool's limit of
// losses is reported once (it gets no more tasks: Worker.excluded).
func (s *Service) recordVotesLocked(t *Task) {
	limit := s.cfg.Plan.withDefaults()
	for _, r := range t.Replicates {
		if r.ResultHash == (common.Hash{}) {
			continue
		}
		rec := s.record[r.Worker]
		if rec == nil {
			rec = &Votes{}
			s.record[r.Worker] = rec
		}
		if r.ResultHash == t.Consensus {
			rec.Wins++
			continue
		}
		r.Reason = "its result differs from the certified one: its stake is seized"
		if d := s.deals[t.Deal]; d != nil && d.AppKind == poco.AppOCI {
			// A container sees the real clock and random source: an app that reads them
			// makes honest replicas disagree (docs/sandbox.md).
			r.Reason += " (an oci app that is not deterministic given its inputs does this to honest workers too)"
		}
		before := *rec
		rec.Losses++
		if rec.excluded(limit) && !before.excluded(limit) {
			s.log.Warn("worker excluded: it contradicted too many certified results", "worker", r.Worker, "losses", rec.Losses, "wins", rec.Wins, "task", t.ID)
			s.metrics.excluded.Inc()
		}
	}
}

// Excluded lists the workers the pool gives no more tasks for their losses.
func (s *Service) Excluded() []common.Address {
	s.mu.Lock()
	defer s.mu.Unlock()
	cfg := s.cfg.Plan.withDefaults()
	var out []common.Address
	for a, r := range s.record {
		if r.excluded(cfg) {
			out = append(out, a)
		}
	}
	return out
}

func (t *Task) replicate(w common.Address) *Replicate {
	for _, r := range t.Replicates {
		if r.Worker == w {
			return r
		}
	}
	r := &Replicate{Worker: w, State: Assigned}
	t.Replicates = append(t.Replicates, r)
	return r
}

// notify wakes long-polling workers; call with s.mu held.
func (s *Service) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// apply decides and carries out one plan.
func (s *Service) apply(ctx context.Context) error {
	s.mu.Lock()
	snap := Snapshot{Now: s.now, Clock: time.Now()}
	for _, d := range s.deals {
		snap.Deals = append(snap.Deals, d)
	}
	for _, t := range s.tasks {
		if t.Status == poco.TaskActive || t.Status == poco.TaskRevealing {
			snap.Tasks = append(snap.Tasks, t)
		}
	}
	for _, w := range s.workers {
		w.Trusted = s.trusted[w.Addr]
		if r := s.record[w.Addr]; r != nil {
			w.Votes = *r
		}
		snap.Workers = append(snap.Workers, w)
	}
	p := Decide(snap, s.cfg.Plan)
	for _, u := range p.Unmatched {
		if !s.unmatched[u.Deal] {
			s.unmatched[u.Deal] = true
			s.log.Warn("deal cannot be matched: its tasks get no workers", "deal", u.Deal, "err", u.Err)
		}
	}
	waiting := map[common.Hash]error{}
	for _, u := range p.Waiting {
		waiting[u.Deal] = u.Err
		if s.waiting[u.Deal] == nil {
			s.log.Warn("no live worker can run the deal: its tasks wait for one", "deal", u.Deal, "why", u.Err)
		}
	}
	s.waiting = waiting
	stuck := map[common.Hash]bool{}
	for _, id := range p.Unreachable {
		stuck[id] = true
		if !s.unreachable[id] {
			s.log.Warn("task cannot reach consensus with the pool's workers: it waits for new ones, else its final deadline", "task", id)
		}
	}
	s.unreachable = stuck
	s.metrics.assigned.Add(float64(len(p.Assign)))
	s.metrics.lost.Add(float64(len(p.Lost)))
	s.metrics.workers.Set(float64(len(s.workers)))
	counts := map[poco.TaskStatus]int{}
	for _, t := range s.tasks {
		counts[t.Status]++
	}
	for st := poco.TaskActive; st <= poco.TaskFailed; st++ {
		s.metrics.tasks.WithLabelValues(st.String()).Set(float64(counts[st]))
	}
	for _, a := range p.Lost {
		s.replicateLocked(s.tasks[a.Task], a.Worker).State = Lost
	}
	for _, a := range p.Stalled {
		s.replicateLocked(s.tasks[a.Task], a.Worker).State = Stalled
		s.log.Warn("a worker did not contribute within its bound: its replicate goes to another", "task", a.Task, "worker", a.Worker)
	}
	now := time.Now()
	for _, a := range p.Assign {
		r := s.replicateLocked(s.tasks[a.Task], a.Worker)
		r.State, r.AssignedAt = Assigned, now
	}
	for _, a := range p.Reveal {
		s.replicateLocked(s.tasks[a.Task], a.Worker).RevealRequested = true
	}
	for _, a := range p.Upload {
		t := s.tasks[a.Task]
		if t.UploadRequested && t.Uploader != a.Worker {
			s.log.Warn("the winner asked to upload did not in time: asking another", "task", a.Task, "was", t.Uploader, "now", a.Worker)
		}
		t.UploadRequested, t.Uploader, t.UploadAskedAt = true, a.Worker, now
	}
	touched := map[common.Hash]bool{}
	for _, r := range p.Create {
		d := s.deals[r.Deal]
		id := poco.TaskID(r.Deal, r.Index)
		if d == nil || d.Initialized[r.Index] || s.tasks[id] != nil {
			continue
		}
		d.Initialized[r.Index] = true
		s.tasks[id] = &Task{ID: id, Deal: d.ID, Index: r.Index, Status: poco.TaskActive, Trust: d.Trust,
			ContributionDeadline: d.ContributionDeadline, FinalDeadline: d.FinalDeadline}
		touched[id] = true
	}
	for _, c := range p.Consensus {
		t := s.tasks[c.Task]
		t.Status, t.Consensus = poco.TaskRevealing, c.Hash
		if t.Uploaded && !storedBy(t, c.Hash) {
			// Stored with the contribution of a worker whose result lost: another winner
			// stores the certified one.
			t.Uploaded, t.UploadRequested, t.ResultLocation, t.CallbackData = false, false, "", nil
		}
		touched[c.Task] = true
	}
	s.markReadyLocked(p.Settle, now)
	for _, list := range [][]Assignment{p.Lost, p.Stalled, p.Assign, p.Reveal, p.Upload} {
		for _, a := range list {
			touched[a.Task] = true
		}
	}
	copies := s.copiesLocked(touched)
	if len(touched) > 0 {
		s.notify()
	}
	finalize := map[common.Hash]*Task{}
	for _, id := range p.Finalize {
		finalize[id] = s.tasks[id].clone()
	}
	batchedDeal := map[common.Hash]bool{}
	for _, r := range p.Claim {
		if d := s.deals[r.Deal]; d != nil && d.Batched {
			batchedDeal[r.Deal] = true
		}
	}
	s.mu.Unlock()
	if err := s.write.tasks(ctx, copies...); err != nil {
		return err
	}

	var errs []error
	if len(p.Initialize) > 0 {
		dealids, idxs := make([]common.Hash, len(p.Initialize)), make([]uint64, len(p.Initialize))
		for i, r := range p.Initialize {
			dealids[i], idxs[i] = r.Deal, r.Index
		}
		if _, err := s.cfg.Hub.InitializeArray(ctx, s.cfg.Sender, dealids, idxs); err != nil {
			errs = append(errs, fmt.Errorf("initialize: %w", err))
		}
	}
	for id, t := range finalize {
		if err := s.finalize(ctx, t); err != nil {
			errs = append(errs, fmt.Errorf("finalize %s: %w", id, err))
		} else {
			s.metrics.finalized.Inc()
		}
	}
	for _, id := range p.Reopen {
		if _, err := s.cfg.Hub.Reopen(ctx, s.cfg.Sender, id); err != nil {
			errs = append(errs, fmt.Errorf("reopen %s: %w", id, err))
		} else {
			s.metrics.reopened.Inc()
		}
	}
	if len(p.Settle) > 0 {
		s.kickSettle()
	}
	var perTask, batchedClaims []TaskRef
	for _, r := range p.Claim {
		if batchedDeal[r.Deal] {
			batchedClaims = append(batchedClaims, r)
		} else {
			perTask = append(perTask, r)
		}
	}
	if len(perTask) > 0 {
		dealids, idxs := make([]common.Hash, len(perTask)), make([]uint64, len(perTask))
		for i, r := range perTask {
			dealids[i], idxs[i] = r.Deal, r.Index
		}
		if _, err := s.cfg.Hub.ClaimArray(ctx, s.cfg.Sender, dealids, idxs); err != nil {
			errs = append(errs, fmt.Errorf("claim: %w", err))
		} else {
			s.metrics.claimed.Add(float64(len(perTask)))
		}
	}
	if len(batchedClaims) > 0 {
		if err := s.claimBatched(ctx, batchedClaims); err != nil {
			errs = append(errs, fmt.Errorf("claim batched tasks: %w", err))
		} else {
			s.metrics.claimed.Add(float64(len(batchedClaims)))
		}
	}
	s.metrics.chainError.Add(float64(len(errs)))
	return errors.Join(errs...)
}

func (s *Service) finalize(ctx context.Context, t *Task) error {
	v, err := s.cfg.Hub.Task(ctx, t.ID)
	if err != nil {
		return err
	}
	digest := common.Hash(v.ResultDigest)
	link := poco.ResultLink{Storage: s.cfg.StorageURL, Location: t.ResultLocation, Digest: digest}
	// With a callback the digest is keccak256 of the app's callback.bin, which the hub
	// delivers: the uploader reported it (it may not be readable from storage, the result
	// being encrypted for its beneficiary); the hub refuses any other bytes.
	var callbackData []byte
	if len(t.CallbackData) > 0 {
		if crypto.Keccak256Hash(t.CallbackData) != digest {
			return fmt.Errorf("scheduler: the callback data reported for %s does not hash to the digest on chain", t.ID)
		}
		callbackData = t.CallbackData
	}
	_, err = s.cfg.Hub.Finalize(ctx, s.cfg.Sender, t.ID, link.Marshal(), callbackData)
	return err
}

// Authorization signs the scheduler's permission for worker to contribute to task.
func (s *Service) Authorization(worker common.Address, task common.Hash) ([]byte, error) {
	return poco.Authorize(s.cfg.Domain, worker, task, s.cfg.Sender.Key())
}

var errUnknownTask = errors.New("scheduler: no such task for this worker")

// register records a logged-in worker.
func (s *Service) register(ctx context.Context, addr common.Address, score uint64, bond *big.Int, slots int, res Resources) error {
	s.mu.Lock()
	w := s.workers[addr]
	if w == nil {
		w = &Worker{Addr: addr}
		s.workers[addr] = w
	}
	w.Score, w.Slots, w.LastSeen, w.Resources, w.Bond = score, slots, time.Now(), res, bond
	c := *w
	s.notify() // a new worker may take pending tasks at the next plan
	s.mu.Unlock()
	return s.write.worker(ctx, c)
}

// evict forgets that worker is alive: its assignments go to other workers at the next plan.
func (s *Service) evict(addr common.Address) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if w := s.workers[addr]; w != nil {
		w.LastSeen = time.Time{}
	}
	s.notify()
}

// beat records a heartbeat in memory only: liveness does not survive a restart anyway
// (workers log in again), and a database write per beat would serialize 10,000 workers.
func (s *Service) beat(_ context.Context, addr common.Address) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.workers[addr]
	if w == nil {
		return errors.New("scheduler: unknown worker")
	}
	w.LastSeen = time.Now()
	return nil
}

// actions lists what worker must do now, and a channel closed when that may change. The
// state is read under the lock through the worker's index; authorizations are signed
// after it, once per (task, worker).
func (s *Service) actions(worker common.Address) ([]Action, <-chan struct{}, error) {
	s.mu.Lock()
	var out []Action
	for id := range s.byWorker[worker] {
		t := s.tasks[id]
		if t == nil || (t.Status != poco.TaskActive && t.Status != poco.TaskRevealing) {
			delete(s.byWorker[worker], id) // nothing more for it to do there
			s.authMu.Lock()
			delete(s.auths, Assignment{Task: id, Worker: worker})
			s.authMu.Unlock()
			continue
		}
		d := s.deals[t.Deal]
		if d == nil {
			continue
		}
		for _, r := range t.Replicates {
			if r.Worker != worker {
				continue
			}
			base := Action{Task: t.ID, Deal: t.Deal, Index: t.Index, App: d.App, Dataset: d.Dataset, Params: d.Params,
				Callback: d.Callback, TimeoutSecs: d.TimeRef, Tag: d.Tag, Batched: d.Batched}
			// A batched winner knows the digest from its contribution: it is "revealed".
			revealed := r.State == Revealed || (d.Batched && r.State == Contributed && r.ResultHash == t.Consensus)
			switch {
			case t.Status == poco.TaskActive && r.State == Assigned:
				base.Kind = "compute"
				if d.Trust <= 1 {
					base.Finalize, base.ResultStorage = true, s.cfg.StorageURL
				}
				out = append(out, base)
			case !d.Batched && t.Status == poco.TaskRevealing && r.State == Contributed && r.RevealRequested && r.ResultHash == t.Consensus:
				base.Kind = "reveal"
				out = append(out, base)
			case t.Status == poco.TaskRevealing && revealed && t.UploadRequested && !t.Uploaded && s.uploader(t) == worker:
				base.Kind = "upload"
				out = append(out, base)
			}
		}
	}
	changed := s.changed
	s.mu.Unlock()
	for i := range out {
		if out[i].Kind == "reveal" {
			continue
		}
		auth, err := s.authorization(worker, out[i].Task)
		if err != nil {
			return nil, nil, err
		}
		out[i].Authorization = auth
	}
	return out, changed, nil
}

// authorization returns the scheduler's signed permission for worker to contribute to (or
// upload the result of) task, signing it once.
func (s *Service) authorization(worker common.Address, task common.Hash) ([]byte, error) {
	key := Assignment{Task: task, Worker: worker}
	s.authMu.Lock()
	auth, ok := s.auths[key]
	s.authMu.Unlock()
	if ok {
		return auth, nil
	}
	auth, err := poco.Authorize(s.cfg.Domain, worker, task, s.cfg.Sender.Key())
	if err != nil {
		return nil, err
	}
	s.authMu.Lock()
	s.auths[key] = auth
	s.authMu.Unlock()
	return auth, nil
}

// replicateLocked is t's replicate of w (created as Assigned if missing), indexed by
// worker; call with s.mu held.
func (s *Service) replicateLocked(t *Task, w common.Address) *Replicate {
	if s.byWorker[w] == nil {
		s.byWorker[w] = map[common.Hash]bool{}
	}
	s.byWorker[w][t.ID] = true
	return t.replicate(w)
}

// uploader is the first revealed winner.
func (s *Service) uploader(t *Task) common.Address {
	if t.Uploader != (common.Address{}) {
		return t.Uploader
	}
	for _, r := range t.Replicates {
		if r.State == Revealed {
			return r.Worker
		}
	}
	return common.Address{}
}

// MaxCallbackData bounds the callback data a worker may report (see poco.MaxCallbackData).
const MaxCallbackData = poco.MaxCallbackData

func (s *Service) report(ctx context.Context, worker common.Address, task common.Hash, kind, location, reason string, callbackData []byte) error {
	s.mu.Lock()
	err := s.reportLocked(worker, task, kind, location, reason, callbackData)
	var copies []taskCopy
	if err == nil {
		copies = s.copiesLocked(map[common.Hash]bool{task: true})
		s.notify()
	}
	s.mu.Unlock()
	if err != nil {
		return err
	}
	return s.write.tasks(ctx, copies...)
}

func (s *Service) reportLocked(worker common.Address, task common.Hash, kind, location, reason string, callbackData []byte) error {
	t := s.tasks[task]
	if t == nil {
		return errUnknownTask
	}
	var mine *Replicate
	for _, r := range t.Replicates {
		if r.Worker == worker {
			mine = r
		}
	}
	if mine == nil {
		return errUnknownTask
	}
	switch kind {
	case "uploaded":
		// Any revealed winner asked, now or before a fallback, may deliver the result.
		batched := s.deals[t.Deal] != nil && s.deals[t.Deal].Batched
		known := mine.State == Revealed || (batched && mine.State == Contributed)
		if !t.UploadRequested || !known || mine.ResultHash != t.Consensus || t.Status != poco.TaskRevealing {
			return errors.New("scheduler: this worker was not asked to upload")
		}
		if len(location) != 64 {
			return errors.New("scheduler: the location must be the result's sha256")
		}
		if len(callbackData) > MaxCallbackData {
			return fmt.Errorf("scheduler: callback data over %d bytes", MaxCallbackData)
		}
		if batched && s.deals[t.Deal].Callback != (common.Address{}) && crypto.Keccak256Hash(callbackData) != mine.Digest {
			return errors.New("scheduler: the callback data does not hash to the certified digest")
		}
		t.Uploaded, t.ResultLocation, t.CallbackData = true, location, callbackData
	case "failed":
		if mine.State != Assigned {
			return errors.New("scheduler: only an assigned replicate can fail")
		}
		if len(reason) > 1024 {
			reason = reason[:1024]
		}
		mine.State, mine.Reason = Failed, reason
		s.log.Info("replicate failed", "task", task, "worker", worker, "reason", reason)
	default:
		return errors.New("scheduler: kind must be uploaded or failed")
	}
	return nil
}

// TaskReport is a task as the scheduler sees it, for requesters.
type TaskReport struct {
	Task       common.Hash       `json:"task"`
	Status     string            `json:"status"`
	Replicates []ReplicateReport `json:"replicates"`
	// Waiting says why an active task does not progress, when the scheduler knows.
	Waiting string `json:"waiting,omitempty"`
}

// ReplicateReport is one replicate's state and, if it failed, why.
type ReplicateReport struct {
	Worker common.Address `json:"worker"`
	State  string         `json:"state"`
	Reason string         `json:"reason,omitempty"`
}

// ErrCannotServe says the pool could not run a deal now (CanServe).
var ErrCannotServe = errors.New("scheduler: no live worker of the pool can run it")

// CanServe reports whether the pool could run a deal now whose params, app kind and tag
// are these: the params parse and validate, and at least one live worker, not excluded for
// its losses, runs apps of that kind, has a GPU if the tag asks for one (poco.TagGPU) and
// meets the requirements (an error wrapping ErrCannotServe that says which is missing
// otherwise). A broker asks it before it matches a request on the pool's behalf: a deal the
// pool cannot run ends in claims that cost the scheduler its stake.
func (s *Service) CanServe(params string, kind uint8, tag common.Hash) error {
	p, err := taskparams.ParseValid(params)
	if err != nil {
		return fmt.Errorf("scheduler: the request's params: %w", err)
	}
	prog, err := p.Program()
	if err != nil {
		return fmt.Errorf("scheduler: the request's requirements: %w", err)
	}
	cfg := s.cfg.Plan.withDefaults()
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	var live []*Worker
	for _, w := range s.workers {
		if now.Sub(w.LastSeen) > time.Duration(cfg.MissedBeats)*cfg.Heartbeat {
			continue
		}
		if r := s.record[w.Addr]; r != nil && r.excluded(cfg) {
			continue
		}
		live = append(live, w)
	}
	return canRun(live, kind, tag, prog)
}

// WorkerCount is how many workers the scheduler knows (logged in and not yet pruned).
func (s *Service) WorkerCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.workers)
}

// Report returns what the scheduler knows of a task (ok false if it is not one of its own).
func (s *Service) Report(task common.Hash) (TaskReport, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.tasks[task]
	if t == nil {
		return TaskReport{}, false
	}
	r := TaskReport{Task: task, Status: t.Status.String()}
	if why := s.waiting[t.Deal]; why != nil && s.unreachable[task] {
		r.Waiting = strings.TrimPrefix(why.Error(), "scheduler: ") + ": the task waits for such a worker, else its final deadline, after which a claim refunds it"
	} else if s.unreachable[task] {
		r.Waiting = "consensus is out of reach with the pool's current workers (each eligible one has contributed, failed or stalled): it waits for new workers, else its final deadline, after which a claim refunds it"
	}
	for _, rep := range t.Replicates {
		r.Replicates = append(r.Replicates, ReplicateReport{Worker: rep.Worker, State: rep.State.String(), Reason: rep.Reason})
	}
	return r, true
}

// NewcomerBound is how long a worker without a proven score may hold a task of deal
// before it loses it, as of now (see progressBound).
func (s *Service) NewcomerBound(deal common.Hash) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.deals[deal]
	if d == nil {
		return 0
	}
	return progressBound(d.TimeRef, &Worker{}, s.cfg.Plan.withDefaults().ProvenScore, d.typical())
}
