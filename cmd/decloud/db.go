package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"

	"github.com/decloud/decloud/internal/pgdb"
	"github.com/decloud/decloud/market"
	mpostgres "github.com/decloud/decloud/market/postgres"
	msqlite "github.com/decloud/decloud/market/sqlite"
	"github.com/decloud/decloud/scheduler"
	spostgres "github.com/decloud/decloud/scheduler/postgres"
	ssqlite "github.com/decloud/decloud/scheduler/sqlite"
)

// The --db flag of `decloud market` and `decloud pool` names a SQLite file, or a
// PostgreSQL database by URL (postgres:// or postgresql://, libpq's form).
const dbFlagHelp = "; or a PostgreSQL database: postgres://USER@HOST:PORT/DB?sslmode=verify-full" +
	" (its password from $PGPASSWORD or ~/.pgpass rather than the URL, which every local user sees in ps)"

// bookStore is the market's book, whichever database holds it.
type bookStore interface {
	market.Store
	io.Closer
}

// poolStore is a scheduler's state, whichever database holds it.
type poolStore interface {
	scheduler.Store
	io.Closer
}

// openBook opens the market's book that --db names.
func openBook(ctx context.Context, db string, log *slog.Logger) (bookStore, error) {
	s, err := openDB(ctx, db, log,
		func(ctx context.Context, dsn string) (bookStore, error) { return mpostgres.Open(ctx, dsn) },
		func(ctx context.Context, path string) (bookStore, error) { return msqlite.Open(ctx, path) })
	if err != nil {
		return nil, fmt.Errorf("the book (--db): %w", err)
	}
	return s, nil
}

// openPoolState opens the scheduler's state that --db names.
func openPoolState(ctx context.Context, db string, log *slog.Logger) (poolStore, error) {
	s, err := openDB(ctx, db, log,
		func(ctx context.Context, dsn string) (poolStore, error) { return spostgres.Open(ctx, dsn) },
		func(ctx context.Context, path string) (poolStore, error) { return ssqlite.Open(ctx, path) })
	if err != nil {
		return nil, fmt.Errorf("the pool's state (--db): %w", err)
	}
	return s, nil
}

// openDB opens db with postgres when it is a PostgreSQL URL, else with sqlite.
func openDB[S any](ctx context.Context, db string, log *slog.Logger, postgres, sqlite func(context.Context, string) (S, error)) (S, error) {
	if pgdb.IsURL(db) {
		warnPassword(db, log)
		return postgres(ctx, db)
	}
	return sqlite(ctx, db)
}

// dbName is --db as it may be printed: a URL's password hidden.
func dbName(db string) string {
	if pgdb.IsURL(db) {
		return pgdb.Redact(db)
	}
	return db
}

// warnPassword warns when a --db URL carries a password: the command line is visible to
// every local user.
func warnPassword(db string, log *slog.Logger) {
	u, err := url.Parse(db)
	if err != nil {
		return // Open says what is wrong with it
	}
	if _, set := u.User.Password(); set || u.Query().Has("password") {
		log.Warn("the --db URL carries a password, which every local user sees in ps: prefer $PGPASSWORD or ~/.pgpass", "db", dbName(db))
	}
}
