package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decloud/decloud/internal/pgtest"
	mpostgres "github.com/decloud/decloud/market/postgres"
	msqlite "github.com/decloud/decloud/market/sqlite"
	spostgres "github.com/decloud/decloud/scheduler/postgres"
	ssqlite "github.com/decloud/decloud/scheduler/sqlite"
)

// --db picks the store by its form: a postgres:// or postgresql:// URL opens PostgreSQL
// (the market's and a pool's schemas side by side in one database), anything else a
// SQLite file; a password in the URL is never printed, and is warned about.
func TestDBFlag(t *testing.T) {
	ctx := context.Background()
	quiet := slog.New(slog.DiscardHandler)
	open := func(bookDB, stateDB string) (io.Closer, io.Closer) {
		t.Helper()
		book, err := openBook(ctx, bookDB, quiet)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { book.Close() })
		state, err := openPoolState(ctx, stateDB, quiet)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { state.Close() })
		return book, state
	}
	dir := t.TempDir()
	book, state := open(filepath.Join(dir, "market.db"), filepath.Join(dir, "pool.db"))
	if _, ok := book.(*msqlite.Store); !ok {
		t.Fatalf("a file path opened a %T book", book)
	}
	if _, ok := state.(*ssqlite.Store); !ok {
		t.Fatalf("a file path opened a %T pool state", state)
	}

	var logs bytes.Buffer
	loud := slog.New(slog.NewTextHandler(&logs, nil))
	const secret = "s3cret"
	for _, db := range []string{"postgres://u:" + secret + "@127.0.0.1:1/x?connect_timeout=1",
		"postgresql://u@127.0.0.1:1/x?password=" + secret + "&connect_timeout=1"} {
		if _, err := openBook(ctx, db, loud); err == nil || strings.Contains(err.Error(), secret) {
			t.Fatalf("an unreachable database: %v", err)
		}
		if name := dbName(db); strings.Contains(name, secret) || !strings.Contains(name, "xxxxx") {
			t.Fatalf("printed as %q", name)
		}
	}
	if strings.Contains(logs.String(), secret) || strings.Count(logs.String(), "carries a password") != 2 {
		t.Fatalf("logs:\n%s", logs.String())
	}
	if got := dbName("/var/lib/decloud/market.db"); got != "/var/lib/decloud/market.db" {
		t.Fatalf("a file printed as %q", got)
	}

	dsn := pgtest.DSN(t)
	book, state = open(dsn, dsn)
	if _, ok := book.(*mpostgres.Store); !ok {
		t.Fatalf("a PostgreSQL URL opened a %T book", book)
	}
	if _, ok := state.(*spostgres.Store); !ok {
		t.Fatalf("a PostgreSQL URL opened a %T pool state", state)
	}
}
