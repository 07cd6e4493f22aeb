package poco

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestWeight(t *testing.T) {
	for _, c := range []struct{ score, want uint64 }{
		{0, 2}, {8, 2}, {11, 2}, {12, 3}, {15, 4}, {100, 32}, {300, 99}, {3000, 999},
		{1<<64 - 1, (1<<64-1)/3 - 1},
	} {
		if got := Weight(c.score); got != c.want {
			t.Errorf("Weight(%d) = %d, want %d", c.score, got, c.want)
		}
	}
}

func TestRewardShare(t *testing.T) {
	for _, c := range []struct{ w, want uint64 }{{0, 0}, {1, 0}, {2, 1}, {3, 1}, {4, 2}, {32, 5}, {99, 6}, {1024, 10}, {1<<64 - 1, 63}} {
		if got := RewardShare(c.w); got != c.want {
			t.Errorf("RewardShare(%d) = %d, want %d", c.w, got, c.want)
		}
	}
}

func TestConfidence(t *testing.T) {
	for _, c := range []struct {
		trust uint64
		want  float64
	}{{0, 0}, {1, 0}, {2, 0.5}, {4, 0.75}, {100, 0.99}} {
		if got := Confidence(c.trust); got != c.want {
			t.Errorf("Confidence(%d) = %v, want %v", c.trust, got, c.want)
		}
	}
}

// The worked example of DESIGN.md §2: trust 100, voters of score 12, 100, 300 (weights 3,
// 32, 99) voting a, b, b reach consensus on b after the third vote (3168·100 > 3172·99).
func TestConsensusWorkedExample(t *testing.T) {
	a, b := common.HexToHash("0xa"), common.HexToHash("0xb")
	tl := NewTally(100)
	for i, v := range []struct {
		h            common.Hash
		score        uint64
		consensus    bool
		group, total int64
	}{
		{a, 12, false, 3, 4},
		{b, 100, false, 32, 36},
		{b, 300, true, 3168, 3172},
	} {
		if got := tl.Vote(v.h, v.score); got != v.consensus {
			t.Fatalf("vote %d: consensus %v, want %v", i+1, got, v.consensus)
		}
		if g, tot := tl.Group(v.h).Int64(), tl.Total().Int64(); g != v.group || tot != v.total {
			t.Fatalf("vote %d: group %d total %d, want %d and %d", i+1, g, tot, v.group, v.total)
		}
	}
	if tl.Reached(a) || !tl.Reached(b) {
		t.Fatal("Reached disagrees")
	}
}

func TestTallyReject(t *testing.T) {
	a, b := common.HexToHash("0xa"), common.HexToHash("0xb")
	tl := NewTally(3)
	tl.Vote(b, 0)
	if !tl.Vote(a, 30) { // weight 9: 9·3 > (1+2+9)·2
		t.Fatal("expected consensus on a")
	}
	tl.Reject(a)
	if tl.Total().Int64() != 3 || tl.Group(a).Sign() != 0 || tl.Group(b).Int64() != 2 {
		t.Fatalf("after reject: total %d, group a %d, b %d", tl.Total(), tl.Group(a), tl.Group(b))
	}
	if tl.Vote(a, 0) { // a new group of weight 2: 2·3 > 5·2 fails
		t.Fatal("a vote after reject must start a new group")
	}
	tl.Reject(common.HexToHash("0xc")) // no group: no change
	if tl.Total().Int64() != 5 {
		t.Fatalf("total %d", tl.Total())
	}
}

func TestZeroTally(t *testing.T) {
	var tl Tally
	if tl.Trust() != 1 || tl.Total().Int64() != 1 || tl.Reached(common.Hash{}) {
		t.Fatal("zero tally is not empty at trust 1")
	}
	if !tl.Vote(common.Hash{1}, 0) {
		t.Fatal("trust 1: any vote decides")
	}
	if NewTally(0).Trust() != 1 {
		t.Fatal("trust 0 must count as 1")
	}
}

