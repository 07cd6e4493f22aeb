package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/sqlitedb"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/market/storetest"
)

// The store passes the conformance suite of market.Store.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t testing.TB) string { return filepath.Join(t.TempDir(), "m.db") }, Open)
}

// A book written before prices were stored as keys (migration 3) comes out in price
// order, its prices intact.
func TestPriceKeyMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := sqlitedb.Open(ctx, path, sqlitedb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := sqlitedb.Migrate(ctx, db, migrations[:2]); err != nil {
		t.Fatal(err)
	}
	// As the store wrote them then: int64(price), negative from 2^63 on.
	for i, price := range []int64{20, 0, 1<<63 - 1, -1, 10} {
		if _, err := db.ExecContext(ctx, `INSERT INTO orders (hash, kind, status, signer, volume, remaining, published_at, app, dataset,
			workerpool, requester, category, trust, tag, tag_low, price, body) VALUES (?, 'app', 'OPEN', x'', 1, 1, 0, x'', x'', x'', x'', 0, 0, x'', 0, ?, '{}')`,
			common.Hash{byte(i + 1)}.Bytes(), price); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Query(ctx, market.Query{Kind: market.KindApp, Status: market.StatusOpen, PageSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	want := []uint64{0, 10, 20, 1<<63 - 1, 1<<64 - 1}
	if len(p.Orders) != len(want) {
		t.Fatalf("%d orders", len(p.Orders))
	}
	for i, e := range p.Orders {
		if e.Price != want[i] {
			t.Fatalf("order %d: price %d, want %d", i, e.Price, want[i])
		}
	}
}
