// Package sqlite is the scheduler's Store on SQLite (modernc.org/sqlite, no cgo), with
// embedded migrations. One writer connection avoids SQLITE_BUSY; WAL and synchronous=FULL
// keep every committed transaction across a crash. SQLite's integers are signed: a uint64
// is stored as the int64 of the same bits, so every value comes back exactly.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/sqlitedb"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
)

// migrations are applied in order; PRAGMA user_version records how many ran.
var migrations = []string{
	`CREATE TABLE deals (
		id BLOB PRIMARY KEY,
		volume INTEGER NOT NULL,
		contribution_deadline INTEGER NOT NULL,
		final_deadline INTEGER NOT NULL
	);
	CREATE TABLE tasks (
		id BLOB PRIMARY KEY,
		deal BLOB NOT NULL,
		idx INTEGER NOT NULL,
		status INTEGER NOT NULL,
		trust INTEGER NOT NULL,
		contribution_deadline INTEGER NOT NULL,
		reveal_deadline INTEGER NOT NULL,
		final_deadline INTEGER NOT NULL,
		consensus BLOB NOT NULL,
		uploaded INTEGER NOT NULL,
		upload_requested INTEGER NOT NULL,
		UNIQUE (deal, idx)
	);
	CREATE TABLE replicates (
		task BLOB NOT NULL REFERENCES tasks(id),
		worker BLOB NOT NULL,
		state INTEGER NOT NULL,
		result_hash BLOB NOT NULL,
		reveal_requested INTEGER NOT NULL,
		PRIMARY KEY (task, worker)
	);
	CREATE TABLE workers (
		addr BLOB PRIMARY KEY,
		score INTEGER NOT NULL,
		last_seen INTEGER NOT NULL,
		slots INTEGER NOT NULL
	);
	CREATE TABLE cursor (id INTEGER PRIMARY KEY CHECK (id = 0), next INTEGER NOT NULL);`,
	`ALTER TABLE deals ADD COLUMN app BLOB NOT NULL DEFAULT x'';
	ALTER TABLE deals ADD COLUMN dataset BLOB NOT NULL DEFAULT x'';
	ALTER TABLE deals ADD COLUMN params TEXT NOT NULL DEFAULT '';
	ALTER TABLE deals ADD COLUMN trust INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE deals ADD COLUMN time_ref INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE deals ADD COLUMN callback BLOB NOT NULL DEFAULT x'';
	ALTER TABLE tasks ADD COLUMN result_location TEXT NOT NULL DEFAULT '';`,
	`ALTER TABLE workers ADD COLUMN resources TEXT NOT NULL DEFAULT '{}';`,
	`ALTER TABLE replicates ADD COLUMN reason TEXT NOT NULL DEFAULT '';`,
	`ALTER TABLE tasks ADD COLUMN callback_data BLOB NOT NULL DEFAULT x'';`,
	`ALTER TABLE replicates ADD COLUMN score INTEGER NOT NULL DEFAULT 0;`,
	// A deal's app kind and tag (0 and empty on the rows saved before: the scheduler reads
	// them again from the chain).
	`ALTER TABLE deals ADD COLUMN app_kind INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE deals ADD COLUMN tag BLOB NOT NULL DEFAULT x'';`,
	// Batched deals: whether the deal is settled in batches and the stake each counted
	// contribution needs (a decimal integer; '' for none), and a replicate's signed
	// contribution (its digest and signature; empty when none). Rows saved before are
	// unbatched deals without a stake and replicates without a signed contribution.
	`ALTER TABLE deals ADD COLUMN batched INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE deals ADD COLUMN worker_stake TEXT NOT NULL DEFAULT '';
	ALTER TABLE replicates ADD COLUMN digest BLOB NOT NULL DEFAULT x'';
	ALTER TABLE replicates ADD COLUMN signature BLOB NOT NULL DEFAULT x'';`,
	// The winner asked to store a task's result (or that stored it with its contribution).
	`ALTER TABLE tasks ADD COLUMN uploader BLOB NOT NULL DEFAULT x'';`,
}

// Store is a scheduler.Store in one SQLite file.
type Store struct {
	db     *sql.DB
	closed atomic.Bool
}

