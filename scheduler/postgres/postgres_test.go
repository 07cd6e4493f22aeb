package postgres

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/decloud/decloud/internal/pgdb"
	"github.com/decloud/decloud/internal/pgtest"
	"github.com/decloud/decloud/scheduler/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// The store passes the conformance suite of scheduler.Store.
func TestStore(t *testing.T) { storetest.Run(t, pgtest.DSN, Open) }

// A database from a newer program is refused.
func TestRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `UPDATE scheduler.schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, dsn); !errors.As(err, new(*pgdb.SchemaTooNewError)) {
		t.Fatalf("a database from a newer program: %v", err)
	}
}
