package main

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// dp is the textbook dynamic program over capacities: the optimal value.
func dp(in Instance) int64 {
	best := make([]int64, in.Capacity+1)
	for _, it := range in.Items {
		for c := in.Capacity; c >= it.Weight; c-- {
			if v := best[c-it.Weight] + it.Value; v > best[c] {
				best[c] = v
			}
		}
	}
	return best[in.Capacity]
}

func check(t *testing.T, name string, in Instance) Solution {
	t.Helper()
	s := Solve(in)
	if want := dp(in); s.Value != want {
		t.Fatalf("%s: branch and bound %d, dynamic programming %d", name, s.Value, want)
	}
	var v, w int64
	for _, i := range s.Chosen {
		v += in.Items[i].Value
		w += in.Items[i].Weight
	}
	if v != s.Value || w != s.Weight || w > in.Capacity {
		t.Fatalf("%s: chosen items sum to value %d weight %d; solution says %d, %d, capacity %d", name, v, w, s.Value, s.Weight, in.Capacity)
	}
	return s
}

// The shipped instance's optimum is the dynamic program's.
func TestShippedInstance(t *testing.T) {
	f, err := os.Open("../testdata/knapsack40.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Items) != 40 {
		t.Fatalf("%d items", len(in.Items))
	}
	s := check(t, "knapsack40", in)
	t.Logf("optimum %d, %d nodes", s.Value, s.Nodes)
}

func TestRandomInstances(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200; n++ {
		var in Instance
		for i := rng.IntN(25); i > 0; i-- {
			w := int64(rng.IntN(30))
			in.Items = append(in.Items, Item{Value: w + int64(rng.IntN(10)), Weight: w})
			in.Capacity += w
		}
		in.Capacity = in.Capacity * int64(rng.IntN(100)) / 100
		check(t, "random", in)
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "no capacity"},
		{"10 20\n", "capacity"},
		{"10\n1 2 3\n", "line 2"},
		{"10\n1 -2\n", "not an integer"},
		{"# c\n\n10\n1 x\n", "line 4"},
	} {
		if _, err := Parse(strings.NewReader(c.in)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want one with %q", c.in, err, c.want)
		}
	}
}
