package chain_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/decloud/decloud/chain"
)

// Every CursorStore passes the same suite.
func TestCursorStores(t *testing.T) {
	for name, newStore := range map[string]func(t *testing.T) chain.CursorStore{
		"file": func(t *testing.T) chain.CursorStore {
			return &chain.FileCursor{Path: filepath.Join(t.TempDir(), "a", "b", "cursor")}
		},
		"mem": func(*testing.T) chain.CursorStore { return &chain.MemCursor{} },
	} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			c := newStore(t)
			if n, ok, err := c.Load(ctx); n != 0 || ok || err != nil {
				t.Fatalf("new store: %d %v %v, want nothing saved", n, ok, err)
			}
			for _, next := range []uint64{0, 42, 7, 1<<64 - 1} {
				if err := c.Save(ctx, next); err != nil {
					t.Fatal(err)
				}
				if n, ok, err := c.Load(ctx); n != next || !ok || err != nil {
					t.Fatalf("after saving %d: %d %v %v", next, n, ok, err)
				}
			}
		})
	}
}

// A file cursor survives its process: a new value for the same path reads it; the file
// is replaced without leaving temporary files behind.
func TestFileCursorPersists(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "cursor")
	for _, next := range []uint64{5, 6, 1000} {
		if err := (&chain.FileCursor{Path: path}).Save(ctx, next); err != nil {
			t.Fatal(err)
		}
	}
	if n, ok, err := (&chain.FileCursor{Path: path}).Load(ctx); n != 1000 || !ok || err != nil {
		t.Fatalf("reloaded: %d %v %v", n, ok, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("folder holds %d entries, want only the cursor", len(entries))
	}
}

// A cursor that cannot be parsed is an error, never a silent restart from the beginning.
func TestFileCursorCorrupt(t *testing.T) {
	for _, content := range []string{"garbage", "", "-1", "12 13", "18446744073709551616"} {
		c := &chain.FileCursor{Path: filepath.Join(t.TempDir(), "cursor")}
		if err := os.WriteFile(c.Path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if n, ok, err := c.Load(context.Background()); err == nil {
			t.Fatalf("cursor %q loaded as %d (%v)", content, n, ok)
		}
	}
}
