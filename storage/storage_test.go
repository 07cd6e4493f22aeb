package storage

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

type ecdsaKey = ecdsa.PrivateKey

func sumOf(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestHTTPAPI(t *testing.T) {
	dir := t.TempDir()
	st, err := Open(dir, 1024)
	if err != nil {
		t.Fatal(err)
	}
	schedKey, _ := crypto.GenerateKey()
	workerKey, _ := crypto.GenerateKey()
	worker := crypto.PubkeyToAddress(workerKey.PublicKey)
	domain := poco.NewDomain(big.NewInt(1337), common.HexToAddress("0x1234"))
	auth := ResultAuthorizer{Domain: domain, SchedulerOf: func(context.Context, common.Hash) (common.Address, error) {
		return crypto.PubkeyToAddress(schedKey.PublicKey), nil
	}}
	assetKey, _ := crypto.GenerateKey()
	assetBytes := []byte("an app module")
	asset := common.HexToAddress("0xa55e7")
	assets := AssetAuthorizer{Lookup: func(_ context.Context, a common.Address) (Asset, error) {
		if a != asset {
			return Asset{}, errors.New("not registered")
		}
		return Asset{Owner: crypto.PubkeyToAddress(assetKey.PublicKey), Checksum: sha256.Sum256(assetBytes)}, nil
	}}
	srv := httptest.NewServer(Handler(st, auth, assets, nil))
	defer srv.Close()
	c := &Client{BaseURL: srv.URL}
	ctx := context.Background()
	task := common.HexToHash("0x7a5c")
	headers := func(data []byte, wk *ecdsaKey, authTask common.Hash) map[string]string {
		sig, _ := poco.SignHash(UploadDigest(task, sumOf(data)), wk)
		a, _ := poco.Authorize(domain, crypto.PubkeyToAddress(wk.PublicKey), authTask, schedKey)
		return map[string]string{
			HeaderTask: task.Hex(), HeaderWorker: crypto.PubkeyToAddress(wk.PublicKey).Hex(),
			HeaderSignature: hexutil.Encode(sig), HeaderAuthorization: hexutil.Encode(a),
		}
	}
	data := []byte("the result archive")

	// Authorized upload, then get, head, range, idempotent put.
	sum, err := c.Put(ctx, data, headers(data, workerKey, task))
	if err != nil || sum != sumOf(data) {
		t.Fatalf("put: %s %v", sum, err)
	}
	if got, err := c.Get(ctx, sum); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("get: %q %v", got, err)
	}
	if n, err := c.Head(ctx, sum); err != nil || n != int64(len(data)) {
		t.Fatalf("head: %d %v", n, err)
	}
	req, _ := http.NewRequestWithContext(context.Background(), "GET", srv.URL+"/blobs/"+sum, nil)
	req.Header.Set("Range", "bytes=4-9")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	part, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusPartialContent || string(part) != "result" {
		t.Fatalf("range: %s %q", resp.Status, part)
	}
	if _, err := c.Put(ctx, data, headers(data, workerKey, task)); err != nil {
		t.Fatalf("second put: %v", err)
	}

	other, _ := crypto.GenerateKey()
	second, _ := crypto.GenerateKey() // another authorized worker of the task, nothing stored yet
	putTo := func(base, name string, body []byte, h map[string]string) int {
		req, _ := http.NewRequestWithContext(context.Background(), "PUT", base+"/blobs/"+name, bytes.NewReader(body))
		for k, v := range h {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	put := func(name string, body []byte, h map[string]string) int { return putTo(srv.URL, name, body, h) }
	fresh := []byte("another result")
	for _, c := range []struct {
		name string
		sum  string
		body []byte
		h    map[string]string
		want int
	}{
		{"no headers", sumOf(fresh), fresh, nil, 401},
		{"malformed task", sumOf(fresh), fresh, map[string]string{HeaderTask: "0x12", HeaderWorker: worker.Hex(), HeaderSignature: "0x00"}, 401},
		{"signed by someone else", sumOf(fresh), fresh, func() map[string]string {
			h := headers(fresh, other, task)
			h[HeaderWorker] = worker.Hex()
			return h
		}(), 403},
		{"authorization for another task", sumOf(fresh), fresh, headers(fresh, workerKey, common.HexToHash("0x01")), 403},
		{"body does not match the name", sumOf(fresh), []byte("tampered"), headers(fresh, second, task), 400},
		{"malformed name", "abc", fresh, headers(fresh, second, task), 400},
		{"too large", sumOf(make([]byte, 2048)), make([]byte, 2048), headers(make([]byte, 2048), second, task), 413},
		// An authorization covers the worker's one result of the task, not any blob.
		{"a second, different result", sumOf(fresh), fresh, headers(fresh, workerKey, task), 409},
	} {
		if got := put(c.sum, c.body, c.h); got != c.want {
			t.Errorf("%s: status %d, want %d", c.name, got, c.want)
		}
	}
	// Owner uploads of registered assets.
	ownerSig, _ := poco.SignHash(AssetDigest(asset, sumOf(assetBytes)), assetKey)
	strangerSig, _ := poco.SignHash(AssetDigest(asset, sumOf(assetBytes)), other)
	otherBytes := []byte("not the registered module")
	otherSig, _ := poco.SignHash(AssetDigest(asset, sumOf(otherBytes)), assetKey)
	for _, c := range []struct {
		name string
		body []byte
		h    map[string]string
		want int
	}{
		{"asset upload signed by a stranger", assetBytes, map[string]string{HeaderAsset: asset.Hex(), HeaderSignature: hexutil.Encode(strangerSig)}, 403},
		{"bytes that are not the registered checksum", otherBytes, map[string]string{HeaderAsset: asset.Hex(), HeaderSignature: hexutil.Encode(otherSig)}, 403},
		{"unregistered asset", assetBytes, map[string]string{HeaderAsset: "0x0000000000000000000000000000000000000bad", HeaderSignature: hexutil.Encode(ownerSig)}, 403},
		{"asset upload without signature", assetBytes, map[string]string{HeaderAsset: asset.Hex()}, 401},
		{"the owner uploads its asset", assetBytes, map[string]string{HeaderAsset: asset.Hex(), HeaderSignature: hexutil.Encode(ownerSig)}, 201},
	} {
		if got := put(sumOf(c.body), c.body, c.h); got != c.want {
			t.Errorf("%s: status %d, want %d", c.name, got, c.want)
		}
	}
	if _, err := st.Stat(sumOf(otherBytes)); !errors.Is(err, ErrNotFound) {
		t.Fatal("a refused asset upload was stored")
	}
	if _, err := st.Stat(sumOf(fresh)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a refused upload was stored: %v", err)
	}
	// The rule holds across a restart of storage; the other worker stores its own result.
	st2, err := Open(dir, 1024)
	if err != nil {
		t.Fatal(err)
	}
	srv2 := httptest.NewServer(Handler(st2, auth, assets, nil))
	defer srv2.Close()
	put2 := func(body []byte, h map[string]string) int { return putTo(srv2.URL, sumOf(body), body, h) }
	if got := put2(fresh, headers(fresh, workerKey, task)); got != 409 {
		t.Fatalf("a second result after a restart: %d", got)
	}
	if got := put2(data, headers(data, workerKey, task)); got != 200 {
		t.Fatalf("the same result again after a restart: %d", got)
	}
	if got := put2(fresh, headers(fresh, second, task)); got != 201 {
		t.Fatalf("another worker's own result: %d", got)
	}
	if tmp, _ := os.ReadDir(filepath.Join(dir, "tmp")); len(tmp) != 0 {
		t.Fatalf("temporary files left: %d", len(tmp))
	}
	if _, err := c.Get(ctx, sumOf([]byte("nothing"))); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown blob: %v", err)
	}
	if _, err := c.Get(ctx, "zz"); !errors.Is(err, ErrBadSum) {
		t.Fatalf("bad name: %v", err)
	}
}

// The client refuses bytes that do not hash to the name (a lying server).
func TestClientDetectsTampering(t *testing.T) {
	data := []byte("honest bytes")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("forged bytes"))
	}))
	defer srv.Close()
	if _, err := (&Client{BaseURL: srv.URL}).Get(context.Background(), sumOf(data)); !errors.Is(err, ErrChecksumMismatch) {
		t.Fatalf("tampered download: %v", err)
	}
}

func TestConcurrentPuts(t *testing.T) {
	st, err := Open(t.TempDir(), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	data := bytes.Repeat([]byte("x"), 100_000)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, _, err := st.Put(context.Background(), bytes.NewReader(data), sumOf(data)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	f, n, err := st.Get(sumOf(data))
	if err != nil || n != int64(len(data)) {
		t.Fatalf("%d %v", n, err)
	}
	f.Close()
}

func FuzzValidSum(f *testing.F) {
	f.Add(strings.Repeat("a", 64))
	f.Add("ABC")
	f.Fuzz(func(t *testing.T, s string) {
		if ValidSum(s) {
			if _, err := hex.DecodeString(s); err != nil || len(s) != 64 || strings.ToLower(s) != s {
				t.Fatalf("accepted %q", s)
			}
		}
	})
}
