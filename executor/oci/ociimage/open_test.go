package ociimage

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/types"
)

func TestOpenLayoutDirAndArchive(t *testing.T) {
	cfg := v1.Config{Entrypoint: []string{"/hello"}, Cmd: []string{"-v"}, Env: []string{"A=1"}, WorkingDir: "/work", User: "1000:1000"}
	img := newImage(t, "linux", runtime.GOARCH, cfg, tarOf(t, file("hello", "hi")))
	dir := writeLayout(t, img)
	digest := digestOf(t, img)
	tmp := t.TempDir()
	for _, path := range []string{dir, tarLayout(t, dir)} {
		got, err := Open(context.Background(), path, digest, WithTempDir(tmp))
		if err != nil {
			t.Fatalf("Open(%s): %v", path, err)
		}
		if d := digestOf(t, got); d != digest {
			t.Errorf("digest %s, want %s", d, digest)
		}
		c, err := Config(got)
		if err != nil {
			t.Fatal(err)
		}
		want := ImageConfig{Entrypoint: cfg.Entrypoint, Cmd: cfg.Cmd, Env: cfg.Env, WorkingDir: cfg.WorkingDir, User: cfg.User}
		if !slices.Equal(c.Entrypoint, want.Entrypoint) || !slices.Equal(c.Cmd, want.Cmd) || !slices.Equal(c.Env, want.Env) ||
			c.WorkingDir != want.WorkingDir || c.User != want.User {
			t.Errorf("Config = %+v, want %+v", c, want)
		}
		if err := got.Close(); err != nil {
			t.Fatal(err)
		}
		if n := names(t, tmp); len(n) != 0 {
			t.Errorf("Close left %v in the temporary directory", n)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "index.json")); err != nil {
		t.Errorf("Close of a directory's image touched the layout: %v", err)
	}
}

func TestOpenFindsNestedIndex(t *testing.T) {
	img := helloImage(t, "hi")
	inner := mutate.AppendManifests(empty.Index, mutate.IndexAddendum{Add: img})
	outer := mutate.AppendManifests(empty.Index, mutate.IndexAddendum{Add: inner})
	dir := filepath.Join(t.TempDir(), "layout")
	p, err := layout.Write(dir, empty.Index)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.AppendIndex(outer); err != nil {
		t.Fatal(err)
	}
	got, err := Open(context.Background(), dir, digestOf(t, img))
	if err != nil {
		t.Fatal(err)
	}
	got.Close()
	innerDigest, _ := inner.Digest()
	if _, err := Open(context.Background(), dir, innerDigest); !errors.Is(err, ErrBadImage) {
		t.Errorf("Open of an index's digest: %v, want ErrBadImage", err)
	}
}

