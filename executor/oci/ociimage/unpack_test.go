package ociimage

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sandbox is a directory holding the unpack target "rootfs" and, beside it, "outside":
// a directory with one file that no unpack may change.
type sandbox struct {
	parent, rootfs, outside string
}

func newSandbox(t testing.TB) sandbox {
	t.Helper()
	s := sandbox{parent: t.TempDir()}
	s.rootfs = filepath.Join(s.parent, "rootfs")
	s.outside = filepath.Join(s.parent, "outside")
	for _, d := range []string{s.rootfs, s.outside} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(s.outside, "keep"), []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	return s
}

// untouched fails t if anything beside rootfs changed.
func (s sandbox) untouched(t testing.TB) {
	t.Helper()
	if n := names(t, s.parent); !slices.Equal(n, []string{"outside", "rootfs"}) {
		t.Fatalf("the unpack created %v beside the rootfs", n)
	}
	if n := names(t, s.outside); !slices.Equal(n, []string{"keep"}) {
		t.Fatalf("the unpack created %v outside the rootfs", n)
	}
	if b, err := os.ReadFile(filepath.Join(s.outside, "keep")); err != nil || string(b) != "keep" {
		t.Fatalf("the unpack changed a file outside the rootfs: %q, %v", b, err)
	}
}

func unpackTest(s sandbox, stream []byte) (unpackStats, error) {
	return unpack(context.Background(), bytes.NewReader(stream), s.rootfs, 1<<20, 1000, false)
}

