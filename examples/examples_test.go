package examples

import (
	"context"
	"crypto/sha256"
	"flag"
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
	input := t.TempDir()
	sample, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(input, "sample.txt"), sample, 0o644)
	for _, c := range []struct {
		app, out string
		args     []string
		in       string
	}{
		{"echo", "result.txt", []string{"hello", "decloud"}, ""},
		{"montecarlo", "pi.txt", []string{"200000"}, ""},
		{"wordcount", "counts.txt", []string{"5"}, input},
	} {
		t.Run(c.app, func(t *testing.T) {
			mod, sum := executortest.BuildWASM(t, c.app)
			var first string
			for i := 0; i < 2; i++ {
				spec := executor.Spec{
					TaskID: "0x" + strings.Repeat("11", 32), App: mod, Checksum: sum, Args: c.args,
					InputDir: c.in, OutputDir: t.TempDir(), Timeout: time.Minute, Seed: sha256.Sum256([]byte("golden")),
				}
				res, err := x.Run(context.Background(), spec)
				if err != nil {
					t.Fatalf("%v: %s", err, res.Stderr)
				}
				got, err := os.ReadFile(filepath.Join(spec.OutputDir, c.out))
				if err != nil {
					t.Fatal(err)
				}
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
