// Package postgres is the scheduler's Store on PostgreSQL (github.com/jackc/pgx/v5), for a
// pool whose state belongs on a database server rather than in a file next to it. Its
// tables live in the schema "scheduler" of the database: one pool per database (a market
// may share it, in its own schema).
//
// Integers that are uint64 in Go are NUMERIC(20, 0), exact over their whole range; hashes
// and addresses are BYTEA; so are the strings that come from the chain or from workers
// (params, reasons, result locations), which PostgreSQL's TEXT would refuse when they hold
// a NUL or broken UTF-8. Deadlines are TIMESTAMPTZ in whole seconds, NULL when unset, as
// the SQLite store keeps them.
package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/decloud/decloud/internal/pgdb"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
)

// migrations are applied in order by pgdb.Migrate; scheduler.schema_version counts them.
// Each table's seq keeps the order rows were first saved in, which Load returns.
var migrations = []string{
	`CREATE TABLE scheduler.deals (
		seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
		id BYTEA PRIMARY KEY,
		volume NUMERIC(20, 0) NOT NULL CHECK (volume >= 0),
		contribution_deadline TIMESTAMPTZ,
		final_deadline TIMESTAMPTZ,
		app BYTEA NOT NULL,
		dataset BYTEA NOT NULL,
		params BYTEA NOT NULL,
		trust NUMERIC(20, 0) NOT NULL CHECK (trust >= 0),
		time_ref NUMERIC(20, 0) NOT NULL CHECK (time_ref >= 0),
		callback BYTEA NOT NULL
	);
	CREATE TABLE scheduler.tasks (
		seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
		id BYTEA PRIMARY KEY,
		deal BYTEA NOT NULL,
		idx NUMERIC(20, 0) NOT NULL CHECK (idx >= 0),
		status SMALLINT NOT NULL,
		trust NUMERIC(20, 0) NOT NULL CHECK (trust >= 0),
		contribution_deadline TIMESTAMPTZ,
		reveal_deadline TIMESTAMPTZ,
		final_deadline TIMESTAMPTZ,
		consensus BYTEA NOT NULL,
		uploaded BOOLEAN NOT NULL,
		upload_requested BOOLEAN NOT NULL,
		result_location BYTEA NOT NULL,
		callback_data BYTEA NOT NULL,
		UNIQUE (deal, idx)
	);
	CREATE TABLE scheduler.replicates (
		seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
		task BYTEA NOT NULL REFERENCES scheduler.tasks (id),
		worker BYTEA NOT NULL,
		state SMALLINT NOT NULL,
		result_hash BYTEA NOT NULL,
		reveal_requested BOOLEAN NOT NULL,
		reason BYTEA NOT NULL,
		score NUMERIC(20, 0) NOT NULL CHECK (score >= 0),
		PRIMARY KEY (task, worker)
	);
	CREATE TABLE scheduler.workers (
		seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
		addr BYTEA PRIMARY KEY,
		score NUMERIC(20, 0) NOT NULL CHECK (score >= 0),
		last_seen TIMESTAMPTZ,
		slots BIGINT NOT NULL,
		resources TEXT NOT NULL
	);
	CREATE TABLE scheduler.cursor (id INTEGER PRIMARY KEY CHECK (id = 0), next NUMERIC(20, 0) NOT NULL CHECK (next >= 0));`,
	// A deal's app kind and tag (0 and empty on the rows saved before: the scheduler reads
	// them again from the chain).
	`ALTER TABLE scheduler.deals ADD COLUMN app_kind SMALLINT NOT NULL DEFAULT 0 CHECK (app_kind BETWEEN 0 AND 255);
	ALTER TABLE scheduler.deals ADD COLUMN tag BYTEA NOT NULL DEFAULT '';`,
	// Batched deals: whether the deal is settled in batches and the stake each counted
	// contribution needs (NULL for none; 78 digits hold any uint256), and a replicate's
	// signed contribution (its digest and signature; empty when none). Rows saved before
	// are unbatched deals without a stake and replicates without a signed contribution.
	`ALTER TABLE scheduler.deals ADD COLUMN batched BOOLEAN NOT NULL DEFAULT false;
	ALTER TABLE scheduler.deals ADD COLUMN worker_stake NUMERIC(78, 0);
	ALTER TABLE scheduler.replicates ADD COLUMN digest BYTEA NOT NULL DEFAULT '';
	ALTER TABLE scheduler.replicates ADD COLUMN signature BYTEA NOT NULL DEFAULT '';`,
	// The winner asked to store a task's result (or that stored it with its contribution):
	// a restarted scheduler must know whose result the stored one is.
	`ALTER TABLE scheduler.tasks ADD COLUMN uploader BYTEA NOT NULL DEFAULT '';`,
}

