package ociimage

import (
	"archive/tar"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
)

// ent is one entry of a test tar stream.
type ent struct {
	name string
	typ  byte
	body string
	link string
	mode int64
}

func file(name, body string) ent { return ent{name: name, typ: tar.TypeReg, body: body, mode: 0o644} }
func dir(name string) ent        { return ent{name: name, typ: tar.TypeDir, mode: 0o755} }
func symlink(name, to string) ent {
	return ent{name: name, typ: tar.TypeSymlink, link: to, mode: 0o777}
}
func hardlink(name, to string) ent { return ent{name: name, typ: tar.TypeLink, link: to, mode: 0o644} }

// testTime is every test entry's modification time.
var testTime = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

// tarOf returns a tar stream of the entries.
func tarOf(t testing.TB, entries ...ent) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range entries {
		hdr := &tar.Header{Name: e.name, Typeflag: e.typ, Linkname: e.link, Mode: e.mode, Size: int64(len(e.body)), ModTime: testTime, Format: tar.FormatPAX}
		if e.typ != tar.TypeReg {
			hdr.Size = 0
		}
		if err := tw.WriteHeader(hdr); err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(tw, e.body); err != nil && hdr.Size > 0 {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// newImage builds an OCI image for os/arch with cfg and one gzip layer per tar stream.
func newImage(t testing.TB, osName, arch string, cfg v1.Config, layers ...[]byte) v1.Image {
	t.Helper()
	img, err := assemble(osName, arch, cfg, layers...)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// helloImage is an image for this machine holding /hello.
func helloImage(t testing.TB, body string) v1.Image {
	return newImage(t, "linux", runtime.GOARCH, v1.Config{Cmd: []string{"/hello"}}, tarOf(t, file("hello", body)))
}

func digestOf(t testing.TB, img v1.Image) v1.Hash {
	t.Helper()
	h, err := img.Digest()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// writeLayout writes img into a new layout directory.
func writeLayout(t testing.TB, img v1.Image) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "layout")
	p, err := layout.Write(dir, empty.Index)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.AppendImage(img); err != nil {
		t.Fatal(err)
	}
	return dir
}

// tarLayout writes a tar archive of the layout directory root, names relative to it.
func tarLayout(t testing.TB, root string) string {
	t.Helper()
	var entries []ent
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == root {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			entries = append(entries, dir(rel))
			return nil
		}
		b, err := os.ReadFile(p)
		entries = append(entries, file(rel, string(b)))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(t.TempDir(), "layout.tar")
	if err := os.WriteFile(archive, tarOf(t, entries...), 0o600); err != nil {
		t.Fatal(err)
	}
	return archive
}

// blobPath is where the layout at dir keeps blob h.
func blobPath(dir string, h v1.Hash) string { return filepath.Join(dir, "blobs", h.Algorithm, h.Hex) }

// flipByte changes one byte of the file at p, keeping its length.
func flipByte(t testing.TB, p string) {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0xff
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// names lists the names in dir, sorted.
func names(t testing.TB, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range des {
		out = append(out, d.Name())
	}
	slices.Sort(out)
	return out
}
