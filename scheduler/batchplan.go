package scheduler

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/poco"
)

// Decisions for batched deals (docs/protocol.md, "Batched settlement"): their tasks exist
// only here until a settlement certifies them; workers sign contributions instead of
// sending them, with the digest (there is no reveal: the scheduler keeps the digests to
// itself), and consensus is reached off chain with the hub's rule.

// countedView is a batched task as the hub would count its votes now: each signed vote
// weighs its worker's current score (its score at contribution when the worker is not
// known), and a vote whose worker's bond does not back one stake (or is unknown) is not
// counted: it is shown as Failed, so that its worker, which cannot vote again, is not
// handed the task either. Unsigned contributions count for nothing, likewise.
func countedView(t *Task, stake *big.Int, workers map[common.Address]*Worker) *Task {
	v := *t
	v.Replicates = make([]*Replicate, len(t.Replicates))
	for i, r := range t.Replicates {
		c := *r
		if c.State == Contributed {
			w := workers[c.Worker]
			switch {
			case len(c.Signature) == 0:
				c.State = Failed
			case w != nil && backs(w, stake, 1):
				c.Score = w.Score
			case w == nil && (stake == nil || stake.Sign() == 0):
			default:
				c.State = Failed
			}
		}
		v.Replicates[i] = &c
	}
	return &v
}

// batchConsensus reports the leading result of a batched task's counted votes (see
// countedView) and whether it has reached consensus (poco.Tally). The batch checks again
// over the scores and bonds its earlier tasks leave (planBatch).
func batchConsensus(t *Task) (common.Hash, bool) {
	var voters []*Replicate
	for _, r := range t.Replicates {
		if r.State == Contributed {
			voters = append(voters, r)
		}
	}
	if len(voters) == 0 {
		return common.Hash{}, false
	}
	lead := leadingResult(t.Trust, voters)
	tally := poco.NewTally(t.Trust)
	for _, r := range voters {
		tally.Vote(r.ResultHash, r.Score)
	}
	return lead, tally.Reached(lead)
}

// decideCertified handles a batched task whose contributions reached consensus: once a
// winner has stored the result it is ready for a batch, before that a winner is asked to
// store it.
func decideCertified(p *Plan, t *Task, clock time.Time, bound time.Duration) {
	var winners []*Replicate
	for _, r := range t.Replicates {
		if r.State == Contributed && r.ResultHash == t.Consensus {
			winners = append(winners, r)
		}
	}
	if len(winners) == 0 {
		return // the batch sends such a task back to work (settle.go)
	}
	if t.Uploaded {
		p.Settle = append(p.Settle, t.ID)
		return
	}
	askUpload(p, t, winners, clock, bound)
}

// backs reports whether w's bond backs n stakes of stake each (a nil or zero stake needs
// no bond; an unread bond backs nothing).
func backs(w *Worker, stake *big.Int, n int) bool {
	if stake == nil || stake.Sign() == 0 {
		return true
	}
	if w.Bond == nil {
		return false
	}
	need := new(big.Int).Mul(stake, big.NewInt(int64(n)))
	return w.Bond.Cmp(need) >= 0
}

// storedBy reports whether t's stored result is that of a contribution for hash: its
// uploader's (a task stored before uploaders were recorded counts as stored by a winner).
func storedBy(t *Task, hash common.Hash) bool {
	if t.Uploader == (common.Address{}) {
		return true
	}
	for _, r := range t.Replicates {
		if r.Worker == t.Uploader {
			return r.ResultHash == hash
		}
	}
	return false
}
