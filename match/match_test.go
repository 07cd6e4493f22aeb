package match

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

var big = Ad{CPU: 16, MemoryMB: 16384, GPU: 1, Arch: "amd64", OS: "linux", Speed: 2.5, Energy: 0.3,
	Datasets: []string{"0x00000000000000000000000000000000000000aa"}, Score: 42, Executors: []string{"wasm", "oci"}, GPUMemoryMB: 24576}
var small = Ad{CPU: 2, MemoryMB: 4096, Arch: "arm64", OS: "linux", Speed: 1, Score: 3, Executors: []string{"wasm"}}

func TestMatches(t *testing.T) {
	for _, c := range []struct {
		req        string
		big, small bool
	}{
		{"", true, true},
		{"true", true, true},
		{"memory_mb >= 8192", true, false},
		{"cpu >= 2 && os == 'linux'", true, true},
		{"gpu > 0", true, false},
		{"arch == 'arm64'", false, true},
		{"speed > 1", true, false},   // double against int
		{"speed >= 1.0", true, true}, // double against double
		{"energy < 0.5", true, true},
		{"score >= 10", true, false},
		{"'0x00000000000000000000000000000000000000aa' in datasets", true, false},
		{"datasets.size() == 0", false, true},
		{"datasets[0] == '0x00000000000000000000000000000000000000aa'", true, false}, // an index error is no match
		{"14 / (cpu - 2) > 0", true, false},                                          // so is a division by zero
		{"'oci' in executors", true, false},
		{"'wasm' in executors", true, true},
		{"executors.size() == 1", false, true},
		{"gpu_memory_mb >= 16384", true, false},
		{"gpu >= 1 && gpu_memory_mb > 0 && 'oci' in executors", true, false},
	} {
		t.Run(c.req, func(t *testing.T) {
			p, err := Compile(c.req, "")
			if err != nil {
				t.Fatal(err)
			}
			if got := p.Matches(big); got != c.big {
				t.Errorf("big: %v, want %v", got, c.big)
			}
			if got := p.Matches(small); got != c.small {
				t.Errorf("small: %v, want %v", got, c.small)
			}
		})
	}
}

func TestRank(t *testing.T) {
	for _, c := range []struct {
		rank       string
		big, small float64
	}{
		{"", 0, 0},
		{"memory_mb", 16384, 4096},
		{"speed", 2.5, 1},
		{"-energy", -0.3, 0},
		{"score", 42, 3},
		{"uint(cpu)", 16, 2},
		{"speed * double(cpu)", 40, 2},
		{"'0x00000000000000000000000000000000000000aa' in datasets ? 100 : 0", 100, 0},
		{"gpu_memory_mb", 24576, 0},
		{"executors.size()", 2, 1},
		{"10 / (cpu - 2)", 0, math.Inf(-1)}, // integer division: 10 / 14 is 0; an evaluation error ranks last
	} {
		t.Run(c.rank, func(t *testing.T) {
			p, err := Compile("", c.rank)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.Rank(big); got != c.big {
				t.Errorf("big: %v, want %v", got, c.big)
			}
			if got := p.Rank(small); got != c.small {
				t.Errorf("small: %v, want %v", got, c.small)
			}
		})
	}
}

func TestCompileErrors(t *testing.T) {
	for _, c := range []struct {
		req, rank string
		want      string // in the message
	}{
		{"memory_mb >=", "", "Syntax error"},
		{"memroy_mb > 1", "", "undeclared reference to 'memroy_mb'"},
		{"memory_mb", "", "requirements must be bool, not int"},
		{"arch == 1", "", "no matching overload"},
		{"", "arch", "rank must be int or uint or double, not string"},
		{"", "cpu >", "Syntax error"},
		{"", "datasets", "rank must be"},
		{strings.Repeat("cpu + ", 2000) + "1 > 0", "", "expression code point size exceeds limit"},
	} {
		t.Run(c.req+"|"+c.rank, func(t *testing.T) {
			_, err := Compile(c.req, c.rank)
			if err == nil {
				t.Fatal("compiled")
			}
			if !errors.Is(err, ErrExpression) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %q, want one containing %q", err, c.want)
			}
		})
	}
}