func TestOpenRefuses(t *testing.T) {
	img := helloImage(t, "hello, world")
	digest := digestOf(t, img)
	m, err := img.Manifest()
	if err != nil {
		t.Fatal(err)
	}
	otherArch := "arm64"
	if runtime.GOARCH == otherArch {
		otherArch = "amd64"
	}
	foreign := newImage(t, "linux", otherArch, v1.Config{}, tarOf(t, file("hello", "hi")))
	windows := newImage(t, "windows", runtime.GOARCH, v1.Config{}, tarOf(t, file("hello", "hi")))
	restricted, err := mutate.Append(empty.Image, mutate.Addendum{Layer: mustLayer(t, img), MediaType: types.OCIRestrictedLayer})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		img    v1.Image
		digest v1.Hash
		tamper func(t *testing.T, dir string) // changes the layout before Open
		opts   []Option
		want   error
	}{
		{name: "wrong digest", img: img, digest: v1.Hash{Algorithm: "sha256", Hex: digest.Hex[:63] + "0"}, want: ErrBadImage},
		{name: "not sha256", img: img, digest: v1.Hash{Algorithm: "sha512", Hex: digest.Hex + digest.Hex}, want: ErrBadImage},
		{name: "other architecture", img: foreign, want: ErrPlatform},
		{name: "other os", img: windows, want: ErrPlatform},
		{name: "tampered layer", img: img, tamper: func(t *testing.T, dir string) {
			flipByte(t, blobPath(dir, m.Layers[0].Digest))
		}, want: ErrBadImage},
		{name: "tampered config", img: img, tamper: func(t *testing.T, dir string) {
			flipByte(t, blobPath(dir, m.Config.Digest))
		}, want: ErrBadImage},
		{name: "config rewritten, same length", img: img, tamper: func(t *testing.T, dir string) {
			p := blobPath(dir, m.Config.Digest)
			b, _ := os.ReadFile(p)
			os.WriteFile(p, bytes.Replace(b, []byte(`"/hello"`), []byte(`"/evil!"`), 1), 0o644)
		}, want: ErrBadImage},
		{name: "tampered manifest", img: img, tamper: func(t *testing.T, dir string) {
			flipByte(t, blobPath(dir, digest))
		}, want: ErrBadImage},
		{name: "missing layer", img: img, tamper: func(t *testing.T, dir string) {
			os.Remove(blobPath(dir, m.Layers[0].Digest))
		}, want: ErrBadImage},
		{name: "layer swapped for another", img: img, tamper: func(t *testing.T, dir string) {
			os.WriteFile(blobPath(dir, m.Layers[0].Digest), tarOf(t, file("evil", "x")), 0o644)
		}, want: ErrBadImage},
		{name: "no index.json", img: img, tamper: func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "index.json"))
		}, want: ErrBadImage},
		{name: "over the byte bound", img: img, opts: []Option{WithMaxBytes(100)}, want: ErrTooLarge},
		{name: "non-distributable layer", img: restricted, want: ErrBadImage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeLayout(t, tt.img)
			if tt.tamper != nil {
				tt.tamper(t, dir)
			}
			d := tt.digest
			if d == (v1.Hash{}) {
				d = digestOf(t, tt.img)
			}
			got, err := Open(context.Background(), dir, d, tt.opts...)
			if err == nil {
				got.Close()
			}
			if !errors.Is(err, tt.want) || !errors.Is(err, ErrBadImage) {
				t.Fatalf("Open: %v, want %v", err, tt.want)
			}
			t.Log(err)
		})
	}
}

func mustLayer(t *testing.T, img v1.Image) v1.Layer {
	t.Helper()
	ls, err := img.Layers()
	if err != nil {
		t.Fatal(err)
	}
	return ls[0]
}

func TestOpenRefusesHostileArchive(t *testing.T) {
	img := helloImage(t, "hi")
	digest := digestOf(t, img)
	good, err := os.ReadFile(tarLayout(t, writeLayout(t, img)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		archive []byte
		opts    []Option
		want    error
	}{
		{"escaping name", tarOf(t, file("../escape", "x")), nil, ErrBadImage},
		{"symlink", tarOf(t, symlink("index.json", "/etc/passwd")), nil, ErrBadImage},
		{"hard link", tarOf(t, file("a", "x"), hardlink("index.json", "a")), nil, ErrBadImage},
		{"fifo", tarOf(t, ent{name: "p", typ: '6'}), nil, ErrBadImage},
		{"too many entries", good, []Option{WithMaxEntries(3)}, ErrTooLarge},
		{"too many bytes", good, []Option{WithMaxBytes(64)}, ErrTooLarge},
		{"not a layout", tarOf(t, file("hello", "x")), nil, ErrBadImage},
		{"not a tar", bytes.Repeat([]byte("not a tar "), 100), nil, ErrBadImage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			archive := filepath.Join(t.TempDir(), "a.tar")
			if err := os.WriteFile(archive, tt.archive, 0o600); err != nil {
				t.Fatal(err)
			}
			tmp := t.TempDir()
			got, err := Open(context.Background(), archive, digest, append(tt.opts, WithTempDir(tmp))...)
			if err == nil {
				got.Close()
			}
			if !errors.Is(err, tt.want) || !errors.Is(err, ErrBadImage) {
				t.Fatalf("Open: %v, want %v", err, tt.want)
			}
			if n := names(t, tmp); len(n) != 0 {
				t.Errorf("a refused archive left %v", n)
			}
		})
	}
}
