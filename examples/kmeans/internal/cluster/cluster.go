// Package cluster is the logic of the kmeans example: it reads a wide price table, turns
// it into daily log returns and a correlation matrix, and clusters the tickers by k-means
// on the rows of that matrix (two tickers are close when they correlate alike with all
// others).
package cluster

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
)

// Prices is a price table: Close[i][d] is ticker i's close on Dates[d].
type Prices struct {
	Dates   []string
	Tickers []string
	Close   [][]float64
}

// ReadPrices reads a CSV with a header "date,TICKER,..." and one row per day of positive
// prices, oldest first.
func ReadPrices(r io.Reader) (Prices, error) {
	var p Prices
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return p, fmt.Errorf("reading the header: %v", err)
	}
	if len(head) < 2 || !strings.EqualFold(head[0], "date") {
		return p, errors.New(`the header must be "date,TICKER,..." with at least one ticker`)
	}
	p.Tickers = head[1:]
	seen := map[string]bool{}
	for _, t := range p.Tickers {
		if t == "" || seen[t] {
			return p, fmt.Errorf("ticker %q empty or repeated in the header", t)
		}
		seen[t] = true
	}
	p.Close = make([][]float64, len(p.Tickers))
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return p, err
		}
		p.Dates = append(p.Dates, rec[0])
		for i, s := range rec[1:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil || !(v > 0) || math.IsInf(v, 0) {
				return p, fmt.Errorf("line %d, %s: %q is not a positive price", line, p.Tickers[i], s)
			}
			p.Close[i] = append(p.Close[i], v)
		}
	}
	if len(p.Dates) < 3 {
		return p, fmt.Errorf("%d days of prices: at least 3 are needed", len(p.Dates))
	}
	return p, nil
}

// LogReturns returns, per ticker, the daily log returns ln(close[d]/close[d-1]).
func LogReturns(p Prices) [][]float64 {
	r := make([][]float64, len(p.Close))
	for i, c := range p.Close {
		r[i] = make([]float64, len(c)-1)
		for d := 1; d < len(c); d++ {
			r[i][d-1] = math.Log(c[d] / c[d-1])
		}
	}
	return r
}

