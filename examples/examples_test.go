package examples

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/executor/wasm"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == wasm.ChildArg {
		os.Exit(wasm.ChildMain())
	}
	os.Exit(m.Run())
}

// Each example app, run in the sandbox, produces its golden output, twice identically.
func TestExamplesGolden(t *testing.T) {
	x, err := wasm.New(wasm.Config{CacheDir: t.TempDir(), Command: []string{os.Args[0], wasm.ChildArg}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		app  string
		args []string
		in   []string // files (relative to examples/) copied into the input directory; none: no /in
		out  string   // the output file compared with the golden, after the listing if any
		// listing puts first in the golden a line "name sha256 size" per file in /out, so
		// binary or large outputs are compared by their digest.
		listing bool
	}{
		{app: "echo", out: "result.txt", args: []string{"hello", "decloud"}},
		{app: "montecarlo", out: "pi.txt", args: []string{"200000"}},
		{app: "wordcount", out: "counts.txt", args: []string{"5"}, in: []string{"testdata/sample.txt"}},
		{app: "raytrace", args: []string{"320", "240", "1", "0", "2"}, listing: true},
		{app: "spectrum", args: []string{"4"}, in: []string{"testdata/tone.wav"}, out: "peaks.txt", listing: true},
		{app: "knapsack", in: []string{"testdata/knapsack40.txt"}, out: "result.txt"},
		{app: "align", in: []string{"testdata/query.fasta", "testdata/db.fasta"}, out: "hits.txt"},
		{app: "kmeans", args: []string{"5"}, in: []string{"efast/prices.csv"}, out: "clusters.txt"},
	} {
		t.Run(c.app, func(t *testing.T) {
			mod, sum := executortest.BuildWASM(t, c.app)
			input := ""
			if len(c.in) > 0 {
				input = t.TempDir()
				for _, f := range c.in {
					b, err := os.ReadFile(f)
					if err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(filepath.Join(input, filepath.Base(f)), b, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			var first string
			for i := 0; i < 2; i++ {
				spec := executor.Spec{
					TaskID: "0x" + strings.Repeat("11", 32), App: mod, Checksum: sum, Args: c.args,
					InputDir: input, OutputDir: t.TempDir(), Timeout: time.Minute, Seed: sha256.Sum256([]byte("golden")),
				}
				res, err := x.Run(context.Background(), spec)
				if err != nil {
					t.Fatalf("%v: %s", err, res.Stderr)
				}
				t.Logf("run %d: %v in the sandbox", i+1, res.Elapsed.Round(time.Millisecond))
				got := outputs(t, spec.OutputDir, c.out, c.listing)
				if i == 0 {
					first = string(got)
				} else if string(got) != first {
					t.Fatalf("two runs differ:\n%s\n%s", first, got)
				}
			}
			golden := filepath.Join("testdata", c.app+".golden")
			if *update {
				os.WriteFile(golden, []byte(first), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if first != string(want) {
				t.Fatalf("output:\n%s\nwant:\n%s", first, want)
			}
		})
	}
}

// outputs is what a run left in dir, as compared with a golden: the listing of every file
// (name, sha256, size) when listing, then the content of the file out unless out is "".
func outputs(t *testing.T, dir, out string, listing bool) string {
	t.Helper()
	var b strings.Builder
	if listing {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries { // sorted by name
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %x %d\n", e.Name(), sha256.Sum256(data), len(data))
		}
	}
	if out != "" {
		data, err := os.ReadFile(filepath.Join(dir, out))
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}