// Store is a scheduler.Store in a PostgreSQL database.
type Store struct {
	db   *pgdb.DB
	pool *pgxpool.Pool // db's
}

var _ scheduler.Store = (*Store)(nil)

// Open connects to the database dsn names (a postgres:// URL or a keyword/value DSN) and
// brings its schema up to date. Errors name the database with its password redacted.
func Open(ctx context.Context, dsn string) (*Store, error) {
	db, err := pgdb.OpenSchema(ctx, dsn, pgdb.Schema{Name: "scheduler", Migrations: migrations, Store: "scheduler/postgres",
		ErrClosed: scheduler.ErrStoreClosed})
	if err != nil {
		return nil, err
	}
	return &Store{db: db, pool: db.Pool}, nil
}

// at is a time to store with the given precision: nil (NULL) when unset.
func at(t time.Time, precision time.Duration) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = t.Truncate(precision)
	return &t
}

// fromAt is a stored time, in UTC, the zero time for NULL.
func fromAt(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// stake is a worker stake as stored: its decimal digits (cast to NUMERIC by the query),
// nil (NULL) for none.
func stake(v *big.Int) *string {
	if v == nil {
		return nil
	}
	s := v.String()
	return &s
}

// fromStake is a stored worker stake, read as text: nil for NULL.
func fromStake(s *string) (*big.Int, error) {
	if s == nil {
		return nil, nil
	}
	v, ok := new(big.Int).SetString(*s, 10)
	if !ok {
		return nil, fmt.Errorf("worker stake %q is not an integer", *s)
	}
	return v, nil
}

// SaveDeal implements scheduler.Store.
func (s *Store) SaveDeal(ctx context.Context, d *scheduler.DealTasks) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO scheduler.deals (id, volume, contribution_deadline, final_deadline, app, dataset, params, trust, time_ref, callback,
			app_kind, tag, batched, worker_stake)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::text::numeric) ON CONFLICT (id) DO NOTHING`,
		d.ID[:], d.Volume, at(d.ContributionDeadline, time.Second), at(d.FinalDeadline, time.Second), d.App[:], d.Dataset[:],
		[]byte(d.Params), d.Trust, d.TimeRef, d.Callback[:], int16(d.AppKind), d.Tag[:], d.Batched, stake(d.WorkerStake))
	if err != nil {
		return s.db.Failed("save deal", err)
	}
	return nil
}

// SaveTask implements scheduler.Store: the task and its replicates in one transaction.
func (s *Store) SaveTask(ctx context.Context, t *scheduler.Task) error {
	return s.saveTasks(ctx, "save task", []*scheduler.Task{t})
}

// SaveTasks implements scheduler.Store: every task and its replicates in one transaction.
func (s *Store) SaveTasks(ctx context.Context, ts []*scheduler.Task) error {
	return s.saveTasks(ctx, "save tasks", ts)
}

func (s *Store) saveTasks(ctx context.Context, op string, ts []*scheduler.Task) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, t := range ts {
			queueTask(b, t)
		}
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return s.db.Failed(op, err)
	}
	return nil
}

// queueTask queues the statements that record t and replace its replicates.
func queueTask(b *pgx.Batch, t *scheduler.Task) {
	b.Queue(`INSERT INTO scheduler.tasks (id, deal, idx, status, trust, contribution_deadline, reveal_deadline, final_deadline,
			consensus, uploaded, upload_requested, result_location, callback_data, uploader)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
		ON CONFLICT (id) DO UPDATE SET status = excluded.status, reveal_deadline = excluded.reveal_deadline,
			consensus = excluded.consensus, uploaded = excluded.uploaded, upload_requested = excluded.upload_requested,
			result_location = excluded.result_location, callback_data = excluded.callback_data, uploader = excluded.uploader`,
		t.ID[:], t.Deal[:], t.Index, int16(t.Status), t.Trust, at(t.ContributionDeadline, time.Second), at(t.RevealDeadline, time.Second),
		at(t.FinalDeadline, time.Second), t.Consensus[:], t.Uploaded, t.UploadRequested, []byte(t.ResultLocation), nonNil(t.CallbackData), t.Uploader[:])
	b.Queue(`DELETE FROM scheduler.replicates WHERE task = $1`, t.ID[:])
	for _, r := range t.Replicates {
		b.Queue(`INSERT INTO scheduler.replicates (task, worker, state, result_hash, reveal_requested, reason, score, digest, signature)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			t.ID[:], r.Worker[:], int16(r.State), r.ResultHash[:], r.RevealRequested, []byte(r.Reason), r.Score, r.Digest[:], nonNil(r.Signature))
	}
}

