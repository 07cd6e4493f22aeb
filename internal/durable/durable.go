// Package durable replaces files crash-safely: the new content is written to a temporary
// file in the target's directory, fsynced, renamed over the target, and the directory is
// fsynced. A crash at any point leaves either the old file or the new one, never a mix,
// and once a function here returns nil the new file survives a crash.
package durable

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// CreateTemp creates a temporary file next to path (same directory, so on the same file
// system, named "."+base+".tmp-*") for a caller that streams into it and then hands it to
// Commit. The file is created with mode 0600.
func CreateTemp(path string) (*os.File, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("durable: %w", err)
	}
	return f, nil
}

// WriteFile replaces path with data, with mode perm (exactly: the umask does not apply).
// The directory must exist. On error the old file, if any, is left as it was and no
// temporary file remains.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	f, err := CreateTemp(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		discard(f)
		return fmt.Errorf("durable: write %s: %w", f.Name(), err)
	}
	if err := f.Chmod(perm); err != nil {
		discard(f)
		return fmt.Errorf("durable: %w", err)
	}
	return Commit(f, path)
}

// Commit makes tmp, an open file the caller has written, the file at path: it fsyncs and
// closes tmp, renames it to path and fsyncs path's directory. tmp must be on the same file
// system as path (CreateTemp makes it so). Commit always closes tmp; on error it removes
// it (unless it was already renamed) and path keeps its old content or a complete new one.
func Commit(tmp *os.File, path string) error {
	name := tmp.Name()
	if err := tmp.Sync(); err != nil {
		discard(tmp)
		return fmt.Errorf("durable: sync %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return fmt.Errorf("durable: close %s: %w", name, err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return fmt.Errorf("durable: %w", err)
	}
	return SyncDir(filepath.Dir(path))
}

// SyncDir fsyncs a directory, making the renames, creations and removals done in it
// durable. On Windows, where a directory cannot be fsynced, it does nothing.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("durable: sync directory: %w", err)
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("durable: sync directory %s: %w", dir, err)
	}
	return nil
}

// discard closes and removes a temporary file after a failure.
func discard(f *os.File) {
	f.Close()
	os.Remove(f.Name())
}
