package worker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/match"
	"github.com/decloud/decloud/taskparams"
)

// ErrBadInput is wrapped by the errors for an input file that cannot be used.
var ErrBadInput = errors.New("worker: bad input file")

// input downloads f into the input directory in under its name (taskparams.Parse checked
// it is a plain name), streaming it to disk. A file with a sha256 is verified and cached by
// it, like apps and datasets; one without is fetched on every run. Only storage: and
// http(s) URIs are followed, never file:// (a requester must not read the worker's disk),
// and only to the pool's storage and public addresses (see Config.FetchAllow), at most
// Config.MaxInputBytes in Config.FetchTimeout. The errors wrap ErrBadInput and name the file.
func (w *Worker) input(ctx context.Context, in string, f taskparams.InputFile) (err error) {
	if filepath.Base(f.Name) != f.Name || strings.Contains(f.Name, "..") {
		return fmt.Errorf("%w: name %q", ErrBadInput, f.Name) // Parse refuses these; belt and braces
	}
	bad := func(err error) error { return fmt.Errorf("%w %q: %w", ErrBadInput, f.Name, err) }
	disk := func(err error) error { return fmt.Errorf("worker: input %q: %w", f.Name, err) }
	// The name is taken first, O_EXCL: an input file never replaces the dataset or another
	// input. It is removed again if the download fails.
	dst := filepath.Join(in, f.Name)
	fh, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o400)
	if err != nil {
		return bad(err)
	}
	defer func() {
		fh.Close()
		if err != nil {
			os.Remove(dst)
		}
	}()
	if f.SHA256 == "" {
		tmp, _, err := w.download(ctx, f.URI, false, in, nil)
		if err != nil {
			return bad(err)
		}
		fh.Close()
		if err := os.Chmod(tmp, 0o400); err != nil {
			os.Remove(tmp)
			return disk(err)
		}
		if err := os.Rename(tmp, dst); err != nil {
			os.Remove(tmp)
			return disk(err)
		}
		return nil
	}
	apps := filepath.Join(w.cfg.Dir, "apps")
	cached := filepath.Join(apps, filepath.Base(f.SHA256))
	if got, err := w.cachedSum(cached); err != nil || got != f.SHA256 {
		tmp, got, err := w.download(ctx, f.URI, false, apps, nil)
		if err != nil {
			return bad(err)
		}
		if got != f.SHA256 {
			os.Remove(tmp)
			return fmt.Errorf("%w %q: %s has sha256 %s, the request says %s", ErrBadInput, f.Name, f.URI, got, f.SHA256)
		}
		if err := os.Rename(tmp, cached); err != nil {
			os.Remove(tmp)
			return disk(err)
		}
	}
	src, err := os.Open(cached)
	if err != nil {
		return disk(err)
	}
	defer src.Close()
	if _, err := io.Copy(fh, src); err != nil {
		return disk(err)
	}
	if err := fh.Close(); err != nil {
		return disk(err)
	}
	return nil
}

func sumOf(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// indexDataset records that dataset's bytes are in the download cache (by checksum), so
// that the worker advertises it at its next login. A failure only loses the advertisement.
func (w *Worker) indexDataset(dataset common.Address, checksum common.Hash) {
	name := filepath.Join(w.cfg.Dir, "datasets", strings.ToLower(dataset.Hex()))
	if err := os.WriteFile(name, []byte(hex.EncodeToString(checksum[:])), 0o600); err != nil {
		w.log.Warn("indexing a cached dataset", "dataset", dataset, "err", err)
	}
}

// cachedDatasets lists the datasets (addresses, 0x-hex lowercase, sorted) whose bytes are
// in the download cache: Dir/datasets/ADDRESS holds the checksum of Dir/apps/CHECKSUM.
// At most match.MaxDatasets are advertised.
func (w *Worker) cachedDatasets() []string {
	entries, err := os.ReadDir(filepath.Join(w.cfg.Dir, "datasets"))
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !common.IsHexAddress(name) || name != strings.ToLower(name) {
			continue
		}
		sum, err := os.ReadFile(filepath.Join(w.cfg.Dir, "datasets", name))
		if err != nil {
			continue
		}
		if _, err := os.Stat(filepath.Join(w.cfg.Dir, "apps", filepath.Base(string(sum)))); err == nil {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out[:min(len(out), match.MaxDatasets)]
}
