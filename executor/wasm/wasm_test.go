package wasm

import (
	"os"
	"testing"

	"github.com/decloud/decloud/executor/executortest"
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == ChildArg {
		os.Exit(ChildMain())
	}
	os.Exit(m.Run())
}

func TestSuite(t *testing.T) {
	x, err := New(Config{CacheDir: t.TempDir(), Command: []string{os.Args[0], ChildArg}})
	if err != nil {
		t.Fatal(err)
	}
	probe, sum := executortest.BuildWASM(t, "../executortest/probe")
	executortest.Run(t, x, probe, sum)
}
