package ociimage

import (
	"context"
	"errors"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/registry"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

// testRegistry is a registry on 127.0.0.1 that can be told to serve a blob with one
// byte changed.
type testRegistry struct {
	srv  *httptest.Server
	host string

	mu     sync.Mutex
	tamper string // the digest of the blob served changed; "" for none
}

func (r *testRegistry) setTamper(digest string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.tamper = digest
}

func newRegistry(t *testing.T) *testRegistry {
	t.Helper()
	r := &testRegistry{}
	h := registry.New(registry.Logger(log.New(io.Discard, "", 0)))
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.mu.Lock()
		tamper := r.tamper
		r.mu.Unlock()
		if tamper == "" || req.Method != http.MethodGet || !strings.HasSuffix(req.URL.Path, "/blobs/"+tamper) {
			h.ServeHTTP(w, req)
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		b := rec.Body.Bytes()
		b[len(b)/2] ^= 0xff
		w.Write(b)
	}))
	t.Cleanup(r.srv.Close)
	u, err := url.Parse(r.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	r.host = u.Host
	return r
}

// push stores img under repo:tag and returns its reference by digest.
func (r *testRegistry) push(t *testing.T, repo string, img v1.Image) string {
	t.Helper()
	tag, err := name.NewTag(r.host + "/" + repo + ":v1")
	if err != nil {
		t.Fatal(err)
	}
	if err := remote.Write(tag, img, remote.WithTransport(r.srv.Client().Transport)); err != nil {
		t.Fatal(err)
	}
	return r.host + "/" + repo + "@" + digestOf(t, img).String()
}

func TestPullByDigest(t *testing.T) {
	reg := newRegistry(t)
	img := helloImage(t, "hello from the registry")
	ref := reg.push(t, "apps/hello", img)
	dir := filepath.Join(t.TempDir(), "layout")
	if err := Pull(context.Background(), ref, dir, reg.srv.Client().Transport); err != nil {
		t.Fatal(err)
	}
	got, err := Open(context.Background(), dir, digestOf(t, img))
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	if n := names(t, filepath.Dir(dir)); !slices.Equal(n, []string{"layout"}) {
		t.Errorf("the pull left %v", n)
	}
	if err := Pull(context.Background(), ref, dir, reg.srv.Client().Transport); err == nil {
		t.Error("Pull into an existing directory succeeded")
	}
}

func TestPullRefuses(t *testing.T) {
	reg := newRegistry(t)
	noise := make([]byte, 8<<10) // a layer larger than its manifest
	rand.NewChaCha8([32]byte{1}).Read(noise)
	img := helloImage(t, string(noise))
	ref := reg.push(t, "apps/hello", img)
	digest := digestOf(t, img)
	m, err := img.Manifest()
	if err != nil {
		t.Fatal(err)
	}
	idx := mutate.AppendManifests(empty.Index, mutate.IndexAddendum{Add: img})
	idxTag, _ := name.NewTag(reg.host + "/apps/multi:v1")
	if err := remote.WriteIndex(idxTag, idx, remote.WithTransport(reg.srv.Client().Transport)); err != nil {
		t.Fatal(err)
	}
	idxDigest, _ := idx.Digest()
	manifestBytes, _ := img.RawManifest()
	wire := m.Config.Size + m.Layers[0].Size + int64(len(manifestBytes))

	tests := []struct {
		name   string
		ref    string
		tamper string // the blob whose bytes the registry changes
		opts   []Option
		want   error
	}{
		{name: "tag", ref: reg.host + "/apps/hello:v1", want: ErrBadRef},
		{name: "tag and digest", ref: reg.host + "/apps/hello:v1@" + digest.String(), want: ErrBadRef},
		{name: "no digest", ref: reg.host + "/apps/hello", want: ErrBadRef},
		{name: "other algorithm", ref: reg.host + "/apps/hello@sha512:" + digest.Hex + digest.Hex, want: ErrBadRef},
		{name: "no registry", ref: "apps/hello@" + digest.String(), want: ErrBadRef},
		{name: "tampered layer", ref: ref, tamper: m.Layers[0].Digest.String(), want: ErrBadImage},
		{name: "tampered config", ref: ref, tamper: m.Config.Digest.String(), want: ErrBadImage},
		{name: "index", ref: reg.host + "/apps/multi@" + idxDigest.String(), want: ErrBadImage},
		{name: "announced sizes over the bound", ref: ref, opts: []Option{WithMaxBytes(int64(len(manifestBytes)) + 1024)}, want: ErrTooLarge},
		{name: "bytes on the wire over the bound", ref: ref, opts: []Option{WithMaxBytes(wire - 1)}, want: ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg.setTamper(tt.tamper)
			parent := t.TempDir()
			dir := filepath.Join(parent, "layout")
			err := Pull(context.Background(), tt.ref, dir, reg.srv.Client().Transport, tt.opts...)
			if !errors.Is(err, tt.want) || !errors.Is(err, ErrBadImage) {
				t.Fatalf("Pull: %v, want %v", err, tt.want)
			}
			t.Log(err)
			if n := names(t, parent); len(n) != 0 {
				t.Errorf("a refused pull left %v", n)
			}
		})
	}
}

func TestPullNetworkErrorIsNotTheImages(t *testing.T) {
	reg := newRegistry(t)
	ref := reg.push(t, "apps/hello", helloImage(t, "hi"))
	reg.srv.Close()
	dir := filepath.Join(t.TempDir(), "layout")
	err := Pull(context.Background(), ref, dir, reg.srv.Client().Transport)
	if err == nil || errors.Is(err, ErrBadImage) {
		t.Fatalf("Pull from a closed registry: %v, want an error without ErrBadImage", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed pull left %s", dir)
	}
}
