// Package storetest is the conformance suite of market.Store: every implementation
// (market/sqlite, market/postgres) runs it, so that the book behaves the same on each. Run
// holds what every store must do (its queries' part in query.go); RunShared what a
// market.SharedStore must do besides, with several stores open on one database.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/conformance"
	"github.com/decloud/decloud/market"
)

// Opener opens a store on one database; each call opens another store over the same data.
type Opener = conformance.Opener[market.Store]

// Run runs the suite, each test on a new database: newDB names one (a file path, a DSN)
// and open is the store's Open.
func Run[S interface {
	market.Store
	io.Closer
}](t *testing.T, newDB func(testing.TB) string, open func(context.Context, string) (S, error)) {
	conformance.Run(t, []conformance.Case[market.Store]{
		{Name: "RoundTrip", Test: testRoundTrip},
		{Name: "GetUnknown", Test: testGetUnknown},
		{Name: "Update", Test: testUpdate},
		{Name: "Query", Test: testQuery},
		{Name: "QueryPriceRange", Test: testQueryPriceRange},
		{Name: "QueryEdges", Test: testQueryEdges},
		{Name: "BadCursor", Test: testBadCursor},
		{Name: "Live", Test: testLive},
		{Name: "Count", Test: testCount},
		{Name: "Touch", Test: testTouch},
		{Name: "Cursor", Test: testCursor},
		{Name: "Reopen", Test: testReopen},
		{Name: "Closed", Test: testClosed},
		{Name: "ConcurrentWriters", Test: testConcurrentWriters},
	}, newDB, open)
}

// entry is a valid OPEN entry numbered n (its hash starts with n), of kind k, at price.
func entry(n byte, k market.Kind, price uint64) *market.Entry {
	return &market.Entry{Hash: common.Hash{n, 0xee}, Kind: k, Status: market.StatusOpen, Signer: common.Address{0x51},
		Volume: 10, Remaining: 10, PublishedAt: time.UnixMilli(1_800_000_000_000 + int64(n)).UTC(), Price: price,
		Order: []byte(fmt.Sprintf(`{"n":%d}`, n))}
}

func mustInsert(t *testing.T, s market.Store, es ...*market.Entry) {
	t.Helper()
	for _, e := range es {
		if ok, err := s.Insert(context.Background(), e); err != nil || !ok {
			t.Fatalf("insert %x: %v %v", e.Hash[:1], ok, err)
		}
	}
}

// Every field comes back as inserted, the extremes of every integer included; a second
// insert of a hash changes nothing.
func testRoundTrip(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	full := &market.Entry{Hash: common.HexToHash("0x" + "ff01"), Kind: market.KindRequest, Status: market.StatusDead,
		Signer: common.HexToAddress("0x1111111111111111111111111111111111111111"), Volume: math.MaxUint64, Remaining: math.MaxUint64 - 1,
		PublishedAt: time.UnixMilli(4_102_444_800_123).UTC(), App: common.Address{1}, Dataset: common.Address{2}, Workerpool: common.Address{3},
		Requester: common.Address{4}, Category: math.MaxUint64, Trust: math.MaxUint64, Tag: common.Hash{0: 0x80, 31: 0xff}, Price: math.MaxUint64,
		Order: []byte(`{"params":"{\"args\":\"é ✓ \\u0000 \\\" '\"}","sign":"0x00"}`)}
	zero := &market.Entry{Hash: common.Hash{31: 1}, Kind: market.KindApp, Status: market.StatusOpen,
		PublishedAt: time.UnixMilli(0).UTC(), Order: []byte(`{}`)}
	for _, e := range []*market.Entry{full, zero} {
		mustInsert(t, s, e)
		got, err := s.Get(ctx, e.Hash)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(&got, e) {
			t.Fatalf("got\n%+v\nwant\n%+v", got, *e)
		}
	}
	other := *full
	other.Status, other.Price, other.Order = market.StatusOpen, 1, []byte(`{"other":true}`)
	if ok, err := s.Insert(ctx, &other); ok || err != nil {
		t.Fatalf("a second insert of one hash: %v %v", ok, err)
	}
	if got, err := s.Get(ctx, full.Hash); err != nil || !reflect.DeepEqual(&got, full) {
		t.Fatalf("after a second insert: %+v %v", got, err)
	}
}