// Correlation is the Pearson correlation matrix of the series (0 against a constant one,
// 1 on the diagonal).
func Correlation(x [][]float64) [][]float64 {
	n := len(x)
	z := make([][]float64, n) // centered and scaled to unit norm
	for i, s := range x {
		var mean float64
		for _, v := range s {
			mean += v
		}
		mean /= float64(len(s))
		z[i] = make([]float64, len(s))
		var ss float64
		for d, v := range s {
			z[i][d] = v - mean
			ss += (v - mean) * (v - mean)
		}
		if ss > 0 {
			inv := 1 / math.Sqrt(ss)
			for d := range z[i] {
				z[i][d] *= inv
			}
		}
	}
	c := make([][]float64, n)
	for i := range c {
		c[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		c[i][i] = 1
		for j := i + 1; j < n; j++ {
			var s float64
			for d := range z[i] {
				s += z[i][d] * z[j][d]
			}
			c[i][j], c[j][i] = s, s
		}
	}
	return c
}

// Result is a clustering: Labels[i] is point i's cluster, Inertia the sum of squared
// distances of the points to their cluster's centroid.
type Result struct {
	Labels     []int
	Inertia    float64
	Iterations int // Lloyd iterations of the kept restart
}

// KMeans clusters points into k clusters: restarts runs of k-means++ initialisation
// followed by at most iters Lloyd iterations, each run drawing from its own stream seeded
// by seed; it keeps the run of least inertia (the first on ties). Labels are canonical:
// clusters are numbered in the order of their first point.
func KMeans(points [][]float64, k, iters, restarts int, seed uint64) Result {
	var best Result
	for r := 0; r < restarts; r++ {
		res := lloyd(points, k, iters, rand.New(rand.NewPCG(seed, uint64(r))))
		if r == 0 || res.Inertia < best.Inertia {
			best = res
		}
	}
	return best
}

func dist2(a, b []float64) float64 {
	var s float64
	for i := range a {
		d := a[i] - b[i]
		s += d * d
	}
	return s
}

func lloyd(points [][]float64, k, iters int, rng *rand.Rand) Result {
	n, dim := len(points), len(points[0])
	// k-means++: the first centre uniformly, each next one with probability proportional to
	// the squared distance to the nearest centre chosen so far.
	cent := make([][]float64, 0, k)
	cent = append(cent, append([]float64(nil), points[rng.IntN(n)]...))
	d2 := make([]float64, n)
	for i, p := range points {
		d2[i] = dist2(p, cent[0])
	}
	for len(cent) < k {
		var total float64
		for _, v := range d2 {
			total += v
		}
		pick := n - 1
		if total > 0 {
			u := rng.Float64() * total
			for i, v := range d2 {
				if u -= v; u < 0 {
					pick = i
					break
				}
			}
		} else {
			pick = rng.IntN(n)
		}
		cent = append(cent, append([]float64(nil), points[pick]...))
		for i, p := range points {
			d2[i] = min(d2[i], dist2(p, cent[len(cent)-1]))
		}
	}

	labels := make([]int, n)
	for i := range labels {
		labels[i] = -1
	}
	it := 0
	for ; it < iters; it++ {
		changed := false
		for i, p := range points {
			bc, bd := 0, math.Inf(1)
			for c := range cent {
				if d := dist2(p, cent[c]); d < bd {
					bc, bd = c, d
				}
			}
			if labels[i] != bc {
				labels[i], changed = bc, true
			}
		}
		if !changed {
			break
		}
		count := make([]int, k)
		for c := range cent {
			clear(cent[c])
		}
		for i, p := range points {
			count[labels[i]]++
			for d := 0; d < dim; d++ {
				cent[labels[i]][d] += p[d]
			}
		}
		for c := range cent {
			if count[c] == 0 {
				// An empty cluster takes the point farthest from its centre.
				far, fd := 0, -1.0
				for i, p := range points {
					if d := dist2(p, cent[labels[i]]); count[labels[i]] > 1 && d > fd {
						far, fd = i, d
					}
				}
				count[labels[far]]--
				labels[far] = c
				copy(cent[c], points[far])
				continue
			}
			for d := range cent[c] {
				cent[c][d] /= float64(count[c])
			}
		}
	}
	return canonical(points, labels, k, it)
}

// canonical renumbers clusters by first appearance and computes the inertia from exact
// centroids.
func canonical(points [][]float64, labels []int, k, iters int) Result {
	ren := make([]int, k)
	for i := range ren {
		ren[i] = -1
	}
	next := 0
	out := make([]int, len(labels))
	for i, l := range labels {
		if ren[l] < 0 {
			ren[l] = next
			next++
		}
		out[i] = ren[l]
	}
	dim := len(points[0])
	cent := make([][]float64, next)
	count := make([]int, next)
	for c := range cent {
		cent[c] = make([]float64, dim)
	}
	for i, p := range points {
		count[out[i]]++
		for d := range p {
			cent[out[i]][d] += p[d]
		}
	}
	for c := range cent {
		for d := range cent[c] {
			cent[c][d] /= float64(count[c])
		}
	}
	var inertia float64
	for i, p := range points {
		inertia += dist2(p, cent[out[i]])
	}
	return Result{Labels: out, Inertia: inertia, Iterations: iters}
}

// Report writes the clusters: per cluster, its size, its tickers' mean pairwise
// correlation and the tickers sorted; clusters in the order of their first ticker by
// name; then the inertia.
func Report(w io.Writer, tickers []string, corr [][]float64, res Result) {
	groups := map[int][]int{}
	for i, l := range res.Labels {
		groups[l] = append(groups[l], i)
	}
	var list [][]int
	for _, g := range groups {
		sort.Slice(g, func(a, b int) bool { return tickers[g[a]] < tickers[g[b]] })
		list = append(list, g)
	}
	sort.Slice(list, func(a, b int) bool { return tickers[list[a][0]] < tickers[list[b][0]] })
	for c, g := range list {
		var sum float64
		pairs := 0
		for a := 0; a < len(g); a++ {
			for b := a + 1; b < len(g); b++ {
				sum += corr[g[a]][g[b]]
				pairs++
			}
		}
		mean := 1.0
		if pairs > 0 {
			mean = sum / float64(pairs)
		}
		names := make([]string, len(g))
		for i, t := range g {
			names[i] = tickers[t]
		}
		fmt.Fprintf(w, "cluster %d: %d tickers, mean correlation %.4f\n  %s\n", c+1, len(g), mean, strings.Join(names, " "))
	}
	fmt.Fprintf(w, "inertia %.6f\n", res.Inertia)
}
