// Package sqlite is the order book's Store on SQLite (modernc.org/sqlite, no cgo). One
// writer connection avoids SQLITE_BUSY; WAL with synchronous=FULL keeps every accepted
// order across a crash. Queries use keyset pagination over (price, seq), so a page costs
// the same at any depth. The price column holds a key that orders as the unsigned price
// does (see priceKey): SQLite's integers are signed.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/sqlitedb"
	"github.com/decloud/decloud/market"
)

var migrations = []string{
	`CREATE TABLE orders (
		seq INTEGER PRIMARY KEY AUTOINCREMENT,
		hash BLOB NOT NULL UNIQUE,
		kind TEXT NOT NULL,
		status TEXT NOT NULL,
		signer BLOB NOT NULL,
		volume INTEGER NOT NULL,
		remaining INTEGER NOT NULL,
		published_at INTEGER NOT NULL,
		app BLOB NOT NULL,
		dataset BLOB NOT NULL,
		workerpool BLOB NOT NULL,
		requester BLOB NOT NULL,
		category INTEGER NOT NULL,
		trust INTEGER NOT NULL,
		tag BLOB NOT NULL,
		tag_low INTEGER NOT NULL,
		price INTEGER NOT NULL,
		body TEXT NOT NULL
	);
	CREATE INDEX orders_book ON orders (kind, status, price, seq);
	CREATE INDEX orders_app ON orders (app, kind, status, price, seq);
	CREATE INDEX orders_dataset ON orders (dataset, kind, status, price, seq);
	CREATE INDEX orders_workerpool ON orders (workerpool, kind, status, price, seq);
	CREATE INDEX orders_requester ON orders (requester, kind, status, price, seq);
	CREATE INDEX orders_signer ON orders (signer, status);
	CREATE TABLE cursor (id INTEGER PRIMARY KEY CHECK (id = 0), next INTEGER NOT NULL);`,
	`CREATE TABLE touched (hash BLOB PRIMARY KEY) WITHOUT ROWID;`,
	// Prices become priceKey(price), which orders over the whole uint64 range: a price from
	// 2^63 on was stored as a negative integer (its bits) and sorted first.
	`UPDATE orders SET price = CASE WHEN price >= 0 THEN price - 9223372036854775807 - 1 ELSE price + 9223372036854775807 + 1 END;`,
}

// Store is a market.Store in one SQLite file.
type Store struct {
	db      *sql.DB // the one writer connection
	rdb     *sql.DB // readers: WAL lets them read while a commit is under way
	insert  *sql.Stmt
	get     *sql.Stmt
	inserts chan insertReq // group commit: see writer
	stop    chan struct{}
	stopped chan struct{}

	// In memory, so that a publish of a new order reads nothing: every order hash stored
	// (a Get of any other answers not found at once) and every touched hash. Loaded at
	// Open; about 100 bytes an order.
	mu      sync.RWMutex
	known   map[common.Hash]struct{}
	touched map[common.Hash]struct{}

	closed atomic.Bool
}

type insertReq struct {
	e    *market.Entry
	done chan insertResult
}

type insertResult struct {
	inserted bool
	err      error
}

// maxBatch bounds the orders committed in one transaction.
const maxBatch = 256

var _ market.Store = (*Store)(nil)

// Open opens (creating and migrating) the database at path; ":memory:" for tests.
func Open(ctx context.Context, path string) (*Store, error) {
	db, err := sqlitedb.Open(ctx, path, sqlitedb.Options{})
	if err != nil {
		return nil, fmt.Errorf("market/sqlite: %w", err)
	}
	if err := sqlitedb.Migrate(ctx, db, migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("market/sqlite: %w", err)
	}
	s := &Store{db: db, rdb: db}
	if path != ":memory:" { // an in-memory database has one connection's worth of data
		if s.rdb, err = sqlitedb.Open(ctx, path, sqlitedb.Options{MaxOpenConns: max(4, runtime.NumCPU())}); err != nil {
			db.Close()
			return nil, fmt.Errorf("market/sqlite: %w", err)
		}
	}
	if s.insert, err = db.PrepareContext(ctx, `INSERT INTO orders (hash, kind, status, signer, volume, remaining,
		published_at, app, dataset, workerpool, requester, category, trust, tag, tag_low, price, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`); err != nil {
		db.Close()
		return nil, fmt.Errorf("market/sqlite: %w", err)
	}
	if s.get, err = s.rdb.PrepareContext(ctx, `SELECT `+columns+` FROM orders WHERE hash = ?`); err != nil {
		db.Close()
		return nil, fmt.Errorf("market/sqlite: %w", err)
	}
	if err := s.loadSets(ctx); err != nil {
		if s.rdb != s.db {
			s.rdb.Close()
		}
		db.Close()
		return nil, err
	}
	s.inserts, s.stop, s.stopped = make(chan insertReq, maxBatch), make(chan struct{}), make(chan struct{})
	go s.writer()
	return s, nil
}