var _ scheduler.Store = (*Store)(nil)

// Open opens (creating and migrating) the database at path; ":memory:" for tests.
func Open(ctx context.Context, path string) (*Store, error) {
	db, err := sqlitedb.Open(ctx, path, sqlitedb.Options{ForeignKeys: true})
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	if err := sqlitedb.Migrate(ctx, db, migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return &Store{db: db}, nil
}

// Close closes the database; the store's methods then fail with scheduler.ErrStoreClosed.
func (s *Store) Close() error {
	s.closed.Store(true)
	return s.db.Close()
}

// failed wraps op's error, as scheduler.ErrStoreClosed once the store is closed.
func (s *Store) failed(op string, err error) error {
	if s.closed.Load() {
		err = scheduler.ErrStoreClosed
	}
	return fmt.Errorf("sqlite: %s: %w", op, err)
}

func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0).UTC()
}

// stake is a worker stake as stored: its decimal digits, "" for none (nil).
func stake(v *big.Int) string {
	if v == nil {
		return ""
	}
	return v.String()
}

// fromStake is a stored worker stake: nil for "".
func fromStake(s string) (*big.Int, error) {
	if s == "" {
		return nil, nil
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("sqlite: worker stake %q is not a decimal integer", s)
	}
	return v, nil
}

func (s *Store) SaveDeal(ctx context.Context, d *scheduler.DealTasks) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO deals (id, volume, contribution_deadline, final_deadline, app, dataset, params, trust, time_ref, callback, app_kind, tag,
			batched, worker_stake)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		d.ID[:], int64(d.Volume), unix(d.ContributionDeadline), unix(d.FinalDeadline), d.App[:], d.Dataset[:], d.Params, int64(d.Trust), int64(d.TimeRef), d.Callback[:],
		int(d.AppKind), d.Tag[:], b2i(d.Batched), stake(d.WorkerStake))
	if err != nil {
		return s.failed("save deal", err)
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *Store) SaveTask(ctx context.Context, t *scheduler.Task) error {
	return s.saveTasks(ctx, "save task", []*scheduler.Task{t})
}

// SaveTasks implements scheduler.Store: every task and its replicates in one transaction.
func (s *Store) SaveTasks(ctx context.Context, ts []*scheduler.Task) error {
	return s.saveTasks(ctx, "save tasks", ts)
}

func (s *Store) saveTasks(ctx context.Context, op string, ts []*scheduler.Task) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.failed(op, err)
	}
	defer tx.Rollback()
	// Prepared once for the whole batch: parsing the statements again for every task was
	// a good part of a pool's writes.
	var stmts [3]*sql.Stmt
	for i, q := range []string{saveTaskSQL, deleteReplicatesSQL, insertReplicateSQL} {
		if stmts[i], err = tx.PrepareContext(ctx, q); err != nil {
			return s.failed(op, err)
		}
		defer func() { _ = stmts[i].Close() }() // the transaction's end closes them anyway
	}
	for _, t := range ts {
		if err := s.saveTask(ctx, stmts, t); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return s.failed(op, err)
	}
	return nil
}

