package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The binary needs neither the source tree nor a Go toolchain: `decloud demo` runs in an
// empty directory with no go tool on PATH or at GOROOT and no user cache, its k-means app
// built in (examples/prebuilt). It exits 0 only if every check of the story holds.
func TestDemoOutsideTheRepository(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if testing.Short() {
		t.Skip("the demo runs a whole grid in a separate process (full tier only)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, os.Args[0], "demo", "--workers", "3")
	cmd.Dir = empty
	// The last of each variable wins: no go on PATH, a GOROOT without a toolchain (the old
	// build from sources looked there), and HOME and the cache directory in the test's.
	cmd.Env = append(os.Environ(), runMainEnv+"=1", "PATH="+empty, "GOROOT="+filepath.Join(dir, "no-go"),
		"HOME="+dir, "XDG_CACHE_HOME="+filepath.Join(dir, "cache"))
	out, err := cmd.CombinedOutput()
	t.Logf("decloud demo in %v", time.Since(start).Round(time.Second))
	if err != nil {
		t.Fatalf("decloud demo outside the repository: %v\n%s", err, out)
	}
	for _, want := range []string{"built into this binary", "everything holds"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the output lacks %q:\n%s", want, out)
		}
	}
}