func TestUnpackHostile(t *testing.T) {
	type check func(t *testing.T, s sandbox, st unpackStats)
	absent := func(names ...string) check {
		return func(t *testing.T, s sandbox, _ unpackStats) {
			for _, n := range names {
				if _, err := os.Lstat(filepath.Join(s.rootfs, n)); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("%s exists (%v)", n, err)
				}
			}
		}
	}
	content := func(name, want string) check {
		return func(t *testing.T, s sandbox, _ unpackStats) {
			if b, err := os.ReadFile(filepath.Join(s.rootfs, name)); err != nil || string(b) != want {
				t.Errorf("%s holds %q (%v), want %q", name, b, err, want)
			}
		}
	}
	mode := func(name string, want fs.FileMode) check {
		return func(t *testing.T, s sandbox, _ unpackStats) {
			if fi, err := os.Lstat(filepath.Join(s.rootfs, name)); err != nil || fi.Mode() != want {
				t.Errorf("%s: mode %v (%v), want %v", name, fi.Mode(), err, want)
			}
		}
	}
	stats := func(want unpackStats) check {
		return func(t *testing.T, _ sandbox, st unpackStats) {
			if st != want {
				t.Errorf("stats %+v, want %+v", st, want)
			}
		}
	}
	tests := []struct {
		name    string
		entries func(s sandbox) []ent
		want    error // nil: the unpack succeeds
		checks  []check
	}{
		{name: "dot-dot escape", entries: func(sandbox) []ent { return []ent{file("../outside/keep", "evil")} }, want: ErrBadImage},
		{name: "dot-dot inside a name", entries: func(sandbox) []ent { return []ent{dir("a"), file("a/../../outside/x", "evil")} }, want: ErrBadImage},
		{name: "dot-dot even when it stays inside", entries: func(sandbox) []ent { return []ent{dir("a"), file("a/../b", "x")} }, want: ErrBadImage},
		{name: "absolute name kept inside", entries: func(sandbox) []ent { return []ent{file("/abs/file", "x")} },
			checks: []check{content("abs/file", "x")}},
		{name: "write through an absolute symlink", entries: func(s sandbox) []ent {
			return []ent{symlink("link", s.outside), file("link/keep", "evil")}
		}, want: ErrBadImage},
		{name: "directory through a symlink", entries: func(s sandbox) []ent {
			return []ent{symlink("link", s.outside), dir("link/sub")}
		}, want: ErrBadImage},
		{name: "write through a relative symlink", entries: func(sandbox) []ent {
			return []ent{symlink("link", "../outside"), file("link/x", "evil")}
		}, want: ErrBadImage},
		{name: "symlink inside is not followed either", entries: func(sandbox) []ent {
			return []ent{dir("d"), symlink("link", "d"), file("link/x", "x")}
		}, want: ErrBadImage},
		{name: "symlink over an existing file is not followed", entries: func(s sandbox) []ent {
			return []ent{file("x", "first"), symlink("x", s.outside+"/keep"), file("x", "evil")}
		}, checks: []check{content("x", "first"), stats(unpackStats{Bytes: 5, Entries: 3, Skipped: 2})}},
		{name: "symlinks created as they are", entries: func(s sandbox) []ent {
			return []ent{symlink("abs", "/etc/passwd"), symlink("rel", "../../outside/keep")}
		}, checks: []check{func(t *testing.T, s sandbox, _ unpackStats) {
			for name, want := range map[string]string{"abs": "/etc/passwd", "rel": "../../outside/keep"} {
				if got, err := os.Readlink(filepath.Join(s.rootfs, name)); err != nil || got != want {
					t.Errorf("%s -> %q (%v), want %q", name, got, err, want)
				}
			}
		}}},
		{name: "hard link escaping", entries: func(sandbox) []ent { return []ent{hardlink("h", "../outside/keep")} }, want: ErrBadImage},
		{name: "hard link to a host path", entries: func(sandbox) []ent { return []ent{hardlink("h", "/etc/passwd")} },
			checks: []check{absent("h"), stats(unpackStats{Entries: 1, Skipped: 1})}},
		{name: "hard link to a symlink", entries: func(s sandbox) []ent {
			return []ent{symlink("s", s.outside+"/keep"), hardlink("h", "s")}
		}, checks: []check{absent("h")}},
		{name: "hard link to a directory", entries: func(sandbox) []ent { return []ent{dir("d"), hardlink("h", "d")} },
			checks: []check{absent("h")}},
		{name: "hard link through a symlinked parent", entries: func(sandbox) []ent {
			return []ent{symlink("s", "../outside"), hardlink("h", "s/keep")}
		}, checks: []check{absent("h")}},
		{name: "hard link to itself", entries: func(sandbox) []ent { return []ent{hardlink("h", "h")} }, checks: []check{absent("h")}},
		{name: "hard links to files before and after", entries: func(sandbox) []ent {
			return []ent{file("a", "A"), hardlink("h1", "a"), hardlink("h2", "b"), hardlink("h3", "h2"), file("b", "B")}
		}, checks: []check{content("h1", "A"), content("h2", "B"), content("h3", "B"), func(t *testing.T, s sandbox, _ unpackStats) {
			a, _ := os.Stat(filepath.Join(s.rootfs, "a"))
			h1, _ := os.Stat(filepath.Join(s.rootfs, "h1"))
			if !os.SameFile(a, h1) {
				t.Error("h1 is not a hard link to a")
			}
		}}},
		{name: "device nodes and fifos skipped", entries: func(sandbox) []ent {
			return []ent{{name: "null", typ: tar.TypeChar}, {name: "sda", typ: tar.TypeBlock}, {name: "fifo", typ: tar.TypeFifo}}
		}, checks: []check{absent("null", "sda", "fifo"), stats(unpackStats{Entries: 3, Special: 3})}},
		{name: "setuid and setgid stripped", entries: func(sandbox) []ent {
			return []ent{{name: "su", typ: tar.TypeReg, mode: 0o4755}, {name: "sg", typ: tar.TypeReg, mode: 0o2711},
				{name: "d", typ: tar.TypeDir, mode: 0o3775}}
		}, checks: []check{mode("su", 0o755), mode("sg", 0o711), mode("d", fs.ModeDir|fs.ModeSticky|0o775),
			stats(unpackStats{Entries: 3, Stripped: 2})}},
		{name: "read-only directory still filled", entries: func(sandbox) []ent {
			return []ent{{name: "ro", typ: tar.TypeDir, mode: 0o555}, file("ro/f", "x")}
		}, checks: []check{content("ro/f", "x"), mode("ro", fs.ModeDir|0o555), func(t *testing.T, s sandbox, _ unpackStats) {
			t.Cleanup(func() { os.Chmod(filepath.Join(s.rootfs, "ro"), 0o755) }) // lets a non-root TempDir go
		}}},
		{name: "missing parents made", entries: func(sandbox) []ent { return []ent{file("x/y/z", "z")} },
			checks: []check{content("x/y/z", "z"), mode("x", fs.ModeDir|0o755), mode("x/y", fs.ModeDir|0o755),
				stats(unpackStats{Bytes: 1, Entries: 3})}},
		{name: "entry beneath a file", entries: func(sandbox) []ent { return []ent{file("f", "x"), file("f/g", "y")} }, want: ErrBadImage},
		{name: "first of duplicates wins", entries: func(sandbox) []ent {
			return []ent{file("a", "upper"), file("a", "lower"), dir("a"), file("d/x", "x"), file("d", "lower")}
		}, checks: []check{content("a", "upper"), content("d/x", "x")}},
		{name: "too many bytes", entries: func(sandbox) []ent { return []ent{file("big", strings.Repeat("x", 1<<20+1))} }, want: ErrTooLarge},
		{name: "too many bytes over files", entries: func(sandbox) []ent {
			return []ent{file("a", strings.Repeat("x", 600<<10)), file("b", strings.Repeat("x", 600<<10))}
		}, want: ErrTooLarge},
		{name: "too many entries", entries: func(sandbox) []ent {
			var es []ent
			for range 1001 {
				es = append(es, ent{name: "p", typ: tar.TypeFifo})
			}
			return es
		}, want: ErrTooLarge},
		{name: "too many entries in parents", entries: func(sandbox) []ent {
			var es []ent
			for i := range 10 {
				es = append(es, file(strings.Repeat(string(rune('a'+i))+"/", 100)+"f", ""))
			}
			return es
		}, want: ErrTooLarge},
		{name: "too deep", entries: func(sandbox) []ent { return []ent{file(strings.Repeat("d/", maxDepth)+"f", "")} }, want: ErrBadImage},
		{name: "deep but not too deep", entries: func(sandbox) []ent { return []ent{file(strings.Repeat("d/", maxDepth-1)+"f", "x")} },
			checks: []check{content(strings.Repeat("d/", maxDepth-1)+"f", "x")}},
		{name: "overlong element", entries: func(sandbox) []ent { return []ent{file(strings.Repeat("n", 256), "")} }, want: ErrBadImage},
		{name: "truncated stream", entries: nil, want: ErrBadImage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSandbox(t)
			var stream []byte
			if tt.entries != nil {
				stream = tarOf(t, tt.entries(s)...)
			} else {
				full := tarOf(t, file("f", strings.Repeat("x", 2000)))
				stream = full[:1024]
			}
			st, err := unpackTest(s, stream)
			s.untouched(t)
			if tt.want != nil {
				if !errors.Is(err, tt.want) || !errors.Is(err, ErrBadImage) {
					t.Fatalf("unpack: %v, want %v", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("unpack: %v", err)
			}
			for _, c := range tt.checks {
				c(t, s, st)
			}
		})
	}
}

