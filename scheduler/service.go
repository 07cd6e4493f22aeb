package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
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
	Logger     *slog.Logger
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
	metrics *metrics
	// unmatched holds the deals already logged as unmatchable (once each; not persisted).
	unmatched map[common.Hash]bool
}

// NewService loads the store's state.
func NewService(ctx context.Context, cfg ServiceConfig) (*Service, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Service{cfg: cfg, log: cfg.Logger, deals: map[common.Hash]*DealTasks{}, tasks: map[common.Hash]*Task{},
		workers: map[common.Address]*Worker{}, changed: make(chan struct{}), stopped: make(chan struct{}), metrics: newMetrics(),
		unmatched: map[common.Hash]bool{}}
	deals, tasks, workers, err := cfg.Store.Load(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range deals {
		s.deals[d.ID] = d
	}
	for _, t := range tasks {
		s.tasks[t.ID] = t
	}
	for _, w := range workers {
		s.workers[w.Addr] = w
	}
	return s, nil
}

type storeCursor struct{ s Store }

func (c storeCursor) Load(ctx context.Context) (uint64, bool, error) { return c.s.Cursor(ctx) }
func (c storeCursor) Save(ctx context.Context, n uint64) error       { return c.s.SetCursor(ctx, n) }

// Run follows the chain and applies plans until ctx ends.
func (s *Service) Run(ctx context.Context, every time.Duration) error {
	defer close(s.stopped)
	for {
		if err := s.Step(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("scheduler step failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(every):
		}
	}
}

// Step catches up with the chain once and applies one plan.
func (s *Service) Step(ctx context.Context) error {
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
	return s.apply(ctx)
}

// handle folds hub events into the pool's state.
func (s *Service) handle(ctx context.Context, logs []types.Log, _, _ uint64) error {
	abi := s.cfg.Hub.ABI()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range logs {
		l := &logs[i]
		if ev, err := abi.UnpackDealCreatedEvent(l); err == nil {
			if ev.Workerpool != s.cfg.Pool {
				continue
			}
			v, err := s.cfg.Hub.Deal(ctx, ev.Dealid)
			if err != nil {
				return err
			}
			start, t := v.StartTime.Uint64(), v.TimeRef.Uint64()
			d := &DealTasks{ID: ev.Dealid, Volume: v.Volume.Uint64(), App: ev.App, Dataset: ev.Dataset, Params: ev.Params,
				Trust: v.Trust.Uint64(), TimeRef: t, Callback: ev.Callback, Initialized: map[uint64]bool{},
				ContributionDeadline: time.Unix(int64(poco.ContributionDeadline(start, t)), 0).UTC(),
				FinalDeadline:        time.Unix(int64(poco.FinalDeadline(start, t)), 0).UTC()}
			s.deals[d.ID] = d
			if err := s.cfg.Store.SaveDeal(ctx, d); err != nil {
				return err
			}
			continue
		}
		if ev, err := abi.UnpackTaskInitializeEvent(l); err == nil {
			d := s.deals[ev.Dealid]
			if d == nil || s.tasks[ev.Taskid] != nil {
				continue
			}
			d.Initialized[ev.Idx.Uint64()] = true
			t := &Task{ID: ev.Taskid, Deal: d.ID, Index: ev.Idx.Uint64(), Status: poco.TaskActive, Trust: d.Trust,
				ContributionDeadline: d.ContributionDeadline, FinalDeadline: d.FinalDeadline}
			s.tasks[t.ID] = t
			if err := s.save(ctx, t); err != nil {
				return err
			}
			continue
		}
		if ev, err := abi.UnpackScoreUpdatedEvent(l); err == nil {
			// Plans weigh pending replicates by score and record each vote's weight at
			// contribution: keep the scores of the pool's workers current.
			if w := s.workers[ev.Worker]; w != nil && ev.Score.IsUint64() && w.Score != ev.Score.Uint64() {
				w.Score = ev.Score.Uint64()
				if err := s.cfg.Store.SaveWorker(ctx, w); err != nil {
					return err
				}
			}
			continue
		}
		if err := s.handleTaskEvent(ctx, l); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) handleTaskEvent(ctx context.Context, l *types.Log) error {
	abi := s.cfg.Hub.ABI()
	if len(l.Topics) < 2 {
		return nil
	}
	t := s.tasks[l.Topics[1]]
	if t == nil {
		return nil // not one of ours
	}
	if ev, err := abi.UnpackTaskContributeEvent(l); err == nil {
		r := t.replicate(ev.Worker)
		r.State, r.ResultHash = Contributed, ev.ResultHash
		// The hub weighed this vote with the worker's score as of this block, which is the
		// score known here: score events are folded in chain order.
		if w := s.workers[ev.Worker]; w != nil {
			r.Score = w.Score
		} else {
			v, err := s.cfg.Hub.Score(ctx, ev.Worker)
			if err != nil {
				return err
			}
			r.Score = v.Uint64()
		}
	} else if ev, err := abi.UnpackTaskConsensusEvent(l); err == nil {
		t.Status, t.Consensus = poco.TaskRevealing, ev.ConsensusValue
		v, err := s.cfg.Hub.Task(ctx, t.ID)
		if err != nil {
			return err
		}
		t.RevealDeadline = time.Unix(v.RevealDeadline.Int64(), 0).UTC()
	} else if ev, err := abi.UnpackTaskRevealEvent(l); err == nil {
		t.replicate(ev.Worker).State = Revealed
	} else if _, err := abi.UnpackTaskReopenEvent(l); err == nil {
		for _, r := range t.Replicates {
			if r.ResultHash == t.Consensus && r.State == Contributed {
				r.State = Failed // rejected: its group did not reveal
			}
		}
		t.Status, t.Consensus, t.RevealDeadline, t.UploadRequested = poco.TaskActive, common.Hash{}, time.Time{}, false
	} else if _, err := abi.UnpackTaskFinalizeEvent(l); err == nil {
		t.Status = poco.TaskCompleted
	} else if _, err := abi.UnpackTaskClaimedEvent(l); err == nil {
		t.Status = poco.TaskFailed
	} else {
		return nil
	}
	s.notify()
	return s.save(ctx, t)
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

func (s *Service) save(ctx context.Context, t *Task) error { return s.cfg.Store.SaveTask(ctx, t) }

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
		snap.Workers = append(snap.Workers, w)
	}
	p := Decide(snap, s.cfg.Plan)
	for _, u := range p.Unmatched {
		if !s.unmatched[u.Deal] {
			s.unmatched[u.Deal] = true
			s.log.Warn("deal cannot be matched: its tasks get no workers", "deal", u.Deal, "err", u.Err)
		}
	}
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
		s.tasks[a.Task].replicate(a.Worker).State = Lost
	}
	for _, a := range p.Assign {
		s.tasks[a.Task].replicate(a.Worker).State = Assigned
	}
	for _, a := range p.Reveal {
		s.tasks[a.Task].replicate(a.Worker).RevealRequested = true
	}
	for _, a := range p.Upload {
		s.tasks[a.Task].UploadRequested = true
	}
	touched := map[common.Hash]bool{}
	for _, list := range [][]Assignment{p.Lost, p.Assign, p.Reveal, p.Upload} {
		for _, a := range list {
			touched[a.Task] = true
		}
	}
	var saveErr error
	for id := range touched {
		if err := s.save(ctx, s.tasks[id]); err != nil {
			saveErr = err
		}
	}
	if len(touched) > 0 {
		s.notify()
	}
	finalize := map[common.Hash]*Task{}
	for _, id := range p.Finalize {
		finalize[id] = s.tasks[id]
	}
	s.mu.Unlock()
	if saveErr != nil {
		return saveErr
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
	if len(p.Claim) > 0 {
		dealids, idxs := make([]common.Hash, len(p.Claim)), make([]uint64, len(p.Claim))
		for i, r := range p.Claim {
			dealids[i], idxs[i] = r.Deal, r.Index
		}
		if _, err := s.cfg.Hub.ClaimArray(ctx, s.cfg.Sender, dealids, idxs); err != nil {
			errs = append(errs, fmt.Errorf("claim: %w", err))
		} else {
			s.metrics.claimed.Add(float64(len(p.Claim)))
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
func (s *Service) register(ctx context.Context, addr common.Address, score uint64, slots int, res Resources) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.workers[addr]
	if w == nil {
		w = &Worker{Addr: addr}
		s.workers[addr] = w
	}
	w.Score, w.Slots, w.LastSeen, w.Resources = score, slots, time.Now(), res
	return s.cfg.Store.SaveWorker(ctx, w)
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

// actions lists what worker must do now, and a channel closed when that may change.
func (s *Service) actions(worker common.Address) ([]Action, <-chan struct{}, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Action
	for _, t := range s.tasks {
		d := s.deals[t.Deal]
		if d == nil {
			continue
		}
		for _, r := range t.Replicates {
			if r.Worker != worker {
				continue
			}
			base := Action{Task: t.ID, Deal: t.Deal, Index: t.Index, App: d.App, Dataset: d.Dataset, Params: d.Params,
				Callback: d.Callback, TimeoutSecs: d.TimeRef}
			switch {
			case t.Status == poco.TaskActive && r.State == Assigned:
				auth, err := poco.Authorize(s.cfg.Domain, worker, t.ID, s.cfg.Sender.Key())
				if err != nil {
					return nil, nil, err
				}
				base.Kind, base.Authorization = "compute", auth
				out = append(out, base)
			case t.Status == poco.TaskRevealing && r.State == Contributed && r.RevealRequested && r.ResultHash == t.Consensus:
				base.Kind = "reveal"
				out = append(out, base)
			case t.Status == poco.TaskRevealing && r.State == Revealed && t.UploadRequested && !t.Uploaded && s.uploader(t) == worker:
				auth, err := poco.Authorize(s.cfg.Domain, worker, t.ID, s.cfg.Sender.Key())
				if err != nil {
					return nil, nil, err
				}
				base.Kind, base.Authorization = "upload", auth
				out = append(out, base)
			}
		}
	}
	return out, s.changed, nil
}

// uploader is the first revealed winner.
func (s *Service) uploader(t *Task) common.Address {
	for _, r := range t.Replicates {
		if r.State == Revealed {
			return r.Worker
		}
	}
	return common.Address{}
}

// MaxCallbackData bounds the callback data a worker may report.
const MaxCallbackData = 64 << 10

func (s *Service) report(ctx context.Context, worker common.Address, task common.Hash, kind, location, reason string, callbackData []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
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
		if s.uploader(t) != worker || !t.UploadRequested {
			return errors.New("scheduler: this worker was not asked to upload")
		}
		if len(location) != 64 {
			return errors.New("scheduler: the location must be the result's sha256")
		}
		if len(callbackData) > MaxCallbackData {
			return fmt.Errorf("scheduler: callback data over %d bytes", MaxCallbackData)
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
	s.notify()
	return s.save(ctx, t)
}

// TaskReport is a task as the scheduler sees it, for requesters.
type TaskReport struct {
	Task       common.Hash       `json:"task"`
	Status     string            `json:"status"`
	Replicates []ReplicateReport `json:"replicates"`
}

// ReplicateReport is one replicate's state and, if it failed, why.
type ReplicateReport struct {
	Worker common.Address `json:"worker"`
	State  string         `json:"state"`
	Reason string         `json:"reason,omitempty"`
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
	for _, rep := range t.Replicates {
		r.Replicates = append(r.Replicates, ReplicateReport{Worker: rep.Worker, State: rep.State.String(), Reason: rep.Reason})
	}
	return r, true
}
