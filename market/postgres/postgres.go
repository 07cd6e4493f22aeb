// Package postgres is the order book's Store on PostgreSQL (github.com/jackc/pgx/v5), for a
// market whose book outlives one machine or is served by several market processes at once
// (it is a market.SharedStore). Its tables live in the schema "market" of the database.
//
// Nothing of the book is kept in memory: every process reads what any of them wrote.
// Integers that are uint64 in Go are NUMERIC(20, 0), exact over their whole range, so
// prices order and filter as unsigned integers; hashes and addresses are BYTEA; an
// order's JSON is TEXT, kept as published. Queries use keyset pagination over
// (price, seq), as the SQLite store does.
package postgres

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/decloud/decloud/internal/pgdb"
	"github.com/decloud/decloud/market"
)

// migrations are applied in order by pgdb.Migrate; market.schema_version counts them.
var migrations = []string{
	`CREATE TABLE market.orders (
		seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		hash BYTEA NOT NULL UNIQUE,
		kind TEXT NOT NULL, status TEXT NOT NULL,
		signer BYTEA NOT NULL,
		volume NUMERIC(20, 0) NOT NULL, remaining NUMERIC(20, 0) NOT NULL,
		published_at TIMESTAMPTZ NOT NULL,
		app BYTEA NOT NULL, dataset BYTEA NOT NULL, workerpool BYTEA NOT NULL, requester BYTEA NOT NULL,
		category NUMERIC(20, 0) NOT NULL, trust NUMERIC(20, 0) NOT NULL,
		tag BYTEA NOT NULL, tag_low BIGINT NOT NULL,
		price NUMERIC(20, 0) NOT NULL,
		body TEXT NOT NULL,
		CHECK (volume >= 0 AND remaining >= 0 AND category >= 0 AND trust >= 0 AND price >= 0)
	);
	CREATE INDEX orders_book ON market.orders (kind, status, price, seq);
	CREATE INDEX orders_app ON market.orders (app, kind, status, price, seq);
	CREATE INDEX orders_dataset ON market.orders (dataset, kind, status, price, seq);
	CREATE INDEX orders_workerpool ON market.orders (workerpool, kind, status, price, seq);
	CREATE INDEX orders_requester ON market.orders (requester, kind, status, price, seq);
	CREATE INDEX orders_signer ON market.orders (signer, status);
	CREATE TABLE market.touched (hash BYTEA PRIMARY KEY);
	CREATE TABLE market.cursor (id INTEGER PRIMARY KEY CHECK (id = 0), next NUMERIC(20, 0) NOT NULL CHECK (next >= 0));`,
}

// followLock is the advisory lock of LockFollow.
var followLock = pgdb.LockKey("market follow")

// Store is a market.SharedStore in a PostgreSQL database.
type Store struct {
	db   *pgdb.DB
	pool *pgxpool.Pool // db's
}

var _ market.SharedStore = (*Store)(nil)

// Open connects to the database dsn names (a postgres:// URL or a keyword/value DSN) and
// brings its schema up to date. Errors name the database with its password redacted.
func Open(ctx context.Context, dsn string) (*Store, error) {
	db, err := pgdb.OpenSchema(ctx, dsn, pgdb.Schema{Name: "market", Migrations: migrations, Store: "market/postgres", ErrClosed: market.ErrStoreClosed})
	if err != nil {
		return nil, err
	}
	return &Store{db: db, pool: db.Pool}, nil
}

const columns = `seq, hash, kind, status, signer, volume, remaining, published_at, app, dataset,
	workerpool, requester, category, trust, tag, price, body`

// Insert implements market.Store: it returns once the order is committed. Of several
// processes inserting one order at once, one gets true.
func (s *Store) Insert(ctx context.Context, e *market.Entry) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO market.orders (hash, kind, status, signer, volume, remaining, published_at,
		app, dataset, workerpool, requester, category, trust, tag, tag_low, price, body)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) ON CONFLICT (hash) DO NOTHING`,
		e.Hash[:], string(e.Kind), string(e.Status), e.Signer[:], e.Volume, e.Remaining, time.UnixMilli(e.PublishedAt.UnixMilli()),
		e.App[:], e.Dataset[:], e.Workerpool[:], e.Requester[:], e.Category, e.Trust, e.Tag[:], tagLow(e.Tag), e.Price, string(e.Order))
	if err != nil {
		return false, s.db.Failed("insert", err)
	}
	return tag.RowsAffected() == 1, nil
}

// Get implements market.Store.
func (s *Store) Get(ctx context.Context, hash common.Hash) (market.Entry, error) {
	found, err := s.entries(ctx, "get", `SELECT `+columns+` FROM market.orders WHERE hash = $1`, hash[:])
	if err != nil {
		return market.Entry{}, err
	}
	if len(found) == 0 {
		return market.Entry{}, market.Errorf(market.CodeNotFound, "no order %s in the book", hash.Hex())
	}
	return found[0].Entry, nil
}

// Update implements market.Store.
func (s *Store) Update(ctx context.Context, hash common.Hash, st market.Status, remaining uint64) error {
	if _, err := s.pool.Exec(ctx, `UPDATE market.orders SET status = $1, remaining = $2 WHERE hash = $3`, string(st), remaining, hash[:]); err != nil {
		return s.db.Failed("update", err)
	}
	return nil
}

// Count implements market.Store.
func (s *Store) Count(ctx context.Context, k market.Kind, st market.Status) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM market.orders WHERE kind = $1 AND status = $2`, string(k), string(st)).Scan(&n); err != nil {
		return 0, s.db.Failed("count", err)
	}
	return n, nil
}

// Touch implements market.Store. The hashes go in in one order, whoever inserts them:
// two processes touching the same hashes at once cannot deadlock.
func (s *Store) Touch(ctx context.Context, hashes []common.Hash) error {
	if len(hashes) == 0 {
		return nil
	}
	hs := make([][]byte, len(hashes))
	for i := range hashes {
		hs[i] = hashes[i][:]
	}
	if _, err := s.pool.Exec(ctx, `INSERT INTO market.touched (hash)
		SELECT DISTINCT h FROM unnest($1::bytea[]) AS h ORDER BY h ON CONFLICT DO NOTHING`, hs); err != nil {
		return s.db.Failed("touch", err)
	}
	return nil
}

// Touched implements market.Store.
func (s *Store) Touched(ctx context.Context, hash common.Hash) (bool, error) {
	var touched bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM market.touched WHERE hash = $1)`, hash[:]).Scan(&touched); err != nil {
		return false, s.db.Failed("touched", err)
	}
	return touched, nil
}

// Load implements chain.CursorStore.
func (s *Store) Load(ctx context.Context) (uint64, bool, error) { return s.db.Cursor(ctx) }

// Save implements chain.CursorStore. The cursor only moves forward (market.SharedStore): a
// process behind another does not send it back.
func (s *Store) Save(ctx context.Context, next uint64) error { return s.db.SetCursor(ctx, next, true) }

// LockFollow implements market.SharedStore with a transaction-scoped advisory lock: it is
// released by unlock, or by the server if this process's connection goes away.
func (s *Store) LockFollow(ctx context.Context) (func(), error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, s.db.Failed("lock", err)
	}
	unlock := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		tx.Rollback(ctx) // a rollback that fails closes the connection, which releases the lock too
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, followLock); err != nil {
		unlock()
		return nil, s.db.Failed("lock", err)
	}
	return unlock, nil
}

// Close closes the connections once the calls under way are done; the store's methods
// then fail with market.ErrStoreClosed.
func (s *Store) Close() error { return s.db.Close() }
