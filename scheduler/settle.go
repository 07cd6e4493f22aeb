package scheduler

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
)

// The off-chain half of the batched path (docs/protocol.md, "Batched settlement"): workers
// hand their signed contributions to the scheduler (contribute), which reaches consensus
// with the hub's rule (Decide), has a winner store the result, and settles certified tasks
// many at a time (settleLoop): by size (Config.BatchSize) or after Config.BatchInterval,
// one transaction in flight at a time.

// ErrBadContribution is returned (400 bad_contribution) for a contribution the scheduler
// refuses: not signed by its worker, for another task, or a second one with another result.
var ErrBadContribution = errors.New("scheduler: contribution refused")

// errTaskOver: the task is settled, claimed or otherwise past taking contributions.
var errTaskOver = errors.New("scheduler: the task takes no more contributions")

// maxBatchBytes bounds a settlement's calldata, well under the 128 KiB a node accepts for
// a transaction.
const maxBatchBytes = 100 << 10

// contribute records worker's signed contribution of digest to a batched task. location
// (the result's sha256 in storage) and callbackData come with it when the worker stored its
// result first (trust 1: one vote is the consensus). Sending the same contribution again is
// a no-op, so a worker that restarts resends what it signed.
func (s *Service) contribute(ctx context.Context, worker common.Address, task, digest common.Hash, sig []byte, location string, callbackData []byte) error {
	c := poco.NewContribution(worker, task, digest)
	if signer, err := c.Signer(s.cfg.Domain, sig); err != nil || signer != worker {
		return fmt.Errorf("%w: the contribution is not signed by %s", ErrBadContribution, worker)
	}
	if _, _, err := poco.CompactSignature(sig); err != nil {
		return fmt.Errorf("%w: %v", ErrBadContribution, err)
	}
	if location != "" && len(location) != 64 {
		return fmt.Errorf("%w: the location must be the result's sha256", ErrBadContribution)
	}
	if len(callbackData) > MaxCallbackData {
		return fmt.Errorf("%w: callback data over %d bytes", ErrBadContribution, MaxCallbackData)
	}
	s.mu.Lock()
	t := s.tasks[task]
	var d *DealTasks
	if t != nil {
		d = s.deals[t.Deal]
	}
	var mine *Replicate
	if t != nil {
		for _, r := range t.Replicates {
			if r.Worker == worker {
				mine = r
			}
		}
	}
	var err error
	switch {
	case t == nil || d == nil || mine == nil:
		err = errUnknownTask
	case !d.Batched:
		err = fmt.Errorf("%w: the task's deal is not batched: contribute on chain", ErrBadContribution)
	case mine.State == Contributed && mine.Digest == digest:
		s.mu.Unlock()
		return nil // sent again
	case mine.State == Contributed:
		err = fmt.Errorf("%w: this worker already contributed another result to the task", ErrBadContribution)
	case t.Status != poco.TaskActive && t.Status != poco.TaskRevealing:
		err = errTaskOver
	case mine.State == Failed:
		err = fmt.Errorf("%w: this worker reported the task failed", ErrBadContribution)
	case location != "" && d.Callback != (common.Address{}) && crypto.Keccak256Hash(callbackData) != digest:
		err = fmt.Errorf("%w: the callback data does not hash to the digest", ErrBadContribution)
	}
	if err != nil {
		s.mu.Unlock()
		return err
	}
	if mine.State == Assigned && !mine.AssignedAt.IsZero() {
		d.Observe(time.Since(mine.AssignedAt))
	}
	mine.State, mine.ResultHash, mine.Digest, mine.Signature = Contributed, c.ResultHash, digest, append([]byte(nil), sig...)
	if w := s.workers[worker]; w != nil {
		mine.Score = w.Score
	}
	// Once the task is certified, only a winner's stored result is the task's: a dissent
	// that names a location would have it settled under the certified digest.
	if location != "" && !t.Uploaded && (t.Status == poco.TaskActive || c.ResultHash == t.Consensus) {
		t.Uploaded, t.UploadRequested, t.Uploader, t.ResultLocation, t.CallbackData = true, true, worker, location, append([]byte(nil), callbackData...)
	}
	copies := s.copiesLocked(map[common.Hash]bool{task: true})
	s.notify()
	s.mu.Unlock()
	s.kick()
	return s.write.tasks(ctx, copies...)
}

// kick asks for a plan soon (a contribution or a settlement may have made work).
func (s *Service) kick() {
	select {
	case s.kicked <- struct{}{}:
	default:
	}
}

// kickSettle wakes the settlement loop.
func (s *Service) kickSettle() {
	select {
	case s.settleKicked <- struct{}{}:
	default:
	}
}

