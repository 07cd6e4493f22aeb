package wasm

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/decloud/decloud/executor"
)

// Runs of a module not yet compiled wait for the first run; once it compiled, runs no
// longer wait; a first run that did not compile lets the next one try.
func TestFirstRunCompilesOnce(t *testing.T) {
	x := &Executor{cfg: Config{CacheDir: t.TempDir()}}
	sum := strings.Repeat("ab", 32)
	ctx := context.Background()

	doneA, err := x.firstRun(ctx, sum)
	if err != nil {
		t.Fatal(err)
	}
	var released, bBeforeRelease atomic.Bool
	bDone := make(chan func(bool))
	go func() {
		d, err := x.firstRun(ctx, sum)
		if err != nil {
			t.Error(err)
		}
		bBeforeRelease.Store(!released.Load())
		bDone <- d
	}()
	time.Sleep(100 * time.Millisecond) // let B reach the lock (not a speed check)
	released.Store(true)
	doneA(false) // A's module did not compile: B must compile it
	doneB := <-bDone
	if bBeforeRelease.Load() {
		t.Fatal("a second run of an uncompiled module did not wait for the first")
	}
	if _, err := os.Stat(filepath.Join(x.cfg.CacheDir, "compiled-"+sum)); err == nil {
		t.Fatal("a run that did not compile marked the module compiled")
	}
	doneB(true)
	if _, err := os.Stat(filepath.Join(x.cfg.CacheDir, "compiled-"+sum)); err != nil {
		t.Fatalf("a compiled module is not marked: %v", err)
	}
	// Compiled: no lock taken, even while another holder would block.
	ctx2, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	doneC, err := x.firstRun(ctx2, sum)
	if err != nil {
		t.Fatal(err)
	}
	doneC(true)
}

// A checksum that is not hex cannot name a file outside the cache.
func TestFirstRunRefusesOddChecksums(t *testing.T) {
	x := &Executor{cfg: Config{CacheDir: t.TempDir()}}
	for _, sum := range []string{"", "../../etc/passwd", "zz"} {
		if _, err := x.firstRun(context.Background(), sum); !errors.Is(err, executor.ErrBadSpec) {
			t.Errorf("checksum %q: %v", sum, err)
		}
	}
}
