// Package appbuild builds the example apps that package prebuilt embeds, one way for both
// its generator (go generate ./examples/prebuilt) and its test that the committed modules
// are current: which sources an app is built from and their hash, the reproducible build,
// the compression of the committed files, and the manifest that describes them.
package appbuild

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Apps are the example apps built into the decloud binary, the ones it runs without the
// source tree: echo (the trivial app of `decloud bench pool` and `bench adversary`), kmeans
// (`decloud demo`'s app) and transfer (`decloud dev`'s built-in app).
var Apps = []string{"echo", "kmeans", "transfer"}

// Flags are go build's flags for the modules: no file-system paths (-trimpath), no VCS
// stamp (-buildvcs=false), no symbol table or DWARF (-s -w), so the bytes depend only on
// the sources and the Go version.
var Flags = []string{"-trimpath", "-buildvcs=false", "-ldflags=-s -w"}

// modulePath is the Go module whose sources hold the example apps.
const modulePath = "github.com/decloud/decloud"

// Manifest describes the committed modules (manifest.json).
type Manifest struct {
	Go      string   `json:"go"`      // the Go version that built them (go env GOVERSION)
	Flags   []string `json:"flags"`   // go build's flags
	Modules []Entry  `json:"modules"` // sorted by name
}

// Entry is one committed module.
type Entry struct {
	Name   string `json:"name"` // the app, examples/NAME
	File   string `json:"file"` // its file next to manifest.json: NAME.wasm.gz
	Size   int    `json:"size"` // the module's size, uncompressed
	SHA256 string `json:"sha256"`
	// Sources is SourcesHash of what it was built from.
	Sources string `json:"sources"`
}

// FileName is the committed file of app name: its module, gzipped.
func FileName(name string) string { return name + ".wasm.gz" }

// Sources are the paths, slash-separated and relative to the repository root, that app name
// is built from: go.mod, go.sum, its directory and examples/internal/appio.
func Sources(name string) []string {
	return []string{"go.mod", "go.sum", "examples/" + name, "examples/internal/appio"}
}

// SourcesHash is the hex sha256 of the files of Sources(name) under root, names and
// contents, in name order. Test files and testdata directories are left out: they are not
// built into the module.
func SourcesHash(root, name string) (string, error) {
	var files []string
	for _, src := range Sources(name) {
		err := filepath.WalkDir(filepath.Join(root, filepath.FromSlash(src)), func(p string, e fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case e.IsDir() && e.Name() == "testdata":
				return filepath.SkipDir
			case e.IsDir() || strings.HasSuffix(e.Name(), "_test.go"):
				return nil
			}
			rel, err := filepath.Rel(root, p)
			files = append(files, filepath.ToSlash(rel))
			return err
		})
		if err != nil {
			return "", fmt.Errorf("appbuild: the sources of %s: %w", name, err)
		}
	}
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if err != nil {
			return "", fmt.Errorf("appbuild: the sources of %s: %w", name, err)
		}
		fmt.Fprintf(h, "%s %d\n", f, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// goCommand is goTool with args in dir, for wasip1/wasm, with no setting of the caller's
// environment that changes the bytes built (GOFLAGS, GOWASM, GOEXPERIMENT, cgo).
func goCommand(ctx context.Context, goTool, dir string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, goTool, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=wasip1", "GOARCH=wasm", "GOFLAGS=", "GOWASM=", "GOEXPERIMENT=")
	return cmd
}

// output runs cmd and returns its standard output, or an error with its standard error.
func output(cmd *exec.Cmd) ([]byte, error) {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("appbuild: %s: %w\n%s", strings.Join(cmd.Args, " "), err, stderr.Bytes())
	}
	return out, nil
}

// Build builds app name (examples/NAME of the repository at root) for wasip1/wasm with
// Flags and the go tool goTool, and returns the module and the tool's Go version.
func Build(ctx context.Context, goTool, root, name string) (module []byte, goVersion string, err error) {
	dir := filepath.Join(root, "examples", name)
	v, err := output(goCommand(ctx, goTool, dir, "env", "GOVERSION"))
	if err != nil {
		return nil, "", err
	}
	tmp, err := os.MkdirTemp("", "decloud-appbuild-")
	if err != nil {
		return nil, "", fmt.Errorf("appbuild: %w", err)
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, name+".wasm")
	args := append(append([]string{"build"}, Flags...), "-o", out, ".")
	if _, err := output(goCommand(ctx, goTool, dir, args...)); err != nil {
		return nil, "", err
	}
	module, err = os.ReadFile(out)
	if err != nil {
		return nil, "", fmt.Errorf("appbuild: %w", err)
	}
	return module, strings.TrimSpace(string(v)), nil
}

// CheckDeps fails when app name imports a package of this module from outside its
// Sources, whose changes SourcesHash would miss.
func CheckDeps(ctx context.Context, goTool, root, name string) error {
	out, err := output(goCommand(ctx, goTool, filepath.Join(root, "examples", name), "list", "-deps", "-f", "{{.ImportPath}}", "."))
	if err != nil {
		return err
	}
	for _, pkg := range strings.Fields(string(out)) {
		rel, ok := strings.CutPrefix(pkg, modulePath+"/")
		if !ok || covered(rel, Sources(name)) {
			continue
		}
		return fmt.Errorf("appbuild: %s imports %s, outside its sources %v: add it to appbuild.Sources", name, pkg, Sources(name))
	}
	return nil
}

// covered says whether dir (slash-separated, relative to the root) is one of srcs or below.
func covered(dir string, srcs []string) bool {
	for _, s := range srcs {
		if dir == s || strings.HasPrefix(dir, path.Clean(s)+"/") {
			return true
		}
	}
	return false
}

// Compress gzips module at the best compression with no name or time in the header: the
// same module compressed by the same Go version gives the same bytes.
func Compress(module []byte) ([]byte, error) {
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err == nil {
		_, err = w.Write(module)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("appbuild: compressing: %w", err)
	}
	return b.Bytes(), nil
}