// settleLoop sends the batches until ctx ends: it waits for the first caught-up step (so
// that tasks a previous run settled are known as such), then settles what Decide found
// ready whenever BatchSize tasks are, or the oldest has waited BatchInterval.
func (s *Service) settleLoop(ctx context.Context) {
	cfg := s.cfg.Plan.withDefaults()
	select {
	case <-ctx.Done():
		return
	case <-s.caughtUp:
	}
	timer := time.NewTimer(cfg.BatchInterval)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.settleKicked:
		case <-timer.C:
		}
		wait := s.settleReady(ctx, cfg)
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
		timer.Reset(wait)
	}
}

// settleReady settles batches while a full one is ready or the oldest ready task has
// waited long enough, and returns how long to wait before looking again.
func (s *Service) settleReady(ctx context.Context, cfg Config) time.Duration {
	for ctx.Err() == nil {
		s.mu.Lock()
		now := time.Now()
		var ids []common.Hash
		oldest := now
		for id, at := range s.ready {
			if s.settleRetry[id].After(now) {
				continue
			}
			ids = append(ids, id)
			if at.Before(oldest) {
				oldest = at
			}
		}
		s.mu.Unlock()
		if len(ids) == 0 {
			return cfg.BatchInterval
		}
		if len(ids) < cfg.BatchSize && now.Sub(oldest) < cfg.BatchInterval {
			return cfg.BatchInterval - now.Sub(oldest)
		}
		s.mu.Lock()
		slices.SortFunc(ids, func(a, b common.Hash) int { return s.ready[a].Compare(s.ready[b]) })
		s.mu.Unlock()
		if len(ids) > cfg.BatchSize {
			ids = ids[:cfg.BatchSize]
		}
		if err := s.settleTasks(ctx, ids); err != nil && ctx.Err() == nil {
			s.log.Warn("settling a batch failed; its tasks are tried again later", "tasks", len(ids), "err", err)
			s.mu.Lock()
			for _, id := range ids {
				if _, ok := s.ready[id]; ok {
					s.settleRetry[id] = time.Now().Add(cfg.BatchInterval)
				}
			}
			s.mu.Unlock()
			return cfg.BatchInterval
		}
	}
	return cfg.BatchInterval
}

// batchPlan is a batch as the hub will settle it: the settlements, the tasks they
// certify, and the scores and bonds the workers have after it.
type batchPlan struct {
	tasks   []common.Hash
	settle  []chain.TaskSettlement
	scores  map[common.Address]uint64
	bonds   map[common.Address]*big.Int
	back    []common.Hash // no consensus with current scores and bonds: back to work
	expired []common.Hash // past the final deadline: claims refund them
}

// settleTasks builds a batch of ids (simulating the hub's settle over current scores and
// bonds), sends it and applies the outcome. A batch the hub refuses is split in halves
// until the refused tasks are alone; a lone refused task waits (settleRetry) and is logged.
func (s *Service) settleTasks(ctx context.Context, ids []common.Hash) error {
	if err := s.readBonds(ctx, ids); err != nil {
		return err
	}
	b := s.planBatch(ids)
	s.mu.Lock()
	for _, id := range b.back {
		if t := s.tasks[id]; t != nil {
			s.log.Info("a batched task lost its consensus with current scores and bonds: it goes back to work", "task", id)
			// Decide weighs its votes with current scores and bonds (countedView), so it
			// asks for the vote the task lacks rather than certifying it again.
			t.Status, t.Consensus, t.UploadRequested = poco.TaskActive, common.Hash{}, false
		}
		delete(s.ready, id)
	}
	for _, id := range b.expired {
		delete(s.ready, id)
	}
	copies := s.copiesLocked(setOf(b.back))
	s.mu.Unlock()
	if err := s.write.tasks(ctx, copies...); err != nil {
		return err
	}
	if len(b.settle) == 0 {
		return nil
	}
	receipt, err := s.cfg.Hub.Settle(ctx, s.cfg.Sender, b.settle)
	var re *chain.RevertError
	if errors.As(err, &re) {
		return s.refused(ctx, b, re)
	}
	if err != nil {
		return err
	}
	s.settled(ctx, b)
	s.metrics.settled.Add(float64(len(b.tasks)))
	s.metrics.batches.Inc()
	s.settlements.Add(1)
	s.log.Debug("settled a batch", "tasks", len(b.tasks), "gas", receipt.GasUsed)
	return nil
}