func testGetUnknown(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	mustInsert(t, s, entry(1, market.KindApp, 1))
	for _, h := range []common.Hash{{}, {2}, {1}, common.HexToHash("0x" + "ff")} {
		if _, err := s.Get(context.Background(), h); market.CodeOf(err) != market.CodeNotFound {
			t.Errorf("get %x: %v, want not found", h, err)
		}
	}
}

// Update sets status and remaining volume only; an unknown hash is no error and creates
// nothing.
func testUpdate(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	e := entry(1, market.KindWorkerpool, 7)
	mustInsert(t, s, e)
	for _, c := range []struct {
		status    market.Status
		remaining uint64
	}{{market.StatusDead, 3}, {market.StatusOpen, 3}, {market.StatusUnlisted, math.MaxUint64}, {market.StatusFilled, 0}} {
		if err := s.Update(ctx, e.Hash, c.status, c.remaining); err != nil {
			t.Fatal(err)
		}
		want := *e
		want.Status, want.Remaining = c.status, c.remaining
		if got, err := s.Get(ctx, e.Hash); err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("after update to %s %d: %+v %v", c.status, c.remaining, got, err)
		}
	}
	if err := s.Update(ctx, common.Hash{9}, market.StatusOpen, 1); err != nil {
		t.Fatalf("update of an unknown hash: %v", err)
	}
	if _, err := s.Get(ctx, common.Hash{9}); market.CodeOf(err) != market.CodeNotFound {
		t.Fatalf("an update created an entry: %v", err)
	}
}

// Live finds the OPEN and DEAD entries of a signer, or of an asset in its own book.
func testLive(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	asset := common.HexToAddress("0xa55e7")
	mk := func(n byte, k market.Kind, signer common.Address, st market.Status, set func(e *market.Entry)) *market.Entry {
		e := entry(n, k, 1)
		e.Signer, e.Status = signer, st
		set(e)
		return e
	}
	none := func(*market.Entry) {}
	mustInsert(t, s,
		mk(1, market.KindApp, alice, market.StatusOpen, func(e *market.Entry) { e.App = asset }),
		mk(2, market.KindDataset, alice, market.StatusDead, func(e *market.Entry) { e.Dataset = asset }),
		mk(3, market.KindWorkerpool, bob, market.StatusOpen, func(e *market.Entry) { e.Workerpool = asset }),
		mk(4, market.KindApp, alice, market.StatusFilled, func(e *market.Entry) { e.App = asset }),
		mk(5, market.KindApp, alice, market.StatusCancelled, none),
		mk(6, market.KindApp, alice, market.StatusUnlisted, none),
		mk(7, market.KindRequest, bob, market.StatusOpen, func(e *market.Entry) { e.App, e.Workerpool = asset, asset }),
		mk(8, market.KindDataset, bob, market.StatusOpen, func(e *market.Entry) { e.App = asset }), // a restriction, not its asset
	)
	for _, c := range []struct {
		name          string
		signer, asset common.Address
		want          []byte
	}{
		{"signer", alice, common.Address{}, []byte{1, 2}},
		{"other signer", bob, common.Address{}, []byte{3, 7, 8}},
		{"asset", common.Address{}, asset, []byte{1, 2, 3}},
		{"nobody", common.HexToAddress("0xdead"), common.Address{}, nil},
		{"no asset", common.Address{}, common.HexToAddress("0xdead"), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Live(ctx, c.signer, c.asset)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[byte]bool{}
			for _, e := range got {
				seen[e.Hash[0]] = true
				if e.Order == nil || e.Kind == "" {
					t.Fatalf("a partial entry %+v", e)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d entries, want %v", len(got), c.want)
			}
			for _, n := range c.want {
				if !seen[n] {
					t.Fatalf("entry %d missing from %v", n, seen)
				}
			}
		})
	}
}