// bruteForce finds the smallest prefix that decides by replaying each prefix on a fresh
// Tally and asking only at its end.
func bruteForce(scores []uint64, trust uint64) (int, bool) {
	for n := 1; n <= len(scores); n++ {
		tl := NewTally(trust)
		for _, s := range scores[:n] {
			tl.Vote(common.Hash{}, s)
		}
		if tl.Reached(common.Hash{}) {
			return n, true
		}
	}
	return len(scores), false
}

// byFormula evaluates g·trust > (1+g)·(trust−1) for unanimous prefixes with math/big.
func byFormula(scores []uint64, trust uint64) (int, bool) {
	tr := new(big.Int).SetUint64(max(trust, 1))
	g := big.NewInt(1)
	for i, s := range scores {
		g.Mul(g, new(big.Int).SetUint64(Weight(s)))
		lhs := new(big.Int).Mul(g, tr)
		rhs := new(big.Int).Mul(new(big.Int).Add(g, big.NewInt(1)), new(big.Int).Sub(tr, big.NewInt(1)))
		if lhs.Cmp(rhs) > 0 {
			return i + 1, true
		}
	}
	return len(scores), false
}

func TestReplicasNeeded(t *testing.T) {
	fresh := make([]uint64, 30)
	for _, c := range []struct {
		name   string
		scores []uint64
		trust  uint64
		want   int
		ok     bool
	}{
		{"trust 0 counts as 1", fresh, 0, 1, true},
		{"trust 1 fresh", fresh, 1, 1, true},
		{"trust 2 fresh", fresh, 2, 1, true},     // 2·2 > 3·1
		{"trust 3 fresh", fresh, 3, 2, true},     // 2·3 > 3·2 fails, 4·3 > 5·2
		{"trust 100 fresh", fresh, 100, 7, true}, // 2⁷ > 99
		{"trust 1000 fresh", fresh, 1000, 10, true},
		{"trust 2^24-1 fresh", fresh, 1<<24 - 1, 24, true},
		{"trust 100 one expert first", []uint64{300, 0, 0, 0}, 100, 2, true}, // 99·2
		{"trust 100 experts", []uint64{300, 300}, 100, 2, true},
		{"trust 99 one expert", []uint64{300}, 99, 1, true},          // 99·99 > 100·98
		{"trust 100 one expert", []uint64{300}, 100, 1, false},       // n = len when not ok
		{"mixed", []uint64{12, 100, 0, 0}, 100, 3, true},             // 3·32·2 = 192
		{"mixed, slow first", []uint64{0, 12, 15, 30}, 100, 4, true}, // 2·3·4 = 24, ·9 = 216
		{"not enough workers", []uint64{0, 0}, 100, 2, false},
		{"no workers", nil, 5, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			n, ok := ReplicasNeeded(c.scores, c.trust)
			bn, bok := bruteForce(c.scores, c.trust)
			fn, fok := byFormula(c.scores, c.trust)
			if n != bn || ok != bok || n != fn || ok != fok {
				t.Fatalf("ReplicasNeeded = %d, %v; brute force %d, %v; formula %d, %v", n, ok, bn, bok, fn, fok)
			}
			if n != c.want || ok != c.ok {
				t.Fatalf("ReplicasNeeded = %d, %v; want %d, %v", n, ok, c.want, c.ok)
			}
		})
	}
}

// Random scores and trusts: ReplicasNeeded, the replayed Tally and the formula agree.
func TestReplicasNeededRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		scores := make([]uint64, rng.IntN(12))
		for i := range scores {
			scores[i] = rng.Uint64N(1000)
		}
		trust := rng.Uint64N(1 << 24)
		n, ok := ReplicasNeeded(scores, trust)
		bn, bok := bruteForce(scores, trust)
		fn, fok := byFormula(scores, trust)
		if n != bn || ok != bok || n != fn || ok != fok {
			t.Fatalf("scores %v trust %d: %d %v, brute force %d %v, formula %d %v", scores, trust, n, ok, bn, bok, fn, fok)
		}
	}
}
