//go:build ignore

// gen_knapsack writes testdata/knapsack40.txt, the knapsack example's instance: 40 items
// whose values are correlated with their weights (the harder kind for branch and bound),
// and a capacity of half their total weight. Run from examples/: go run testdata/gen_knapsack.go
package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
)

func main() {
	rng := rand.New(rand.NewPCG(40, 2024))
	var b strings.Builder
	var items []string
	total := 0
	for i := 0; i < 40; i++ {
		w := 10 + rng.IntN(91)
		v := w + 5 + rng.IntN(21)
		total += w
		items = append(items, fmt.Sprintf("%d %d\n", v, w))
	}
	b.WriteString("# 0/1 knapsack instance: the capacity, then one item per line: value weight\n")
	fmt.Fprintf(&b, "%d\n", total/2)
	b.WriteString(strings.Join(items, ""))
	if err := os.WriteFile("testdata/knapsack40.txt", []byte(b.String()), 0o644); err != nil {
		panic(err)
	}
}
