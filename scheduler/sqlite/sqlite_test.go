package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/sqlitedb"
	"github.com/decloud/decloud/scheduler"
	"github.com/decloud/decloud/scheduler/storetest"
)

// The store passes the conformance suite of scheduler.Store.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t testing.TB) string { return filepath.Join(t.TempDir(), "pool.db") }, Open)
}

func TestRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pool.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(context.Background(), "PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path); err == nil {
		t.Fatal("a database from a newer program was opened")
	}
}

// A deal saved before app kinds and tags were kept loads with kind 0 and a zero tag, which
// the scheduler reads again from the chain.
func TestDealsFromBeforeKindsLoadUnknown(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pool.db")
	db, err := sqlitedb.Open(ctx, path, sqlitedb.Options{ForeignKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := sqlitedb.Migrate(ctx, db, migrations[:6]); err != nil {
		t.Fatal(err)
	}
	id := common.Hash{0xd1}
	if _, err := db.ExecContext(ctx, `INSERT INTO deals (id, volume, contribution_deadline, final_deadline) VALUES (?, 1, 0, 0)`, id[:]); err != nil {
		t.Fatal(err)
	}
	db.Close()
	var deals []*scheduler.DealTasks
	s, err := Open(ctx, path)
	if err == nil {
		defer s.Close()
		deals, _, _, err = s.Load(ctx)
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(deals) != 1 || deals[0].ID != id || deals[0].AppKind != 0 || deals[0].Tag != (common.Hash{}) {
		t.Fatalf("loaded %+v", deals)
	}
}
