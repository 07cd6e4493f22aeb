package worker

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/oci/ociimage"
	"github.com/decloud/decloud/poco"
)

// ErrCannotRun: this worker cannot run the task's app: it has no sandbox for the app's
// kind, or the deal asks for a GPU and the worker offers no device to an oci app. The
// scheduler assigns such tasks only to workers that advertise what they need; one that
// comes anyway is reported as this replicate's failure (another worker takes it), never
// certified as the app's.
var ErrCannotRun = errors.New("worker: this worker cannot run the app")

// executors names the app kinds the worker runs (wasm always, oci with Config.OCI) and the
// version of its OCI runtime ("" without one, or when the executor does not say).
func (w *Worker) executors() ([]string, string) {
	kinds := []string{poco.AppKindName(poco.AppWASM)}
	if w.cfg.OCI == nil {
		return kinds, ""
	}
	version := ""
	if v, ok := w.cfg.OCI.(interface{ Version() string }); ok {
		version = v.Version()
	}
	return append(kinds, poco.AppKindName(poco.AppOCI)), version
}

// sandboxFor returns the executor of an app of kind and the devices a task of a deal with
// tag gets: Config.GPUDevices for an oci app when the tag has poco.TagGPU, none otherwise
// (a wasm app has no device to use, and the wasm sandbox refuses any). An error wrapping
// ErrCannotRun for a kind the worker has no sandbox for, and for an oci app of a GPU deal
// when the worker offers no device.
func (w *Worker) sandboxFor(kind uint8, tag common.Hash) (executor.Executor, []string, error) {
	switch {
	case kind == poco.AppWASM && w.cfg.Executor != nil:
		return w.cfg.Executor, nil, nil
	case kind == poco.AppOCI && w.cfg.OCI != nil:
		if !poco.HasTag(tag, poco.TagGPU) {
			return w.cfg.OCI, nil, nil
		}
		if len(w.cfg.GPUDevices) == 0 {
			return nil, nil, fmt.Errorf("%w: the deal asks for a GPU and this worker offers no device (decloud worker --gpu-devices)", ErrCannotRun)
		}
		return w.cfg.OCI, w.cfg.GPUDevices, nil
	case kind == poco.AppOCI:
		return nil, nil, fmt.Errorf("%w: it is an oci app and this worker has no OCI sandbox (decloud worker --oci)", ErrCannotRun)
	}
	return nil, nil, fmt.Errorf("%w: app kind %d is not one this worker runs", ErrCannotRun, kind)
}

// ociScheme starts the URI of an image in a registry, named by digest:
// oci://registry/repository@sha256:<hex>.
const ociScheme = "oci://"

// fetchImage brings an oci app's image into the download cache (Dir/apps/oci-DIGEST) and
// returns its path: an OCI image layout archive from storage:, http(s):// or file://,
// downloaded within the same bounds as any app (size, time, allowed addresses), or an
// image pulled from a registry (oci://REF@sha256:DIGEST, anonymously, through the same
// guarded transport, at most Config.MaxInputBytes on the wire, within Config.FetchTimeout).
// Unlike a wasm app's, the bytes are not checked against the checksum here: an oci app's
// checksum is its image's manifest digest, which the OCI executor verifies, with every
// blob, before each run. A cached image is used as it is (a run that finds it bad removes
// it).
func (w *Worker) fetchImage(ctx context.Context, uri string, digest common.Hash) (string, error) {
	want := hex.EncodeToString(digest[:])
	apps := filepath.Join(w.cfg.Dir, "apps")
	cached := filepath.Join(apps, "oci-"+want)
	if _, err := os.Stat(cached); err == nil {
		return cached, nil
	}
	if !strings.HasPrefix(uri, ociScheme) {
		tmp, _, err := w.download(ctx, uri, true, apps, nil)
		if err != nil {
			return "", err
		}
		if err := commitDownload(tmp, cached); err != nil {
			return "", err
		}
		return cached, nil
	}
	ref := strings.TrimPrefix(uri, ociScheme)
	if _, d, ok := strings.Cut(ref, "@"); !ok || d != "sha256:"+want {
		return "", fmt.Errorf("%w: %s does not name the image by the checksum on chain (sha256:%s)", executor.ErrBadApp, uri, want)
	}
	ctx, cancel := context.WithTimeout(ctx, w.cfg.FetchTimeout)
	defer cancel()
	// Pull writes the layout beside cached and renames it into place once verified.
	if err := ociimage.Pull(ctx, ref, cached, w.fetcher.Transport, ociimage.WithMaxBytes(w.cfg.MaxInputBytes)); err != nil {
		if _, serr := os.Stat(cached); serr == nil {
			return cached, nil // another slot pulled it meanwhile
		}
		switch {
		case errors.Is(err, ociimage.ErrTooLarge):
			return "", fmt.Errorf("%w: %v", ErrTooLarge, err)
		case errors.Is(err, ociimage.ErrBadImage):
			return "", fmt.Errorf("%w: %v", executor.ErrBadApp, err)
		}
		return "", fmt.Errorf("worker: fetch %s: %w", uri, err)
	}
	return cached, nil
}
