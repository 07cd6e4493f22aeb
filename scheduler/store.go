package scheduler

import (
	"context"
	"errors"
	"github.com/ethereum/go-ethereum/common"
)

// Store persists the scheduler's state so that a restart resumes where it stopped. The
// chain stays the source of truth: everything here can be rebuilt by following it again.
//
// Implementations: sqlite/, postgres/ (one pool's scheduler per database); storetest/ is
// the suite both pass. Every uint64 is kept exactly over its whole range; deadlines keep
// whole seconds and LastSeen milliseconds; Load returns rows in the order they were first
// saved. A store used after Close fails with an error wrapping ErrStoreClosed.
type Store interface {
	// SaveDeal records a deal of the pool (idempotent).
	SaveDeal(ctx context.Context, d *DealTasks) error
	// SaveTask records a task and replaces its replicates, atomically.
	SaveTask(ctx context.Context, t *Task) error
	// SaveTasks is SaveTask for several tasks in one transaction: all of them or none.
	SaveTasks(ctx context.Context, ts []*Task) error
	// SaveWorker records a worker (idempotent).
	SaveWorker(ctx context.Context, w *Worker) error
	// DeleteWorker forgets a worker (no error if unknown).
	DeleteWorker(ctx context.Context, addr common.Address) error
	// Load returns every deal, task and worker. It fails only on storage errors.
	Load(ctx context.Context) (deals []*DealTasks, tasks []*Task, workers []*Worker, err error)
	// Cursor returns the follower's position (ok false when none) and SetCursor saves it.
	Cursor(ctx context.Context) (next uint64, ok bool, err error)
	SetCursor(ctx context.Context, next uint64) error
}

// ErrStoreClosed is returned by a store used after Close.
var ErrStoreClosed = errors.New("scheduler: store closed")
