package chain

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/decloud/decloud/internal/durable"
)

// CursorStore keeps a follower's position: the first block not yet delivered.
type CursorStore interface {
	// Load returns the saved position; ok is false (and err nil) when nothing was saved
	// yet. A position that cannot be read or parsed is an error, never a silent restart
	// from the beginning.
	Load(ctx context.Context) (next uint64, ok bool, err error)
	// Save records that every block before next was delivered. When it returns nil the
	// position survives a crash; when it fails the previous position is kept.
	Save(ctx context.Context, next uint64) error
}

// FileCursor keeps the position in a file holding one decimal number. Save replaces the
// file atomically (temporary file, fsync, rename, fsync of the folder), so a crash leaves
// either the old position or the new one. The folder is created if missing.
type FileCursor struct{ Path string }

var _ CursorStore = (*FileCursor)(nil)

// Load reads the file; a missing file means nothing was saved.
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

// Save replaces the file with next.
func (f *FileCursor) Save(_ context.Context, next uint64) error {
	if err := os.MkdirAll(filepath.Dir(f.Path), 0o755); err != nil {
		return fmt.Errorf("chain: cursor: %w", err)
	}
	if err := durable.WriteFile(f.Path, []byte(strconv.FormatUint(next, 10)+"\n"), 0o600); err != nil {
		return fmt.Errorf("chain: cursor: %w", err)
	}
	return nil
}

// MemCursor keeps the position in memory (tests, one-shot scans). The zero value holds
// nothing; it is safe for concurrent use.
type MemCursor struct {
	mu   sync.Mutex
	next uint64
	ok   bool
}

var _ CursorStore = (*MemCursor)(nil)

// Load returns the last saved position.
func (m *MemCursor) Load(context.Context) (uint64, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.next, m.ok, nil
}

// Save records next.
func (m *MemCursor) Save(_ context.Context, next uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next, m.ok = next, true
	return nil
}
