package worker

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/match"
	"github.com/decloud/decloud/taskparams"
)

// newTestWorker makes a worker; opts adjust its config.
func newTestWorker(t *testing.T, opts ...func(*Config)) *Worker {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Key: key, Dir: t.TempDir()}
	for _, o := range opts {
		o(&cfg)
	}
	w, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestInputFiles(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.Write([]byte("content of " + r.URL.Path))
	}))
	defer srv.Close()
	w := newTestWorker(t, allowLoopback) // the test server is not public
	sum := sumOf([]byte("content of /a"))
	for _, c := range []struct {
		name string
		f    taskparams.InputFile
		want string // the file's content, or "" for an error
	}{
		{"checked", taskparams.InputFile{Name: "a.txt", URI: srv.URL + "/a", SHA256: sum}, "content of /a"},
		{"unchecked", taskparams.InputFile{Name: "b.txt", URI: srv.URL + "/b"}, "content of /b"},
		{"wrong sum", taskparams.InputFile{Name: "c.txt", URI: srv.URL + "/c", SHA256: sumOf([]byte("other"))}, ""},
		{"file URI", taskparams.InputFile{Name: "d.txt", URI: "file:///etc/hostname"}, ""},
		{"escape", taskparams.InputFile{Name: "../e.txt", URI: srv.URL + "/e"}, ""},
		{"taken name", taskparams.InputFile{Name: "data.txt", URI: srv.URL + "/f"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := filepath.Join(t.TempDir(), "in")
			os.Mkdir(in, 0o700)
			os.WriteFile(filepath.Join(in, "data.txt"), []byte("dataset"), 0o400)
			err := w.input(context.Background(), in, c.f)
			if c.want == "" {
				if !errors.Is(err, ErrBadInput) {
					t.Fatalf("error %v, want ErrBadInput", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if b, _ := os.ReadFile(filepath.Join(in, c.f.Name)); string(b) != c.want {
				t.Fatalf("read %q", b)
			}
		})
	}
	// The checked file is cached: it is read again without the server.
	srv.Close()
	in := t.TempDir()
	if err := w.input(context.Background(), in, taskparams.InputFile{Name: "a.txt", URI: srv.URL + "/a", SHA256: sum}); err != nil {
		t.Fatalf("not cached: %v", err)
	}
}

func TestCachedDatasetsAreAdvertised(t *testing.T) {
	w := newTestWorker(t)
	data := []byte("a dataset")
	sum := common.HexToHash(sumOf(data))
	os.WriteFile(filepath.Join(w.cfg.Dir, "apps", sumOf(data)), data, 0o600)
	cached, gone := common.HexToAddress("0xDA7A"), common.HexToAddress("0x0BAD")
	w.indexDataset(cached, sum)
	w.indexDataset(gone, common.HexToHash("0x1234")) // its bytes are not in the cache
	r := w.resources()
	if want := []string{"0x000000000000000000000000000000000000da7a"}; !reflect.DeepEqual(r.Datasets, want) {
		t.Fatalf("advertised %v, want %v", r.Datasets, want)
	}
	if r.Speed != 1 || r.Energy != 0 {
		t.Fatalf("default speed %v, energy %v", r.Speed, r.Energy)
	}
	// The advertised datasets can be matched on.
	p, err := match.Compile("'0x000000000000000000000000000000000000da7a' in datasets", "")
	if err != nil || !p.Matches(match.Ad{Datasets: r.Datasets}) {
		t.Fatalf("no match (%v)", err)
	}
}
