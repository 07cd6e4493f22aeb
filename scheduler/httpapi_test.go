package scheduler

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// memStore is an in-memory Store for API tests (the SQLite one has its own tests).
type memStore struct{ workers map[common.Address]*Worker }

func (m *memStore) SaveDeal(context.Context, *DealTasks) error { return nil }
func (m *memStore) SaveTask(context.Context, *Task) error      { return nil }
func (m *memStore) SaveTasks(context.Context, []*Task) error   { return nil }
func (m *memStore) SaveWorker(_ context.Context, w *Worker) error {
	m.workers[w.Addr] = w
	return nil
}
func (m *memStore) DeleteWorker(_ context.Context, a common.Address) error {
	delete(m.workers, a)
	return nil
}
func (m *memStore) Load(context.Context) ([]*DealTasks, []*Task, []*Worker, error) {
	return nil, nil, nil, nil
}
func (m *memStore) Cursor(context.Context) (uint64, bool, error) { return 0, false, nil }
func (m *memStore) SetCursor(context.Context, uint64) error      { return nil }

func post(t *testing.T, url string, body any, token string) (int, map[string]any) {
	t.Helper()
	var r io.Reader
	switch b := body.(type) {
	case []byte:
		r = bytes.NewReader(b)
	default:
		j, _ := json.Marshal(b)
		r = bytes.NewReader(j)
	}
	req, _ := http.NewRequestWithContext(context.Background(), "POST", url, r)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out := map[string]any{}
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

// Bad requests get a clear 4xx and change nothing; the login protocol refuses replays.
func TestAPIRejections(t *testing.T) {
	pool := common.HexToAddress("0x9001")
	store := &memStore{workers: map[common.Address]*Worker{}}
	s, err := NewService(context.Background(), ServiceConfig{Pool: pool, Store: store, Domain: poco.NewDomain(big.NewInt(1337), common.HexToAddress("0x1"))})
	if err != nil {
		t.Fatal(err)
	}
	api := NewAPI(s)
	api.score = func(context.Context, common.Address) (uint64, error) { return 7, nil }
	api.bond = func(context.Context, common.Address) (*big.Int, error) { return nil, nil }
	srv := httptest.NewServer(api.Handler())
	defer srv.Close()
	key, _ := crypto.GenerateKey()
	me := crypto.PubkeyToAddress(key.PublicKey)
	challenge := func() hexutil.Bytes {
		code, out := post(t, srv.URL+"/v1/challenge", map[string]any{"worker": me}, "")
		if code != 200 {
			t.Fatalf("challenge: %d %v", code, out)
		}
		return hexutil.MustDecode(out["challenge"].(string))
	}
	sign := func(k *ecdsa.PrivateKey, c []byte) hexutil.Bytes {
		sig, _ := poco.SignHash(LoginDigest(pool, c), k)
		return sig
	}
	other, _ := crypto.GenerateKey()

	c1 := challenge()
	for _, c := range []struct {
		name string
		body any
		want int
	}{
		{"garbage JSON", []byte("{nope"), 400},
		{"unknown field", map[string]any{"worker": me, "challenge": c1, "signature": sign(key, c1), "admin": true}, 400},
		{"oversized body", []byte(`{"worker":"` + strings.Repeat("a", 70<<10) + `"}`), 413},
	} {
		if code, out := post(t, srv.URL+"/v1/login", c.body, ""); code != c.want {
			t.Errorf("%s: %d %v, want %d", c.name, code, out, c.want)
		}
	}
	// Those failures did not consume the challenge? They did not reach it: a wrong signature does.
	if code, _ := post(t, srv.URL+"/v1/login", map[string]any{"worker": me, "challenge": c1, "signature": sign(other, c1)}, ""); code != 401 {
		t.Fatalf("wrong signature: %d", code)
	}
	if code, _ := post(t, srv.URL+"/v1/login", map[string]any{"worker": me, "challenge": c1, "signature": sign(key, c1)}, ""); code != 401 {
		t.Fatalf("a challenge was usable after a failed attempt: %d", code)
	}
	if code, _ := post(t, srv.URL+"/v1/login", map[string]any{"worker": me, "challenge": hexutil.Bytes(make([]byte, 32)), "signature": sign(key, make([]byte, 32))}, ""); code != 401 {
		t.Fatalf("an invented challenge: %d", code)
	}
	if len(store.workers) != 0 {
		t.Fatal("a failed login registered a worker")
	}
	c2 := challenge()
	code, out := post(t, srv.URL+"/v1/login", map[string]any{"worker": me, "challenge": c2, "signature": sign(key, c2),
		"resources": map[string]any{"cpu": 4, "memoryMb": 8192, "arch": "amd64", "os": "linux"}}, "")
	if code != 200 {
		t.Fatalf("login: %d %v", code, out)
	}
	token := out["token"].(string)
	// The pool tells the worker how often to beat (its Heartbeat; 10 s by default).
	if ms, _ := out["heartbeatMs"].(float64); ms != 10000 {
		t.Fatalf("login tells a heartbeat of %v ms, want 10000", out["heartbeatMs"])
	}
	if store.workers[me] == nil || store.workers[me].Score != 7 || store.workers[me].Resources.MemoryMB != 8192 {
		t.Fatalf("worker not registered with its chain score: %+v", store.workers[me])
	}
	if code, _ := post(t, srv.URL+"/v1/login", map[string]any{"worker": me, "challenge": c2, "signature": sign(key, c2)}, ""); code != 401 {
		t.Fatalf("a replayed challenge logged in: %d", code)
	}
	// Authenticated endpoints.
	for _, path := range []string{"/v1/heartbeat", "/v1/work", "/v1/report"} {
		if code, _ := post(t, srv.URL+path, map[string]any{}, ""); code != 401 {
			t.Errorf("%s without a token: %d", path, code)
		}
		if code, _ := post(t, srv.URL+path, map[string]any{}, "forged"); code != 401 {
			t.Errorf("%s with a forged token: %d", path, code)
		}
	}
	if code, _ := post(t, srv.URL+"/v1/report", map[string]any{"task": common.HexToHash("0x5"), "kind": "uploaded", "location": strings.Repeat("a", 64)}, token); code != 404 {
		t.Errorf("report on an unknown task: %d", code)
	}
	if code, _ := post(t, srv.URL+"/v1/heartbeat", map[string]any{}, token); code != 204 {
		t.Errorf("heartbeat: %d", code)
	}
	mreq, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL+"/metrics", nil)
	resp, err := http.DefaultClient.Do(mreq)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "decloud_scheduler_assignments_total") {
		t.Fatal("no scheduler metrics on /metrics")
	}
}
