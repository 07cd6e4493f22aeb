// Package sqlitedb opens SQLite databases (modernc.org/sqlite, no cgo) the way decloud's
// stores use them, WAL with synchronous=FULL so that every committed transaction survives
// a crash, and migrates their schema with PRAGMA user_version.
//
// Errors carry no package prefix: the stores wrap them with their own.
package sqlitedb

import (
	"context"
	"database/sql"
	"fmt"

	_ "modernc.org/sqlite" // the "sqlite" driver
)

// Options tune Open.
type Options struct {
	// ForeignKeys turns on foreign key enforcement on every connection.
	ForeignKeys bool
	// MaxOpenConns bounds the pool; 0 means 1, the single writer connection that keeps
	// SQLITE_BUSY away.
	MaxOpenConns int
}

// DSN is the data source name Open uses for path (":memory:" for an in-memory
// database): WAL journal, synchronous=FULL, a 5 s busy timeout and, if asked, foreign
// keys. A second pool on the same file (readers) opens it with the same DSN.
func DSN(path string, opts Options) string {
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=busy_timeout(5000)"
	if opts.ForeignKeys {
		dsn += "&_pragma=foreign_keys(1)"
	}
	return dsn
}

// Open opens the database at path with DSN(path, opts) and checks that it can be used.
// It does not migrate: see Migrate.
func Open(ctx context.Context, path string, opts Options) (*sql.DB, error) {
	db, err := sql.Open("sqlite", DSN(path, opts))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	n := opts.MaxOpenConns
	if n <= 0 {
		n = 1
	}
	db.SetMaxOpenConns(n)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// SchemaTooNewError is Migrate's error for a database written by a newer program.
type SchemaTooNewError struct {
	Version int // the database's user_version
	Known   int // the migrations this program has
}

func (e *SchemaTooNewError) Error() string {
	return fmt.Sprintf("schema version %d is newer than this program (%d)", e.Version, e.Known)
}

// Migrate brings db's schema up to date. PRAGMA user_version counts the migrations
// applied; each migration still to apply runs in its own transaction, which also bumps
// user_version, so a failed migration changes nothing and a later Migrate retries it. A
// database whose user_version exceeds len(migrations) is refused (a *SchemaTooNewError):
// this program does not know its schema.
func Migrate(ctx context.Context, db *sql.DB, migrations []string) error {
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if version > len(migrations) {
		return &SchemaTooNewError{Version: version, Known: len(migrations)}
	}
	for i := version; i < len(migrations); i++ {
		if err := apply(ctx, db, i+1, migrations[i]); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return nil
}

// apply runs migration number n (from 1) and sets user_version to n, in one transaction.
func apply(ctx context.Context, db *sql.DB, n int, migration string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // after Commit this does nothing
	if _, err := tx.ExecContext(ctx, migration); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", n)); err != nil {
		return err
	}
	return tx.Commit()
}