// nonNil stores a nil slice as an empty BYTEA (the column is NOT NULL).
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// SaveWorker implements scheduler.Store.
func (s *Store) SaveWorker(ctx context.Context, w *scheduler.Worker) error {
	res, err := json.Marshal(w.Resources)
	if err != nil {
		return fmt.Errorf("scheduler/postgres: save worker: %w", err)
	}
	_, err = s.pool.Exec(ctx, `INSERT INTO scheduler.workers (addr, score, last_seen, slots, resources) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (addr) DO UPDATE SET score = excluded.score, last_seen = excluded.last_seen, slots = excluded.slots, resources = excluded.resources`,
		w.Addr[:], w.Score, at(w.LastSeen, time.Millisecond), int64(w.Slots), string(res))
	if err != nil {
		return s.db.Failed("save worker", err)
	}
	return nil
}

// DeleteWorker implements scheduler.Store.
func (s *Store) DeleteWorker(ctx context.Context, addr common.Address) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM scheduler.workers WHERE addr = $1`, addr[:]); err != nil {
		return s.db.Failed("delete worker", err)
	}
	return nil
}

// Cursor implements scheduler.Store.
func (s *Store) Cursor(ctx context.Context) (uint64, bool, error) { return s.db.Cursor(ctx) }

// SetCursor implements scheduler.Store.
func (s *Store) SetCursor(ctx context.Context, next uint64) error {
	return s.db.SetCursor(ctx, next, false)
}

// Load implements scheduler.Store, from one snapshot of the database.
func (s *Store) Load(ctx context.Context) ([]*scheduler.DealTasks, []*scheduler.Task, []*scheduler.Worker, error) {
	var deals []*scheduler.DealTasks
	var tasks []*scheduler.Task
	var workers []*scheduler.Worker
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		var err error
		if deals, err = loadDeals(ctx, tx); err != nil {
			return err
		}
		if tasks, err = loadTasks(ctx, tx, deals); err != nil {
			return err
		}
		workers, err = loadWorkers(ctx, tx)
		return err
	})
	if err != nil {
		return nil, nil, nil, s.db.Failed("load", err)
	}
	return deals, tasks, workers, nil
}

func loadDeals(ctx context.Context, tx pgx.Tx) ([]*scheduler.DealTasks, error) {
	rows, err := tx.Query(ctx, `SELECT id, volume, contribution_deadline, final_deadline, app, dataset, params, trust, time_ref, callback,
		app_kind, tag, batched, worker_stake::text FROM scheduler.deals ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("deals: %w", err)
	}
	var deals []*scheduler.DealTasks
	var id, app, dataset, params, callback, tag []byte
	var cd, fd *time.Time
	var kind int16
	var workerStake *string
	d := &scheduler.DealTasks{}
	_, err = pgx.ForEachRow(rows, []any{&id, &d.Volume, &cd, &fd, &app, &dataset, &params, &d.Trust, &d.TimeRef, &callback, &kind, &tag,
		&d.Batched, &workerStake}, func() error {
		stake, err := fromStake(workerStake)
		if err != nil {
			return err
		}
		deals = append(deals, &scheduler.DealTasks{ID: common.BytesToHash(id), Volume: d.Volume, App: common.BytesToAddress(app),
			Dataset: common.BytesToAddress(dataset), Params: string(params), Trust: d.Trust, TimeRef: d.TimeRef,
			Callback: common.BytesToAddress(callback), Initialized: map[uint64]bool{}, ContributionDeadline: fromAt(cd), FinalDeadline: fromAt(fd),
			AppKind: uint8(kind), Tag: common.BytesToHash(tag), Batched: d.Batched, WorkerStake: stake})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("deals: %w", err)
	}
	return deals, nil
}

