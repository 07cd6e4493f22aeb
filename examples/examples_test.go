package examples

import (
	"context"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/decloud/decloud/examples/prebuilt"
	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/executor/wasm"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == wasm.ChildArg {
		os.Exit(wasm.ChildMain())
	}
	dir, err := os.MkdirTemp("", "decloud-examples-cache-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	cacheDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// cacheDir holds the sandbox's compiled modules, shared by the tests.
var cacheDir string

func sandbox(t *testing.T) executor.Executor {
	t.Helper()
	x, err := wasm.New(wasm.Config{CacheDir: cacheDir, Command: []string{os.Args[0], wasm.ChildArg}})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// inputDir copies files (paths relative to examples/) into a new directory, or returns
// "" (no /in) for none.
func inputDir(t *testing.T, files []string) string {
	t.Helper()
	if len(files) == 0 {
		return ""
	}
	dir := t.TempDir()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// goldenCase is one run of an app compared with its golden output.
type goldenCase struct {
	app  string
	args []string
	in   []string // files (relative to examples/) copied into the input directory; none: no /in
	out  string   // the output file compared with the golden, after the listing if any
	// listing puts first in the golden a line "name sha256 size" per file in /out, so
	// binary or large outputs are compared by their digest.
	listing bool
	index   uint64 // the task's index (DECLOUD_TASK_INDEX)
	name    string // the subtest; default: the app's name (the golden is the app's either way)
	// prebuilt runs the module committed in examples/prebuilt instead of one built now.
	prebuilt bool
}

// Each example app, run in the sandbox, produces its golden output, twice identically; so
// does each module built into the decloud binary (examples/prebuilt, stripped).
func TestExamplesGolden(t *testing.T) {
	x := sandbox(t)
	cases := []goldenCase{
		{app: "echo", out: "result.txt", args: []string{"hello", "decloud"}},
		{app: "montecarlo", out: "pi.txt", args: []string{"200000"}},
		{app: "wordcount", out: "counts.txt", args: []string{"5"}, in: []string{"testdata/sample.txt"}},
		{app: "raytrace", args: []string{"320", "240", "1", "0", "2"}, listing: true},
		{app: "spectrum", args: []string{"4"}, in: []string{"testdata/tone.wav"}, out: "peaks.txt", listing: true},
		{app: "knapsack", in: []string{"testdata/knapsack40.txt"}, out: "result.txt"},
		{app: "align", in: []string{"testdata/query.fasta", "testdata/db.fasta"}, out: "hits.txt"},
		{app: "kmeans", args: []string{"5"}, in: []string{"efast/prices.csv"}, out: "clusters.txt"},
		// K = 3 + the task index 2: the same run as K = 5, the same golden.
		{app: "kmeans", name: "kmeans-index", args: []string{"3+index"}, index: 2, in: []string{"efast/prices.csv"}, out: "clusters.txt"},
		{app: "oracle", args: []string{"ETH/USD", "3012.5", "2999.9", "3020.1", "3011", "3050.25", "3008.75"}, out: "result.txt", listing: true},
		{app: "transfer", in: []string{"testdata/sample.txt", "testdata/knapsack40.txt"}, out: "manifest.json", listing: true},
	}
	for _, c := range cases {
		if c.name == "" && slices.Contains(prebuilt.Names(), c.app) {
			c.name, c.prebuilt = c.app+"-prebuilt", true
			cases = append(cases, c)
		}
	}
	for _, c := range cases {
		name := c.name
		if name == "" {
			name = c.app
		}
		t.Run(name, func(t *testing.T) {
			mod, sum := appModule(t, c.app, c.prebuilt)
			input := inputDir(t, c.in)
			var first string
			for i := 0; i < 2; i++ {
				spec := executor.Spec{
					TaskID: "0x" + strings.Repeat("11", 32), TaskIndex: c.index, App: mod, Checksum: sum, Args: c.args,
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
			if *update && name == c.app {
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

// Each app refuses bad arguments or input with a non-zero status and a clear message.
func TestExamplesRefuseBadInput(t *testing.T) {
	x := sandbox(t)
	for _, c := range []struct {
		app  string
		args []string
		in   []string
		want string // in stderr
	}{
		{"montecarlo", []string{"many"}, nil, "SAMPLES must be a positive integer"},
		{"raytrace", []string{"64", "48"}, nil, "usage: raytrace WIDTH HEIGHT TILE_X TILE_Y TILES"},
		{"raytrace", []string{"64", "48", "2", "0", "2"}, nil, "TILE_X and TILE_Y must be below TILES"},
		{"spectrum", []string{"0"}, []string{"testdata/tone.wav"}, "PEAKS must be a positive integer"},
		{"spectrum", []string{"3", "sample.txt"}, []string{"testdata/sample.txt"}, "sample.txt: not a WAV file"},
		{"knapsack", nil, []string{"testdata/sample.txt"}, `sample.txt: line 1: "The" is not an integer`},
		{"align", []string{"ACGT", "none"}, []string{"testdata/db.fasta"}, "TOP must be a positive integer"},
		{"align", nil, []string{"testdata/query.fasta"}, "no database"},
		{"kmeans", nil, nil, "usage: kmeans K [ITERATIONS]"},
		{"kmeans", []string{"51"}, []string{"efast/prices.csv"}, "K (51) is more than the number of tickers (50)"},
		{"kmeans", []string{"3+idx"}, []string{"efast/prices.csv"}, "K must be a positive integer or N+index"},
		{"oracle", []string{"ETH/USD", "3012.5", "30l2"}, nil, `quote "30l2" is not a decimal number with at most 6 decimals`},
		{"transfer", nil, nil, "no file under /in: a transfer needs a dataset"},
		{"transfer", []string{"extra"}, []string{"testdata/sample.txt"}, "usage: transfer"},
	} {
		t.Run(c.app, func(t *testing.T) {
			mod, sum := executortest.BuildWASM(t, c.app)
			res, err := x.Run(context.Background(), executor.Spec{
				TaskID: "0x" + strings.Repeat("22", 32), App: mod, Checksum: sum, Args: c.args,
				InputDir: inputDir(t, c.in), OutputDir: t.TempDir(), Timeout: time.Minute,
			})
			var exit *executor.ExitError
			if !errors.As(err, &exit) || exit.Code == 0 {
				t.Fatalf("%v %q: error %v, want a non-zero exit status", c.app, c.args, err)
			}
			if !strings.Contains(string(res.Stderr), c.want) {
				t.Fatalf("%v %q: stderr %q, want it to say %q", c.app, c.args, res.Stderr, c.want)
			}
		})
	}
}

// appModule is the path and sha256 of app's module: the one committed in examples/prebuilt
// when committed, else one built now.
func appModule(t *testing.T, app string, committed bool) (path, sum string) {
	t.Helper()
	if !committed {
		return executortest.BuildWASM(t, app)
	}
	module, err := prebuilt.Module(app)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), app+".wasm")
	if err := os.WriteFile(path, module, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, fmt.Sprintf("%x", sha256.Sum256(module))
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
