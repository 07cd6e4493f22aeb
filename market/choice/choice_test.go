package choice

import (
	"math"
	"testing"
)

var pools = []Offer{
	{"cheap", []float64{10, 600, 0.90, 50, 100}},
	{"fast", []float64{50, 60, 0.99, 200, 150}},
	{"green", []float64{30, 300, 0.95, 100, 10}},
}

// Changing the weights changes the choice as a requester would expect, with both methods.
func TestWeightsDecide(t *testing.T) {
	for _, c := range []struct {
		weights string
		want    string
	}{
		{"price=1", "cheap"},
		{"time=1", "fast"},
		{"reliability=1", "fast"},
		{"reputation=1", "fast"},
		{"energy=1", "green"},
		{"price=1,energy=1", "green"}, // green is second on price, first on energy
		{"price=5,time=1", "cheap"},
		{"price=1,time=5", "fast"},
		{"price=1,time=1,energy=1", "green"},
	} {
		for _, m := range []Method{Promethee, WeightedSum} {
			w, err := ParseWeights(c.weights)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Rank(m, pools, w)
			if err != nil {
				t.Fatal(err)
			}
			if got[0].ID != c.want {
				t.Errorf("%s %s: chose %s (%+v), want %s", m, c.weights, got[0].ID, got, c.want)
			}
		}
	}
}

// PROMETHEE II's net flows sum to zero and lie in [-1, 1]; contributions add up to the
// score; weighted-sum scores lie in [0, 1].
func TestFlowInvariants(t *testing.T) {
	for _, m := range []Method{Promethee, WeightedSum} {
		got, err := Rank(m, pools, DefaultWeights)
		if err != nil {
			t.Fatal(err)
		}
		sum := 0.0
		for _, r := range got {
			parts := 0.0
			for _, v := range r.Contribution {
				parts += v
			}
			if math.Abs(parts-r.Score) > 1e-9 {
				t.Errorf("%s %s: contributions %v sum to %g, score %g", m, r.ID, r.Contribution, parts, r.Score)
			}
			lo := -1.0
			if m == WeightedSum {
				lo = 0
			}
			if r.Score < lo-1e-9 || r.Score > 1+1e-9 {
				t.Errorf("%s %s: score %g out of range", m, r.ID, r.Score)
			}
			sum += r.Score
		}
		if m == Promethee && math.Abs(sum) > 1e-9 {
			t.Errorf("net flows sum to %g", sum)
		}
	}
	one, err := Rank(Promethee, pools[:1], DefaultWeights)
	if err != nil || len(one) != 1 || one[0].Score != 0 {
		t.Fatalf("one offer: %+v %v", one, err)
	}
}

func TestParseWeights(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"price=1,time=2.5", true}, {" energy = 3 ", true}, {"speed=1", false}, {"price", false},
		{"price=-1", false}, {"price=x", false}, {"", false}, {"price=NaN", false},
	} {
		if _, err := ParseWeights(c.in); (err == nil) != c.ok {
			t.Errorf("%q: %v", c.in, err)
		}
	}
	if _, err := Rank("electre", pools, DefaultWeights); err == nil {
		t.Error("unknown method accepted")
	}
	if _, err := Rank(Promethee, pools, Weights{"price": 0}); err == nil {
		t.Error("zero weights accepted")
	}
}
