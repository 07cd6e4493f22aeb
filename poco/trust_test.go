package poco

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestWeight(t *testing.T) {
	for _, c := range []struct{ score, want uint64 }{
		{0, 2}, {8, 2}, {11, 2}, {12, 3}, {15, 4}, {100, 32}, {300, 99}, {3000, 999},
	} {
		if got := Weight(c.score); got != c.want {
			t.Errorf("Weight(%d) = %d, want %d", c.score, got, c.want)
		}
	}
}

func TestRewardShare(t *testing.T) {
	for _, c := range []struct{ w, want uint64 }{{2, 1}, {3, 1}, {4, 2}, {32, 5}, {99, 6}, {1024, 10}} {
		if got := RewardShare(c.w); got != c.want {
			t.Errorf("RewardShare(%d) = %d, want %d", c.w, got, c.want)
		}
	}
}

// The worked example of DESIGN.md: trust 100, voters of score 12, 100, 300 (weights 3, 32,
// 99) voting a, b, b reach consensus on b after the third vote (3168·100 > 3172·99).
func TestConsensusWorkedExample(t *testing.T) {
	a, b := common.HexToHash("0xa"), common.HexToHash("0xb")
	tl := NewTally(100)
	if tl.Vote(a, 12) {
		t.Fatal("consensus after the first vote")
	}
	if tl.Vote(b, 100) {
		t.Fatal("consensus after the second vote")
	}
	if !tl.Vote(b, 300) {
		t.Fatal("no consensus after the third vote")
	}
	if g, tot := tl.Group(b).Uint64(), tl.Total().Uint64(); g != 3168 || tot != 3172 {
		t.Fatalf("group %d total %d, want 3168 and 3172", g, tot)
	}
	if tl.Reached(a) {
		t.Fatal("a reached consensus too")
	}
}

func TestReplicasNeeded(t *testing.T) {
	fresh := make([]uint64, 20)
	for _, c := range []struct {
		name   string
		scores []uint64
		trust  uint64
		want   int
		ok     bool
	}{
		{"trust 0 counts as 1", fresh, 0, 1, true},
		{"trust 1", fresh, 1, 1, true},
		{"trust 2 fresh", fresh, 2, 1, true},
		{"trust 3 fresh", fresh, 3, 2, true},
		{"trust 100 fresh", fresh, 100, 7, true},
		{"trust 1000 fresh", fresh, 1000, 10, true},
		{"trust 100 one expert first", []uint64{300, 0, 0, 0}, 100, 2, true},
		{"trust 100 experts", []uint64{300, 300}, 100, 2, true},
		{"not enough workers", []uint64{0, 0}, 100, 2, false},
		{"no workers", nil, 5, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			n, ok := ReplicasNeeded(c.scores, c.trust)
			if n != c.want || ok != c.ok {
				t.Fatalf("ReplicasNeeded = %d, %v; want %d, %v", n, ok, c.want, c.ok)
			}
			if ok {
				if n != bruteForce(c.scores, c.trust) {
					t.Fatalf("brute force disagrees: %d", bruteForce(c.scores, c.trust))
				}
			}
		})
	}
}

// bruteForce recomputes the rule with plain integers (small cases only).
func bruteForce(scores []uint64, trust uint64) int {
	if trust == 0 {
		trust = 1
	}
	g := uint64(1)
	for i, s := range scores {
		g *= Weight(s)
		total := 1 + g
		if g*trust > total*(trust-1) {
			return i + 1
		}
	}
	return -1
}

func TestTallyReject(t *testing.T) {
	a, b := common.HexToHash("0xa"), common.HexToHash("0xb")
	tl := NewTally(3)
	tl.Vote(b, 0)
	if !tl.Vote(a, 30) { // weight 9: 9·3 > (1+2+9)·2
		t.Fatal("expected consensus on a")
	}
	tl.Reject(a)
	if tl.Total().Uint64() != 3 || tl.Group(a).Sign() != 0 {
		t.Fatalf("after reject: total %d group %d", tl.Total(), tl.Group(a))
	}
	if tl.Vote(a, 0) {
		t.Fatal("a fresh vote after reject must start a new group")
	}
}