const (
	saveTaskSQL = `INSERT INTO tasks (id, deal, idx, status, trust, contribution_deadline, reveal_deadline, final_deadline, consensus, uploaded, upload_requested, result_location, callback_data, uploader)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET status = excluded.status, reveal_deadline = excluded.reveal_deadline,
			consensus = excluded.consensus, uploaded = excluded.uploaded, upload_requested = excluded.upload_requested,
			result_location = excluded.result_location, callback_data = excluded.callback_data, uploader = excluded.uploader`
	deleteReplicatesSQL = `DELETE FROM replicates WHERE task = ?`
	insertReplicateSQL  = `INSERT INTO replicates (task, worker, state, result_hash, reveal_requested, reason, score, digest, signature)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

// saveTask records t and replaces its replicates with stmts (saveTaskSQL,
// deleteReplicatesSQL, insertReplicateSQL prepared in one transaction).
func (s *Store) saveTask(ctx context.Context, stmts [3]*sql.Stmt, t *scheduler.Task) error {
	_, err := stmts[0].ExecContext(ctx, t.ID[:], t.Deal[:], int64(t.Index), int(t.Status), int64(t.Trust), unix(t.ContributionDeadline), unix(t.RevealDeadline),
		unix(t.FinalDeadline), t.Consensus[:], b2i(t.Uploaded), b2i(t.UploadRequested), t.ResultLocation, nonNilBytes(t.CallbackData), t.Uploader[:])
	if err != nil {
		return s.failed("save task", err)
	}
	if _, err := stmts[1].ExecContext(ctx, t.ID[:]); err != nil {
		return s.failed("save task", err)
	}
	for _, r := range t.Replicates {
		if _, err := stmts[2].ExecContext(ctx, t.ID[:], r.Worker[:], int(r.State), r.ResultHash[:], b2i(r.RevealRequested), r.Reason, int64(r.Score), r.Digest[:], nonNilBytes(r.Signature)); err != nil {
			return s.failed("save replicate", err)
		}
	}
	return nil
}

// DeleteWorker forgets a worker.
func (s *Store) DeleteWorker(ctx context.Context, addr common.Address) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM workers WHERE addr = ?`, addr[:]); err != nil {
		return s.failed("delete worker", err)
	}
	return nil
}

