package poco

import (
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
)

// Protocol constants mirrored from the hub.
const (
	SchedulerStakeRatio = 30      // % of the workerpool price locked per task from the scheduler
	CallbackGas         = 100_000 // gas the hub gives a callback's receiveResult
)

// Weight is a worker's vote weight from its score (Sarmenta's credibility with k = 3):
// max(score/3, 3) − 1, in integers. A fresh worker (score 0) weighs 2.
func Weight(score uint64) uint64 {
	return max(score/3, 3) - 1
}

// RewardShare is a winner's share of the workers' reward: floor(log2(weight)), and 0 for
// a weight of 0 or 1 (which the hub never produces: weights are at least 2).
func RewardShare(weight uint64) uint64 {
	if weight == 0 {
		return 0
	}
	return uint64(bits.Len64(weight) - 1)
}

// Confidence is 1 − 1/trust, the probability that a certified result is right
// (trust 100 → 0.99); 0 for trust 0 or 1.
func Confidence(trust uint64) float64 {
	if trust <= 1 {
		return 0
	}
	return 1 - 1/float64(trust)
}

// Tally mirrors the hub's consensus state for one task: group[h], the product of the
// weights of the voters for result hash h, and total = 1 + Σ group. Consensus on h when
// group[h]·trust > total·(trust − 1), with trust = max(trust, 1). The zero Tally is an
// empty tally at trust 1. A Tally is not safe for concurrent use while it is written.
//
// Unlike the hub, a Tally also records the deciding vote; Reject gives the same state as
// the hub's reopen all the same. (The hub also refuses a vote that would make a group
// reach 2²²⁴, far beyond any consensus; a Tally has no such bound.)
type Tally struct {
	trust  uint64
	groups map[common.Hash]*big.Int
	total  *big.Int
}

// NewTally starts an empty tally at the given trust (0 counts as 1, as on chain).
func NewTally(trust uint64) *Tally {
	return &Tally{trust: max(trust, 1)}
}

func (t *Tally) init() {
	if t.groups == nil {
		t.groups = map[common.Hash]*big.Int{}
	}
	if t.total == nil {
		t.total = big.NewInt(1)
	}
	t.trust = max(t.trust, 1)
}

// Vote adds the vote of a worker of the given score for result hash h and reports whether
// h has consensus after it.
func (t *Tally) Vote(h common.Hash, score uint64) (consensus bool) {
	t.init()
	w := new(big.Int).SetUint64(Weight(score))
	next := w
	if old := t.groups[h]; old != nil && old.Sign() > 0 {
		next = new(big.Int).Mul(old, w)
		t.total.Sub(t.total, old)
	}
	t.groups[h] = next
	t.total.Add(t.total, next)
	return t.Reached(h)
}

// Reached reports whether h's group satisfies the consensus rule now.
func (t *Tally) Reached(h common.Hash) bool {
	g := t.groups[h]
	if g == nil || g.Sign() == 0 {
		return false
	}
	trust := new(big.Int).SetUint64(t.Trust())
	lhs := new(big.Int).Mul(g, trust)
	rhs := new(big.Int).Mul(t.Total(), trust.Sub(trust, big.NewInt(1)))
	return lhs.Cmp(rhs) > 0
}

// Reject removes h's group as the hub's reopen does: total −= group[h], group[h] = 0.
// A later vote for h starts a new group.
func (t *Tally) Reject(h common.Hash) {
	if g := t.groups[h]; g != nil {
		t.total.Sub(t.total, g)
		delete(t.groups, h)
	}
}

// Group returns the product of the weights of h's voters (0 if none).
func (t *Tally) Group(h common.Hash) *big.Int {
	if g := t.groups[h]; g != nil {
		return new(big.Int).Set(g)
	}
	return new(big.Int)
}

// Total returns 1 + the sum of all group weights.
func (t *Tally) Total() *big.Int {
	if t.total == nil {
		return big.NewInt(1)
	}
	return new(big.Int).Set(t.total)
}

// Trust returns the tally's trust (at least 1).
func (t *Tally) Trust() uint64 { return max(t.trust, 1) }

// ReplicasNeeded returns the smallest n such that the first n workers of scores (in the
// given order), all voting for the same result, reach consensus at trust from an empty
// tally. ok is false, and n is len(scores), when all of them together are not enough.
func ReplicasNeeded(scores []uint64, trust uint64) (n int, ok bool) {
	t := NewTally(trust)
	var h common.Hash
	for i, s := range scores {
		if t.Vote(h, s) {
			return i + 1, true
		}
	}
	return len(scores), false
}
