package postgres

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/decloud/decloud/internal/pgdb"
	"github.com/decloud/decloud/internal/pgtest"
	"github.com/decloud/decloud/market/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// The store passes the conformance suite of market.Store, and of market.SharedStore.
func TestStore(t *testing.T) {
	storetest.Run(t, pgtest.DSN, Open)
	storetest.RunShared(t, pgtest.DSN, Open)
}

// Processes starting at once on a new database migrate it once; a database from a newer
// program is refused.
func TestMigrations(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	var wg sync.WaitGroup
	stores := make([]*Store, 4)
	errs := make([]error, len(stores))
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = Open(ctx, dsn) })
	}
	wg.Wait()
	for i, s := range stores {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		defer s.Close()
	}
	var version int
	if err := stores[0].pool.QueryRow(ctx, `SELECT version FROM market.schema_version`).Scan(&version); err != nil || version != len(migrations) {
		t.Fatalf("version %d (%v), want %d", version, err, len(migrations))
	}
	if _, err := stores[0].pool.Exec(ctx, `UPDATE market.schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	_, err := Open(ctx, dsn)
	if tooNew, ok := errors.AsType[*pgdb.SchemaTooNewError](err); !ok || tooNew.Version != 99 {
		t.Fatalf("a database from a newer program: %v", err)
	}
}

// A password never shows in Open's errors.
func TestOpenErrorsHidePassword(t *testing.T) {
	for _, dsn := range []string{
		"postgres://decloud:s3cret@127.0.0.1:1/market?sslmode=disable&connect_timeout=2",
		"postgres://decloud@127.0.0.1:1/market?password=s3cret&sslmode=disable",
		"postgres://decloud:s3cret@127.0.0.1:notaport/market",
		"host=127.0.0.1 port=1 password=s3cret dbname=market connect_timeout=2",
	} {
		_, err := Open(context.Background(), dsn)
		if err == nil || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("Open(%q): %v", pgdb.Redact(dsn), err)
		}
	}
}
