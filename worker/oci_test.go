package worker

import (
	"context"
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/registry"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/remote"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/oci/ociimage"
	"github.com/decloud/decloud/poco"
)

// sandbox is an executor.Executor stub.
type sandbox struct{ version string }

func (s *sandbox) Run(context.Context, executor.Spec) (executor.Result, error) {
	return executor.Result{}, errors.New("not run")
}

// ociSandbox also says its runtime's version, as oci.Executor does.
type ociSandbox struct{ sandbox }

func (s *ociSandbox) Version() string { return s.version }

// The worker runs a wasm app in its wasm sandbox and an oci app in its OCI one, giving an
// oci task of a GPU deal its configured devices; an app it has no sandbox for, or a GPU
// oci task with no device to give, is refused as the worker's failure (reported, so that
// another worker takes it), never certified as the app's.
func TestSandboxByAppKind(t *testing.T) {
	wasmX, ociX := &sandbox{}, &ociSandbox{sandbox{version: "1.1.12"}}
	devices := []string{"nvidia.com/gpu=0"}
	other := common.BigToHash(common.Big1)
	for _, c := range []struct {
		name    string
		oci     bool
		devices []string
		kind    uint8
		tag     common.Hash
		want    executor.Executor
		devs    []string
	}{
		{"wasm", false, nil, poco.AppWASM, common.Hash{}, wasmX, nil},
		{"wasm on a GPU deal gets no device", true, devices, poco.AppWASM, poco.TagGPU, wasmX, nil},
		{"oci", true, nil, poco.AppOCI, other, ociX, nil},
		{"oci on a GPU deal", true, devices, poco.AppOCI, poco.TagGPU, ociX, devices},
		{"oci without an OCI sandbox", false, devices, poco.AppOCI, common.Hash{}, nil, nil},
		{"oci on a GPU deal without devices", true, nil, poco.AppOCI, poco.TagGPU, nil, nil},
		{"an unknown kind", true, devices, 3, common.Hash{}, nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newTestWorker(t, func(cfg *Config) {
				cfg.Executor, cfg.GPUDevices = wasmX, c.devices
				if c.oci {
					cfg.OCI = ociX
				}
			})
			x, devs, err := w.sandboxFor(c.kind, c.tag)
			if c.want == nil {
				if !errors.Is(err, ErrCannotRun) || !finalFailure(err) {
					t.Fatalf("error %v, want a final ErrCannotRun", err)
				}
				if _, certified := appFailure(err, executor.Result{}, 0); certified {
					t.Fatal("the worker's failure would be certified as the app's")
				}
				return
			}
			if err != nil || x != c.want || !reflect.DeepEqual(devs, c.devs) {
				t.Fatalf("executor %v, devices %v, error %v; want %v, %v", x, devs, err, c.want, c.devs)
			}
		})
	}
}

// The worker advertises the app kinds it runs (wasm always, oci with an OCI sandbox), its
// runtime's version, its GPU memory and the devices it offers GPU tasks (one GPU per
// device unless told how many).
func TestAdvertisesExecutorsAndGPUs(t *testing.T) {
	plain := newTestWorker(t).resources()
	if !reflect.DeepEqual(plain.Executors, []string{"wasm"}) || plain.OCI != "" || plain.GPU != 0 || plain.Devices != nil {
		t.Fatalf("a wasm worker advertises %+v", plain)
	}
	gpu := newTestWorker(t, func(c *Config) {
		c.OCI = &ociSandbox{sandbox{version: "1.1.12"}}
		c.GPUDevices, c.GPUMemoryMB = []string{"nvidia.com/gpu=0", "nvidia.com/gpu=1"}, 24576
	}).resources()
	if !reflect.DeepEqual(gpu.Executors, []string{"wasm", "oci"}) || gpu.OCI != "1.1.12" || gpu.GPU != 2 || gpu.GPUMemoryMB != 24576 ||
		len(gpu.Devices) != 2 || gpu.Check() != nil {
		t.Fatalf("an OCI worker with two GPUs advertises %+v", gpu)
	}
	counted := newTestWorker(t, func(c *Config) { c.GPUs, c.GPUDevices = 4, []string{"nvidia.com/gpu=all"} }).resources()
	if counted.GPU != 4 {
		t.Fatalf("GPUs %d, want the 4 configured", counted.GPU)
	}
}