func (s *Store) loadSets(ctx context.Context) error {
	s.known, s.touched = map[common.Hash]struct{}{}, map[common.Hash]struct{}{}
	for _, t := range []struct {
		query string
		set   map[common.Hash]struct{}
	}{{`SELECT hash FROM orders`, s.known}, {`SELECT hash FROM touched`, s.touched}} {
		rows, err := s.db.QueryContext(ctx, t.query)
		if err != nil {
			return fmt.Errorf("market/sqlite: load: %w", err)
		}
		for rows.Next() {
			var h []byte
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return fmt.Errorf("market/sqlite: load: %w", err)
			}
			t.set[common.BytesToHash(h)] = struct{}{}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("market/sqlite: load: %w", err)
		}
	}
	return nil
}

// writer commits the inserts waiting at once in one transaction (group commit): with
// synchronous=FULL each commit costs an fsync, which concurrent publishers then share.
// Each insert is answered only after its transaction committed.
func (s *Store) writer() {
	defer close(s.stopped)
	for {
		var batch []insertReq
		select {
		case r := <-s.inserts:
			batch = append(batch, r)
		case <-s.stop:
			for { // answer what was queued before the stop
				select {
				case r := <-s.inserts:
					r.done <- insertResult{err: s.failed("insert", market.ErrStoreClosed)}
				default:
					return
				}
			}
		}
	drain:
		for len(batch) < maxBatch {
			select {
			case r := <-s.inserts:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		results := make([]insertResult, len(batch))
		err := s.commit(batch, results)
		for i, r := range batch {
			if err != nil {
				results[i] = insertResult{err: err}
			}
			r.done <- results[i]
		}
	}
}

func (s *Store) commit(batch []insertReq, results []insertResult) error {
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("market/sqlite: insert: %w", err)
	}
	defer tx.Rollback()
	stmt := tx.StmtContext(ctx, s.insert)
	for i, r := range batch {
		e := r.e
		res, err := stmt.ExecContext(ctx, e.Hash[:], string(e.Kind), string(e.Status), e.Signer[:], int64(e.Volume), int64(e.Remaining),
			e.PublishedAt.UnixMilli(), e.App[:], e.Dataset[:], e.Workerpool[:], e.Requester[:], int64(e.Category), int64(e.Trust),
			e.Tag[:], tagLow(e.Tag), priceKey(e.Price), string(e.Order))
		if err != nil {
			return fmt.Errorf("market/sqlite: insert: %w", err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return fmt.Errorf("market/sqlite: insert: %w", err)
		}
		results[i].inserted = n == 1
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("market/sqlite: insert: %w", err)
	}
	s.mu.Lock()
	for _, r := range batch {
		s.known[r.e.Hash] = struct{}{}
	}
	s.mu.Unlock()
	return nil
}

// Close stops the writer and closes the database; the store's methods then fail with
// market.ErrStoreClosed.
func (s *Store) Close() error {
	s.closed.Store(true)
	select {
	case <-s.stop:
	default:
		close(s.stop)
	}
	<-s.stopped
	if s.rdb != s.db {
		s.rdb.Close()
	}
	return s.db.Close()
}

const columns = `seq, hash, kind, status, signer, volume, remaining, published_at, app, dataset,
	workerpool, requester, category, trust, tag, price, body`

// failed wraps op's error, as market.ErrStoreClosed once the store is closed.
func (s *Store) failed(op string, err error) error {
	if s.closed.Load() {
		err = market.ErrStoreClosed
	}
	return fmt.Errorf("market/sqlite: %s: %w", op, err)
}

// priceKey is what the price column holds: price with its top bit flipped, as a signed
// integer, so that keys order as prices do over the whole uint64 range.
func priceKey(price uint64) int64 { return int64(price ^ 1<<63) }

// priceOf is the price of a key.
func priceOf(key int64) uint64 { return uint64(key) ^ 1<<63 }

// tagLow is the low 63 bits of a tag, the part queries can filter on.
func tagLow(t common.Hash) int64 {
	return int64(binary.BigEndian.Uint64(t[24:]) &^ (1 << 63))
}

// Insert implements market.Store: it returns once the order is committed.
func (s *Store) Insert(ctx context.Context, e *market.Entry) (bool, error) {
	if s.closed.Load() {
		return false, s.failed("insert", market.ErrStoreClosed)
	}
	r := insertReq{e: e, done: make(chan insertResult, 1)}
	select {
	case s.inserts <- r:
	case <-s.stop:
		return false, s.failed("insert", market.ErrStoreClosed)
	case <-ctx.Done():
		return false, ctx.Err()
	}
	select {
	case res := <-r.done: // committed or failed
		return res.inserted, res.err
	case <-s.stopped:
		// The writer answers every request it takes before it ends; one queued as Close
		// stopped it was never taken.
		select {
		case res := <-r.done:
			return res.inserted, res.err
		default:
			return false, s.failed("insert", market.ErrStoreClosed)
		}
	}
}

type scanner interface{ Scan(...any) error }

func scan(r scanner) (market.Entry, int64, error) {
	var e market.Entry
	var seq, volume, remaining, published, category, trust, price int64
	var hash, signer, app, dataset, pool, requester, tag []byte
	var kind, status, body string
	if err := r.Scan(&seq, &hash, &kind, &status, &signer, &volume, &remaining, &published, &app, &dataset, &pool,
		&requester, &category, &trust, &tag, &price, &body); err != nil {
		return e, 0, err
	}
	e.Hash, e.Kind, e.Status, e.Signer = common.BytesToHash(hash), market.Kind(kind), market.Status(status), common.BytesToAddress(signer)
	e.Volume, e.Remaining, e.PublishedAt = uint64(volume), uint64(remaining), time.UnixMilli(published).UTC()
	e.App, e.Dataset, e.Workerpool, e.Requester = common.BytesToAddress(app), common.BytesToAddress(dataset), common.BytesToAddress(pool), common.BytesToAddress(requester)
	e.Category, e.Trust, e.Tag, e.Price, e.Order = uint64(category), uint64(trust), common.BytesToHash(tag), priceOf(price), []byte(body)
	return e, seq, nil
}

// Get implements market.Store.
func (s *Store) Get(ctx context.Context, hash common.Hash) (market.Entry, error) {
	if s.closed.Load() {
		return market.Entry{}, s.failed("get", market.ErrStoreClosed)
	}
	s.mu.RLock()
	_, ok := s.known[hash]
	s.mu.RUnlock()
	if !ok {
		return market.Entry{}, market.Errorf(market.CodeNotFound, "no order %s in the book", hash.Hex())
	}
	e, _, err := scan(s.get.QueryRowContext(ctx, hash[:]))
	if errors.Is(err, sql.ErrNoRows) {
		return e, market.Errorf(market.CodeNotFound, "no order %s in the book", hash.Hex())
	}
	if err != nil {
		return e, s.failed("get", err)
	}
	return e, nil
}

// Update implements market.Store.
func (s *Store) Update(ctx context.Context, hash common.Hash, st market.Status, remaining uint64) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE orders SET status = ?, remaining = ? WHERE hash = ?`, string(st), int64(remaining), hash[:]); err != nil {
		return s.failed("update", err)
	}
	return nil
}

// Live implements market.Store.
func (s *Store) Live(ctx context.Context, signer, asset common.Address) ([]market.Entry, error) {
	var rows *sql.Rows
	var err error
	if signer != (common.Address{}) {
		rows, err = s.rdb.QueryContext(ctx, `SELECT `+columns+` FROM orders WHERE signer = ? AND status IN ('OPEN', 'DEAD')`, signer[:])
	} else {
		rows, err = s.rdb.QueryContext(ctx, `SELECT `+columns+` FROM orders WHERE status IN ('OPEN', 'DEAD') AND (
			(kind = 'app' AND app = ?1) OR (kind = 'dataset' AND dataset = ?1) OR (kind = 'workerpool' AND workerpool = ?1))`, asset[:])
	}
	if err != nil {
		return nil, s.failed("live", err)
	}
	defer rows.Close()
	var out []market.Entry
	for rows.Next() {
		e, _, err := scan(rows)
		if err != nil {
			return nil, s.failed("live", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, s.failed("live", err)
	}
	return out, nil
}

// Count implements market.Store.
func (s *Store) Count(ctx context.Context, k market.Kind, st market.Status) (int, error) {
	var n int
	if err := s.rdb.QueryRowContext(ctx, `SELECT COUNT(*) FROM orders WHERE kind = ? AND status = ?`, string(k), string(st)).Scan(&n); err != nil {
		return 0, s.failed("count", err)
	}
	return n, nil
}

// Query implements market.Store. Offers come cheapest first, requests best-paying first.
func (s *Store) Query(ctx context.Context, q market.Query) (market.Page, error) {
	where := []string{"kind = ?", "status = ?"}
	args := []any{string(q.Kind), string(q.Status)}
	for _, f := range []struct {
		col string
		v   common.Address
	}{{"app", q.App}, {"dataset", q.Dataset}, {"workerpool", q.Workerpool}, {"requester", q.Requester}, {"signer", q.Signer}} {
		if f.v != (common.Address{}) {
			where, args = append(where, f.col+" = ?"), append(args, f.v[:])
		}
	}
	if q.Category != nil {
		where, args = append(where, "category = ?"), append(args, int64(*q.Category))
	}
	if t := tagLow(q.Tag); t != 0 {
		where, args = append(where, "tag_low & ? = ?"), append(args, t, t)
	}
	if q.MinTrust > 0 {
		where, args = append(where, "trust >= ?"), append(args, int64(q.MinTrust))
	}
	if q.MaxPrice != nil {
		where, args = append(where, "price <= ?"), append(args, priceKey(*q.MaxPrice))
	}
	desc := q.Kind == market.KindRequest
	cmp, dir := ">", "ASC"
	if desc {
		cmp, dir = "<", "DESC"
	}
	if q.Cursor != "" {
		price, seq, err := market.ParsePageCursor(q.Cursor)
		if err != nil {
			return market.Page{}, err
		}
		where, args = append(where, "(price "+cmp+" ? OR (price = ? AND seq > ?))"), append(args, priceKey(price), priceKey(price), seq)
	}
	query := `SELECT ` + columns + ` FROM orders WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY price ` + dir + `, seq ASC LIMIT ?`
	args = append(args, q.PageSize+1)
	rows, err := s.rdb.QueryContext(ctx, query, args...)
	if err != nil {
		return market.Page{}, s.failed("query", err)
	}
	defer rows.Close()
	var p market.Page
	p.Orders = []market.Entry{}
	var lastSeq int64
	for rows.Next() {
		e, seq, err := scan(rows)
		if err != nil {
			return market.Page{}, s.failed("query", err)
		}
		if len(p.Orders) == q.PageSize {
			p.Next = market.PageCursor(p.Orders[len(p.Orders)-1].Price, lastSeq)
			break
		}
		p.Orders, lastSeq = append(p.Orders, e), seq
	}
	if err := rows.Err(); err != nil {
		return market.Page{}, s.failed("query", err)
	}
	return p, nil
}

// Load implements chain.CursorStore.
func (s *Store) Load(ctx context.Context) (uint64, bool, error) {
	var next int64
	err := s.rdb.QueryRowContext(ctx, `SELECT next FROM cursor WHERE id = 0`).Scan(&next)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, s.failed("cursor", err)
	}
	return uint64(next), true, nil
}

// Save implements chain.CursorStore.
func (s *Store) Save(ctx context.Context, next uint64) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO cursor (id, next) VALUES (0, ?) ON CONFLICT (id) DO UPDATE SET next = excluded.next`, int64(next))
	if err != nil {
		return s.failed("cursor", err)
	}
	return nil
}

// Touch implements market.Store.
func (s *Store) Touch(ctx context.Context, hashes []common.Hash) error {
	if len(hashes) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.failed("touch", err)
	}
	defer tx.Rollback()
	for _, h := range hashes {
		if _, err := tx.ExecContext(ctx, `INSERT INTO touched (hash) VALUES (?) ON CONFLICT DO NOTHING`, h[:]); err != nil {
			return s.failed("touch", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return s.failed("touch", err)
	}
	s.mu.Lock()
	for _, h := range hashes {
		s.touched[h] = struct{}{}
	}
	s.mu.Unlock()
	return nil
}

// Touched implements market.Store.
func (s *Store) Touched(_ context.Context, hash common.Hash) (bool, error) {
	if s.closed.Load() {
		return false, s.failed("touched", market.ErrStoreClosed)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, ok := s.touched[hash]
	return ok, nil
}