func TestCostLimit(t *testing.T) {
	// A quadratic comprehension over the datasets is refused at compile time.
	_, err := Compile("datasets.all(a, datasets.all(b, a.size() == b.size()))", "")
	if !errors.Is(err, ErrExpression) || !strings.Contains(err.Error(), "over the limit") {
		t.Fatalf("error %v", err)
	}
	// A linear one is fine, and sees at most MaxDatasets datasets.
	p, err := Compile("datasets.size() <= 256 && datasets.all(d, d.startsWith('0x'))", "datasets.size()")
	if err != nil {
		t.Fatal(err)
	}
	ad := small
	for i := range 1000 {
		ad.Datasets = append(ad.Datasets, fmt.Sprintf("0x%040x", i))
	}
	if !p.Matches(ad) || p.Rank(ad) != MaxDatasets {
		t.Fatalf("matches %v, rank %v", p.Matches(ad), p.Rank(ad))
	}
}

// A worker's executors are seen as far as MaxExecutors names of MaxStringLen characters: a
// longer list is cut, and a list holding a longer name is seen empty.
func TestExecutorsAreBounded(t *testing.T) {
	p, err := Compile("'oci' in executors", "executors.size()")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		executors []string
		matches   bool
		rank      float64
	}{
		{"none", nil, false, 0},
		{"oci", []string{"wasm", "oci"}, true, 2},
		{"a thousand", append([]string{"oci"}, make([]string, 999)...), true, MaxExecutors},
		{"a name over the limit", []string{"oci", strings.Repeat("x", MaxStringLen+1)}, false, 0},
		{"oci beyond the bound", append(make([]string, MaxExecutors), "oci"), false, MaxExecutors},
	} {
		t.Run(c.name, func(t *testing.T) {
			ad := small
			ad.Executors = c.executors
			if got := p.Matches(ad); got != c.matches {
				t.Errorf("matches %v, want %v", got, c.matches)
			}
			if got := p.Rank(ad); got != c.rank {
				t.Errorf("rank %v, want %v", got, c.rank)
			}
		})
	}
}

func TestCache(t *testing.T) {
	c := NewCache(2)
	p1, _ := c.Compile("cpu > 1", "")
	if p, _ := c.Compile("cpu > 1", ""); p != p1 {
		t.Fatal("not memoized")
	}
	_, err1 := c.Compile("cpu >", "")
	if _, err := c.Compile("cpu >", ""); err == nil || err != err1 {
		t.Fatal("errors are not memoized")
	}
	c.Compile("cpu > 2", "") // evicts "cpu > 1", the least recently used
	if c.Len() != 2 {
		t.Fatalf("%d entries", c.Len())
	}
	if p, _ := c.Compile("cpu > 1", ""); p == p1 {
		t.Fatal("the least recently used entry was kept")
	}
}

func FuzzCompile(f *testing.F) {
	for _, s := range []string{"", "memory_mb >= 8192", "speed * 2.0", "'x' in datasets", "cpu >", "1/0", "datasets[3]"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, req, rank string) {
		p, err := NewCache(1).Compile(req, rank)
		if err != nil {
			return
		}
		p.Matches(big)
		p.Matches(Ad{})
		p.Rank(small)
	})
}

func BenchmarkMatch(b *testing.B) {
	p, err := Compile("memory_mb >= 8192 && arch == 'amd64' && '0x00000000000000000000000000000000000000aa' in datasets", "speed * double(cpu) - energy")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if !p.Matches(big) || p.Rank(big) == 0 {
			b.Fatal("no match")
		}
	}
}

func BenchmarkCompileCached(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compile("memory_mb >= 8192", "speed"); err != nil {
			b.Fatal(err)
		}
	}
}