// An oci app's image comes from storage (or http, file) within the bounds of any app, and
// its bytes are not held to the checksum, which is the manifest digest the OCI executor
// checks; it is cached by that digest.
func TestFetchImageFromStorage(t *testing.T) {
	archive := []byte("an OCI image layout archive")
	sum := sumOf(archive)
	digest := common.HexToHash("0x" + strings.Repeat("ab", 32)) // not the archive's sha256
	store, other, withStorage := blobServers(t, archive)
	w := newTestWorker(t, withStorage)
	ctx := context.Background()
	p, err := w.fetchImage(ctx, "storage:"+sum, digest)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != string(archive) || filepath.Base(p) != "oci-"+strings.Repeat("ab", 32) {
		t.Fatalf("%s holds %q", p, b)
	}
	n := store.reqs.Load()
	if _, err := w.fetchImage(ctx, "storage:"+sum, digest); err != nil || store.reqs.Load() != n {
		t.Fatalf("error %v, %d requests, want the cache", err, store.reqs.Load()-n)
	}
	small := newTestWorker(t, withStorage, func(c *Config) { c.MaxInputBytes = int64(len(archive)) - 1 })
	if _, err := small.fetchImage(ctx, "storage:"+sum, digest); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("error %v, want ErrTooLarge", err)
	}
	if _, err := w.fetchImage(ctx, other.URL+"/image.tar", common.Hash{1}); !errors.Is(err, ErrForbiddenAddress) || other.conns.Load() != 0 {
		t.Fatalf("error %v, %d connections, want ErrForbiddenAddress and none", err, other.conns.Load())
	}
	assertEmpty(t, filepath.Join(small.cfg.Dir, "apps"))
}

// An image in a registry is pulled by the digest on chain, through the worker's guarded
// transport: a reference naming another digest is refused before any request, and a
// registry on a private address only when the operator allows it.
func TestFetchImageFromARegistry(t *testing.T) {
	var reqs atomic.Int64
	h := registry.New(registry.Logger(log.New(io.Discard, "", 0)))
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		reqs.Add(1)
		h.ServeHTTP(rw, r)
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	img, err := ociimage.Build([]ociimage.File{{Path: "app", Mode: 0o755, Data: []byte("#!/bin/sh\necho hi\n")}}, ociimage.BuildConfig{Entrypoint: []string{"/app"}})
	if err != nil {
		t.Fatal(err)
	}
	tag, _ := name.NewTag(u.Host + "/apps/hello:v1")
	if err := remote.Write(tag, img, remote.WithTransport(srv.Client().Transport)); err != nil {
		t.Fatal(err)
	}
	d, _ := img.Digest()
	digest := common.HexToHash("0x" + d.Hex)
	uri := "oci://" + u.Host + "/apps/hello@" + d.String()
	ctx := context.Background()
	reqs.Store(0)

	if _, err := newTestWorker(t, allowLoopback).fetchImage(ctx, uri, common.Hash{1}); !errors.Is(err, executor.ErrBadApp) || reqs.Load() != 0 {
		t.Fatalf("another digest: error %v, %d requests", err, reqs.Load())
	}
	if _, err := newTestWorker(t, allowLoopback).fetchImage(ctx, "oci://"+u.Host+"/apps/hello:v1", digest); !errors.Is(err, executor.ErrBadApp) || reqs.Load() != 0 {
		t.Fatalf("a tag: error %v, %d requests", err, reqs.Load())
	}
	if _, err := newTestWorker(t).fetchImage(ctx, uri, digest); !errors.Is(err, ErrForbiddenAddress) || reqs.Load() != 0 {
		t.Fatalf("a registry on loopback, not allowed: error %v, %d requests", err, reqs.Load())
	}
	w := newTestWorker(t, allowLoopback)
	p, err := w.fetchImage(ctx, uri, digest)
	if err != nil {
		t.Fatal(err)
	}
	opened, err := ociimage.Open(ctx, p, v1.Hash{Algorithm: "sha256", Hex: d.Hex}, ociimage.WithTempDir(t.TempDir()))
	if err != nil {
		t.Fatalf("the pulled layout: %v", err)
	}
	opened.Close()
	n := reqs.Load()
	if q, err := w.fetchImage(ctx, uri, digest); err != nil || q != p || reqs.Load() != n {
		t.Fatalf("error %v, %d requests, want the cache", err, reqs.Load()-n)
	}
}
