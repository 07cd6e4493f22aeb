package durable

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// leftovers lists the temporary files in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var tmps []string
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			tmps = append(tmps, e.Name())
		}
	}
	return tmps
}

func checkFile(t *testing.T, path string, want []byte, perm os.FileMode) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("content %q, want %q", got, want)
	}
	if runtime.GOOS == "windows" {
		return
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != perm {
		t.Errorf("mode %v, want %v", fi.Mode().Perm(), perm)
	}
}

func TestWriteFile(t *testing.T) {
	for _, tc := range []struct {
		name    string
		setup   func(t *testing.T, dir string) string // prepares dir, returns the path to write
		data    []byte
		perm    os.FileMode
		wantErr bool
	}{
		{name: "new file", perm: 0o600, data: []byte("hello\n"),
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "f") }},
		{name: "new file 0644", perm: 0o644, data: []byte("{}"),
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "f.json") }},
		{name: "empty", perm: 0o600, data: nil,
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "f") }},
		{name: "overwrite", perm: 0o600, data: []byte("new"),
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "f")
				if err := os.WriteFile(p, []byte("the old, longer content"), 0o644); err != nil {
					t.Fatal(err)
				}
				return p
			}},
		{name: "missing directory", perm: 0o600, data: []byte("x"), wantErr: true,
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "no", "f") }},
		{name: "parent is a file", perm: 0o600, data: []byte("x"), wantErr: true, setup: underAFile},
		{name: "target is a non-empty directory", perm: 0o600, data: []byte("x"), wantErr: true, setup: nonEmptyDir},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tc.setup(t, dir)
			err := WriteFile(path, tc.data, tc.perm)
			if tc.wantErr {
				if err == nil {
					t.Fatal("no error")
				}
				if !strings.HasPrefix(err.Error(), "durable: ") {
					t.Errorf("error %q lacks the durable: prefix", err)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				checkFile(t, path, tc.data, tc.perm)
			}
			if tmps := leftovers(t, dir); len(tmps) != 0 {
				t.Errorf("temporary files left: %v", tmps)
			}
		})
	}
}

func TestWriteFileTwice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	for _, s := range []string{"first, longer", "second"} {
		if err := WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		checkFile(t, path, []byte(s), 0o600)
	}
}

func TestCommit(t *testing.T) {
	for _, tc := range []struct {
		name    string
		target  func(t *testing.T, dir string) string // where to commit
		wantErr bool
	}{
		{name: "new", target: func(t *testing.T, dir string) string { return filepath.Join(dir, "f") }},
		{name: "overwrite", target: func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "f")
			if err := os.WriteFile(p, []byte("old content"), 0o600); err != nil {
				t.Fatal(err)
			}
			return p
		}},
		{name: "other directory", target: func(t *testing.T, dir string) string {
			if err := os.Mkdir(filepath.Join(dir, "sub"), 0o700); err != nil {
				t.Fatal(err)
			}
			return filepath.Join(dir, "sub", "f")
		}},
		{name: "parent is a file", wantErr: true, target: underAFile},
		{name: "target is a non-empty directory", wantErr: true, target: nonEmptyDir},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tc.target(t, dir)
			// The temporary file is made next to dir/f, so it may be in another directory
			// than path: Commit only needs the same file system.
			tmp, err := CreateTemp(filepath.Join(dir, "f"))
			if err != nil {
				t.Fatal(err)
			}
			if filepath.Dir(tmp.Name()) != dir || !strings.HasPrefix(filepath.Base(tmp.Name()), ".f.tmp-") {
				t.Fatalf("temporary file %s, want .f.tmp-* in %s", tmp.Name(), dir)
			}
			data := []byte("streamed\n")
			if _, err := tmp.Write(data); err != nil {
				t.Fatal(err)
			}
			err = Commit(tmp, path)
			if tc.wantErr {
				if err == nil {
					t.Fatal("no error")
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				checkFile(t, path, data, 0o600)
			}
			if tmps := leftovers(t, dir); len(tmps) != 0 {
				t.Errorf("temporary files left: %v", tmps)
			}
			if err := tmp.Close(); err == nil {
				t.Error("Commit left the file open")
			}
		})
	}
}

func TestSyncDir(t *testing.T) {
	if err := SyncDir(t.TempDir()); err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS == "windows" {
		return
	}
	if err := SyncDir(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Fatal("no error for a missing directory")
	}
}

// underAFile is a target whose parent is a regular file (no rename can land there).
func underAFile(t *testing.T, dir string) string {
	p := filepath.Join(dir, "file")
	if err := os.WriteFile(p, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(p, "f")
}

// nonEmptyDir is a target that is a non-empty directory (a file cannot replace it).
func nonEmptyDir(t *testing.T, dir string) string {
	p := filepath.Join(dir, "d")
	if err := os.MkdirAll(filepath.Join(p, "child"), 0o700); err != nil {
		t.Fatal(err)
	}
	return p
}
