package pgtest

import (
	"context"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

// Two tests get two empty databases of their own, usable at once; each is gone after its
// test.
func TestDSN(t *testing.T) {
	var names [2]string
	for i := range names {
		t.Run("db", func(t *testing.T) {
			dsn := DSN(t)
			conn, err := pgx.Connect(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(context.Background())
			if err := conn.QueryRow(context.Background(), "SELECT current_database()").Scan(&names[i]); err != nil {
				t.Fatal(err)
			}
			var n int
			if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&n); err != nil || n != 0 {
				t.Fatalf("a new database has %d tables (%v)", n, err)
			}
		})
	}
	if names[0] == names[1] || names[0] == "" {
		t.Fatalf("databases %q", names)
	}
	admin, err := adminDSN()
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(context.Background(), admin)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var left int
	if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM pg_database WHERE datname = ANY($1)", names[:]).Scan(&left); err != nil || left != 0 {
		t.Fatalf("%d databases left after their tests (%v)", left, err)
	}
}
