// Package legacy packages two legacy applications as OCI images, with no Docker daemon:
// the layers are assembled from files of the build machine (executor/oci/ociimage.Build).
//
//   - wordfreq.sh, a shell pipeline (cat, tr, grep, sort, uniq, head, awk) on a static
//     busybox: the TOP most frequent words of its inputs.
//   - stats.py, a Python program on the machine's own CPython: summary statistics of the
//     numeric columns of its CSV inputs. The image holds the interpreter, the shared
//     libraries it and its extension modules link (from ldd), and only the standard
//     modules the program loads: they are found by running it once on sample input (a
//     module it imports on another path would be missing: this is a packager for one
//     program, not a distribution).
//
// `go run ./examples/legacy/build -out DIR` writes both as OCI image layout archives, ready
// for `decloud app deploy --oci`; the tests run each through the container sandbox and the
// grid against golden outputs.
package legacy

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	v1 "github.com/google/go-containerregistry/pkg/v1"

	"github.com/decloud/decloud/executor/oci/ociimage"
)

//go:embed wordfreq.sh
var wordfreq []byte

//go:embed stats.py
var stats []byte

// busyboxTools are the commands wordfreq.sh runs, each a link to busybox.
var busyboxTools = []string{"sh", "cat", "tr", "grep", "sort", "uniq", "head", "awk"}

// Busybox returns the image of wordfreq.sh on the static busybox at path (Debian's
// busybox-static installs /bin/busybox). Its arguments are wordfreq's (TOP).
func Busybox(path string) (v1.Image, error) {
	bin, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("legacy: busybox: %w", err)
	}
	if !isStatic(bin) {
		return nil, fmt.Errorf("legacy: %s is not a static executable (install busybox-static)", path)
	}
	files := []ociimage.File{{Path: "bin/busybox", Mode: 0o755, Data: bin}, {Path: "app/wordfreq.sh", Mode: 0o755, Data: wordfreq}}
	for _, t := range busyboxTools {
		files = append(files, ociimage.File{Path: "bin/" + t, Link: "busybox"})
	}
	// LC_ALL=C: sort and tr compare bytes, the same on every replica.
	return ociimage.Build(files, ociimage.BuildConfig{Entrypoint: []string{"/bin/sh", "/app/wordfreq.sh"}, Env: []string{"PATH=/bin", "LC_ALL=C"}})
}

// isStatic reports whether an ELF executable asks for no program interpreter.
func isStatic(elf []byte) bool {
	return bytes.HasPrefix(elf, []byte("\x7fELF")) && !bytes.Contains(elf[:min(len(elf), 4096)], []byte("ld-linux"))
}

// collector runs a program as __main__ and prints the file of every module it loaded.
const collector = `import runpy, sys
app = sys.argv[1]
sys.argv = [app]
try:
    runpy.run_path(app, run_name="__main__")
except SystemExit:
    pass
for m in list(sys.modules.values()):
    f = getattr(m, "__file__", None)
    if f:
        print(f)
`

// pythonEnv is the image's environment: the standard library under /usr, UTF-8 whatever
// the (absent) locale, and a fixed hash seed, so that sets and dicts of strings iterate in
// the same order on every replica.
var pythonEnv = []string{"PYTHONHOME=/usr", "PYTHONUTF8=1", "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1"}

// Python returns the image of stats.py on the CPython at path (e.g. /usr/bin/python3.11),
// with the modules stats.py loads when it runs on sample (a directory of CSV files).
func Python(ctx context.Context, python, sample string) (v1.Image, error) {
	python, err := filepath.EvalSymlinks(python)
	if err != nil {
		return nil, fmt.Errorf("legacy: python: %w", err)
	}
	tmp, err := os.MkdirTemp("", "decloud-legacy-")
	if err != nil {
		return nil, fmt.Errorf("legacy: %w", err)
	}
	defer os.RemoveAll(tmp)
	app, out := filepath.Join(tmp, "stats.py"), filepath.Join(tmp, "out")
	if err := os.WriteFile(app, stats, 0o644); err != nil {
		return nil, fmt.Errorf("legacy: %w", err)
	}
	if err := os.Mkdir(out, 0o755); err != nil {
		return nil, fmt.Errorf("legacy: %w", err)
	}
	cmd := exec.CommandContext(ctx, python, "-S", "-s", "-B", "-c", collector, app)
	cmd.Env = append([]string{"DECLOUD_IN=" + sample, "DECLOUD_OUT=" + out}, pythonEnv[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	listing, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("legacy: running stats.py on %s to find its modules: %v: %s", sample, err, stderr.Bytes())
	}
	paths := map[string]bool{python: true}
	var natives []string
	sc := bufio.NewScanner(bytes.NewReader(listing))
	for sc.Scan() {
		p := sc.Text()
		if !filepath.IsAbs(p) || strings.HasPrefix(p, tmp) {
			continue // the program itself
		}
		paths[p] = true
		if strings.HasSuffix(p, ".so") {
			natives = append(natives, p)
		}
	}
	for _, bin := range append([]string{python}, natives...) {
		libs, err := sharedLibraries(ctx, bin)
		if err != nil {
			return nil, err
		}
		for _, l := range libs {
			paths[l] = true
		}
	}
	files := []ociimage.File{{Path: "app/stats.py", Mode: 0o644, Data: stats}}
	names := make([]string, 0, len(paths))
	for p := range paths {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		data, err := os.ReadFile(p) // through links: the image holds plain files
		if err != nil {
			return nil, fmt.Errorf("legacy: %w", err)
		}
		mode := int64(0o644)
		if p == python || strings.HasSuffix(p, ".so") || strings.Contains(p, ".so.") {
			mode = 0o755
		}
		files = append(files, ociimage.File{Path: strings.TrimPrefix(p, "/"), Mode: mode, Data: data})
	}
	return ociimage.Build(files, ociimage.BuildConfig{Entrypoint: []string{python, "-S", "-s", "-B", "/app/stats.py"}, Env: pythonEnv})
}

// lddLine is a library ldd lists: "name => /path (0x…)" or "/path (0x…)".
var lddLine = regexp.MustCompile(`(?:=>\s*)?(/\S+)\s+\(0x[0-9a-f]+\)`)

// sharedLibraries lists the shared libraries bin loads, by absolute path (ldd's).
func sharedLibraries(ctx context.Context, bin string) ([]string, error) {
	out, err := exec.CommandContext(ctx, "ldd", bin).Output()
	if err != nil {
		return nil, fmt.Errorf("legacy: ldd %s: %w", bin, err)
	}
	var libs []string
	for line := range strings.Lines(string(out)) {
		if m := lddLine.FindStringSubmatch(line); m != nil {
			libs = append(libs, m[1])
		}
	}
	return libs, nil
}
