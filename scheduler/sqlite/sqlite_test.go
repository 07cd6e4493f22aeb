package sqlite

import (
	"context"
	"path/filepath"
	"testing"

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