func TestUnpackKeepsTimes(t *testing.T) {
	s := newSandbox(t)
	if _, err := unpackTest(s, tarOf(t, dir("d"), file("d/f", "x"), file("g/h", "y"))); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"d", "d/f", "g/h"} {
		if fi, err := os.Stat(filepath.Join(s.rootfs, name)); err != nil || !fi.ModTime().Equal(testTime) {
			t.Errorf("%s: mtime %v (%v), want %v", name, fi.ModTime(), err, testTime)
		}
	}
	if fi, err := os.Stat(filepath.Join(s.rootfs, "g")); err != nil || fi.ModTime().Unix() != 0 {
		t.Errorf("implicit directory g: mtime %v (%v), want the epoch", fi.ModTime(), err)
	}
}

func TestUnpackStopsOnCancel(t *testing.T) {
	s := newSandbox(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := unpack(ctx, bytes.NewReader(tarOf(t, file("f", "x"))), s.rootfs, 1<<20, 1000, false)
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrBadImage) {
		t.Fatalf("unpack: %v, want context.Canceled alone", err)
	}
}

// outsideMark in a fuzzed link target stands for the sandbox's outside directory.
const outsideMark = "@OUT@"

// FuzzUnpack feeds arbitrary tar streams to the unpacker and checks that nothing is ever
// created or changed outside the target directory. Each stream is unpacked as it is and,
// when it parses, once more with outsideMark in its link targets replaced by the
// absolute path of a directory beside the target, so that the fuzzer can aim links at it.
func FuzzUnpack(f *testing.F) {
	seeds := [][]ent{
		{file("hello", "hi"), dir("d"), file("d/f", "x")},
		{symlink("link", outsideMark), file("link/keep", "evil")},
		{symlink("link", outsideMark+"/keep"), file("link", "evil")},
		{symlink("link", "../outside"), dir("link/sub")},
		{hardlink("h", outsideMark+"/keep")},
		{hardlink("h", "../outside/keep")},
		{file("a", "x"), hardlink("b", "a"), hardlink("c", "later"), file("later", "y")},
		{file("../outside/keep", "evil")},
		{dir("d"), symlink("d/s", ".."), file("d/s/outside/keep", "evil")},
		{{name: "dev", typ: tar.TypeChar}, {name: "su", typ: tar.TypeReg, mode: 0o6755}},
	}
	for _, s := range seeds {
		f.Add(tarOf(f, s...))
	}
	f.Fuzz(func(t *testing.T, stream []byte) {
		s := newSandbox(t)
		unpack(context.Background(), bytes.NewReader(stream), s.rootfs, 1<<20, 200, false)
		s.untouched(t)
		s2 := newSandbox(t)
		if aimed := aim(stream, s2.outside); aimed != nil {
			unpack(context.Background(), bytes.NewReader(aimed), s2.rootfs, 1<<20, 200, false)
			s2.untouched(t)
		}
	})
}

// aim rewrites a tar stream with outsideMark in its link targets replaced by outside; it
// returns nil when the stream does not parse.
func aim(stream []byte, outside string) []byte {
	tr := tar.NewReader(bytes.NewReader(stream))
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil
		}
		hdr.Linkname = strings.ReplaceAll(hdr.Linkname, outsideMark, outside)
		hdr.Format = tar.FormatPAX
		if tw.WriteHeader(hdr) != nil {
			return nil
		}
		if _, err := io.Copy(tw, io.LimitReader(tr, 1<<20)); err != nil {
			return nil
		}
	}
	if tw.Close() != nil {
		return nil
	}
	return buf.Bytes()
}
