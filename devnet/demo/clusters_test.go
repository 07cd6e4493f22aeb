package demo

import (
	"os"
	"testing"
)

// The kmeans golden output (k = 5 on the eFast prices) parses, and its clusters are the
// sectors.
func TestParseClustersGolden(t *testing.T) {
	b, err := os.ReadFile("../../examples/testdata/kmeans.golden")
	if err != nil {
		t.Fatal(err)
	}
	c, err := parseClusters(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if c.K != 5 || len(c.Clusters) != 5 || c.Inertia <= 0 || !c.RecoversSectors() {
		t.Fatalf("%+v", c)
	}
	if c.Clusters[0].Sector != "Energy" || c.Clusters[0].MeanCorrelation != 0.6372 {
		t.Fatalf("first cluster %+v", c.Clusters[0])
	}
	for _, bad := range []string{"", "tickers 50 k x\n", "tickers 50 k 1\ncluster 1: 1 tickers\n", "tickers 50 k 2\ncluster 1: 1 tickers, mean correlation 1.0000\n  AXLN\ninertia 0\n"} {
		if _, err := parseClusters(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}
