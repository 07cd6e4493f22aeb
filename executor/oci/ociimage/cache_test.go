package ociimage

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/static"
	"github.com/google/go-containerregistry/pkg/v1/types"
)

// countingImage counts the flattenings of an image (each calls Layers once) and, when
// gate is set, signals entered and holds them until gate is closed.
type countingImage struct {
	v1.Image
	layers  atomic.Int32
	gate    chan struct{}
	entered chan struct{} // buffered
}

func gated(img v1.Image) *countingImage {
	return &countingImage{Image: img, gate: make(chan struct{}), entered: make(chan struct{}, 1)}
}

func (c *countingImage) Layers() ([]v1.Layer, error) {
	c.layers.Add(1)
	if c.gate != nil {
		select {
		case c.entered <- struct{}{}:
		default:
		}
		<-c.gate
	}
	return c.Image.Layers()
}

func newCache(t *testing.T, dir string, maxBytes int64) *Cache {
	t.Helper()
	c, err := NewCache(dir, maxBytes, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func readRootfs(t *testing.T, rootfs, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(rootfs, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestCacheUnpacksOnce(t *testing.T) {
	c := newCache(t, t.TempDir(), 1<<20)
	img := gated(helloImage(t, "hi"))
	digest := digestOf(t, img)
	const callers = 8
	var (
		wg       sync.WaitGroup
		started  sync.WaitGroup
		paths    = make([]string, callers)
		releases = make([]func(), callers)
		errs     = make([]error, callers)
	)
	started.Add(callers)
	for i := range callers {
		wg.Go(func() {
			started.Done()
			paths[i], releases[i], errs[i] = c.Rootfs(context.Background(), img, digest)
		})
	}
	started.Wait()
	close(img.gate)
	wg.Wait()
	for i := range callers {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if paths[i] != paths[0] {
			t.Errorf("caller %d got %s, caller 0 %s", i, paths[i], paths[0])
		}
		releases[i]()
		releases[i]() // a second release does nothing
	}
	if got := readRootfs(t, paths[0], "hello"); got != "hi" {
		t.Errorf("hello holds %q", got)
	}
	rootfs, release, err := c.Rootfs(context.Background(), img, digest)
	if err != nil {
		t.Fatal(err)
	}
	release()
	if rootfs != paths[0] {
		t.Errorf("second Rootfs: %s, want %s", rootfs, paths[0])
	}
	if n := img.layers.Load(); n != 1 {
		t.Errorf("the image was flattened %d times, want 1", n)
	}
	if entries, bytes := c.Usage(); entries != 1 || bytes != 2 {
		t.Errorf("Usage() = %d entries, %d bytes, want 1, 2", entries, bytes)
	}
}

func TestCacheAppliesWhiteouts(t *testing.T) {
	lower := tarOf(t, file("a", "a"), dir("d"), file("d/b", "b"), dir("o"), file("o/c", "c"))
	upper := tarOf(t, file(".wh.a", ""), file("d/.wh.b", ""), file("o/.wh..wh..opq", ""), file("o/new", "n"))
	img := newImage(t, "linux", runtime.GOARCH, v1.Config{}, lower, upper)
	c := newCache(t, t.TempDir(), 1<<20)
	rootfs, release, err := c.Rootfs(context.Background(), img, digestOf(t, img))
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	var got []string
	filepath.WalkDir(rootfs, func(p string, _ fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(rootfs, p)
		got = append(got, rel)
		return err
	})
	if want := []string{".", "d", "o", "o/new"}; !slices.Equal(got, want) {
		t.Errorf("rootfs holds %v, want %v", got, want)
	}
}

func TestCacheEvictsLeastRecentlyUsedNotInUse(t *testing.T) {
	dir := t.TempDir()
	c := newCache(t, dir, 2500)
	imgs := map[string]v1.Image{}
	for _, n := range []string{"a", "b", "c", "d"} {
		imgs[n] = helloImage(t, strings.Repeat(n, 1000))
	}
	use := func(n string) (string, func()) {
		t.Helper()
		rootfs, release, err := c.Rootfs(context.Background(), imgs[n], digestOf(t, imgs[n]))
		if err != nil {
			t.Fatal(err)
		}
		return rootfs, release
	}
	cached := func() (out []string) {
		for n, img := range imgs {
			if _, err := os.Stat(filepath.Join(dir, digestOf(t, img).Hex)); err == nil {
				out = append(out, n)
			}
		}
		slices.Sort(out)
		return out
	}

	aRoot, releaseA := use("a") // a stays in use throughout
	_, releaseB := use("b")
	releaseB()
	_, releaseC := use("c") // 3000 bytes: b, the least recently used idle entry, goes
	releaseC()
	if got := cached(); !slices.Equal(got, []string{"a", "c"}) {
		t.Fatalf("cached %v, want [a c]", got)
	}
	_, releaseD := use("d") // a in use, c idle: c goes
	if got := cached(); !slices.Equal(got, []string{"a", "d"}) {
		t.Fatalf("cached %v, want [a d]", got)
	}
	_, releaseC = use("c") // a, d and c all in use: over the size until released
	if entries, bytes := c.Usage(); entries != 3 || bytes != 3000 {
		t.Fatalf("Usage() = %d, %d with every entry in use, want 3, 3000", entries, bytes)
	}
	if got := readRootfs(t, aRoot, "hello"); got != strings.Repeat("a", 1000) {
		t.Fatal("an entry in use was changed")
	}
	releaseD()
	if got := cached(); !slices.Equal(got, []string{"a", "c"}) {
		t.Fatalf("cached %v, want [a c]", got)
	}
	releaseA()
	releaseC()
	if _, bytes := c.Usage(); bytes > 2500 {
		t.Errorf("Usage() = %d bytes, over the size", bytes)
	}
	if n := names(t, dir); len(n) != 2 || strings.HasPrefix(n[0], ".") {
		t.Errorf("the cache directory holds %v", n)
	}
}

func TestCacheRestart(t *testing.T) {
	dir := t.TempDir()
	c := newCache(t, dir, 1<<20)
	imgs := []*countingImage{{Image: helloImage(t, "old")}, {Image: helloImage(t, "new")}}
	for _, img := range imgs {
		_, release, err := c.Rootfs(context.Background(), img, digestOf(t, img))
		if err != nil {
			t.Fatal(err)
		}
		release()
	}
	// What a crash leaves: an unpack and an eviction under way, an entry without its
	// entry.json; and a file that is not the cache's.
	for _, d := range []string{".unpack-x/rootfs/etc", ".evict-y/abc/rootfs", strings.Repeat("e", 64) + "/rootfs"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	old, recent := time.Now().Add(-2*time.Hour), time.Now().Add(-time.Hour)
	for img, at := range map[*countingImage]time.Time{imgs[0]: old, imgs[1]: recent} {
		if err := os.Chtimes(filepath.Join(dir, digestOf(t, img).Hex, entryName), at, at); err != nil {
			t.Fatal(err)
		}
	}

	c = newCache(t, dir, 1<<20)
	want := []string{digestOf(t, imgs[1]).Hex, digestOf(t, imgs[0]).Hex, "notes.txt"}
	slices.Sort(want)
	if got := names(t, dir); !slices.Equal(got, want) {
		t.Fatalf("after the restart the cache holds %v, want %v", got, want)
	}
	rootfs, release, err := c.Rootfs(context.Background(), imgs[0], digestOf(t, imgs[0]))
	if err != nil {
		t.Fatal(err)
	}
	release()
	if got := readRootfs(t, rootfs, "hello"); got != "old" || imgs[0].layers.Load() != 1 {
		t.Errorf("after the restart: hello %q, %d flattenings, want the entry kept", got, imgs[0].layers.Load())
	}

	// The last uses survive a restart: the least recent entry goes first.
	if err := os.Chtimes(filepath.Join(dir, digestOf(t, imgs[0]).Hex, entryName), old, old); err != nil {
		t.Fatal(err)
	}
	newCache(t, dir, 4)
	want = []string{digestOf(t, imgs[1]).Hex, "notes.txt"}
	slices.Sort(want)
	if got := names(t, dir); !slices.Equal(got, want) {
		t.Fatalf("after a restart with a smaller size the cache holds %v, want %v", got, want)
	}
}

func TestCacheRefuses(t *testing.T) {
	dir := t.TempDir()
	c := newCache(t, dir, 1<<20)
	hostile := newImage(t, "linux", runtime.GOARCH, v1.Config{}, tarOf(t, file("../escape", "evil")))
	tests := []struct {
		name   string
		img    v1.Image
		digest v1.Hash
		want   error
	}{
		{"escaping name", hostile, digestOf(t, hostile), ErrBadImage},
		{"digest not the image's", helloImage(t, "x"), digestOf(t, hostile), ErrBadImage},
		{"not a digest", hostile, v1.Hash{Algorithm: "sha256", Hex: "../../etc"}, ErrBadImage},
		{"larger than the cache", helloImage(t, strings.Repeat("x", 2<<20)), v1.Hash{}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.digest
			if d == (v1.Hash{}) {
				d = digestOf(t, tt.img)
			}
			_, _, err := c.Rootfs(context.Background(), tt.img, d)
			if !errors.Is(err, tt.want) || !errors.Is(err, ErrBadImage) {
				t.Fatalf("Rootfs: %v, want %v", err, tt.want)
			}
			if n := names(t, dir); len(n) != 0 {
				t.Errorf("a refused image left %v", n)
			}
		})
	}
}

func TestCacheNeutralizesLinks(t *testing.T) {
	s := newSandbox(t)
	// The lower layer links etc outside; the upper one writes beneath it and links to it.
	lower := tarOf(t, symlink("etc", s.outside), hardlink("h", s.outside+"/keep"))
	upper := tarOf(t, file("etc/keep", "evil"), symlink("x", s.outside), file("x/keep", "evil"))
	img := newImage(t, "linux", runtime.GOARCH, v1.Config{}, lower, upper)
	c := newCache(t, s.rootfs, 1<<20)
	rootfs, release, err := c.Rootfs(context.Background(), img, digestOf(t, img))
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	s.untouched(t)
	if got := readRootfs(t, rootfs, "etc/keep"); got != "evil" {
		t.Errorf("etc/keep holds %q", got)
	}
	if fi, err := os.Lstat(filepath.Join(rootfs, "etc")); err != nil || !fi.IsDir() {
		t.Errorf("etc is not the upper layer's directory: %v", err)
	}
	if fi, err := os.Lstat(filepath.Join(rootfs, "x")); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("x is not a symbolic link: %v", err)
	}
	if _, err := os.Lstat(filepath.Join(rootfs, "h")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a hard link to a host file exists: %v", err)
	}
}

func TestCacheWaiterGivesUpWithItsContext(t *testing.T) {
	c := newCache(t, t.TempDir(), 1<<20)
	img := gated(helloImage(t, "hi"))
	digest := digestOf(t, img)
	done := make(chan error, 1)
	go func() {
		_, release, err := c.Rootfs(context.Background(), img, digest)
		if err == nil {
			release()
		}
		done <- err
	}()
	<-img.entered // the first caller's unpack is under way
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := c.Rootfs(ctx, img, digest); !errors.Is(err, context.Canceled) {
		t.Errorf("a waiter with a cancelled context: %v", err)
	}
	close(img.gate)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A layer whose blob matches its digest but whose gzip stream lacks its footer: every
// file comes out whole, then decompression fails. mutate.Extract still ends its stream
// with a tar trailer; the unpack must see the failure after it.
func TestCacheRefusesCorruptLayer(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(tarOf(t, file("a", "a")))
	zw.Close()
	broken := static.NewLayer(gz.Bytes()[:gz.Len()-4], types.OCILayer)
	img, err := mutate.AppendLayers(newImage(t, "linux", runtime.GOARCH, v1.Config{}), broken)
	if err != nil {
		t.Fatal(err)
	}
	opened, err := Open(context.Background(), writeLayout(t, img), digestOf(t, img))
	if err != nil {
		t.Fatal(err)
	}
	defer opened.Close()
	dir := t.TempDir()
	c := newCache(t, dir, 1<<20)
	if _, _, err := c.Rootfs(context.Background(), opened, digestOf(t, img)); !errors.Is(err, ErrBadImage) {
		t.Fatalf("Rootfs of a broken layer: %v, want ErrBadImage", err)
	}
	if n := names(t, dir); len(n) != 0 {
		t.Errorf("a failed unpack left %v", n)
	}
}
