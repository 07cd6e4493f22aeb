// Package choice ranks offers on several criteria at once, as a requester choosing a
// workerpool order must: price, expected completion time, reliability, reputation and
// energy pull in different directions. Two documented methods:
//
//   - PROMETHEE II (Brans and Vincke, 1985), the outranking method of the whitepaper's
//     scheduler: for every pair of offers and every criterion, a preference degree in
//     [0, 1] from the difference of their values (a V-shaped preference function whose
//     threshold is the criterion's range among the offers); the weighted preferences give
//     each offer a leaving flow φ+ and an entering flow φ−, and offers rank by their net
//     flow φ = φ+ − φ− (in [−1, 1]).
//   - A normalized weighted sum: every criterion is scaled to [0, 1] (1 the best value
//     among the offers, min-max) and the weighted mean is the score (in [0, 1]).
//
// Both are pure functions of the offers and weights; ties rank by ID so the order is
// stable.
package choice

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Criterion is one axis of the choice.
type Criterion struct {
	Name     string
	Maximize bool // more is better (reliability, reputation); else less is (price, time, energy)
}

// Criteria are the criteria of a workerpool order choice, in the order of Offer.Values.
var Criteria = []Criterion{
	{"price", false},      // per task, in token units
	{"time", false},       // expected completion time, seconds
	{"reliability", true}, // share of tasks completed, [0, 1]
	{"reputation", true},  // mean score of the pool's workers
	{"energy", false},     // declared energy per task, as the pool states it
}

// Offer is one alternative with its value on each criterion (Criteria's order).
type Offer struct {
	ID     string
	Values []float64
}

// Weights give each criterion its importance (by name); missing names weigh 0.
type Weights map[string]float64

// DefaultWeights favour price, then time and reliability.
var DefaultWeights = Weights{"price": 3, "time": 2, "reliability": 2, "reputation": 1, "energy": 1}

// ParseWeights reads "price=3,time=1,…" (non-negative numbers; unknown names refused).
func ParseWeights(s string) (Weights, error) {
	w := Weights{}
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, val, ok := strings.Cut(part, "=")
		if !ok {
			return nil, fmt.Errorf("choice: %q: want name=weight", part)
		}
		name = strings.TrimSpace(name)
		if index(name) < 0 {
			return nil, fmt.Errorf("choice: unknown criterion %q (want price, time, reliability, reputation or energy)", name)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil || v < 0 || v != v {
			return nil, fmt.Errorf("choice: weight of %s: %q is not a non-negative number", name, val)
		}
		w[name] = v
	}
	if len(w) == 0 {
		return nil, fmt.Errorf("choice: no weights in %q", s)
	}
	return w, nil
}

func index(name string) int {
	for i, c := range Criteria {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// Method names a ranking method.
type Method string

const (
	Promethee   Method = "promethee"
	WeightedSum Method = "weighted-sum"
)

// Ranked is an offer's place: its score and each criterion's share of it (the weighted
// per-criterion net flow for PROMETHEE II, the weighted normalized value for the sum).
type Ranked struct {
	ID           string             `json:"id"`
	Score        float64            `json:"score"`
	Contribution map[string]float64 `json:"contribution"`
}

// Rank orders offers best first by method m under weights w.
func Rank(m Method, offers []Offer, w Weights) ([]Ranked, error) {
	total := 0.0
	for name, v := range w {
		if index(name) < 0 {
			return nil, fmt.Errorf("choice: unknown criterion %q", name)
		}
		total += v
	}
	if total <= 0 {
		return nil, fmt.Errorf("choice: the weights sum to 0")
	}
	for _, o := range offers {
		if len(o.Values) != len(Criteria) {
			return nil, fmt.Errorf("choice: offer %s has %d values, want %d", o.ID, len(o.Values), len(Criteria))
		}
	}
	lo, hi := bounds(offers)
	out := make([]Ranked, len(offers))
	for i, o := range offers {
		out[i] = Ranked{ID: o.ID, Contribution: map[string]float64{}}
	}
	switch m {
	case Promethee, "":
		n := float64(len(offers) - 1)
		for j, c := range Criteria {
			wj := w[c.Name] / total
			if wj == 0 || n == 0 {
				continue
			}
			p := hi[j] - lo[j]
			for a := range offers {
				flow := 0.0
				for b := range offers {
					if a != b {
						flow += preference(offers[a].Values[j], offers[b].Values[j], p, c.Maximize) -
							preference(offers[b].Values[j], offers[a].Values[j], p, c.Maximize)
					}
				}
				out[a].Contribution[c.Name] = wj * flow / n
				out[a].Score += wj * flow / n
			}
		}
	case WeightedSum:
		for j, c := range Criteria {
			wj := w[c.Name] / total
			if wj == 0 {
				continue
			}
			for a, o := range offers {
				v := 1.0 // every offer equal on this criterion: all best
				if r := hi[j] - lo[j]; r > 0 {
					v = (o.Values[j] - lo[j]) / r
					if !c.Maximize {
						v = 1 - v
					}
				}
				out[a].Contribution[c.Name] = wj * v
				out[a].Score += wj * v
			}
		}
	default:
		return nil, fmt.Errorf("choice: unknown method %q (want promethee or weighted-sum)", m)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Score != out[b].Score {
			return out[a].Score > out[b].Score
		}
		return out[a].ID < out[b].ID
	})
	return out, nil
}

// preference is the V-shaped preference of value x over y given the threshold p (the
// criterion's range): 0 when x is not better, growing linearly to 1 at a difference of p.
func preference(x, y, p float64, maximize bool) float64 {
	d := x - y
	if !maximize {
		d = -d
	}
	if d <= 0 || p <= 0 {
		return 0
	}
	return min(d/p, 1)
}

func bounds(offers []Offer) (lo, hi []float64) {
	lo, hi = make([]float64, len(Criteria)), make([]float64, len(Criteria))
	for j := range Criteria {
		for i, o := range offers {
			if i == 0 || o.Values[j] < lo[j] {
				lo[j] = o.Values[j]
			}
			if i == 0 || o.Values[j] > hi[j] {
				hi[j] = o.Values[j]
			}
		}
	}
	return lo, hi
}
