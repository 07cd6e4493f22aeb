package efast

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
)

// prices.csv is what Generate writes (to the cent: the last digit of a rounded price may
// differ where a platform's math library does).
func TestPricesCSVUpToDate(t *testing.T) {
	var b bytes.Buffer
	if err := Generate(&b); err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("prices.csv")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(have, b.Bytes()) {
		return
	}
	got, want := strings.Split(string(have), "\n"), strings.Split(b.String(), "\n")
	if len(got) != len(want) {
		t.Fatalf("prices.csv has %d lines, Generate %d: run go run ./examples/efast/gen", len(got), len(want))
	}
	for i := range got {
		g, w := strings.Split(got[i], ","), strings.Split(want[i], ",")
		if len(g) != len(w) || g[0] != w[0] {
			t.Fatalf("line %d differs: run go run ./examples/efast/gen", i+1)
		}
		for j := 1; i > 0 && j < len(g); j++ {
			x, _ := strconv.ParseFloat(g[j], 64)
			y, _ := strconv.ParseFloat(w[j], 64)
			if d := x - y; d > 0.0100001 || d < -0.0100001 {
				t.Fatalf("line %d column %d: %s, Generate writes %s: run go run ./examples/efast/gen", i+1, j+1, g[j], w[j])
			}
		}
	}
}

func TestShape(t *testing.T) {
	names, sector := Tickers()
	if len(names) != 50 || len(sector) != 50 {
		t.Fatalf("%d tickers", len(names))
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Fatalf("ticker %s twice", n)
		}
		seen[n] = true
	}
	have, _ := os.ReadFile("prices.csv")
	if len(have) > 300<<10 {
		t.Fatalf("prices.csv is %d bytes", len(have))
	}
}

// Prices is the committed prices.csv.
func TestPricesEmbedded(t *testing.T) {
	have, err := os.ReadFile("prices.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, Prices) {
		t.Fatal("Prices differs from prices.csv")
	}
}
