package storetest

import (
	"context"
	"math"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/conformance"
	"github.com/decloud/decloud/market"
)

// walk queries every page of q with page size size and returns the first byte of each
// hash, in order.
func walk(t *testing.T, s market.Store, q market.Query, size int) []byte {
	t.Helper()
	if q.Status == "" {
		q.Status = market.StatusOpen
	}
	q.PageSize = size
	var got []byte
	for pages := 0; ; pages++ {
		p, err := s.Query(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if p.Orders == nil {
			t.Fatal("a page with nil Orders (it is [] in JSON)")
		}
		if len(p.Orders) > size {
			t.Fatalf("a page of %d orders, more than its size %d", len(p.Orders), size)
		}
		for _, e := range p.Orders {
			got = append(got, e.Hash[0])
		}
		if p.Next == "" {
			return got
		}
		if pages > 1000 {
			t.Fatalf("no end to the pages (cursor %q)", p.Next)
		}
		q.Cursor = p.Next
	}
}

func u64(v uint64) *uint64 { return &v }

// Filters select what they name, offers come cheapest first and requests best-paying
// first, and walking the pages returns every order once, whatever the page size.
func testQuery(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	poolA, poolB := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	signer := common.HexToAddress("0x5")
	var n byte
	add := func(k market.Kind, pool common.Address, price, trust, category uint64, tag byte, st market.Status) {
		n++
		e := entry(n, k, price)
		e.Workerpool, e.Trust, e.Category, e.Tag, e.Status = pool, trust, category, common.Hash{31: tag}, st
		if n == 4 {
			e.Signer = signer
		}
		mustInsert(t, s, e)
	}
	add(market.KindWorkerpool, poolA, 30, 1, 0, 0, market.StatusOpen)         // 1
	add(market.KindWorkerpool, poolA, 10, 5, 0, 1, market.StatusOpen)         // 2
	add(market.KindWorkerpool, poolB, 20, 3, 1, 3, market.StatusOpen)         // 3
	add(market.KindWorkerpool, poolB, 10, 1, 0, 0, market.StatusOpen)         // 4
	add(market.KindWorkerpool, poolB, 5, 9, 0, 0, market.StatusDead)          // 5
	add(market.KindRequest, common.Address{}, 7, 1, 0, 0, market.StatusOpen)  // 6
	add(market.KindRequest, common.Address{}, 70, 1, 0, 0, market.StatusOpen) // 7
	add(market.KindRequest, common.Address{}, 7, 1, 0, 0, market.StatusOpen)  // 8
	for _, c := range []struct {
		name string
		q    market.Query
		want []byte
	}{
		{"by price then age", market.Query{Kind: market.KindWorkerpool}, []byte{2, 4, 3, 1}},
		{"pool", market.Query{Kind: market.KindWorkerpool, Workerpool: poolB}, []byte{4, 3}},
		{"signer", market.Query{Kind: market.KindWorkerpool, Signer: signer}, []byte{4}},
		{"min trust", market.Query{Kind: market.KindWorkerpool, MinTrust: 3}, []byte{2, 3}},
		{"category", market.Query{Kind: market.KindWorkerpool, Category: u64(1)}, []byte{3}},
		{"category 0", market.Query{Kind: market.KindWorkerpool, Category: u64(0)}, []byte{2, 4, 1}},
		{"tag bits", market.Query{Kind: market.KindWorkerpool, Tag: common.Hash{31: 1}}, []byte{2, 3}},
		{"max price", market.Query{Kind: market.KindWorkerpool, MaxPrice: u64(15)}, []byte{2, 4}},
		{"max price 0", market.Query{Kind: market.KindWorkerpool, MaxPrice: u64(0)}, nil},
		{"dead", market.Query{Kind: market.KindWorkerpool, Status: market.StatusDead}, []byte{5}},
		{"requests best first", market.Query{Kind: market.KindRequest}, []byte{7, 6, 8}},
		{"no match", market.Query{Kind: market.KindWorkerpool, App: common.Address{1}}, nil},
		{"empty book", market.Query{Kind: market.KindDataset}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			for size := 1; size <= 4; size++ {
				if got := walk(t, s, c.q, size); string(got) != string(c.want) {
					t.Fatalf("page size %d: got %v, want %v", size, got, c.want)
				}
			}
		})
	}
}

