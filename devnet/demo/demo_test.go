package demo_test

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/decloud/decloud/devnet/demo"
	"github.com/decloud/decloud/executor/wasm"
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == wasm.ChildArg {
		os.Exit(wasm.ChildMain())
	}
	os.Exit(m.Run())
}

// The whole story holds: every check passes, the liar is caught, k = 5 finds the sectors.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("the demo runs a whole grid")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var out bytes.Buffer
	rep, err := demo.Run(ctx, demo.Config{Out: &out, WasmCommand: []string{os.Args[0], wasm.ChildArg}})
	t.Logf("output:\n%s", out.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Checks) < 10 || len(rep.Failed()) != 0 {
		t.Fatalf("checks %+v", rep.Checks)
	}
	if len(rep.Liar.LiedIn) == 0 || len(rep.Tasks) != demo.Volume {
		t.Fatalf("report %+v", rep)
	}
	for _, want := range []string{"<== k = 5", "= Energy", "everything holds"} {
		if !bytes.Contains(out.Bytes(), []byte(want)) {
			t.Errorf("the output lacks %q", want)
		}
	}
}

// Too few honest workers to outvote the liar is refused up front.
func TestDemoRefusesTooFewWorkers(t *testing.T) {
	if _, err := demo.Run(context.Background(), demo.Config{Workers: demo.MinHonest - 1}); err == nil {
		t.Fatal("no error")
	}
}
