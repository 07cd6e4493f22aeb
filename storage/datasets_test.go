package storage

import (
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// A dataset's blob is served only to a worker of a deal that bought it, with the task's
// scheduler authorization and a fresh signature, or to its owner; every other request is
// refused, and the rule holds across a restart. Apps stay public.
func TestPaidDatasets(t *testing.T) {
	dir := t.TempDir()
	schedKey, _ := crypto.GenerateKey()
	ownerKey, _ := crypto.GenerateKey()
	workerKey, _ := crypto.GenerateKey()
	stranger, _ := crypto.GenerateKey()
	domain := poco.NewDomain(big.NewInt(1337), common.HexToAddress("0x1234"))
	data, appBytes := []byte("a paid dataset"), []byte("an app")
	dataset, app := common.HexToAddress("0xda7a"), common.HexToAddress("0xa99")
	buying, other := common.HexToHash("0x7a51"), common.HexToHash("0x07e2") // tasks of deals with and without the dataset
	tasks := ResultAuthorizer{Domain: domain, SchedulerOf: func(context.Context, common.Hash) (common.Address, error) {
		return crypto.PubkeyToAddress(schedKey.PublicKey), nil
	}}
	assets := AssetAuthorizer{
		Lookup: func(_ context.Context, a common.Address) (Asset, error) {
			switch a {
			case dataset:
				return Asset{Owner: crypto.PubkeyToAddress(ownerKey.PublicKey), Checksum: sha256.Sum256(data), Dataset: true}, nil
			case app:
				return Asset{Owner: crypto.PubkeyToAddress(ownerKey.PublicKey), Checksum: sha256.Sum256(appBytes)}, nil
			}
			return Asset{}, errors.New("not registered")
		},
		DatasetOf: func(_ context.Context, task common.Hash) (common.Address, error) {
			if task == buying {
				return dataset, nil
			}
			return common.Address{}, nil
		},
		Tasks: tasks,
	}
	serve := func() (*httptest.Server, *Client) {
		st, err := Open(dir, 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(Handler(st, tasks, assets, nil))
		return srv, &Client{BaseURL: srv.URL}
	}
	srv, c := serve()
	ctx := context.Background()
	upload := func(asset common.Address, body []byte) {
		sig, _ := poco.SignHash(AssetDigest(asset, sumOf(body)), ownerKey)
		if _, err := c.Put(ctx, body, map[string]string{HeaderAsset: asset.Hex(), HeaderSignature: hexutil.Encode(sig)}); err != nil {
			t.Fatal(err)
		}
	}
	upload(dataset, data)
	upload(app, appBytes)
	sum := sumOf(data)

	get := func(base string, h http.Header) int {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/blobs/"+sum, nil)
		for k, v := range h {
			req.Header[k] = v
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	auth := func(k *ecdsaKey, task common.Hash) []byte {
		a, _ := poco.Authorize(domain, crypto.PubkeyToAddress(k.PublicKey), task, schedKey)
		return a
	}
	worker := func(k *ecdsaKey, task common.Hash, authorization []byte) http.Header {
		h, err := WorkerDownload(k, task, authorization, sum, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	owner := func(k *ecdsaKey, a common.Address) http.Header {
		h, err := OwnerDownload(k, a, sum, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	expired := worker(workerKey, buying, auth(workerKey, buying))
	expired.Set(HeaderExpires, strconv.FormatInt(time.Now().Add(-time.Second).Unix(), 10))
	tooLong := worker(workerKey, buying, auth(workerKey, buying))
	tooLong.Set(HeaderExpires, strconv.FormatInt(time.Now().Add(24*time.Hour).Unix(), 10))
	otherBlob := worker(workerKey, buying, auth(workerKey, buying))
	otherSig, _ := poco.SignHash(DownloadDigest(buying, sumOf(appBytes), time.Now().Add(time.Minute).Unix()), workerKey)
	otherBlob.Set(HeaderSignature, hexutil.Encode(otherSig))
	for _, tc := range []struct {
		name string
		h    http.Header
		want int
	}{
		{"anyone, unsigned", nil, http.StatusUnauthorized},
		{"a worker of a deal that bought it", worker(workerKey, buying, auth(workerKey, buying)), http.StatusOK},
		{"its owner", owner(ownerKey, dataset), http.StatusOK},
		{"a worker of a deal that did not buy it", worker(workerKey, other, auth(workerKey, other)), http.StatusForbidden},
		{"a worker without the scheduler's authorization", worker(workerKey, buying, nil), http.StatusForbidden},
		{"a stranger replaying a worker's authorization", worker(stranger, buying, auth(workerKey, buying)), http.StatusForbidden},
		{"an authorization the scheduler did not sign", worker(workerKey, buying, func() []byte {
			a, _ := poco.Authorize(domain, crypto.PubkeyToAddress(workerKey.PublicKey), buying, stranger)
			return a
		}()), http.StatusForbidden},
		{"an expired signature", expired, http.StatusForbidden},
		{"a signature valid for a day", tooLong, http.StatusForbidden},
		{"a signature for another blob", otherBlob, http.StatusForbidden},
		{"a stranger posing as the owner", owner(stranger, dataset), http.StatusForbidden},
		{"the owner's signature for another asset", owner(ownerKey, app), http.StatusForbidden},
	} {
		if got := get(srv.URL, tc.h); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
	if _, err := c.Get(ctx, sumOf(appBytes)); err != nil {
		t.Fatalf("an app is public: %v", err)
	}
	srv.Close()
	srv, _ = serve() // restarted on the same directory
	defer srv.Close()
	if got := get(srv.URL, nil); got != http.StatusUnauthorized {
		t.Fatalf("after a restart, an unsigned download gets %d", got)
	}
}
