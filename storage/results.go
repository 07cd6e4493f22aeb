package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/durable"
)

// ErrResultTaken is returned for a result upload by a worker that already stored another
// blob as its result of the same task.
var ErrResultTaken = errors.New("storage: this worker already stored another result for this task")

// A scheduler's authorization lets a worker store its result of one task, not any blob:
// each (task, worker) may store one result (the same bytes again are fine, after a crash).
// The claim is a file named after the pair, holding the blob's sum, created exclusively,
// so it holds across restarts and concurrent uploads.

func (s *Store) claimPath(task common.Hash, worker common.Address) string {
	return filepath.Join(s.dir, "results", strings.ToLower(task.Hex()[2:]+"-"+worker.Hex()[2:]))
}

// resultClaim returns the sum a worker stored as its result of task ("" when none).
func (s *Store) resultClaim(task common.Hash, worker common.Address) (string, error) {
	b, err := os.ReadFile(s.claimPath(task, worker))
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("storage: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// checkResult refuses an upload of sum as worker's result of task when it already stored
// another one.
func (s *Store) checkResult(task common.Hash, worker common.Address, sum string) error {
	have, err := s.resultClaim(task, worker)
	if err != nil {
		return err
	}
	if have != "" && have != sum {
		return fmt.Errorf("%w (%s)", ErrResultTaken, have)
	}
	return nil
}

// claimResult records sum as worker's result of task, unless another upload claimed the
// pair first with other bytes.
func (s *Store) claimResult(task common.Hash, worker common.Address, sum string) error {
	p := s.claimPath(task, worker)
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return s.checkResult(task, worker, sum)
	}
	if err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	_, err = f.WriteString(sum + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = durable.SyncDir(filepath.Dir(p))
	}
	if err != nil {
		os.Remove(p)
		return fmt.Errorf("storage: recording a result: %w", err)
	}
	return nil
}