// refused handles a batch the hub refused: halves are tried on their own; a lone task is
// looked up on chain (settled or claimed already) or set aside for a while.
func (s *Service) refused(ctx context.Context, b batchPlan, re *chain.RevertError) error {
	if len(b.tasks) > 1 {
		half := len(b.tasks) / 2
		return errors.Join(s.settleTasks(ctx, b.tasks[:half]), s.settleTasks(ctx, b.tasks[half:]))
	}
	id := b.tasks[0]
	st := b.settle[0]
	status, err := s.cfg.Hub.BatchedTaskStatus(ctx, st.DealID, st.Index)
	if err != nil {
		return err
	}
	s.mu.Lock()
	t := s.tasks[id]
	if t == nil {
		s.mu.Unlock()
		return nil
	}
	if status == poco.TaskCompleted || status == poco.TaskFailed {
		// A settlement or claim this scheduler did not see yet (before a restart, say).
		delete(s.ready, id)
		t.Status = status
		if status == poco.TaskCompleted {
			s.recordVotesLocked(t)
		}
		copies := s.copiesLocked(map[common.Hash]bool{id: true})
		s.mu.Unlock()
		return s.write.tasks(ctx, copies...)
	}
	// Scores and bonds are read again before the next try.
	for _, c := range st.Contributions {
		if w := s.workers[c.Worker]; w != nil {
			w.Bond = nil
		}
	}
	s.settleRetry[id] = time.Now().Add(30 * time.Second)
	s.mu.Unlock()
	s.log.Error("the hub refused to settle a task; it is tried again in 30 s", "task", id, "reason", re.Reason)
	s.metrics.chainError.Inc()
	return nil
}

// settled applies a mined batch: its tasks are completed, the workers' scores and bonds
// are the batch's (the follower will see the same in the events).
func (s *Service) settled(ctx context.Context, b batchPlan) {
	s.mu.Lock()
	for _, id := range b.tasks {
		delete(s.ready, id)
		delete(s.settleRetry, id)
		if t := s.tasks[id]; t != nil && t.Status != poco.TaskCompleted {
			t.Status = poco.TaskCompleted
			s.recordVotesLocked(t)
		}
	}
	for a, sc := range b.scores {
		if w := s.workers[a]; w != nil {
			w.Score = sc
		}
	}
	for a, bond := range b.bonds {
		if w := s.workers[a]; w != nil {
			w.Bond = bond
		}
	}
	copies := s.copiesLocked(setOf(b.tasks))
	s.notify()
	s.mu.Unlock()
	s.kick()
	if err := s.write.tasks(ctx, copies...); err != nil {
		s.log.Warn("saving settled tasks (the chain has them: a restart reads them back)", "err", err)
	}
}

// readBonds reads the bonds the scheduler does not know of the workers contributing to ids.
func (s *Service) readBonds(ctx context.Context, ids []common.Hash) error {
	s.mu.Lock()
	need := map[common.Address]bool{}
	for _, id := range ids {
		if t := s.tasks[id]; t != nil {
			for _, r := range t.Replicates {
				if w := s.workers[r.Worker]; r.State == Contributed && (w == nil || w.Bond == nil) {
					need[r.Worker] = true
				}
			}
		}
	}
	s.mu.Unlock()
	for a := range need {
		v, err := s.cfg.Hub.BondOf(ctx, a, s.cfg.Pool)
		if err != nil {
			return fmt.Errorf("read the bond of %s: %w", a, err)
		}
		s.mu.Lock()
		if w := s.workers[a]; w != nil {
			w.Bond = new(big.Int).Add(v.Bonded, v.Unbonding)
		}
		s.mu.Unlock()
	}
	return nil
}

