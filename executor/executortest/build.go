// Package executortest is the suite every sandbox passes, and helpers that build Go
// programs into WASI modules for tests.
package executortest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

var (
	buildMu  sync.Mutex
	built    = map[string]string{}
	buildDir string
)

// BuildWASM compiles the Go main package in dir (relative to the caller's package, or
// absolute) for GOOS=wasip1 GOARCH=wasm once per test process, and returns the module's
// path and sha256.
func BuildWASM(tb testing.TB, dir string) (path, sum string) {
	tb.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		tb.Fatal(err)
	}
	buildMu.Lock()
	defer buildMu.Unlock()
	if p, ok := built[abs]; ok {
		return p, fileSum(tb, p)
	}
	if buildDir == "" {
		if buildDir, err = os.MkdirTemp("", "decloud-wasm-build-"); err != nil {
			tb.Fatal(err)
		}
	}
	out := filepath.Join(buildDir, fmt.Sprintf("%s-%d.wasm", filepath.Base(abs), len(built)))
	if err := GoBuild(abs, out, "wasip1", "wasm"); err != nil {
		tb.Fatal(err)
	}
	built[abs] = out
	return out, fileSum(tb, out)
}

// GoBuild builds the Go main package in dir into out for goos/goarch (the host's when empty).
func GoBuild(dir, out, goos, goarch string) error {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go") //nolint:staticcheck // the toolchain running the tests builds the apps
	cmd := exec.CommandContext(context.Background(), goTool, "build", "-trimpath", "-o", out, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if goos != "" {
		cmd.Env = append(cmd.Env, "GOOS="+goos, "GOARCH="+goarch)
	}
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building %s for %s/%s: %v\n%s", dir, goos, goarch, err, b)
	}
	return nil
}

func fileSum(tb testing.TB, path string) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
