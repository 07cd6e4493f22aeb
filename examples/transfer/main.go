// Command transfer is the built-in app of verified file transfer (whitepaper §7.2): it
// delivers its dataset, as is, with a manifest. For every file under /in it writes the file
// itself to /out and, in /out/manifest.json, its name, size and sha256 (a JSON array sorted
// by name, one {"name","size","sha256"} object per file).
//
// The check that matters happens before the app runs: the worker fetches the dataset and
// refuses it, failing the replicate, unless its sha256 equals the checksum registered on
// chain (worker.fetch), so no task of a provider whose file does not match is ever
// finalized and the provider is never paid. The manifest re-states the checksum inside the
// result, which is encrypted for the beneficiary and certified by the chain's digest: after
// decrypting, the beneficiary checks the file against the manifest and the manifest against
// the dataset's checksum on chain.
//
// Usage: transfer (no arguments). Without DECLOUD_OUT it only prints the manifest.
// Build: GOOS=wasip1 GOARCH=wasm go build -o transfer.wasm .
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/decloud/decloud/examples/internal/appio"
)

const app = "transfer"

// ManifestName is the manifest's file name in /out; no dataset file may bear it.
const ManifestName = "manifest.json"

// Entry describes one delivered file.
type Entry struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

func main() {
	if len(os.Args) > 1 {
		appio.Usage(app, "usage: transfer (no arguments: it delivers the files of its dataset)")
	}
	// Without a dataset the sandbox mounts no /in: reading it fails (EBADF under WASI).
	entries, err := os.ReadDir(appio.InDir()) // sorted by name
	if err != nil || len(entries) == 0 {
		appio.Usage(app, "no file under %s: a transfer needs a dataset%s", appio.InDir(), cause(err))
	}
	out := os.Getenv("DECLOUD_OUT")
	manifest := make([]Entry, 0, len(entries))
	for _, e := range entries {
		if !e.Type().IsRegular() {
			appio.Usage(app, "%s is not a regular file", appio.InPath(e.Name()))
		}
		if e.Name() == ManifestName {
			appio.Usage(app, "a dataset file is named %s, the manifest's name", ManifestName)
		}
		entry, err := deliver(appio.InPath(e.Name()), out)
		if err != nil {
			appio.Fatal(app, err)
		}
		manifest = append(manifest, entry)
	}
	b, err := json.MarshalIndent(manifest, "", "  ")
	if err != nil {
		appio.Fatal(app, err)
	}
	b = append(b, '\n')
	if out == "" {
		appio.Write(app, appio.File{Name: ManifestName, Data: b})
		return
	}
	if err := os.WriteFile(filepath.Join(out, ManifestName), b, 0o644); err != nil {
		appio.Fatal(app, err)
	}
}

func cause(err error) string {
	if err == nil {
		return ""
	}
	return " (" + err.Error() + ")"
}

// deliver hashes the file at path and, unless out is "", copies it into out in the same
// pass (a dataset may be larger than the app's memory).
func deliver(path, out string) (Entry, error) {
	in, err := os.Open(path)
	if err != nil {
		return Entry{}, err
	}
	defer in.Close()
	h := sha256.New()
	w := io.Writer(h)
	var dst *os.File
	if out != "" {
		if dst, err = os.OpenFile(filepath.Join(out, filepath.Base(path)), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644); err != nil {
			return Entry{}, err
		}
		defer dst.Close()
		w = io.MultiWriter(h, dst)
	}
	n, err := io.Copy(w, in)
	if err != nil {
		return Entry{}, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	if dst != nil {
		if err := dst.Close(); err != nil {
			return Entry{}, err
		}
	}
	return Entry{Name: filepath.Base(path), Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}
