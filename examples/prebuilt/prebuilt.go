// Package prebuilt holds the example apps that the decloud binary runs by itself, built
// for GOOS=wasip1 GOARCH=wasm and committed next to this file (NAME.wasm.gz, gzipped, and
// manifest.json), so that `decloud demo`, `decloud dev` and `decloud bench pool|adversary`
// need neither the source tree nor a Go toolchain: kmeans (the demo's app), transfer
// (dev's built-in app of verified file transfer) and echo (the benchmarks' trivial app).
//
// `go generate ./examples/prebuilt` rebuilds them reproducibly (-trimpath,
// -buildvcs=false, -ldflags=-s -w) and rewrites manifest.json: each module's size and
// sha256, the hash of the sources it was built from, and the Go version. The package's
// tests fail when an app's sources changed without regeneration, and, under the manifest's
// Go version, rebuild the smallest module and require the same bytes.
package prebuilt

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/decloud/decloud/examples/prebuilt/internal/appbuild"
)

//go:generate go run ./internal/gen

//go:embed manifest.json *.wasm.gz
var files embed.FS

// manifest is manifest.json, parsed once.
var manifest = sync.OnceValues(func() (appbuild.Manifest, error) {
	var m appbuild.Manifest
	b, err := files.ReadFile("manifest.json")
	if err == nil {
		err = json.Unmarshal(b, &m)
	}
	if err != nil {
		return m, fmt.Errorf("prebuilt: manifest.json: %w", err)
	}
	return m, nil
})

// Names lists the embedded apps in name order (none when the manifest does not parse,
// which the package's tests rule out).
func Names() []string {
	m, _ := manifest()
	names := make([]string, 0, len(m.Modules))
	for _, e := range m.Modules {
		names = append(names, e.Name)
	}
	return names
}

// Module returns the WASM module of app name (examples/NAME), a copy of its own. It fails
// for an app that is not embedded, naming those that are, and for a module whose bytes do
// not match the manifest's sha256.
func Module(name string) ([]byte, error) {
	m, err := manifest()
	if err != nil {
		return nil, err
	}
	for _, e := range m.Modules {
		if e.Name == name {
			return load(e)
		}
	}
	return nil, fmt.Errorf("prebuilt: no app %q built in (there are %s)", name, strings.Join(Names(), ", "))
}

// load decompresses e's file and checks it against e.
func load(e appbuild.Entry) ([]byte, error) {
	gz, err := files.ReadFile(e.File)
	if err != nil {
		return nil, fmt.Errorf("prebuilt: %s: %w", e.Name, err)
	}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("prebuilt: %s: %w", e.File, err)
	}
	module, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("prebuilt: %s: %w", e.File, err)
	}
	if sum := sha256.Sum256(module); hex.EncodeToString(sum[:]) != e.SHA256 || len(module) != e.Size {
		return nil, fmt.Errorf("prebuilt: %s: %d bytes with sha256 %x, the manifest says %d with %s: run go generate ./examples/prebuilt",
			e.File, len(module), sum, e.Size, e.SHA256)
	}
	return module, nil
}
