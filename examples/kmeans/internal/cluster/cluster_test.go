package cluster

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/decloud/decloud/examples/efast"
)

// On the eFast dataset, k-means with k = 5 recovers the generator's 5 sectors, whatever the seed.
func TestRecoversEFastSectors(t *testing.T) {
	f, err := os.Open("../../../efast/prices.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := ReadPrices(f)
	if err != nil {
		t.Fatal(err)
	}
	names, sector := efast.Tickers()
	if strings.Join(p.Tickers, ",") != strings.Join(names, ",") || len(p.Dates) != efast.Days {
		t.Fatalf("prices.csv has tickers %v and %d days", p.Tickers, len(p.Dates))
	}
	corr := Correlation(LogReturns(p))
	var in, across float64
	var nin, nacross int
	for i := range corr {
		for j := i + 1; j < len(corr); j++ {
			if sector[i] == sector[j] {
				in, nin = in+corr[i][j], nin+1
			} else {
				across, nacross = across+corr[i][j], nacross+1
			}
		}
	}
	t.Logf("mean correlation within sectors %.3f, across %.3f", in/float64(nin), across/float64(nacross))
	for seed := uint64(0); seed < 20; seed++ {
		res := KMeans(corr, len(efast.Sectors), 100, 10, seed)
		// Same partition: one label per sector, distinct across sectors.
		label := map[int]int{}
		used := map[int]int{}
		for i, l := range res.Labels {
			if want, ok := label[sector[i]]; ok && want != l {
				t.Fatalf("seed %d: %s is not with its sector", seed, names[i])
			}
			if s, ok := used[l]; ok && s != sector[i] {
				t.Fatalf("seed %d: cluster %d mixes sectors %d and %d", seed, l, s, sector[i])
			}
			label[sector[i]], used[l] = l, sector[i]
		}
	}
}

func TestCorrelation(t *testing.T) {
	c := Correlation([][]float64{{1, 2, 3, 4}, {2, 4, 6, 8.5}, {4, 3, 2, 1}, {5, 5, 5, 5}})
	if c[0][1] < 0.99 || math.Abs(c[0][2]+1) > 1e-12 || c[0][3] != 0 || c[3][3] != 1 || c[1][0] != c[0][1] {
		t.Fatalf("%v", c)
	}
}

func TestKMeansSmall(t *testing.T) {
	pts := [][]float64{{0, 0}, {10, 10}, {0, 1}, {10, 11}, {1, 0}, {11, 10}}
	res := KMeans(pts, 2, 100, 3, 42)
	if got := res.Labels; got[0] != 0 || got[2] != 0 || got[4] != 0 || got[1] != 1 || got[3] != 1 || got[5] != 1 {
		t.Fatalf("labels %v", got)
	}
	if math.Abs(res.Inertia-8.0/3) > 1e-9 {
		t.Fatalf("inertia %v", res.Inertia)
	}
	if res := KMeans(pts, 6, 100, 1, 1); res.Inertia != 0 {
		t.Fatalf("k = n: inertia %v", res.Inertia)
	}
}

func TestReadPricesErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "header"},
		{"day,A\n", "header must be"},
		{"date,A,A\n", "repeated"},
		{"date,A\n1,2\n2,x\n3,1\n", "line 3"},
		{"date,A\n1,2\n2,-1\n3,1\n", "positive"},
		{"date,A\n1,2\n", "at least 3"},
		{"date,A,B\n1,2\n", "wrong number of fields"},
	} {
		if _, err := ReadPrices(strings.NewReader(c.in)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
	}
}