// loadTasks returns the tasks with their replicates, and marks them initialized in deals.
func loadTasks(ctx context.Context, tx pgx.Tx, deals []*scheduler.DealTasks) ([]*scheduler.Task, error) {
	rows, err := tx.Query(ctx, `SELECT id, deal, idx, status, trust, contribution_deadline, reveal_deadline, final_deadline,
		consensus, uploaded, upload_requested, result_location, callback_data, uploader FROM scheduler.tasks ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("tasks: %w", err)
	}
	byDeal := map[common.Hash]*scheduler.DealTasks{}
	for _, d := range deals {
		byDeal[d.ID] = d
	}
	var tasks []*scheduler.Task
	byID := map[common.Hash]*scheduler.Task{}
	var id, deal, consensus, location, callbackData, uploader []byte
	var status int16
	var cd, rd, fd *time.Time
	t := scheduler.Task{}
	_, err = pgx.ForEachRow(rows, []any{&id, &deal, &t.Index, &status, &t.Trust, &cd, &rd, &fd, &consensus, &t.Uploaded, &t.UploadRequested,
		&location, &callbackData, &uploader}, func() error {
		c := t
		c.ID, c.Deal, c.Consensus, c.Status = common.BytesToHash(id), common.BytesToHash(deal), common.BytesToHash(consensus), poco.TaskStatus(status)
		c.ContributionDeadline, c.RevealDeadline, c.FinalDeadline = fromAt(cd), fromAt(rd), fromAt(fd)
		c.ResultLocation = string(location)
		c.Uploader = common.BytesToAddress(uploader)
		if len(callbackData) > 0 {
			c.CallbackData = append([]byte(nil), callbackData...)
		}
		tasks, byID[c.ID] = append(tasks, &c), &c
		if d := byDeal[c.Deal]; d != nil {
			d.Initialized[c.Index] = true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("tasks: %w", err)
	}
	rows, err = tx.Query(ctx, `SELECT task, worker, state, result_hash, reveal_requested, reason, score, digest, signature
		FROM scheduler.replicates ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("replicates: %w", err)
	}
	var task, worker, hash, reason, digest, signature []byte
	var state int16
	r := scheduler.Replicate{}
	_, err = pgx.ForEachRow(rows, []any{&task, &worker, &state, &hash, &r.RevealRequested, &reason, &r.Score, &digest, &signature}, func() error {
		if t := byID[common.BytesToHash(task)]; t != nil {
			c := &scheduler.Replicate{Worker: common.BytesToAddress(worker), State: scheduler.ReplicateState(state),
				ResultHash: common.BytesToHash(hash), RevealRequested: r.RevealRequested, Reason: string(reason), Score: r.Score,
				Digest: common.BytesToHash(digest)}
			if len(signature) > 0 {
				c.Signature = append([]byte(nil), signature...)
			}
			t.Replicates = append(t.Replicates, c)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("replicates: %w", err)
	}
	return tasks, nil
}

func loadWorkers(ctx context.Context, tx pgx.Tx) ([]*scheduler.Worker, error) {
	rows, err := tx.Query(ctx, `SELECT addr, score, last_seen, slots, resources FROM scheduler.workers ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("workers: %w", err)
	}
	var workers []*scheduler.Worker
	var addr []byte
	var score uint64
	var seen *time.Time
	var slots int64
	var res string
	_, err = pgx.ForEachRow(rows, []any{&addr, &score, &seen, &slots, &res}, func() error {
		w := &scheduler.Worker{Addr: common.BytesToAddress(addr), Score: score, LastSeen: fromAt(seen), Slots: int(slots)}
		if err := json.Unmarshal([]byte(res), &w.Resources); err != nil {
			return fmt.Errorf("resources of %s: %w", w.Addr, err)
		}
		workers = append(workers, w)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("workers: %w", err)
	}
	return workers, nil
}

// Close closes the connections once the calls under way are done; the store's methods
// then fail with scheduler.ErrStoreClosed.
func (s *Store) Close() error { return s.db.Close() }
