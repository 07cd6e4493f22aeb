package pgdb

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Schema describes a store's tables.
type Schema struct {
	Name string // the PostgreSQL schema holding them ("market")
	// Migrations are applied by Migrate. They create, besides the store's own tables, its
	// follower's cursor: NAME.cursor (id INTEGER PRIMARY KEY CHECK (id = 0), next
	// NUMERIC(20, 0) NOT NULL).
	Migrations []string
	Store      string // prefixes the errors of DB ("market/postgres")
	ErrClosed  error  // wrapped by the errors of a closed DB (market.ErrStoreClosed)
}

// DB is a store's pool on its migrated schema.
type DB struct {
	Pool   *pgxpool.Pool
	schema Schema
	cursor string // the cursor table's name, quoted
	closed atomic.Bool
}

// OpenSchema connects to dsn (see Open) and brings sc up to date (see Migrate).
func OpenSchema(ctx context.Context, dsn string, sc Schema) (*DB, error) {
	pool, err := Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", sc.Store, err)
	}
	if err := Migrate(ctx, pool, sc.Name, sc.Migrations); err != nil {
		pool.Close()
		return nil, fmt.Errorf("%s: %s: %w", sc.Store, Redact(dsn), err)
	}
	return &DB{Pool: pool, schema: sc, cursor: pgx.Identifier{sc.Name, "cursor"}.Sanitize()}, nil
}

// Close closes the connections once the calls under way are done; Failed then says
// ErrClosed. It returns nil (the stores' Close returns what it does).
func (db *DB) Close() error {
	db.closed.Store(true)
	db.Pool.Close()
	return nil
}

// Failed wraps the error of the store's operation op, as the schema's ErrClosed once the
// DB is closed.
func (db *DB) Failed(op string, err error) error {
	if db.closed.Load() {
		err = db.schema.ErrClosed
	}
	return fmt.Errorf("%s: %s: %w", db.schema.Store, op, err)
}

// Cursor returns the follower's saved position; ok is false when none was saved.
func (db *DB) Cursor(ctx context.Context) (next uint64, ok bool, err error) {
	err = db.Pool.QueryRow(ctx, `SELECT next FROM `+db.cursor+` WHERE id = 0`).Scan(&next)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return 0, false, nil
	case err != nil:
		return 0, false, db.Failed("cursor", err)
	}
	return next, true, nil
}

// SetCursor saves the follower's position. With forwardOnly, a position behind the saved
// one keeps the saved one (several followers share the cursor).
func (db *DB) SetCursor(ctx context.Context, next uint64, forwardOnly bool) error {
	set := "excluded.next"
	if forwardOnly {
		set = "GREATEST(" + db.cursor + ".next, excluded.next)"
	}
	if _, err := db.Pool.Exec(ctx, `INSERT INTO `+db.cursor+` (id, next) VALUES (0, $1) ON CONFLICT (id) DO UPDATE SET next = `+set, next); err != nil {
		return db.Failed("set cursor", err)
	}
	return nil
}
