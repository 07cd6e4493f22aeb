package worker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
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
// it is a plain name). A file with a sha256 is verified and cached by it, like apps and
// datasets; one without is fetched on every run. Only storage: and http(s) URIs are
// followed, never file://: a requester must not read the worker's disk.
func (w *Worker) input(ctx context.Context, in string, f taskparams.InputFile) error {
	if filepath.Base(f.Name) != f.Name || strings.Contains(f.Name, "..") {
		return fmt.Errorf("%w: name %q", ErrBadInput, f.Name) // Parse refuses these; belt and braces
	}
	var data []byte
	cached := ""
	if f.SHA256 != "" {
		cached = filepath.Join(w.cfg.Dir, "apps", f.SHA256)
		if b, err := os.ReadFile(cached); err == nil && sumOf(b) == f.SHA256 {
			data = b
		}
	}
	if data == nil {
		b, err := w.get(ctx, f.URI, false)
		if err != nil {
			return fmt.Errorf("%w %q: %v", ErrBadInput, f.Name, err)
		}
		if f.SHA256 != "" {
			if got := sumOf(b); got != f.SHA256 {
				return fmt.Errorf("%w %q: %s has sha256 %s, the request says %s", ErrBadInput, f.Name, f.URI, got, f.SHA256)
			}
			if err := os.WriteFile(cached, b, 0o600); err != nil {
				return err
			}
		}
		data = b
	}
	// O_EXCL: an input file never replaces the dataset or another input.
	fh, err := os.OpenFile(filepath.Join(in, f.Name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o400)
	if err != nil {
		return fmt.Errorf("%w %q: %v", ErrBadInput, f.Name, err)
	}
	if _, err := fh.Write(data); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
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
