package gasreport

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
)

// The batched path: settle at several batch sizes and trust levels, each task with its
// matchOrders amortized over a 1,000-task deal.

const (
	batchDealVolume  = 1000
	firstBatchWorker = 20 // actors from here on are fresh workers of the batched path
	// maxTxSize is the largest transaction go-ethereum's pool (and so most nodes) accepts:
	// 4 × 32 KiB, its txMaxSize.
	maxTxSize = 4 * 32 * 1024
)

// BatchSizes are the sizes of Report.Batched; HeadlineBatch is the one of the top-level keys.
var BatchSizes = []int{1, 10, 100, 1000}

const HeadlineBatch = 100

// batchTrusts are the measured trust levels: the request's trust and how many fresh
// workers (score 0 at the start of the batch) vote for each task, the fewest that reach
// consensus at that trust (weight 2 each: 2ⁿ·trust > (2ⁿ + 1)·(trust − 1)).
var batchTrusts = []struct {
	trust   int64
	workers int
}{{1, 1}, {3, 2}, {100, 7}}

// Figure is a per-task gas figure, or why there is none (a batch that does not fit one
// transaction); it is a JSON number or string.
type Figure struct {
	Gas  uint64
	Note string
}

// MarshalJSON writes the gas, or the note when there is one.
func (f Figure) MarshalJSON() ([]byte, error) {
	if f.Note != "" {
		return json.Marshal(f.Note)
	}
	return json.Marshal(f.Gas)
}

// UnmarshalJSON reads a number or a note.
func (f *Figure) UnmarshalJSON(b []byte) error {
	*f = Figure{}
	if err := json.Unmarshal(b, &f.Gas); err == nil {
		return nil
	}
	if err := json.Unmarshal(b, &f.Note); err != nil {
		return fmt.Errorf("gasreport: a figure is a number or a string: %w", err)
	}
	return nil
}

func (f Figure) String() string {
	if f.Note != "" {
		return f.Note
	}
	return thousands(f.Gas)
}

// PerTrust holds one value per measured trust level (batchTrusts, in order).
type PerTrust[T any] struct {
	Trust1        T `json:"trust1"`
	Trust3        T `json:"trust3"`
	Trust100Fresh T `json:"trust100Fresh"`
}

func (p *PerTrust[T]) at(i int) *T {
	return [...]*T{&p.Trust1, &p.Trust3, &p.Trust100Fresh}[i]
}

// BatchFigures are the per-task figures of one batch size.
type BatchFigures = PerTrust[Figure]

// BatchCosts are the breakdowns of the headline batch.
type BatchCosts = PerTrust[Breakdown]

// Breakdown splits a per-task figure of the headline batch by where the gas goes, computed
// from the transaction (not traced): calldata at 16 gas a non-zero byte and 4 a zero byte,
// logs at 375 + 375 a topic + 8 a byte, signature recovery at ecrecover's 3,000 a
// contribution, the transaction's 21,000 and matchOrders' share; Rest is everything else
// (storage, hashing, decoding, memory, the loops).
type Breakdown struct {
	Calldata    uint64 `json:"calldata"`
	Logs        uint64 `json:"logs"`
	Ecrecover   uint64 `json:"ecrecover"`
	Transaction uint64 `json:"transaction"`
	MatchOrders uint64 `json:"matchOrders"`
	Rest        uint64 `json:"rest"`
}

// breakdown computes b for a settle transaction of n tasks and votes contributions.
func breakdown(data []byte, r *types.Receipt, n, votes, perTask uint64, matchShare uint64) Breakdown {
	var b Breakdown
	for _, x := range data {
		if x == 0 {
			b.Calldata += 4
		} else {
			b.Calldata += 16
		}
	}
	for _, l := range r.Logs {
		b.Logs += 375 + 375*uint64(len(l.Topics)) + 8*uint64(len(l.Data))
	}
	b.Calldata /= n
	b.Logs /= n
	b.Ecrecover = 3000 * votes / n
	b.Transaction = 21_000 / n
	b.MatchOrders = matchShare
	if spent := b.Calldata + b.Logs + b.Ecrecover + b.Transaction + b.MatchOrders; spent < perTask {
		b.Rest = perTask - spent
	}
	return b
}

