package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// CursorStore keeps a follower's position: the first block not yet delivered.
type CursorStore interface {
	// Load returns the saved position; ok is false when nothing was saved yet.
	Load(ctx context.Context) (next uint64, ok bool, err error)
	// Save records that every block before next was delivered.
	Save(ctx context.Context, next uint64) error
}

// FileCursor keeps the position in a file, replaced atomically (write, fsync, rename).
type FileCursor struct{ Path string }

var _ CursorStore = (*FileCursor)(nil)

func (f *FileCursor) Load(context.Context) (uint64, bool, error) {
	b, err := os.ReadFile(f.Path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("chain: cursor: %w", err)
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
	if err != nil {
		return 0, false, fmt.Errorf("chain: cursor %s is corrupt: %w", f.Path, err)
	}
	return n, true, nil
}

func (f *FileCursor) Save(_ context.Context, next uint64) error {
	tmp, err := os.CreateTemp(filepath.Dir(f.Path), ".cursor-*")
	if err != nil {
		return fmt.Errorf("chain: cursor: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(strconv.FormatUint(next, 10) + "\n"); err != nil {
		tmp.Close()
		return fmt.Errorf("chain: cursor: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("chain: cursor: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("chain: cursor: %w", err)
	}
	if err := os.Rename(tmp.Name(), f.Path); err != nil {
		return fmt.Errorf("chain: cursor: %w", err)
	}
	return nil
}

// MemCursor keeps the position in memory (tests, one-shot scans).
type MemCursor struct {
	mu   sync.Mutex
	next uint64
	ok   bool
}

var _ CursorStore = (*MemCursor)(nil)

func (m *MemCursor) Load(context.Context) (uint64, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.next, m.ok, nil
}

func (m *MemCursor) Save(_ context.Context, next uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next, m.ok = next, true
	return nil
}

// LogSource is what following needs of a node; *ethclient.Client implements it.
type LogSource interface {
	BlockNumber(ctx context.Context) (uint64, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// FollowConfig says which logs to follow and how.
type FollowConfig struct {
	Addresses     []common.Address
	Topics        [][]common.Hash
	From          uint64        // first block when the cursor has nothing saved
	Confirmations uint64        // deliver only blocks this deep (0 on the dev chain)
	Interval      time.Duration // polling interval (default 200 ms)
	MaxRange      uint64        // blocks per query (default 2000)
	Logger        *slog.Logger
}

// Handler receives the logs of blocks [from, to] in chain order (possibly none, so the
// caller learns progress). Returning an error stops following without moving the cursor.
type Handler func(ctx context.Context, logs []types.Log, from, to uint64) error

// Follow delivers matching logs from the saved cursor on, polling, until ctx ends (it then
// returns nil) or the handler or the node fails. The cursor moves only after the handler
// succeeded, so a restart re-delivers what was not acknowledged: at-least-once, in order,
// nothing missed.
func Follow(ctx context.Context, src LogSource, cur CursorStore, cfg FollowConfig, handle Handler) error {
	if cfg.Interval <= 0 {
		cfg.Interval = 200 * time.Millisecond
	}
	for {
		caughtUp, err := FollowOnce(ctx, src, cur, cfg, handle)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if caughtUp {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(cfg.Interval):
			}
		}
	}
}

// FollowOnce delivers at most one range of blocks, up to the confirmed head, and reports
// whether it reached the head.
func FollowOnce(ctx context.Context, src LogSource, cur CursorStore, cfg FollowConfig, handle Handler) (caughtUp bool, err error) {
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	next, ok, err := cur.Load(ctx)
	if err != nil {
		return false, err
	}
	if !ok {
		next = cfg.From
	}
	head, err := src.BlockNumber(ctx)
	if err != nil {
		return false, fmt.Errorf("chain: follow: head: %w", err)
	}
	if head < cfg.Confirmations {
		return true, nil
	}
	head -= cfg.Confirmations
	if next > head {
		return true, nil
	}
	to := min(head, next+cfg.MaxRange-1)
	logs, err := src.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(next), ToBlock: new(big.Int).SetUint64(to),
		Addresses: cfg.Addresses, Topics: cfg.Topics,
	})
	if err != nil {
		return false, fmt.Errorf("chain: follow: logs %d..%d: %w", next, to, err)
	}
	if err := handle(ctx, logs, next, to); err != nil {
		return false, fmt.Errorf("chain: follow: handler at blocks %d..%d: %w", next, to, err)
	}
	if err := cur.Save(ctx, to+1); err != nil {
		return false, err
	}
	if cfg.Logger != nil {
		cfg.Logger.Debug("followed", "from", next, "to", to, "logs", len(logs))
	}
	return to == head, nil
}