func (s *Store) SaveWorker(ctx context.Context, w *scheduler.Worker) error {
	res, err := json.Marshal(w.Resources)
	if err != nil {
		return fmt.Errorf("sqlite: save worker: %w", err)
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO workers (addr, score, last_seen, slots, resources) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (addr) DO UPDATE SET score = excluded.score, last_seen = excluded.last_seen, slots = excluded.slots, resources = excluded.resources`,
		w.Addr[:], int64(w.Score), w.LastSeen.UnixMilli(), w.Slots, string(res))
	if err != nil {
		return s.failed("save worker", err)
	}
	return nil
}

func (s *Store) Load(ctx context.Context) ([]*scheduler.DealTasks, []*scheduler.Task, []*scheduler.Worker, error) {
	deals := map[common.Hash]*scheduler.DealTasks{}
	var dealList []*scheduler.DealTasks
	rows, err := s.db.QueryContext(ctx, `SELECT id, volume, contribution_deadline, final_deadline, app, dataset, params, trust, time_ref, callback, app_kind, tag,
		batched, worker_stake FROM deals ORDER BY rowid`)
	if err != nil {
		return nil, nil, nil, s.failed("load deals", err)
	}
	for rows.Next() {
		var id, app, dataset, callback, tag []byte
		var volume, cd, fd, trust, timeRef int64
		var batched int
		var workerStake string
		d := &scheduler.DealTasks{Initialized: map[uint64]bool{}}
		if err := rows.Scan(&id, &volume, &cd, &fd, &app, &dataset, &d.Params, &trust, &timeRef, &callback, &d.AppKind, &tag, &batched, &workerStake); err != nil {
			rows.Close()
			return nil, nil, nil, s.failed("load deals", err)
		}
		if d.WorkerStake, err = fromStake(workerStake); err != nil {
			rows.Close()
			return nil, nil, nil, err
		}
		d.Batched = batched == 1
		d.Volume, d.Trust, d.TimeRef = uint64(volume), uint64(trust), uint64(timeRef)
		d.ID, d.ContributionDeadline, d.FinalDeadline = common.BytesToHash(id), fromUnix(cd), fromUnix(fd)
		d.App, d.Dataset, d.Callback, d.Tag = common.BytesToAddress(app), common.BytesToAddress(dataset), common.BytesToAddress(callback), common.BytesToHash(tag)
		deals[d.ID] = d
		dealList = append(dealList, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, nil, s.failed("load deals", err)
	}

	tasks := map[common.Hash]*scheduler.Task{}
	var taskList []*scheduler.Task
	rows, err = s.db.QueryContext(ctx, `SELECT id, deal, idx, status, trust, contribution_deadline, reveal_deadline, final_deadline, consensus, uploaded, upload_requested, result_location, callback_data, uploader FROM tasks ORDER BY rowid`)
	if err != nil {
		return nil, nil, nil, s.failed("load tasks", err)
	}
	for rows.Next() {
		var id, deal, consensus, uploader []byte
		var status, uploaded, requested int
		var index, trust, cd, rd, fd int64
		t := &scheduler.Task{}
		if err := rows.Scan(&id, &deal, &index, &status, &trust, &cd, &rd, &fd, &consensus, &uploaded, &requested, &t.ResultLocation, &t.CallbackData, &uploader); err != nil {
			rows.Close()
			return nil, nil, nil, s.failed("load tasks", err)
		}
		t.Index, t.Trust = uint64(index), uint64(trust)
		t.ID, t.Deal, t.Consensus = common.BytesToHash(id), common.BytesToHash(deal), common.BytesToHash(consensus)
		t.Status, t.Uploaded, t.UploadRequested = poco.TaskStatus(status), uploaded == 1, requested == 1
		t.Uploader = common.BytesToAddress(uploader)
		t.ContributionDeadline, t.RevealDeadline, t.FinalDeadline = fromUnix(cd), fromUnix(rd), fromUnix(fd)
		tasks[t.ID] = t
		taskList = append(taskList, t)
		if d := deals[t.Deal]; d != nil {
			d.Initialized[t.Index] = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, nil, s.failed("load tasks", err)
	}

	rows, err = s.db.QueryContext(ctx, `SELECT task, worker, state, result_hash, reveal_requested, reason, score, digest, signature FROM replicates ORDER BY rowid`)
	if err != nil {
		return nil, nil, nil, s.failed("load replicates", err)
	}
	for rows.Next() {
		var task, worker, hash, digest, signature []byte
		var state, requested int
		var reason string
		var score int64
		if err := rows.Scan(&task, &worker, &state, &hash, &requested, &reason, &score, &digest, &signature); err != nil {
			rows.Close()
			return nil, nil, nil, s.failed("load replicates", err)
		}
		if t := tasks[common.BytesToHash(task)]; t != nil {
			t.Replicates = append(t.Replicates, &scheduler.Replicate{
				Worker: common.BytesToAddress(worker), State: scheduler.ReplicateState(state),
				ResultHash: common.BytesToHash(hash), RevealRequested: requested == 1, Reason: reason, Score: uint64(score),
				Digest: common.BytesToHash(digest), Signature: nilIfEmpty(signature),
			})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, nil, s.failed("load replicates", err)
	}

	var workers []*scheduler.Worker
	rows, err = s.db.QueryContext(ctx, `SELECT addr, score, last_seen, slots, resources FROM workers ORDER BY rowid`)
	if err != nil {
		return nil, nil, nil, s.failed("load workers", err)
	}
	defer rows.Close()
	for rows.Next() {
		var addr []byte
		var score, seen int64
		var res string
		w := &scheduler.Worker{}
		if err := rows.Scan(&addr, &score, &seen, &w.Slots, &res); err != nil {
			return nil, nil, nil, s.failed("load workers", err)
		}
		w.Score = uint64(score)
		if err := json.Unmarshal([]byte(res), &w.Resources); err != nil {
			return nil, nil, nil, fmt.Errorf("sqlite: worker resources: %w", err)
		}
		w.Addr, w.LastSeen = common.BytesToAddress(addr), time.UnixMilli(seen).UTC()
		workers = append(workers, w)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, nil, s.failed("load workers", err)
	}
	return dealList, taskList, workers, nil
}

func (s *Store) Cursor(ctx context.Context) (uint64, bool, error) {
	var next int64
	err := s.db.QueryRowContext(ctx, `SELECT next FROM cursor WHERE id = 0`).Scan(&next)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, s.failed("cursor", err)
	}
	return uint64(next), true, nil
}

func (s *Store) SetCursor(ctx context.Context, next uint64) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO cursor (id, next) VALUES (0, ?) ON CONFLICT (id) DO UPDATE SET next = excluded.next`, int64(next))
	if err != nil {
		return s.failed("set cursor", err)
	}
	return nil
}

// nilIfEmpty loads an empty blob as nil, as it was saved.
func nilIfEmpty(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

// nonNilBytes stores a nil slice as an empty blob (the column is NOT NULL).
func nonNilBytes(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}
