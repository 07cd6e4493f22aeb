package poco

import (
	"archive/tar"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCanonicalArchiveIsDeterministic(t *testing.T) {
	files := map[string]string{"b.txt": "two", "a.txt": "one", "sub/c.txt": "three", "sub/deeper/d": ""}
	d1, d2 := writeTree(t, files), writeTree(t, files)
	// Different times and modes on the second copy must not matter.
	old := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	os.Chtimes(filepath.Join(d2, "a.txt"), old, old)
	os.Chmod(filepath.Join(d2, "b.txt"), 0o755)
	a1, err := CanonicalArchive(d1, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	a2, err := CanonicalArchive(d2, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a1, a2) {
		t.Fatal("identical trees gave different archives")
	}
	// Sorted, with fixed metadata.
	tr := tar.NewReader(bytes.NewReader(a1))
	var names []string
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		names = append(names, h.Name)
		if !h.ModTime.Equal(time.Unix(0, 0)) || h.Uid != 0 || h.Uname != "" {
			t.Fatalf("%s: metadata not fixed: %+v", h.Name, h)
		}
	}
	want := []string{"a.txt", "b.txt", "sub/", "sub/c.txt", "sub/deeper/", "sub/deeper/d"}
	if len(names) != len(want) {
		t.Fatalf("entries %v, want %v", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("entries %v, want %v", names, want)
		}
	}
	files["a.txt"] = "ONE"
	a3, _ := CanonicalArchive(writeTree(t, files), 1<<20)
	if ResultDigest(a3, nil, false) == ResultDigest(a1, nil, false) {
		t.Fatal("a changed file kept the digest")
	}
}

func TestCanonicalArchiveRefuses(t *testing.T) {
	dir := writeTree(t, map[string]string{"big": string(make([]byte, 2048))})
	if _, err := CanonicalArchive(dir, 1024); !errors.Is(err, ErrBadOutput) {
		t.Fatalf("oversized output: %v", err)
	}
	link := writeTree(t, map[string]string{"a": "x"})
	if err := os.Symlink("/etc/passwd", filepath.Join(link, "l")); err != nil {
		t.Skip(err)
	}
	if _, err := CanonicalArchive(link, 1<<20); !errors.Is(err, ErrBadOutput) {
		t.Fatalf("a symlink was archived: %v", err)
	}
}

func TestResultDigestWithCallback(t *testing.T) {
	data := []byte("price=42")
	if ResultDigest([]byte("archive"), data, true) != crypto.Keccak256Hash(data) {
		t.Fatal("with a callback the digest is keccak256 of callback.bin")
	}
	if ResultDigest([]byte("archive"), data, false) == crypto.Keccak256Hash(data) {
		t.Fatal("without a callback the digest is of the archive")
	}
}

// What CanonicalArchive packs, ArchiveFiles reads back; limits and bad input are refused.
func TestArchiveFilesRoundTrip(t *testing.T) {
	files := map[string]string{"a.txt": "one", "sub/c.txt": "three", "callback.bin": "\x01"}
	a, err := CanonicalArchive(writeTree(t, files), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ArchiveFiles(a, 1<<20)
	if err != nil || len(got) != len(files) {
		t.Fatalf("%v %v", got, err)
	}
	for name, want := range files {
		if string(got[name]) != want {
			t.Fatalf("%s: %q, want %q", name, got[name], want)
		}
	}
	if b, err := ArchiveFile(a, CallbackFile, 1<<20); err != nil || string(b) != "\x01" {
		t.Fatalf("callback.bin: %q %v", b, err)
	}
	if _, err := ArchiveFile(a, "missing", 1<<20); err == nil {
		t.Fatal("a missing file was found")
	}
	if _, err := ArchiveFiles(a, 5); err == nil {
		t.Fatal("an archive over the limit was read")
	}
	if _, err := ArchiveFiles([]byte("not a tar archive at all, not even close to one"), 1<<20); err == nil {
		t.Fatal("garbage was read as an archive")
	}
}