// Prices order, filter and page as unsigned integers up to 2^64-1.
func testQueryPriceRange(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	prices := map[byte]uint64{1: 1 << 63, 2: 0, 3: math.MaxUint64, 4: 1<<63 - 1, 5: 1, 6: math.MaxUint64, 7: 1<<63 + 1}
	for n := byte(1); n <= 7; n++ {
		mustInsert(t, s, entry(n, market.KindApp, prices[n]), entry(n+100, market.KindRequest, prices[n]))
	}
	for _, c := range []struct {
		name string
		q    market.Query
		want []byte
	}{
		{"offers ascending", market.Query{Kind: market.KindApp}, []byte{2, 5, 4, 1, 7, 3, 6}},
		{"requests descending", market.Query{Kind: market.KindRequest}, []byte{103, 106, 107, 101, 104, 105, 102}},
		{"max price 2^63", market.Query{Kind: market.KindApp, MaxPrice: u64(1 << 63)}, []byte{2, 5, 4, 1}},
		{"max price 2^63-1", market.Query{Kind: market.KindApp, MaxPrice: u64(1<<63 - 1)}, []byte{2, 5, 4}},
		{"max price 2^64-1", market.Query{Kind: market.KindApp, MaxPrice: u64(math.MaxUint64)}, []byte{2, 5, 4, 1, 7, 3, 6}},
		{"requests up to 2^63+1", market.Query{Kind: market.KindRequest, MaxPrice: u64(1<<63 + 1)}, []byte{107, 101, 104, 105, 102}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, size := range []int{1, 2, 3, 7, 8, market.MaxPageSize} {
				if got := walk(t, s, c.q, size); string(got) != string(c.want) {
					t.Fatalf("page size %d: got %v, want %v", size, got, c.want)
				}
			}
		})
	}
}

// A page that ends the book has no cursor, whether full or not; a cursor beyond the last
// entry gives an empty page.
func testQueryEdges(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	mustInsert(t, s, entry(1, market.KindApp, 5), entry(2, market.KindApp, 6))
	for _, c := range []struct {
		name   string
		q      market.Query
		orders int
		next   bool
	}{
		{"exactly full", market.Query{PageSize: 2}, 2, false},
		{"room left", market.Query{PageSize: market.MaxPageSize}, 2, false},
		{"more to come", market.Query{PageSize: 1}, 1, true},
		{"after the last", market.Query{PageSize: 5, Cursor: market.PageCursor(6, math.MaxInt64)}, 0, false},
		{"after the highest price", market.Query{PageSize: 5, Cursor: market.PageCursor(math.MaxUint64, 0)}, 0, false},
		{"before the first", market.Query{PageSize: 5, Cursor: market.PageCursor(0, 0)}, 2, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.q.Kind, c.q.Status = market.KindApp, market.StatusOpen
			p, err := s.Query(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			if p.Orders == nil || len(p.Orders) != c.orders || (p.Next != "") != c.next {
				t.Fatalf("%d orders (nil: %v), next %q; want %d orders, a next: %v", len(p.Orders), p.Orders == nil, p.Next, c.orders, c.next)
			}
		})
	}
}

// A cursor that no page gave is refused as a bad request, whatever it holds.
func testBadCursor(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	mustInsert(t, s, entry(1, market.KindApp, 5))
	for _, c := range []string{"x", "1", "1.", ".1", "-1.2", "1.-2", "18446744073709551616.1", "1.9223372036854775808",
		"1.2.3", "1 .2", "0x1.2", "1.2;DROP TABLE orders", "'.'", "\x00.1", "１.２"} {
		q := market.Query{Kind: market.KindApp, Status: market.StatusOpen, PageSize: 5, Cursor: c}
		if _, err := s.Query(context.Background(), q); market.CodeOf(err) != market.CodeBadRequest {
			t.Errorf("cursor %q: %v, want bad_request", c, err)
		}
	}
}
