package executortest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/decloud/decloud/executor/oci/ociimage"
)

// BuildOCI compiles the Go main package in dir as a static Linux program and packages it
// as an OCI image whose entrypoint it is (/app), in an OCI image layout directory under
// tb's temporary directory; it returns the layout's path and the image's manifest digest
// (hex): the checksum an oci app has on chain.
func BuildOCI(tb testing.TB, dir string) (layoutDir, digest string) {
	tb.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		tb.Fatal(err)
	}
	bin := filepath.Join(tb.TempDir(), "app")
	if err := GoBuild(abs, bin, "linux", runtime.GOARCH); err != nil {
		tb.Fatal(err)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		tb.Fatal(err)
	}
	return PackOCI(tb, []ociimage.File{{Path: "app", Mode: 0o755, Data: data}}, ociimage.BuildConfig{Entrypoint: []string{"/app"}})
}

// PackOCI writes the image of files and cfg (ociimage.Build) as an OCI image layout under tb's
// temporary directory, and returns the layout's path and the image's manifest digest (hex).
func PackOCI(tb testing.TB, files []ociimage.File, cfg ociimage.BuildConfig) (layoutDir, digest string) {
	tb.Helper()
	img, err := ociimage.Build(files, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	layoutDir = filepath.Join(tb.TempDir(), "layout")
	if err := ociimage.WriteLayout(img, layoutDir); err != nil {
		tb.Fatal(err)
	}
	d, err := img.Digest()
	if err != nil {
		tb.Fatal(err)
	}
	return layoutDir, d.Hex
}
