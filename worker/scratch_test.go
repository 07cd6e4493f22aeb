package worker

import (
	"log/slog"
	"os"
	"path/filepath"
	"testing"
)

// A pair given back is emptied (files, directories, dotfiles, read-only content) and is
// the next one taken; pairs taken at once are distinct; what a crash left goes at start.
func TestScratchReusesEmptiedPairs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "scratch")
	if err := os.MkdirAll(filepath.Join(dir, "0", "out"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "0", "out", "left"), []byte("a crashed run's"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := newScratch(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.take()
	if err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(a.out); len(entries) != 0 {
		t.Fatalf("a new pair's out holds %d entries", len(entries))
	}
	b, err := s.take()
	if err != nil {
		t.Fatal(err)
	}
	if a.in == b.in || a.out == b.out {
		t.Fatalf("two pairs taken at once share a directory: %v %v", a, b)
	}
	for _, p := range []string{filepath.Join(a.in, "x"), filepath.Join(a.out, ".hidden"), filepath.Join(a.out, "d", "e", "f")} {
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("run"), 0o400); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(a.out, "d", "e"), 0o500); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(a.out, 0o755); err != nil {
		t.Fatal(err)
	}
	s.give(a, slog.New(slog.DiscardHandler))
	c, err := s.take()
	if err != nil {
		t.Fatal(err)
	}
	if c != a {
		t.Fatalf("the pair given back was not reused: %v, then %v", a, c)
	}
	for _, d := range []string{c.in, c.out} {
		entries, err := os.ReadDir(d)
		if err != nil || len(entries) != 0 {
			t.Fatalf("%s after its run: %d entries (%v)", d, len(entries), err)
		}
		if info, _ := os.Stat(d); info.Mode().Perm() != 0o700 {
			t.Fatalf("%s has mode %v", d, info.Mode().Perm())
		}
	}
}

// Workers sharing a scratch root get directories of their own; a tmpfs without room for
// what the runs may write is not chosen.
func TestScratchPlaces(t *testing.T) {
	root := t.TempDir()
	a, b := scratchFor(root, "/var/lib/worker-a"), scratchFor(root, "/var/lib/worker-b")
	if a == b || filepath.Dir(a) != root || scratchFor(root, "/var/lib/worker-a/") != a {
		t.Fatalf("scratch of two workers: %s, %s", a, b)
	}
	dir := t.TempDir()
	if got := DefaultScratch(dir, 1<<62); got != dir {
		t.Fatalf("a scratch for 4 EiB of output: %s", got)
	}
	if got := DefaultScratch(dir, 0); got != dir && got != sharedMemory {
		t.Fatalf("scratch: %s", got)
	}
}
