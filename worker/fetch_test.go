package worker

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/storage"
	"github.com/decloud/decloud/taskparams"
)

// allowLoopback lets a test worker download from the test servers on 127.0.0.1.
func allowLoopback(c *Config) {
	c.FetchAllow = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
}

func TestPublicAddr(t *testing.T) {
	for _, c := range []struct {
		addr   string
		public bool
	}{
		{"8.8.8.8", true},
		{"1.1.1.1", true},
		{"93.184.216.34", true},
		{"2001:4860:4860::8888", true},
		{"2a00:1450:4007:80e::200e", true},
		{"64:ff9b::808:808", true}, // NAT64 of 8.8.8.8
		{"::ffff:8.8.8.8", true},

		{"127.0.0.1", false},
		{"127.1.2.3", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"100.64.0.1", false},      // CGNAT
		{"100.127.255.254", false},
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"255.255.255.255", false},
		{"240.0.0.1", false},
		{"224.0.0.1", false},
		{"239.255.255.250", false},
		{"192.0.0.8", false},
		{"192.0.2.1", false},
		{"198.18.0.1", false},
		{"198.51.100.1", false},
		{"203.0.113.1", false},
		{"::1", false},
		{"::", false},
		{"fe80::1", false},
		{"fe80::1%eth0", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"fec0::1", false},
		{"ff02::1", false},
		{"::ffff:127.0.0.1", false}, // IPv4-mapped
		{"::ffff:10.0.0.1", false},
		{"::127.0.0.1", false},           // IPv4-compatible (deprecated)
		{"64:ff9b::7f00:1", false},       // NAT64 of 127.0.0.1
		{"64:ff9b:1::a00:1", false},      // local-use NAT64
		{"2001:db8::1", false},           // documentation
		{"2001::1", false},               // Teredo
		{"2002:7f00:1::1", false},        // 6to4 of 127.0.0.1
		{"100::1", false},                // discard
		{"3fff::1", false},               // documentation
		{"4000::1", false},               // outside global unicast
		{"2001:4860:4860::8888%1", true}, // a zone does not matter
	} {
		a, err := netip.ParseAddr(c.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := publicAddr(a); got != c.public {
			t.Errorf("publicAddr(%s) = %v, want %v", c.addr, got, c.public)
		}
	}
	// FetchAllow opens ranges, and only those.
	allow := []netip.Prefix{netip.MustParsePrefix("10.0.5.0/24")}
	for addr, want := range map[string]bool{"10.0.5.7": true, "::ffff:10.0.5.7": true, "10.0.6.7": false, "127.0.0.1": false, "8.8.8.8": true} {
		if got := fetchAllowed(netip.MustParseAddr(addr), allow); got != want {
			t.Errorf("fetchAllowed(%s, %v) = %v, want %v", addr, allow, got, want)
		}
	}
}

// countingServer is a server on 127.0.0.1 that counts the connections made to it and the
// requests it serves.
type countingServer struct {
	*httptest.Server
	conns, reqs atomic.Int32
}

func newCountingServer(t *testing.T, h http.HandlerFunc) *countingServer {
	s := &countingServer{}
	s.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		s.reqs.Add(1)
		h(rw, r)
	}))
	s.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			s.conns.Add(1)
		}
	}
	s.Start()
	t.Cleanup(s.Close)
	return s
}