// measureBatched fills the batched figures: per trust, one batched deal of 1,000 tasks for
// the batches of 1, 10 and 100 tasks and another for the batch of 1,000; every batch has
// its own fresh workers, bonded to the pool beforehand.
func (b *bench) measureBatched(rep *Report, assets [3]common.Address) error {
	fresh := b.actors[firstBatchWorker:]
	if need := len(BatchSizes) * (1 + 2 + 7); len(fresh) < need {
		return fmt.Errorf("gasreport: %d fresh accounts for the batched path, want %d", len(fresh), need)
	}
	rep.Batched = map[string]BatchFigures{}
	digest := crypto.Keccak256Hash([]byte("result"))
	for ti, tr := range batchTrusts {
		small, g, err := b.matchTagged(assets, batchDealVolume, tr.trust, poco.TagBatched)
		if err != nil {
			return err
		}
		rep.MatchOrdersBatched = g
		large, _, err := b.matchTagged(assets, batchDealVolume, tr.trust, poco.TagBatched)
		if err != nil {
			return err
		}
		next := uint64(0)
		for _, size := range BatchSizes {
			workers := fresh[:tr.workers]
			fresh = fresh[tr.workers:]
			for _, w := range workers {
				g, err := b.gas(b.hub.Bond(b.ctx, w.tx, assets[2], big.NewInt(1000)))
				if err != nil {
					return fmt.Errorf("bond: %w", err)
				}
				rep.Bond = g
			}
			d, first := small, next
			if size == batchDealVolume {
				d, first = large, 0
			} else {
				next += uint64(size)
			}
			tasks, err := b.batch(d.id, first, size, workers, digest)
			if err != nil {
				return err
			}
			f, cost, err := b.settleFigure(tasks, rep.MatchOrdersBatched)
			if err != nil {
				return fmt.Errorf("settle %d tasks at trust %d: %w", size, tr.trust, err)
			}
			if size == HeadlineBatch {
				*rep.BatchedCost.at(ti) = cost
			}
			key := strconv.Itoa(size)
			figs := rep.Batched[key]
			*figs.at(ti) = f
			rep.Batched[key] = figs
		}
	}
	head := rep.Batched[strconv.Itoa(HeadlineBatch)]
	rep.PerTaskBatchedTrust1, rep.PerTaskBatchedTrust3, rep.PerTaskBatchedTrust100Fresh = head.Trust1.Gas, head.Trust3.Gas, head.Trust100Fresh.Gas
	return nil
}

// batch returns tasks first to first+size−1 of a deal, each with every worker's vote for
// digest, signed.
func (b *bench) batch(dealid common.Hash, first uint64, size int, workers []*actor, digest common.Hash) ([]chain.TaskSettlement, error) {
	tasks := make([]chain.TaskSettlement, size)
	for i := range tasks {
		idx := first + uint64(i)
		t := chain.TaskSettlement{DealID: dealid, Index: idx, Digest: digest, Results: link(digest)}
		for _, w := range workers {
			c := poco.NewContribution(w.addr, poco.TaskID(dealid, idx), digest)
			sig, err := c.Sign(b.domain, w.key)
			if err != nil {
				return nil, err
			}
			t.Contributions = append(t.Contributions, chain.SignedContribution{Worker: w.addr, Contribution: *c, Signature: sig})
		}
		tasks[i] = t
	}
	return tasks, nil
}

// settleFigure settles tasks in one transaction and returns the gas per task with
// matchOrders/1000 added and where it goes, or a note when the batch does not fit one
// transaction.
func (b *bench) settleFigure(tasks []chain.TaskSettlement, matchGas uint64) (Figure, Breakdown, error) {
	sched := b.actors[roleSched]
	data, err := b.hub.PackSettle(tasks)
	if err != nil {
		return Figure{}, Breakdown{}, err
	}
	if len(data) > maxTxSize {
		return Figure{Note: fmt.Sprintf("does not fit one transaction: %s bytes of calldata > %s",
			thousands(uint64(len(data))), thousands(maxTxSize))}, Breakdown{}, nil
	}
	r, err := sched.tx.Send(b.ctx, &b.dep.Hub, data, nil)
	if err != nil {
		if _, reverted := errors.AsType[*chain.RevertError](err); reverted {
			return Figure{}, Breakdown{}, err
		}
		return Figure{Note: fmt.Sprintf("does not fit: %v", err)}, Breakdown{}, nil
	}
	n, votes := uint64(len(tasks)), uint64(0)
	for _, t := range tasks {
		votes += uint64(len(t.Contributions))
	}
	f := Figure{Gas: r.GasUsed/n + matchGas/batchDealVolume}
	return f, breakdown(data, r, n, votes, f.Gas, matchGas/batchDealVolume), nil
}
