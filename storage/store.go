// Package storage is decloud's content-addressed blob store: blobs are named by the
// lowercase hex sha256 of their bytes and kept on local disk, with an HTTP API (put, get,
// head) used for app modules, datasets and results. Uploads are checked against their
// name, size-limited, written to a temporary file, fsynced and renamed, so a crash never
// leaves a partial blob under a valid name.
package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/decloud/decloud/internal/durable"
)

// Errors of the store; the HTTP API maps them to status codes.
var (
	ErrNotFound         = errors.New("storage: no such blob")
	ErrBadSum           = errors.New("storage: a blob name is 64 lowercase hex characters (its sha256)")
	ErrTooLarge         = errors.New("storage: blob too large")
	ErrChecksumMismatch = errors.New("storage: content does not match its sha256")
)

// Store keeps blobs under a directory.
type Store struct {
	dir     string
	maxBlob int64
}

// Open opens (creating) a store in dir that accepts blobs of at most maxBlob bytes.
func Open(dir string, maxBlob int64) (*Store, error) {
	if err := os.MkdirAll(filepath.Join(dir, "tmp"), 0o700); err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	return &Store{dir: dir, maxBlob: maxBlob}, nil
}

// ValidSum reports whether s is a well-formed blob name.
func ValidSum(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func (s *Store) path(sum string) string { return filepath.Join(s.dir, sum[:2], sum) }

// Put stores r's bytes and returns their sum. want, if not "", must be that sum.
func (s *Store) Put(ctx context.Context, r io.Reader, want string) (sum string, size int64, err error) {
	if want != "" && !ValidSum(want) {
		return "", 0, ErrBadSum
	}
	tmp, err := os.CreateTemp(filepath.Join(s.dir, "tmp"), "put-")
	if err != nil {
		return "", 0, fmt.Errorf("storage: %w", err)
	}
	committed := false
	defer func() {
		_ = tmp.Close()
		if !committed {
			_ = os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), io.LimitReader(r, s.maxBlob+1))
	if err != nil {
		return "", 0, fmt.Errorf("storage: receiving: %w", err)
	}
	if n > s.maxBlob {
		return "", 0, fmt.Errorf("%w: over %d bytes", ErrTooLarge, s.maxBlob)
	}
	sum = hex.EncodeToString(h.Sum(nil))
	if want != "" && sum != want {
		return "", 0, fmt.Errorf("%w: got %s, named %s", ErrChecksumMismatch, sum, want)
	}
	if err := ctx.Err(); err != nil {
		return "", 0, err
	}
	if _, err := os.Stat(s.path(sum)); err == nil {
		return sum, n, nil // already there: content addressing makes puts idempotent
	}
	if err := s.mkdirShard(sum); err != nil {
		return "", 0, fmt.Errorf("storage: %w", err)
	}
	// fsync, rename into place, fsync the shard's folder: once Put returns the blob
	// survives a crash.
	if err := durable.Commit(tmp, s.path(sum)); err != nil {
		return "", 0, fmt.Errorf("storage: %w", err)
	}
	committed = true // renamed: nothing left to remove
	return sum, n, nil
}

// mkdirShard creates the folder of sum's blob if missing, and makes its creation durable.
func (s *Store) mkdirShard(sum string) error {
	err := os.Mkdir(filepath.Dir(s.path(sum)), 0o700)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return durable.SyncDir(s.dir)
}

// Get opens a blob for reading.
func (s *Store) Get(sum string) (*os.File, int64, error) {
	if !ValidSum(sum) {
		return nil, 0, ErrBadSum
	}
	f, err := os.Open(s.path(sum))
	if errors.Is(err, os.ErrNotExist) {
		return nil, 0, ErrNotFound
	}
	if err != nil {
		return nil, 0, fmt.Errorf("storage: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, fmt.Errorf("storage: %w", err)
	}
	return f, st.Size(), nil
}

// Stat returns a blob's size.
func (s *Store) Stat(sum string) (int64, error) {
	f, size, err := s.Get(sum)
	if err != nil {
		return 0, err
	}
	f.Close()
	return size, nil
}