func testCount(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	d := entry(3, market.KindApp, 1)
	d.Status = market.StatusDead
	mustInsert(t, s, entry(1, market.KindApp, 1), entry(2, market.KindApp, 1), d, entry(4, market.KindRequest, 1))
	for _, c := range []struct {
		k    market.Kind
		st   market.Status
		want int
	}{{market.KindApp, market.StatusOpen, 2}, {market.KindApp, market.StatusDead, 1}, {market.KindRequest, market.StatusOpen, 1},
		{market.KindDataset, market.StatusOpen, 0}, {market.KindApp, market.StatusFilled, 0}} {
		if n, err := s.Count(ctx, c.k, c.st); err != nil || n != c.want {
			t.Errorf("count %s %s: %d %v, want %d", c.k, c.st, n, err, c.want)
		}
	}
}

// Touch is idempotent, takes duplicates and nothing; Touched says what it recorded, of
// entries in the book or not.
func testTouch(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	mustInsert(t, s, entry(1, market.KindApp, 1))
	for _, hs := range [][]common.Hash{nil, {}, {{1, 0xee}, {7}, {7}}, {{7}}, {{}}} {
		if err := s.Touch(ctx, hs); err != nil {
			t.Fatalf("touch %v: %v", hs, err)
		}
	}
	for h, want := range map[common.Hash]bool{{1, 0xee}: true, {7}: true, {}: true, {8}: false, {1}: false} {
		if got, err := s.Touched(ctx, h); err != nil || got != want {
			t.Errorf("touched %x: %v %v, want %v", h[:2], got, err, want)
		}
	}
}

// The follower's cursor is absent on a new book, then what was saved last.
func testCursor(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	if next, ok, err := s.Load(ctx); ok || err != nil || next != 0 {
		t.Fatalf("a new book's cursor: %d %v %v", next, ok, err)
	}
	for _, next := range []uint64{0, 1, 42, 1 << 63, math.MaxUint64} {
		if err := s.Save(ctx, next); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := s.Load(ctx); !ok || err != nil || got != next {
			t.Fatalf("saved %d, loaded %d %v %v", next, got, ok, err)
		}
	}
}

