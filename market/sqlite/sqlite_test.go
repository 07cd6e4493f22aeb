package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/market"
)

func u64(v uint64) *uint64 { return &v }

// Filters select what they name, offers come cheapest first and requests best-paying
// first, and walking the pages returns every order once.
func TestQuery(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	poolA, poolB := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	var n byte
	add := func(k market.Kind, pool common.Address, price, trust, category uint64, tag byte, st market.Status) {
		n++
		e := &market.Entry{Hash: common.Hash{n}, Kind: k, Status: st, Volume: 1, Remaining: 1, PublishedAt: time.Unix(int64(n), 0),
			Workerpool: pool, Price: price, Trust: trust, Category: category, Tag: common.Hash{31: tag}, Order: []byte("{}")}
		if ok, err := s.Insert(ctx, e); err != nil || !ok {
			t.Fatal(ok, err)
		}
	}
	add(market.KindWorkerpool, poolA, 30, 1, 0, 0, market.StatusOpen)         // 1
	add(market.KindWorkerpool, poolA, 10, 5, 0, 1, market.StatusOpen)         // 2
	add(market.KindWorkerpool, poolB, 20, 3, 1, 3, market.StatusOpen)         // 3
	add(market.KindWorkerpool, poolB, 10, 1, 0, 0, market.StatusOpen)         // 4
	add(market.KindWorkerpool, poolB, 5, 9, 0, 0, market.StatusDead)          // 5
	add(market.KindRequest, common.Address{}, 7, 1, 0, 0, market.StatusOpen)  // 6
	add(market.KindRequest, common.Address{}, 70, 1, 0, 0, market.StatusOpen) // 7
	if ok, _ := s.Insert(ctx, &market.Entry{Hash: common.Hash{1}, Kind: market.KindApp, Status: market.StatusOpen, Order: []byte("{}")}); ok {
		t.Fatal("a second insert of the same hash succeeded")
	}
	for _, c := range []struct {
		name string
		q    market.Query
		want []byte
	}{
		{"by price then age", market.Query{Kind: market.KindWorkerpool}, []byte{2, 4, 3, 1}},
		{"pool", market.Query{Kind: market.KindWorkerpool, Workerpool: poolB}, []byte{4, 3}},
		{"min trust", market.Query{Kind: market.KindWorkerpool, MinTrust: 3}, []byte{2, 3}},
		{"category", market.Query{Kind: market.KindWorkerpool, Category: u64(1)}, []byte{3}},
		{"tag bits", market.Query{Kind: market.KindWorkerpool, Tag: common.Hash{31: 1}}, []byte{2, 3}},
		{"max price", market.Query{Kind: market.KindWorkerpool, MaxPrice: u64(15)}, []byte{2, 4}},
		{"dead", market.Query{Kind: market.KindWorkerpool, Status: market.StatusDead}, []byte{5}},
		{"requests best first", market.Query{Kind: market.KindRequest}, []byte{7, 6}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.q.Status == "" {
				c.q.Status = market.StatusOpen
			}
			var got []byte
			for size := 1; size <= 3; size++ { // every page size walks the same sequence
				got = got[:0]
				q := c.q
				q.PageSize = size
				for {
					p, err := s.Query(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					for _, e := range p.Orders {
						got = append(got, e.Hash[0])
					}
					if p.Next == "" {
						break
					}
					q.Cursor = p.Next
				}
				if string(got) != string(c.want) {
					t.Fatalf("page size %d: got %v, want %v", size, got, c.want)
				}
			}
		})
	}
	if _, err := s.Query(ctx, market.Query{Kind: market.KindApp, Status: market.StatusOpen, PageSize: 5, Cursor: "x"}); market.CodeOf(err) != market.CodeBadRequest {
		t.Fatalf("bad cursor: %v", err)
	}
}

// What the store keeps in memory to spare reads is rebuilt from the file on a reopen.
func TestReopenKeepsKnownAndTouched(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	e := &market.Entry{Hash: common.Hash{7}, Kind: market.KindApp, Status: market.StatusOpen, Volume: 1, Remaining: 1, Order: []byte("{}")}
	if ok, err := s.Insert(ctx, e); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if err := s.Touch(ctx, []common.Hash{{8}, {8}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.Get(ctx, common.Hash{7}); err != nil || got.Hash != e.Hash {
		t.Fatalf("after a reopen: %+v %v", got, err)
	}
	if _, err := s.Get(ctx, common.Hash{9}); market.CodeOf(err) != market.CodeNotFound {
		t.Fatalf("an unknown order: %v", err)
	}
	for h, want := range map[common.Hash]bool{{8}: true, {7}: false} {
		if got, _ := s.Touched(ctx, h); got != want {
			t.Fatalf("touched %x: %v, want %v", h[:1], got, want)
		}
	}
	if ok, _ := s.Insert(ctx, e); ok {
		t.Fatal("an order inserted twice across a reopen")
	}
}
