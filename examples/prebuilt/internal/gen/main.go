// Command gen rebuilds the modules of package prebuilt from their sources and rewrites its
// manifest.json. `go generate ./examples/prebuilt` runs it in that directory, with the go
// tool that runs go generate first on PATH.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/decloud/decloud/examples/prebuilt/internal/appbuild"
)

func main() {
	if err := run(context.Background(), filepath.Join("..", "..")); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// run builds every app of the repository at root into the working directory.
func run(ctx context.Context, root string) error {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("the go tool: %w", err)
	}
	m := appbuild.Manifest{Flags: appbuild.Flags}
	for _, name := range appbuild.Apps {
		e, goVersion, err := generate(ctx, goTool, root, name)
		if err != nil {
			return err
		}
		m.Go = goVersion
		m.Modules = append(m.Modules, e)
		fmt.Printf("%s: %d bytes, sha256 %s\n", e.Name, e.Size, e.SHA256)
	}
	slices.SortFunc(m.Modules, func(a, b appbuild.Entry) int { return strings.Compare(a.Name, b.Name) })
	if err := removeOthers(m); err != nil {
		return err
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("the manifest: %w", err)
	}
	if err := os.WriteFile("manifest.json", append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("the manifest: %w", err)
	}
	return nil
}

// generate builds app name, writes its compressed module and returns its manifest entry.
func generate(ctx context.Context, goTool, root, name string) (appbuild.Entry, string, error) {
	if err := appbuild.CheckDeps(ctx, goTool, root, name); err != nil {
		return appbuild.Entry{}, "", err
	}
	sources, err := appbuild.SourcesHash(root, name)
	if err != nil {
		return appbuild.Entry{}, "", err
	}
	module, goVersion, err := appbuild.Build(ctx, goTool, root, name)
	if err != nil {
		return appbuild.Entry{}, "", err
	}
	gz, err := appbuild.Compress(module)
	if err != nil {
		return appbuild.Entry{}, "", err
	}
	e := appbuild.Entry{Name: name, File: appbuild.FileName(name), Size: len(module), Sources: sources}
	sum := sha256.Sum256(module)
	e.SHA256 = hex.EncodeToString(sum[:])
	if err := os.WriteFile(e.File, gz, 0o644); err != nil {
		return appbuild.Entry{}, "", fmt.Errorf("%s: %w", name, err)
	}
	return e, goVersion, nil
}

// removeOthers deletes the compressed modules that m does not list (apps no longer built in).
func removeOthers(m appbuild.Manifest) error {
	files, err := filepath.Glob("*.wasm.gz")
	if err != nil {
		return err
	}
	for _, f := range files {
		if !slices.ContainsFunc(m.Modules, func(e appbuild.Entry) bool { return e.File == f }) {
			if err := os.Remove(f); err != nil {
				return fmt.Errorf("removing an app no longer built in: %w", err)
			}
		}
	}
	return nil
}
