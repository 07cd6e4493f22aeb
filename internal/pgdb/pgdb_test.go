package pgdb_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/decloud/decloud/internal/pgdb"
	"github.com/decloud/decloud/internal/pgtest"
)

// A password never survives Redact, in any form of DSN; what does not parse is hidden.
func TestRedact(t *testing.T) {
	for dsn, want := range map[string]string{
		"postgres://u:s3cret@db:5432/market?sslmode=require":     "postgres://u:xxxxx@db:5432/market?sslmode=require",
		"postgresql://u@db/market":                               "postgresql://u@db/market",
		"postgres://u@db/market?password=s3cret&sslmode=disable": "postgres://u@db/market?password=xxxxx&sslmode=disable",
		"postgres://u:s3cret@db:notaport/market":                 "(an unparsable database URL)",
		"postgres://u:s3%zz@db/market":                           "(an unparsable database URL)",
		"host=db password=s3cret dbname=market":                  "host=db password=xxxxx dbname=market",
		"host=db password = 's3 cret\\' x' dbname=market":        "host=db password = xxxxx dbname=market",
		"mysql://u:s3cret@db/market":                             "(an unparsable database URL)",
		"/var/lib/decloud/market.db":                             "/var/lib/decloud/market.db",
	} {
		if got := pgdb.Redact(dsn); got != want {
			t.Errorf("pgdb.Redact(%q) = %q, want %q", dsn, got, want)
		}
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{"postgres://h/db": true, "postgresql://h/db": true, "market.db": false,
		"/tmp/postgres://x": false, "host=h dbname=db": false, "": false} {
		if pgdb.IsURL(s) != want {
			t.Errorf("pgdb.IsURL(%q) = %v", s, !want)
		}
	}
}

// A failing migration changes nothing: neither the migrations before it in the same run
// nor the version; once fixed, a later Migrate applies them all.
func TestMigrateAllOrNothing(t *testing.T) {
	ctx := context.Background()
	pool, err := pgdb.Open(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	good := []string{`CREATE TABLE s.a (x INTEGER)`, `CREATE TABLE s.b (y INTEGER)`}
	if err := pgdb.Migrate(ctx, pool, "s", good[:1]); err != nil {
		t.Fatal(err)
	}
	if err := pgdb.Migrate(ctx, pool, "s", append(good[:1:1], `CREATE TABLE s.b (y INTEGER)`, `NOT SQL`)); err == nil {
		t.Fatal("a bad migration passed")
	}
	var exists bool
	if err := pool.QueryRow(ctx, `SELECT to_regclass('s.b') IS NOT NULL`).Scan(&exists); err != nil || exists {
		t.Fatalf("table s.b after a failed run: %v %v", exists, err)
	}
	for range 2 { // the second run finds nothing to do
		if err := pgdb.Migrate(ctx, pool, "s", good); err != nil {
			t.Fatal(err)
		}
	}
	if err := pgdb.Migrate(ctx, pool, "s", good[:1]); !errors.As(err, new(*pgdb.SchemaTooNewError)) {
		t.Fatalf("an older program: %v", err)
	}
}

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
