package legacy

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	v1 "github.com/google/go-containerregistry/pkg/v1"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/oci"
	"github.com/decloud/decloud/executor/oci/ociimage"
)

var update = flag.Bool("update", false, "rewrite the golden outputs")

// Paths of the build machine's programs the images are made of (Debian's busybox-static and
// python3 packages).
const (
	busyboxPath = "/bin/busybox"
	pythonPath  = "/usr/bin/python3"
)

// writeLayout writes img as an OCI image layout and returns its path and manifest digest.
func writeLayout(t *testing.T, img v1.Image) (string, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "layout")
	if err := ociimage.WriteLayout(img, dir); err != nil {
		t.Fatal(err)
	}
	d, err := img.Digest()
	if err != nil {
		t.Fatal(err)
	}
	return dir, d.Hex
}

// runImage runs the image with args on the files of in (copied) and returns the named
// output file.
func runImage(t *testing.T, x *oci.Executor, dir, digest, in, output string, args ...string) ([]byte, error) {
	t.Helper()
	inCopy := t.TempDir()
	entries, err := os.ReadDir(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(in, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(inCopy, e.Name()), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s := executor.Spec{TaskID: "0x" + strings.Repeat("12", 32), App: dir, Checksum: digest, Args: args, InputDir: inCopy,
		OutputDir: t.TempDir(), Timeout: time.Minute}
	res, err := x.Run(context.Background(), s)
	if err != nil {
		return nil, errors.Join(err, errors.New(string(res.Stderr)))
	}
	return os.ReadFile(filepath.Join(s.OutputDir, output))
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s:\n%s\nwant:\n%s", name, got, want)
	}
}

func executorOrSkip(t *testing.T) *oci.Executor {
	t.Helper()
	if info := oci.Probe(""); !info.Available {
		t.Skipf("no containers here: %s", info.Reason)
	}
	x, err := oci.New(context.Background(), oci.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// The shell pipeline, twice (the same bytes: replicas agree), and its refusal of a bad
// argument.
func TestWordfreq(t *testing.T) {
	if _, err := os.Stat(busyboxPath); err != nil {
		t.Skipf("no static busybox at %s (Debian: apt-get install busybox-static)", busyboxPath)
	}
	x := executorOrSkip(t)
	img, err := Busybox(busyboxPath)
	if err != nil {
		t.Fatal(err)
	}
	// As `decloud app deploy --oci` uploads it: a layout archive.
	dir := filepath.Join(t.TempDir(), "wordfreq.tar")
	if err := ociimage.WriteArchive(img, dir); err != nil {
		t.Fatal(err)
	}
	d, err := img.Digest()
	if err != nil {
		t.Fatal(err)
	}
	digest := d.Hex
	in := t.TempDir()
	sample, err := os.ReadFile("../testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "sample.txt"), sample, 0o644); err != nil {
		t.Fatal(err)
	}
	first, err := runImage(t, x, dir, digest, in, "result.txt", "5")
	if err != nil {
		t.Fatal(err)
	}
	second, err := runImage(t, x, dir, digest, in, "result.txt", "5")
	if err != nil || !bytes.Equal(first, second) {
		t.Fatalf("a second run gave %q (%v), the first %q", second, err, first)
	}
	golden(t, "wordfreq", first)
	var ee *executor.ExitError
	if _, err := runImage(t, x, dir, digest, in, "result.txt", "five"); !errors.As(err, &ee) || ee.Code != 64 || !strings.Contains(ee.Reason, "whole number") {
		t.Fatalf("a bad TOP gave %v", err)
	}
}

// The Python program, twice, on the eFast price file.
func TestStats(t *testing.T) {
	if _, err := exec.LookPath(pythonPath); err != nil {
		t.Skipf("no python at %s", pythonPath)
	}
	x := executorOrSkip(t)
	in := t.TempDir()
	prices, err := os.ReadFile("../efast/prices.csv")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "prices.csv"), prices, 0o644); err != nil {
		t.Fatal(err)
	}
	img, err := Python(context.Background(), pythonPath, in)
	if err != nil {
		t.Fatal(err)
	}
	dir, digest := writeLayout(t, img)
	if size, err := img.Manifest(); err == nil {
		var n int64
		for _, l := range size.Layers {
			n += l.Size
		}
		t.Logf("the Python image: %d bytes compressed", n)
	}
	first, err := runImage(t, x, dir, digest, in, "result.json")
	if err != nil {
		t.Fatal(err)
	}
	second, err := runImage(t, x, dir, digest, in, "result.json")
	if err != nil || !bytes.Equal(first, second) {
		t.Fatalf("a second run differs (%v)", err)
	}
	golden(t, "stats", first)
}
