package prebuilt

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/decloud/decloud/examples/prebuilt/internal/appbuild"
)

// root is the repository's root, seen from this package's directory.
var root = filepath.Join("..", "..")

const regenerate = "run go generate ./examples/prebuilt"

func mustManifest(t *testing.T) appbuild.Manifest {
	t.Helper()
	m, err := manifest()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The manifest lists the apps appbuild.Apps names, built with appbuild.Flags, and every
// embedded module matches its size and sha256; nothing else is embedded.
func TestModulesMatchManifest(t *testing.T) {
	m := mustManifest(t)
	if !slices.Equal(Names(), appbuild.Apps) || !slices.Equal(m.Flags, appbuild.Flags) {
		t.Fatalf("the manifest lists %v built with %q, the generator %v with %q: %s", Names(), m.Flags, appbuild.Apps, appbuild.Flags, regenerate)
	}
	for _, e := range m.Modules {
		module, err := Module(e.Name)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes, %s", e.Name, len(module), e.SHA256)
	}
	embedded, err := files.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	if len(embedded) != len(m.Modules)+1 {
		t.Errorf("%d files embedded, want the manifest and its %d modules: %s", len(embedded), len(m.Modules), regenerate)
	}
	if _, err := Module("nope"); err == nil {
		t.Error("an app not built in: no error")
	}
}

// A change to an app's sources (its directory, examples/internal/appio, go.mod or go.sum)
// without regenerating its module fails here.
func TestModulesCurrent(t *testing.T) {
	for _, e := range mustManifest(t).Modules {
		sum, err := appbuild.SourcesHash(root, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		if sum != e.Sources {
			t.Errorf("%s is stale: its sources %v changed since it was built (hash %s, the manifest's %s): %s",
				e.File, appbuild.Sources(e.Name), sum, e.Sources, regenerate)
		}
	}
}

// Rebuilt from its sources, the smallest module comes out byte for byte as committed. Only
// under the Go version that built the modules: the compiler, linker and runtime change the
// bytes from one release to the next (patch releases included), so another version makes a
// different but equally valid module, and TestModulesCurrent alone holds there.
func TestModuleReproducible(t *testing.T) {
	m := mustManifest(t)
	if runtime.Version() != m.Go {
		t.Skipf("the modules were built by %s, this is %s: their bytes are reproducible under the same version only", m.Go, runtime.Version())
	}
	goTool, err := exec.LookPath("go") // go test puts its own toolchain first on PATH
	if err != nil {
		t.Skipf("no go tool: %v", err)
	}
	smallest := slices.MinFunc(m.Modules, func(a, b appbuild.Entry) int { return a.Size - b.Size })
	built, goVersion, err := appbuild.Build(context.Background(), goTool, root, smallest.Name)
	if err != nil {
		t.Fatal(err)
	}
	if goVersion != m.Go {
		t.Skipf("the go tool on PATH is %s, not %s", goVersion, m.Go)
	}
	committed, err := Module(smallest.Name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(built, committed) {
		t.Fatalf("%s rebuilt by %s (%d bytes, sha256 %x) differs from the committed module (%d bytes, %s): the build is not reproducible, or its sources changed (%s)",
			smallest.Name, goVersion, len(built), sha256.Sum256(built), len(committed), smallest.SHA256, regenerate)
	}
}