// Everything survives a close and a reopen, and a hash inserted before is still known.
func testReopen(t *testing.T, open Opener) {
	ctx := context.Background()
	s := conformance.Open(t, open)
	e := entry(7, market.KindApp, math.MaxUint64)
	mustInsert(t, s, e)
	if err := s.Update(ctx, e.Hash, market.StatusDead, 4); err != nil {
		t.Fatal(err)
	}
	if err := s.Touch(ctx, []common.Hash{{8}, {8}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(ctx, 99); err != nil {
		t.Fatal(err)
	}
	conformance.Close(t, s)
	s = conformance.Open(t, open)
	e.Status, e.Remaining = market.StatusDead, 4
	if got, err := s.Get(ctx, e.Hash); err != nil || !reflect.DeepEqual(&got, e) {
		t.Fatalf("after a reopen: %+v %v", got, err)
	}
	if _, err := s.Get(ctx, common.Hash{9}); market.CodeOf(err) != market.CodeNotFound {
		t.Fatalf("an unknown order: %v", err)
	}
	for h, want := range map[common.Hash]bool{{8}: true, e.Hash: false} {
		if got, err := s.Touched(ctx, h); err != nil || got != want {
			t.Fatalf("touched %x: %v %v, want %v", h[:1], got, err, want)
		}
	}
	if next, ok, err := s.Load(ctx); next != 99 || !ok || err != nil {
		t.Fatalf("cursor after a reopen: %d %v %v", next, ok, err)
	}
	if ok, err := s.Insert(ctx, e); ok || err != nil {
		t.Fatalf("an order inserted twice across a reopen: %v %v", ok, err)
	}
	if p, err := s.Query(ctx, market.Query{Kind: market.KindApp, Status: market.StatusDead, PageSize: 5}); err != nil || len(p.Orders) != 1 {
		t.Fatalf("query after a reopen: %+v %v", p, err)
	}
}

// A closed store fails every call with ErrStoreClosed; closing it again does no harm.
func testClosed(t *testing.T, open Opener) {
	ctx := context.Background()
	s := conformance.Open(t, open)
	e := entry(1, market.KindApp, 1)
	mustInsert(t, s, e)
	conformance.Close(t, s)
	conformance.AllFailWith(t, market.ErrStoreClosed, map[string]func() error{
		"Insert": func() error { _, err := s.Insert(ctx, entry(2, market.KindApp, 1)); return err },
		"Get":    func() error { _, err := s.Get(ctx, e.Hash); return err },
		"Query": func() error {
			_, err := s.Query(ctx, market.Query{Kind: market.KindApp, Status: market.StatusOpen, PageSize: 1})
			return err
		},
		"Update":  func() error { return s.Update(ctx, e.Hash, market.StatusDead, 1) },
		"Live":    func() error { _, err := s.Live(ctx, e.Signer, common.Address{}); return err },
		"Count":   func() error { _, err := s.Count(ctx, market.KindApp, market.StatusOpen); return err },
		"Touch":   func() error { return s.Touch(ctx, []common.Hash{{3}}) },
		"Touched": func() error { _, err := s.Touched(ctx, e.Hash); return err },
		"Load":    func() error { _, _, err := s.Load(ctx); return err },
		"Save":    func() error { return s.Save(ctx, 1) },
	})
}

// Writers at once: each hash is inserted exactly once, however many try; updates,
// touches and queries in between fail nothing.
func testConcurrentWriters(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	const writers, orders = 8, 40
	var mu sync.Mutex
	wins := map[common.Hash]int{}
	conformance.Parallel(t, writers, func(w int) error {
		for i := range orders {
			n := byte((i*7 + w*13) % orders) // every writer, every order, in its own sequence
			e := entry(n, market.KindWorkerpool, uint64(n%5))
			ok, err := s.Insert(ctx, e)
			if err == nil {
				err = s.Update(ctx, e.Hash, market.StatusOpen, uint64(w))
			}
			if err == nil {
				err = s.Touch(ctx, []common.Hash{e.Hash, {n}})
			}
			if err == nil {
				_, err = s.Query(ctx, market.Query{Kind: market.KindWorkerpool, Status: market.StatusOpen, PageSize: 10})
			}
			if err != nil {
				return err
			}
			if ok {
				mu.Lock()
				wins[e.Hash]++
				mu.Unlock()
			}
		}
		return nil
	})
	if len(wins) != orders {
		t.Fatalf("%d orders inserted, want %d", len(wins), orders)
	}
	for h, n := range wins {
		if n != 1 {
			t.Fatalf("order %x inserted %d times", h[:1], n)
		}
	}
	if n, err := s.Count(ctx, market.KindWorkerpool, market.StatusOpen); err != nil || n != orders {
		t.Fatalf("count %d %v, want %d", n, err, orders)
	}
	if got := walk(t, s, market.Query{Kind: market.KindWorkerpool}, 7); len(got) != orders {
		t.Fatalf("the pages hold %d orders, want %d", len(got), orders)
	}
}

// RunShared runs what a market.SharedStore must do besides Run's suite: stores open on one
// database (as in several market processes) see each other's writes at once, agree on
// which of them inserted an order, keep the cursor moving forward only, and take the
// follow lock in turn. Its arguments are Run's.
func RunShared[S interface {
	market.SharedStore
	io.Closer
}](t *testing.T, newDB func(testing.TB) string, open func(context.Context, string) (S, error)) {
	var cases []conformance.Case[market.Store]
	for _, c := range []struct {
		name string
		test func(t *testing.T, a, b market.SharedStore)
	}{
		{"SeeEachOther", testSeeEachOther},
		{"OneInsertWins", testOneInsertWins},
		{"CursorForwardOnly", testCursorForwardOnly},
		{"LockFollow", testLockFollow},
	} {
		cases = append(cases, conformance.Case[market.Store]{Name: c.name, Test: func(t *testing.T, open Opener) {
			a, b := conformance.Open(t, open), conformance.Open(t, open)
			c.test(t, a.(market.SharedStore), b.(market.SharedStore))
		}})
	}
	conformance.Run(t, cases, newDB, open)
}

// What one store writes, the other reads at once.
func testSeeEachOther(t *testing.T, a, b market.SharedStore) {
	ctx := context.Background()
	e := entry(1, market.KindApp, 3)
	mustInsert(t, a, e)
	if got, err := b.Get(ctx, e.Hash); err != nil || !reflect.DeepEqual(&got, e) {
		t.Fatalf("b gets %+v %v", got, err)
	}
	if got := walk(t, b, market.Query{Kind: market.KindApp}, 5); string(got) != "\x01" {
		t.Fatalf("b's query: %v", got)
	}
	if err := b.Update(ctx, e.Hash, market.StatusUnlisted, 3); err != nil {
		t.Fatal(err)
	}
	if got := walk(t, a, market.Query{Kind: market.KindApp}, 5); len(got) != 0 {
		t.Fatalf("unlisted through b, still listed through a: %v", got)
	}
	if err := a.Touch(ctx, []common.Hash{e.Hash}); err != nil {
		t.Fatal(err)
	}
	if touched, err := b.Touched(ctx, e.Hash); err != nil || !touched {
		t.Fatalf("touched through a, b says %v %v", touched, err)
	}
	if live, err := b.Live(ctx, e.Signer, common.Address{}); err != nil || len(live) != 0 {
		t.Fatalf("b's live entries: %v %v", live, err)
	}
	if err := a.Update(ctx, e.Hash, market.StatusOpen, 2); err != nil {
		t.Fatal(err)
	}
	if n, err := b.Count(ctx, market.KindApp, market.StatusOpen); err != nil || n != 1 {
		t.Fatalf("b counts %d %v", n, err)
	}
}

// The same orders inserted through both stores at once: each is inserted once.
func testOneInsertWins(t *testing.T, a, b market.SharedStore) {
	ctx := context.Background()
	const orders = 30
	var wins [orders]int
	var mu sync.Mutex
	two := []market.SharedStore{a, b}
	conformance.Parallel(t, len(two), func(i int) error {
		for n := range orders {
			ok, err := two[i].Insert(ctx, entry(byte(n), market.KindRequest, uint64(n)))
			if err != nil {
				return err
			}
			if ok {
				mu.Lock()
				wins[n]++
				mu.Unlock()
			}
		}
		return nil
	})
	for n, w := range wins {
		if w != 1 {
			t.Fatalf("order %d inserted %d times", n, w)
		}
	}
}

// A store behind another does not move the shared cursor back.
func testCursorForwardOnly(t *testing.T, a, b market.SharedStore) {
	ctx := context.Background()
	for _, c := range []struct {
		s    market.SharedStore
		save uint64
		want uint64
	}{{a, 10, 10}, {b, 5, 10}, {b, 11, 11}, {a, 11, 11}, {a, 0, 11}} {
		if err := c.s.Save(ctx, c.save); err != nil {
			t.Fatal(err)
		}
		for _, s := range []market.SharedStore{a, b} {
			if next, ok, err := s.Load(ctx); next != c.want || !ok || err != nil {
				t.Fatalf("after saving %d: %d %v %v, want %d", c.save, next, ok, err, c.want)
			}
		}
	}
}

// One follower at a time: b waits while a holds the lock, and gets it once a lets go.
func testLockFollow(t *testing.T, a, b market.SharedStore) {
	ctx := context.Background()
	unlock, err := a.LockFollow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if _, err := b.LockFollow(short); err == nil {
		t.Fatal("b took the lock a holds")
	} else if !errors.Is(err, context.DeadlineExceeded) && short.Err() == nil {
		t.Fatalf("b's wait failed otherwise: %v", err)
	}
	unlock()
	unlockB, err := b.LockFollow(ctx)
	if err != nil {
		t.Fatalf("a let go, b: %v", err)
	}
	unlockB()
	// A store's writes go on while it holds the lock (the follower writes under it).
	unlock, err = a.LockFollow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	mustInsert(t, a, entry(1, market.KindApp, 1))
	if _, err := b.Get(ctx, common.Hash{1, 0xee}); err != nil {
		t.Fatal(err)
	}
}
