package poco

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Weight is a worker's vote weight from its score (Sarmenta's credibility with k = 3):
// max(score/3, 3) − 1. A fresh worker (score 0) weighs 2.
func Weight(score uint64) uint64 {
	x := score / 3
	if x < 3 {
		x = 3
	}
	return x - 1
}

// RewardShare is a winner's share of the workers' reward: floor(log2(weight)).
func RewardShare(weight uint64) uint64 {
	var r uint64
	for weight > 1 {
		weight >>= 1
		r++
	}
	return r
}

// Confidence is 1 − 1/trust, the probability the certified result is right (trust ≥ 1).
func Confidence(trust uint64) float64 {
	if trust <= 1 {
		return 0
	}
	return 1 - 1/float64(trust)
}

// Tally mirrors the hub's consensus state for one task: the product of weights of each
// result's voters, and total = 1 + the sum of the groups.
type Tally struct {
	trust  *big.Int
	groups map[common.Hash]*big.Int
	total  *big.Int
}

// NewTally starts a tally at the given trust (0 counts as 1, as on chain).
func NewTally(trust uint64) *Tally {
	if trust == 0 {
		trust = 1
	}
	return &Tally{trust: new(big.Int).SetUint64(trust), groups: map[common.Hash]*big.Int{}, total: big.NewInt(1)}
}

// Vote adds the vote of a worker of the given score for resultHash and reports whether
// resultHash has now reached consensus: group·trust > total·(trust − 1).
func (t *Tally) Vote(resultHash common.Hash, score uint64) bool {
	w := new(big.Int).SetUint64(Weight(score))
	old := t.groups[resultHash]
	next := w
	if old != nil && old.Sign() > 0 {
		next = new(big.Int).Mul(old, w)
		t.total.Sub(t.total, old)
	}
	t.groups[resultHash] = next
	t.total.Add(t.total, next)
	return t.Reached(resultHash)
}

// Reached reports whether resultHash's group satisfies the consensus rule now.
func (t *Tally) Reached(resultHash common.Hash) bool {
	g := t.groups[resultHash]
	if g == nil {
		return false
	}
	lhs := new(big.Int).Mul(g, t.trust)
	rhs := new(big.Int).Mul(t.total, new(big.Int).Sub(t.trust, big.NewInt(1)))
	return lhs.Cmp(rhs) > 0
}

// Reject removes resultHash's group, as reopen does on chain.
func (t *Tally) Reject(resultHash common.Hash) {
	if g := t.groups[resultHash]; g != nil {
		t.total.Sub(t.total, g)
		delete(t.groups, resultHash)
	}
}

// Group returns the product of the weights of resultHash's voters (0 if none).
func (t *Tally) Group(resultHash common.Hash) *big.Int {
	if g := t.groups[resultHash]; g != nil {
		return new(big.Int).Set(g)
	}
	return new(big.Int)
}

// Total returns 1 + the sum of all group weights.
func (t *Tally) Total() *big.Int { return new(big.Int).Set(t.total) }

// ReplicasNeeded returns the smallest n such that the first n workers (in the given order),
// all agreeing, reach consensus at trust from an empty tally; ok is false if all of them
// together are not enough.
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
