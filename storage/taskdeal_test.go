package storage

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

func TestWithTaskDeal(t *testing.T) {
	deal := common.HexToHash("0xde")
	task := poco.TaskID(deal, 7)
	for _, tc := range []struct {
		name        string
		deal, index string
		want        bool // a deal is found
		fails       bool
	}{
		{"none named", "", "", false, false},
		{"the task's deal and index", deal.Hex(), "7", true, false},
		{"another index", deal.Hex(), "8", false, true},
		{"another deal", common.HexToHash("0xdf").Hex(), "7", false, true},
		{"a short deal", "0xde", "7", false, true},
		{"no index", deal.Hex(), "", false, true},
		{"a negative index", deal.Hex(), "-1", false, true},
		{"an index over 64 bits", deal.Hex(), "18446744073709551616", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			if tc.deal != "" {
				h.Set(HeaderDeal, tc.deal)
			}
			if tc.index != "" {
				h.Set(HeaderIndex, tc.index)
			}
			ctx, err := withTaskDeal(context.Background(), h, task)
			if (err != nil) != tc.fails {
				t.Fatalf("err %v, want failure %v", err, tc.fails)
			}
			td, ok := TaskDealFrom(ctx, task)
			if ok != tc.want || (ok && (td.Deal != deal || td.Index != 7)) {
				t.Fatalf("found %+v %v", td, ok)
			}
			if _, ok := TaskDealFrom(ctx, poco.TaskID(deal, 8)); ok {
				t.Fatal("the deal was given for another task")
			}
		})
	}
}

// A batched task's upload names its deal, whose scheduler authorizes it; a worker that
// names a deal the task id does not come from is refused and nothing is stored.
func TestUploadNamesTheDeal(t *testing.T) {
	st, err := Open(t.TempDir(), 1024)
	if err != nil {
		t.Fatal(err)
	}
	schedKey, _ := crypto.GenerateKey()
	workerKey, _ := crypto.GenerateKey()
	domain := poco.NewDomain(big.NewInt(1337), common.HexToAddress("0x1234"))
	deal := common.HexToHash("0xba7c4ed")
	task := poco.TaskID(deal, 3)
	// As sdk.StorageAuth does for a batched deal: the hub has no record of the task, its
	// scheduler is the named deal's.
	auth := ResultAuthorizer{Domain: domain, SchedulerOf: func(ctx context.Context, id common.Hash) (common.Address, error) {
		if td, ok := TaskDealFrom(ctx, id); ok && td.Deal == deal {
			return crypto.PubkeyToAddress(schedKey.PublicKey), nil
		}
		return common.Address{}, errors.New("no such task on chain")
	}}
	srv := httptest.NewServer(Handler(st, auth, AssetAuthorizer{}, nil))
	defer srv.Close()
	data := []byte("a batched task's result")
	sum := sumOf(data)
	sig, _ := poco.SignHash(UploadDigest(task, sum), workerKey)
	a, _ := poco.Authorize(domain, crypto.PubkeyToAddress(workerKey.PublicKey), task, schedKey)
	put := func(dealHex, index string) int {
		req, _ := http.NewRequestWithContext(context.Background(), "PUT", srv.URL+"/blobs/"+sum, bytes.NewReader(data))
		req.Header.Set(HeaderTask, task.Hex())
		req.Header.Set(HeaderWorker, crypto.PubkeyToAddress(workerKey.PublicKey).Hex())
		req.Header.Set(HeaderSignature, hexutil.Encode(sig))
		req.Header.Set(HeaderAuthorization, hexutil.Encode(a))
		if dealHex != "" {
			req.Header.Set(HeaderDeal, dealHex)
			req.Header.Set(HeaderIndex, index)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for _, tc := range []struct {
		name        string
		deal, index string
		want        int
	}{
		{"no deal named: no record on chain", "", "", http.StatusForbidden},
		{"a deal the task does not come from", common.HexToHash("0x0dd").Hex(), "3", http.StatusBadRequest},
		{"the deal with another index", deal.Hex(), "4", http.StatusBadRequest},
	} {
		if got := put(tc.deal, tc.index); got != tc.want {
			t.Fatalf("%s: %d, want %d", tc.name, got, tc.want)
		}
		if _, err := st.Stat(sum); err == nil {
			t.Fatalf("%s: the blob was stored", tc.name)
		}
	}
	if got := put(deal.Hex(), "3"); got != http.StatusOK && got != http.StatusCreated {
		t.Fatalf("the task's own deal: %d", got)
	}
	if _, err := st.Stat(sum); err != nil {
		t.Fatalf("the authorized upload was not stored: %v", err)
	}
}
