// Package pgdb opens PostgreSQL databases (github.com/jackc/pgx/v5) the way decloud's stores
// use them, migrates their schema, and keeps passwords out of what is printed.
//
// Each store keeps its tables in a PostgreSQL schema of its own (market, scheduler), so one
// database may hold the market's book and a pool's state side by side. Migrate records in
// that schema how many migrations ran; it applies the missing ones in one transaction under
// an advisory lock, so two processes starting at once on a new database do not race.
//
// DB is the part the stores share: a pool on a migrated schema, errors that carry the
// store's name and say ErrStoreClosed once it is closed, and the follower's cursor.
//
// Open's and Migrate's errors carry no package prefix: the stores wrap them with their own.
package pgdb

import (
	"context"
	"fmt"
	"hash/fnv"
	"net/url"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// IsURL reports whether s is a PostgreSQL URL (postgres:// or postgresql://), the form the
// commands' --db flag takes for a PostgreSQL database; anything else there is a SQLite file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// keywordPassword finds the password of a keyword/value DSN ("host=h password=secret").
var keywordPassword = regexp.MustCompile(`(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// Redact returns dsn with its password, if any, replaced by xxxxx: in a URL's user info or
// password parameter, or in a keyword/value DSN. What cannot be parsed is hidden whole.
func Redact(dsn string) string {
	if !IsURL(dsn) {
		if strings.Contains(dsn, "://") {
			return "(an unparsable database URL)"
		}
		return keywordPassword.ReplaceAllString(dsn, "${1}xxxxx")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "(an unparsable database URL)"
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// Open connects a pool to dsn and checks that the server answers. It does not migrate:
// see Migrate. Errors name the database with its password redacted.
func Open(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx's parse errors may quote the DSN, and url.Parse's quote it whole: say only
		// that it is not valid.
		return nil, fmt.Errorf("parse %s: not a valid PostgreSQL URL or keyword/value DSN", Redact(dsn))
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", Redact(dsn), err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to %s: %w", Redact(dsn), err)
	}
	return pool, nil
}

// SchemaTooNewError is Migrate's error for a database written by a newer program.
type SchemaTooNewError struct {
	Schema  string
	Version int // the migrations the database has
	Known   int // the migrations this program has
}

func (e *SchemaTooNewError) Error() string {
	return fmt.Sprintf("schema %s is at version %d, newer than this program (%d)", e.Schema, e.Version, e.Known)
}

// Migrate brings the tables of schema (created if missing) up to date: migrations[i] is
// version i+1, and the table SCHEMA.schema_version holds the number applied. Every
// missing migration runs in one transaction with the version update, under an advisory
// lock that is the transaction's own: a failure changes nothing and a later Migrate
// retries; a second process migrating at the same time waits, then finds nothing to do.
// A database at a version beyond len(migrations) is refused (a *SchemaTooNewError).
//
// Migrations name their tables with the schema (market.orders): the search path is not
// relied on.
func Migrate(ctx context.Context, pool *pgxpool.Pool, schema string, migrations []string) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", schema, err)
	}
	defer tx.Rollback(ctx) // after Commit this does nothing
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, LockKey("migrate "+schema)); err != nil {
		return fmt.Errorf("migrate %s: lock: %w", schema, err)
	}
	id := pgx.Identifier{schema}.Sanitize()
	if _, err := tx.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+id+`;
		CREATE TABLE IF NOT EXISTS `+id+`.schema_version (one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one), version INTEGER NOT NULL);
		INSERT INTO `+id+`.schema_version (version) VALUES (0) ON CONFLICT DO NOTHING`); err != nil {
		return fmt.Errorf("migrate %s: %w", schema, err)
	}
	var version int
	if err := tx.QueryRow(ctx, `SELECT version FROM `+id+`.schema_version`).Scan(&version); err != nil {
		return fmt.Errorf("migrate %s: read the version: %w", schema, err)
	}
	if version > len(migrations) {
		return &SchemaTooNewError{Schema: schema, Version: version, Known: len(migrations)}
	}
	if version == len(migrations) {
		return nil // the deferred rollback releases the lock
	}
	for i := version; i < len(migrations); i++ {
		if _, err := tx.Exec(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migrate %s: migration %d: %w", schema, i+1, err)
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE `+id+`.schema_version SET version = $1`, len(migrations)); err != nil {
		return fmt.Errorf("migrate %s: %w", schema, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("migrate %s: commit: %w", schema, err)
	}
	return nil
}

// LockKey is the advisory lock key of name (pg_advisory_lock and its kin take a bigint):
// every process that uses the same name takes the same lock.
func LockKey(name string) int64 {
	h := fnv.New64a()
	h.Write([]byte("decloud " + name))
	return int64(h.Sum64())
}
