package demo

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/decloud/decloud/examples/efast"
)

// Cluster is one cluster of a kmeans result.
type Cluster struct {
	Tickers         []string `json:"tickers"`
	MeanCorrelation float64  `json:"meanCorrelation"`
	Sector          string   `json:"sector,omitempty"` // the eFast sector it is exactly, if any
}

// Clustering is a kmeans result (clusters.txt).
type Clustering struct {
	K        int       `json:"k"`
	Clusters []Cluster `json:"clusters"`
	Inertia  float64   `json:"inertia"`
}

// RecoversSectors reports whether every cluster is exactly one eFast sector, and every
// sector is a cluster.
func (c Clustering) RecoversSectors() bool {
	if len(c.Clusters) != len(efast.Sectors) {
		return false
	}
	for _, cl := range c.Clusters {
		if cl.Sector == "" {
			return false
		}
	}
	return true
}

// parseClusters reads clusters.txt as examples/kmeans writes it: a header line ending in
// "k K restarts R", then "cluster N: M tickers, mean correlation X" lines each followed by
// the cluster's tickers, then "inertia X".
func parseClusters(text string) (Clustering, error) {
	var c Clustering
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	if len(lines) < 2 {
		return c, errors.New("clusters.txt is too short")
	}
	head := strings.Fields(lines[0])
	if i := slices.Index(head, "k"); i < 0 || i+1 >= len(head) {
		return c, fmt.Errorf("clusters.txt: header %q names no k", lines[0])
	} else if k, err := strconv.Atoi(head[i+1]); err != nil {
		return c, fmt.Errorf("clusters.txt: header %q: %w", lines[0], err)
	} else {
		c.K = k
	}
	for i := 1; i < len(lines); i++ {
		l := lines[i]
		if v, ok := strings.CutPrefix(l, "inertia "); ok {
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return c, fmt.Errorf("clusters.txt: %q: %w", l, err)
			}
			c.Inertia = x
			continue
		}
		_, rest, ok := strings.Cut(l, "mean correlation ")
		if !strings.HasPrefix(l, "cluster ") || !ok || i+1 >= len(lines) {
			return c, fmt.Errorf("clusters.txt: unexpected line %q", l)
		}
		mean, err := strconv.ParseFloat(rest, 64)
		if err != nil {
			return c, fmt.Errorf("clusters.txt: %q: %w", l, err)
		}
		i++
		cl := Cluster{Tickers: strings.Fields(lines[i]), MeanCorrelation: mean}
		cl.Sector = sectorOf(cl.Tickers)
		c.Clusters = append(c.Clusters, cl)
	}
	if len(c.Clusters) != c.K {
		return c, fmt.Errorf("clusters.txt: %d clusters for k = %d", len(c.Clusters), c.K)
	}
	return c, nil
}

// sectorOf names the eFast sector whose tickers are exactly tickers, or "".
func sectorOf(tickers []string) string {
	for _, s := range efast.Sectors {
		if len(s.Tickers) != len(tickers) {
			continue
		}
		same := true
		for _, t := range s.Tickers {
			if !slices.Contains(tickers, t) {
				same = false
				break
			}
		}
		if same {
			return s.Name
		}
	}
	return ""
}