// Requester inputs reach the pool's storage and the addresses the operator allows, never
// a private address otherwise, not even through a redirect.
func TestInputAddresses(t *testing.T) {
	blob := []byte("a blob in the pool's storage")
	sum := sumOf(blob)
	// The private service a requester must not reach (think of a pool's /metrics).
	private := newCountingServer(t, func(rw http.ResponseWriter, r *http.Request) { rw.Write([]byte("secret metrics")) })
	store := newCountingServer(t, func(rw http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/blobs/" + sum:
			rw.Write(blob)
		case "/blobs/" + strings.Repeat("1", 64): // a redirect into the private service
			http.Redirect(rw, r, private.URL+"/metrics", http.StatusFound)
		case "/blobs/" + strings.Repeat("2", 64): // a redirect to a path of the storage that holds no blob
			http.Redirect(rw, r, "/metrics", http.StatusFound)
		case "/metrics":
			rw.Write([]byte("storage metrics"))
		default:
			http.NotFound(rw, r)
		}
	})
	loop := newCountingServer(t, func(rw http.ResponseWriter, r *http.Request) { http.Redirect(rw, r, r.URL.Path, http.StatusFound) })
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(private.URL, "http://"))
	withStorage := func(c *Config) { c.Storage = &storage.Client{BaseURL: store.URL} }
	onlyLAN := func(c *Config) { c.FetchAllow = []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")} }
	for _, c := range []struct {
		name    string
		opts    []func(*Config)
		uri     string
		sha     string
		want    string // the file's content, or "" for an error
		wantErr error  // also wrapped when want is ""
	}{
		{"storage scheme", []func(*Config){withStorage}, "storage:" + sum, "", string(blob), nil},
		{"storage scheme, checked", []func(*Config){withStorage}, "storage:" + sum, sum, string(blob), nil},
		{"storage origin", []func(*Config){withStorage}, store.URL + "/blobs/" + sum, "", string(blob), nil},
		{"storage origin by another name", []func(*Config){withStorage}, strings.Replace(store.URL, "127.0.0.1", "LOCALHOST", 1) + "/blobs/" + sum, "", "", ErrForbiddenAddress},
		{"storage origin, not a blob", []func(*Config){withStorage}, store.URL + "/metrics", "", "", ErrForbiddenAddress},
		{"storage origin, dot-dot", []func(*Config){withStorage}, store.URL + "/blobs/../metrics", "", "", ErrForbiddenAddress},
		{"no storage", nil, "storage:" + sum, "", "", nil},
		{"loopback", []func(*Config){withStorage}, private.URL + "/metrics", "", "", ErrForbiddenAddress},
		{"loopback, checked", []func(*Config){withStorage}, private.URL + "/metrics", sumOf([]byte("secret metrics")), "", ErrForbiddenAddress},
		{"localhost", []func(*Config){withStorage}, "http://localhost:" + port + "/metrics", "", "", ErrForbiddenAddress},
		{"loopback, IPv4-mapped", []func(*Config){withStorage}, "http://[::ffff:127.0.0.1]:" + port + "/metrics", "", "", ErrForbiddenAddress},
		{"loopback, another range allowed", []func(*Config){withStorage, onlyLAN}, private.URL + "/metrics", "", "", ErrForbiddenAddress},
		{"redirect from the storage into loopback", []func(*Config){withStorage}, "storage:" + strings.Repeat("1", 64), "", "", ErrForbiddenAddress},
		{"redirect from a storage blob to another path", []func(*Config){withStorage}, store.URL + "/blobs/" + strings.Repeat("2", 64), "", "", ErrForbiddenAddress},
		{"file URI", []func(*Config){withStorage, allowLoopback}, "file:///etc/hostname", "", "", nil},
		{"loopback allowed", []func(*Config){withStorage, allowLoopback}, private.URL + "/metrics", "", "secret metrics", nil},
		{"redirect into loopback allowed", []func(*Config){withStorage, allowLoopback}, "storage:" + strings.Repeat("1", 64), "", "", storage.ErrChecksumMismatch},
		{"redirects capped", []func(*Config){allowLoopback}, loop.URL + "/again", "", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			private.reqs.Store(0)
			private.conns.Store(0)
			w := newTestWorker(t, c.opts...)
			in := t.TempDir()
			err := w.input(context.Background(), in, taskparams.InputFile{Name: "input.txt", URI: c.uri, SHA256: c.sha})
			if c.want != "" {
				if err != nil {
					t.Fatal(err)
				}
				if b, _ := os.ReadFile(filepath.Join(in, "input.txt")); string(b) != c.want {
					t.Fatalf("read %q, want %q", b, c.want)
				}
				return
			}
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), `"input.txt"`) {
				t.Fatalf("error %v, want ErrBadInput naming the file", err)
			}
			if c.wantErr != nil && !errors.Is(err, c.wantErr) {
				t.Fatalf("error %v, want %v", err, c.wantErr)
			}
			if c.wantErr == ErrForbiddenAddress {
				if n, m := private.conns.Load(), private.reqs.Load(); n != 0 || m != 0 {
					t.Fatalf("the private server saw %d connections, %d requests", n, m)
				}
			}
			t.Log(err)
			assertEmpty(t, in, filepath.Join(w.cfg.Dir, "apps"))
		})
	}
}

// assertEmpty fails unless every dir is empty.
func assertEmpty(t *testing.T, dirs ...string) {
	t.Helper()
	for _, d := range dirs {
		entries, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			t.Errorf("%s left in %s", e.Name(), d)
		}
	}
}

