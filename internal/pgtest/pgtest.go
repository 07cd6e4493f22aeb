// Package pgtest gives each test a PostgreSQL database of its own: DSN creates one with a
// random name and drops it when the test ends.
//
// The server is the one $DECLOUD_TEST_POSTGRES names (a DSN of an admin database on a
// server where that role may create databases), as CI provides. Without it, the first DSN
// of a test process starts a throwaway server: initdb into a temporary directory, listening
// on 127.0.0.1 at a free port, run as an unprivileged user when the tests run as root
// (postgres refuses root). A package that uses DSN stops that server in its TestMain
// (os.Exit(pgtest.Main(m))); should the test process die first, the server gets SIGQUIT
// with it (Pdeathsig) and the next start removes the directory it left. With neither a DSN
// nor PostgreSQL's programs, DSN skips the test and says how to provide a server.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/decloud/decloud/internal/pgdb"
)

// EnvDSN names the environment variable holding the admin DSN of a server for tests.
const EnvDSN = "DECLOUD_TEST_POSTGRES"

// how is what a skipped test says about providing a server.
const how = "set " + EnvDSN + "=postgres://USER:PASSWORD@HOST:PORT/postgres (a role that may create databases)," +
	" or install PostgreSQL's server programs (Debian: apt-get install -y postgresql) so that tests start one"

var (
	once    sync.Once
	admin   string  // the admin DSN, once known
	started *server // the server this process started, if any
	failed  error   // why there is no server
)

// adminDSN returns the admin DSN of the server, starting one on the first call if needed.
func adminDSN() (string, error) {
	once.Do(func() {
		if dsn := os.Getenv(EnvDSN); dsn != "" {
			admin = dsn
			return
		}
		started, failed = start()
		if failed == nil {
			admin = started.dsn
		}
	})
	return admin, failed
}

// DSN returns the DSN of a new, empty database for t, dropped (with whatever still uses it)
// when t ends. It skips t when no server can be had, and fails it when $DECLOUD_TEST_POSTGRES
// names one that cannot be used.
func DSN(t testing.TB) string {
	t.Helper()
	dsn, err := adminDSN()
	if err != nil {
		t.Skipf("no PostgreSQL server for this test (%v): %s", err, how)
	}
	var b [8]byte
	rand.Read(b[:])
	name := "decloud_test_" + hex.EncodeToString(b[:])
	if err := runAdmin(dsn, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("pgtest: creating a database on %s: %v", pgdb.Redact(dsn), err)
	}
	t.Cleanup(func() {
		if err := runAdmin(dsn, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("pgtest: dropping database %s: %v", name, err)
		}
	})
	return withDatabase(dsn, name)
}

// runAdmin runs one statement on the admin database.
func runAdmin(dsn, stmt string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	_, err = conn.Exec(ctx, stmt)
	if cerr := conn.Close(ctx); err == nil {
		err = cerr
	}
	return err
}

// withDatabase returns dsn naming the database name instead of its own.
func withDatabase(dsn, name string) string {
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return dsn + " dbname=" + name // a keyword/value DSN: the last setting wins
	}
	u.Path = "/" + name
	return u.String()
}

// Main runs the tests of m and then stops the server DSN started, if any; it returns the
// exit code: func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }.
func Main(m *testing.M) int {
	code := m.Run()
	if started != nil {
		if err := started.stop(); err != nil {
			fmt.Fprintln(os.Stderr, "pgtest:", err)
		}
	}
	return code
}
