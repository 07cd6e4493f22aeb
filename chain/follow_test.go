package chain_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
)

// Events are delivered exactly once overall across a stop and a restart with a file
// cursor, in chain order; a failing handler makes them come again.
func TestFollowAcrossRestarts(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	cursor := &chain.FileCursor{Path: filepath.Join(dir, "cursor")}
	cfg := chain.FollowConfig{Addresses: []common.Address{e.dep.Hub}, From: e.dep.Block, Interval: 5 * time.Millisecond, MaxRange: 7}
	depositTopic := e.hub.ABI().GetABI().Events["Deposit"].ID
	cfg.Topics = [][]common.Hash{{depositTopic}}

	var (
		mu   sync.Mutex
		seen []uint64 // amounts of Deposit events, in delivery order
	)
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(seen)
	}
	collect := func(_ context.Context, logs []types.Log, _, _ uint64) error {
		mu.Lock()
		defer mu.Unlock()
		for _, l := range logs {
			ev, err := e.hub.ABI().UnpackDepositEvent(&l)
			if err != nil {
				return err
			}
			seen = append(seen, ev.Amount.Uint64())
		}
		return nil
	}
	deposit := func(from, to int) {
		for i := from; i < to; i++ {
			e.must(e.hub.Deposit(e.ctx, e.requester.tx, big.NewInt(int64(1000+i))))
		}
	}
	drain := func() {
		t.Helper()
		for {
			caughtUp, err := chain.FollowOnce(e.ctx, e.client, cursor, cfg, collect)
			if err != nil {
				t.Fatal(err)
			}
			if caughtUp {
				return
			}
		}
	}
	drain() // the set-up deposits of newEnv (one per actor)
	setup := len(seen)
	if setup != len(e.all) {
		t.Fatalf("%d set-up deposits delivered, want %d", setup, len(e.all))
	}
	deposit(0, 10)
	drain()
	// "Restart": a new follower with the same cursor file sees only what is new.
	deposit(10, 25)
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- chain.Follow(ctx, e.client, &chain.FileCursor{Path: cursor.Path}, cfg, collect) }()
	deadline := time.After(30 * time.Second)
	for count() < setup+25 {
		select {
		case <-deadline:
			t.Fatalf("only %d events delivered", len(seen))
		case <-time.After(5 * time.Millisecond):
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 25; i++ {
		if seen[setup+i] != uint64(1000+i) {
			t.Fatalf("event %d is %d, want %d (order or duplicates)", i, seen[setup+i], 1000+i)
		}
	}
	// A handler error does not move the cursor: the same logs come again.
	deposit(25, 26)
	before, _, _ := cursor.Load(e.ctx)
	_, err := chain.FollowOnce(e.ctx, e.client, cursor, cfg, func(context.Context, []types.Log, uint64, uint64) error {
		return errors.New("database down")
	})
	if err == nil {
		t.Fatal("handler error not reported")
	}
	if after, _, _ := cursor.Load(e.ctx); after != before {
		t.Fatalf("cursor moved from %d to %d on a handler error", before, after)
	}
	drain()
	if last := seen[len(seen)-1]; last != 1025 || len(seen) != setup+26 {
		t.Fatalf("after the failed delivery: %d events, last %d", len(seen)-setup, last)
	}
}

func TestFileCursorCorrupt(t *testing.T) {
	c := &chain.FileCursor{Path: filepath.Join(t.TempDir(), "c")}
	if _, ok, err := c.Load(context.Background()); ok || err != nil {
		t.Fatalf("empty cursor: %v %v", ok, err)
	}
	if err := c.Save(context.Background(), 42); err != nil {
		t.Fatal(err)
	}
	if n, ok, err := c.Load(context.Background()); n != 42 || !ok || err != nil {
		t.Fatalf("load: %d %v %v", n, ok, err)
	}
	if err := writeFile(c.Path, "garbage"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Load(context.Background()); err == nil {
		t.Fatal("a corrupt cursor was accepted")
	}
}

func writeFile(path, content string) error { return os.WriteFile(path, []byte(content), 0o600) }