// Downloads are size-capped and time-bounded, and a failed one leaves no file behind.
func TestInputLimits(t *testing.T) {
	big := bytes.Repeat([]byte("x"), 5000)
	srv := newCountingServer(t, func(rw http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/announced": // Content-Length says it all
			rw.Header().Set("Content-Length", "5000")
			rw.Write(big)
		case "/streamed": // no Content-Length: the cap is found while streaming
			for i := 0; i < len(big); i += 100 {
				rw.Write(big[i : i+100])
				rw.(http.Flusher).Flush()
			}
		case "/small":
			rw.Write(big[:1000])
		case "/slow":
			rw.Header().Set("Content-Length", "1000")
			rw.Write(big[:10])
			rw.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		}
	})
	w := newTestWorker(t, allowLoopback, func(c *Config) { c.MaxInputBytes, c.FetchTimeout = 1000, 300*time.Millisecond })
	apps := filepath.Join(w.cfg.Dir, "apps")
	for _, c := range []struct {
		name, path, sha string
		wantErr         error
		wantMsg         string
	}{
		{"announced", "/announced", "", ErrTooLarge, "5000 bytes, over the limit of 1000"},
		{"announced, checked", "/announced", sumOf(big), ErrTooLarge, "5000 bytes, over the limit of 1000"},
		{"streamed", "/streamed", "", ErrTooLarge, "over the limit of 1000"},
		{"streamed, checked", "/streamed", sumOf(big), ErrTooLarge, "over the limit of 1000"},
		{"at the limit", "/small", "", nil, ""},
		{"at the limit, checked", "/small", sumOf(big[:1000]), nil, ""},
		{"slow", "/slow", "", context.DeadlineExceeded, "the limit is 300ms"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := t.TempDir()
			t0 := time.Now()
			err := w.input(context.Background(), in, taskparams.InputFile{Name: "input.txt", URI: srv.URL + c.path, SHA256: c.sha})
			if c.wantErr == nil {
				if b, _ := os.ReadFile(filepath.Join(in, "input.txt")); err != nil || !bytes.Equal(b, big[:1000]) {
					t.Fatalf("error %v, read %d bytes", err, len(b))
				}
				return
			}
			if !errors.Is(err, ErrBadInput) || !errors.Is(err, c.wantErr) || !strings.Contains(err.Error(), c.wantMsg) {
				t.Fatalf("error %v, want %v and %q", err, c.wantErr, c.wantMsg)
			}
			if d := time.Since(t0); d > 5*time.Second {
				t.Fatalf("took %v", d)
			}
			t.Log(err)
			// Nothing in the input directory, nothing in the download cache but the
			// checked file of the cases before.
			assertEmpty(t, in)
			entries, _ := os.ReadDir(apps)
			for _, e := range entries {
				if e.Name() != sumOf(big[:1000]) {
					t.Errorf("%s left in the download cache", e.Name())
				}
			}
		})
	}
}

// blobServers serves data as the one blob of a storage server (withStorage makes it a
// worker's) and as anything another server is asked for.
func blobServers(t *testing.T, data []byte) (store, other *countingServer, withStorage func(*Config)) {
	sum := sumOf(data)
	store = newCountingServer(t, func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/blobs/"+sum {
			rw.Write(data)
			return
		}
		http.NotFound(rw, r)
	})
	other = newCountingServer(t, func(rw http.ResponseWriter, r *http.Request) { rw.Write(data) })
	return store, other, func(c *Config) { c.Storage = &storage.Client{BaseURL: store.URL + "/"} }
}

// Apps and datasets: from the pool's storage, size-capped, checked against the chain's
// checksum before they enter the cache; a private address is refused.
func TestFetchApp(t *testing.T) {
	app := []byte("\x00asm a module")
	sum := sumOf(app)
	checksum := common.Hash(sha256.Sum256(app))
	store, other, withStorage := blobServers(t, app)
	w := newTestWorker(t, withStorage)
	apps := filepath.Join(w.cfg.Dir, "apps")
	if _, err := w.fetch(context.Background(), other.URL+"/app.wasm", checksum, nil); !errors.Is(err, ErrForbiddenAddress) || other.conns.Load() != 0 {
		t.Fatalf("error %v, %d connections, want ErrForbiddenAddress and none", err, other.conns.Load())
	}
	if _, err := w.fetch(context.Background(), "storage:"+sum, common.Hash{1}, nil); !errors.Is(err, executor.ErrBadApp) {
		t.Fatalf("error %v, want ErrBadApp", err)
	}
	assertEmpty(t, apps)
	small := newTestWorker(t, withStorage, func(c *Config) { c.MaxInputBytes = int64(len(app)) - 1 })
	if _, err := small.fetch(context.Background(), "storage:"+sum, checksum, nil); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("error %v, want ErrTooLarge", err)
	}
	assertEmpty(t, filepath.Join(small.cfg.Dir, "apps"))
	p, err := w.fetch(context.Background(), "storage:"+sum, checksum, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); !bytes.Equal(b, app) || p != filepath.Join(apps, sum) {
		t.Fatalf("%s holds %q", p, b)
	}
	// Cached: no new request.
	n := store.reqs.Load()
	if _, err := w.fetch(context.Background(), "storage:"+sum, checksum, nil); err != nil || store.reqs.Load() != n {
		t.Fatalf("error %v, %d requests, want the cache", err, store.reqs.Load()-n)
	}
	// file:// stays for apps and datasets (an operator's own), within the cap.
	local := filepath.Join(t.TempDir(), "app.wasm")
	os.WriteFile(local, app, 0o600)
	if _, err := small.fetch(context.Background(), "file://"+local, checksum, nil); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("error %v, want ErrTooLarge", err)
	}
	if p, err := newTestWorker(t).fetch(context.Background(), "file://"+local, checksum, nil); err != nil || filepath.Base(p) != sum {
		t.Fatalf("file URI: %v", err)
	}
}