// planBatch simulates the hub's settle over ids in order, from the scores and bonds the
// scheduler knows: a contribution whose worker's bond no longer backs a stake is left out
// (the hub would refuse the batch), a task whose remaining contributions miss consensus
// goes back to work, and the calldata stays under maxBatchBytes.
func (s *Service) planBatch(ids []common.Hash) batchPlan {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := batchPlan{scores: map[common.Address]uint64{}, bonds: map[common.Address]*big.Int{}}
	score := func(a common.Address) uint64 {
		if sc, ok := b.scores[a]; ok {
			return sc
		}
		if w := s.workers[a]; w != nil {
			return w.Score
		}
		return 0
	}
	bond := func(a common.Address) *big.Int {
		if v, ok := b.bonds[a]; ok {
			return v
		}
		if w := s.workers[a]; w != nil && w.Bond != nil {
			return new(big.Int).Set(w.Bond)
		}
		return new(big.Int)
	}
	size := 0
	for _, id := range ids {
		t := s.tasks[id]
		if t == nil || t.Status != poco.TaskRevealing || !t.Uploaded {
			continue
		}
		d := s.deals[t.Deal]
		if d == nil || !d.Batched {
			continue
		}
		if !s.now.Before(t.FinalDeadline) {
			b.expired = append(b.expired, id)
			continue
		}
		stake := d.WorkerStake
		if stake == nil {
			stake = new(big.Int)
		}
		var counted []*Replicate
		for _, r := range t.Replicates {
			if r.State == Contributed && len(r.Signature) > 0 && bond(r.Worker).Cmp(stake) >= 0 {
				counted = append(counted, r)
			}
		}
		tally := poco.NewTally(t.Trust)
		var winner *Replicate
		for _, r := range counted {
			tally.Vote(r.ResultHash, score(r.Worker))
			if r.ResultHash == t.Consensus && (winner == nil || r.Worker == t.Uploader) {
				winner = r
			}
		}
		if winner == nil || !tally.Reached(t.Consensus) {
			b.back = append(b.back, id)
			continue
		}
		var cb []byte
		if d.Callback != (common.Address{}) {
			if crypto.Keccak256Hash(t.CallbackData) != winner.Digest {
				b.back = append(b.back, id) // the stored callback data is not the certified one
				continue
			}
			cb = t.CallbackData
		}
		link := poco.ResultLink{Storage: s.cfg.StorageURL, Location: t.ResultLocation, Digest: winner.Digest}.Marshal()
		bytes := 448 + len(link) + len(cb) + 160*len(counted)
		if size+bytes > maxBatchBytes && len(b.tasks) > 0 {
			break
		}
		size += bytes
		st := chain.TaskSettlement{DealID: t.Deal, Index: t.Index, Digest: winner.Digest, Results: link, ResultsCallback: cb}
		for _, r := range counted {
			st.Contributions = append(st.Contributions, chain.SignedContribution{Worker: r.Worker,
				Contribution: *poco.NewContribution(r.Worker, t.ID, r.Digest), Signature: r.Signature})
		}
		// Pay as the hub does: losers lose a stake from their bond and a third of their
		// score; winners gain a point when there was more than one contribution.
		for _, r := range counted {
			sc := score(r.Worker)
			if r.ResultHash != t.Consensus {
				b.bonds[r.Worker] = new(big.Int).Sub(bond(r.Worker), stake)
				b.scores[r.Worker] = sc * 2 / 3
			} else if len(counted) > 1 {
				b.scores[r.Worker] = sc + 1
			}
		}
		b.tasks = append(b.tasks, id)
		b.settle = append(b.settle, st)
	}
	return b
}

// Settlements is how many settlement transactions this scheduler has had mined.
func (s *Service) Settlements() int {
	return int(s.settlements.Load())
}

// markReady records the tasks Decide found ready for a batch (once each).
func (s *Service) markReadyLocked(ids []common.Hash, now time.Time) {
	for _, id := range ids {
		if _, ok := s.ready[id]; !ok {
			s.ready[id] = now
		}
	}
}

// claimBatched refunds tasks of batched deals past their final deadline, started or not,
// and marks them failed here once the claim is mined.
func (s *Service) claimBatched(ctx context.Context, refs []TaskRef) error {
	dealids, idxs := make([]common.Hash, len(refs)), make([]uint64, len(refs))
	for i, r := range refs {
		dealids[i], idxs[i] = r.Deal, r.Index
	}
	if _, err := s.cfg.Hub.ClaimBatched(ctx, s.cfg.Sender, dealids, idxs); err != nil {
		if strings.Contains(err.Error(), "already settled or claimed") && len(refs) > 1 {
			half := len(refs) / 2
			return errors.Join(s.claimBatched(ctx, refs[:half]), s.claimBatched(ctx, refs[half:]))
		}
		return err
	}
	s.mu.Lock()
	dirty := map[common.Hash]bool{}
	for _, r := range refs {
		id := poco.TaskID(r.Deal, r.Index)
		t := s.tasks[id]
		if t == nil {
			d := s.deals[r.Deal]
			if d == nil {
				continue
			}
			d.Initialized[r.Index] = true
			t = &Task{ID: id, Deal: d.ID, Index: r.Index, Trust: d.Trust, ContributionDeadline: d.ContributionDeadline, FinalDeadline: d.FinalDeadline}
			s.tasks[id] = t
		}
		t.Status = poco.TaskFailed
		delete(s.ready, id)
		dirty[id] = true
	}
	copies := s.copiesLocked(dirty)
	s.mu.Unlock()
	return s.write.tasks(ctx, copies...)
}

func setOf(ids []common.Hash) map[common.Hash]bool {
	m := make(map[common.Hash]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}
