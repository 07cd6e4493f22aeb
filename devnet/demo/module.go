package demo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"

	"github.com/decloud/decloud/executor/executortest"
)

// modulePath is the module whose sources hold the example apps.
const modulePath = "github.com/decloud/decloud"

// appSources are the directories, relative to the repository root, that example app name
// is built from; with go.mod, go.sum and the Go version they key the cached module.
func appSources(name string) []string {
	return []string{"examples/" + name, "examples/internal/appio"}
}

// appModule is BuildExample for the demo's kmeans app.
func appModule(cacheDir, tmp string) (path string, built bool, err error) {
	return BuildExample("kmeans", cacheDir, tmp)
}

// BuildExample returns the path of example app name (examples/NAME) built for
// wasip1/wasm: from the cache (cacheDir/NAME-HASH.wasm, HASH of its sources) when there,
// else built (into cacheDir, or into tmp when cacheDir is ""). built says whether it was
// built now. It needs the repository around the working directory and the Go toolchain.
func BuildExample(name, cacheDir, tmp string) (path string, built bool, err error) {
	root, err := repoRoot()
	if err != nil {
		return "", false, err
	}
	sum, err := sourcesHash(root, name)
	if err != nil {
		return "", false, err
	}
	dir := cacheDir
	if dir == "" {
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		dir = tmp
	}
	path = filepath.Join(dir, name+"-"+sum[:16]+".wasm")
	if _, err := os.Stat(path); err == nil {
		return path, false, nil
	}
	part := filepath.Join(dir, fmt.Sprintf("%s-%s.%d.tmp", name, sum[:16], os.Getpid()))
	if err := executortest.GoBuild(filepath.Join(root, "examples", name), part, "wasip1", "wasm"); err != nil {
		os.Remove(part)
		return "", false, fmt.Errorf("demo: %w", err)
	}
	if err := os.Rename(part, path); err != nil {
		os.Remove(part)
		return "", false, fmt.Errorf("demo: %w", err)
	}
	return path, true, nil
}

// defaultCacheDir is os.UserCacheDir()/decloud, or "" when there is none.
func defaultCacheDir() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "decloud")
}

// repoRoot finds the decloud repository around the working directory: example apps are
// built from their sources.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(bytes.TrimSpace(b), []byte("module "+modulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("demo: example apps are built from their sources: run this inside the decloud repository (module " + modulePath + ")")
		}
		dir = parent
	}
}

// sourcesHash is the hex sha256 of the app's source files (names and contents), go.mod,
// go.sum and the Go version.
func sourcesHash(root, name string) (string, error) {
	files := []string{"go.mod", "go.sum"}
	for _, d := range appSources(name) {
		err := filepath.WalkDir(filepath.Join(root, d), func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			rel, err := filepath.Rel(root, p)
			files = append(files, rel)
			return err
		})
		if err != nil {
			return "", fmt.Errorf("demo: the %s app's sources: %w", name, err)
		}
	}
	sort.Strings(files)
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", runtime.Version())
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			return "", fmt.Errorf("demo: %w", err)
		}
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(f), len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
