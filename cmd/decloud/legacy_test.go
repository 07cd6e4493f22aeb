package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	v1 "github.com/google/go-containerregistry/pkg/v1"

	"github.com/decloud/decloud/examples/legacy"
	"github.com/decloud/decloud/executor/oci/ociimage"
	"github.com/decloud/decloud/sdk"
)

// The two legacy example apps (examples/legacy: a busybox shell pipeline and a Python
// program), packaged as OCI images without Docker, deployed with `app deploy --oci`, bought
// at trust 3 with `decloud run` on `decloud dev`'s workers (containers), each certified
// result equal to its golden output.
func TestLegacyAppsThroughTheGrid(t *testing.T) {
	for _, p := range []string{"/bin/busybox", "/usr/bin/python3"} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("the legacy examples are built from %s (Debian: busybox-static, python3)", p)
		}
	}
	e := startDev(t)
	if !strings.Contains(e.devOut, "containers  runc") {
		t.Skipf("decloud dev runs no containers here:\n%s", e.devOut)
	}
	dir := t.TempDir()
	bb, err := legacy.Busybox("/bin/busybox")
	if err != nil {
		t.Fatal(err)
	}
	py, err := legacy.Python(context.Background(), "/usr/bin/python3", "../../examples/efast")
	if err != nil {
		t.Fatal(err)
	}
	sample, err := os.ReadFile("../../examples/testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	prices, err := os.ReadFile("../../examples/efast/prices.csv")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, dataName, output string
		img                    v1.Image
		data                   []byte
		args                   []string
	}{
		{"wordfreq", "sample.txt", "result.txt", bb, sample, []string{"--args", "5"}},
		{"stats", "prices.csv", "result.json", py, prices, nil},
	}
	for _, c := range cases {
		archive := filepath.Join(dir, c.name+".tar")
		if err := ociimage.WriteArchive(c.img, archive); err != nil {
			t.Fatal(err)
		}
		var app, ds sdk.Asset
		e.must(&app, "app", "deploy", c.name, "--oci", archive, "--json")
		file := filepath.Join(dir, c.dataName)
		if err := os.WriteFile(file, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		e.must(&ds, "dataset", "deploy", c.dataName, file, "--json")
		var r runReport
		e.must(&r, append([]string{"run", app.Address.Hex(), "--dataset", ds.Address.Hex(), "--trust", "3", "--out", filepath.Join(dir, c.name), "--json"}, c.args...)...)
		if len(r.Results) != 1 || !r.Results[0].Verified || r.Results[0].Failure != nil {
			t.Fatalf("%s: %+v", c.name, r)
		}
		want, err := os.ReadFile(filepath.Join("../../examples/testdata", c.name+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		if got := tarFile(t, r.Results[0].Path, c.output); got != string(want) {
			t.Fatalf("%s through the grid:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}
