package market

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// stubBook answers every call with an empty success: the HTTP layer's neighbour.
type stubBook struct{ calls int }

func (b *stubBook) Publish(context.Context, Kind, json.RawMessage) (Entry, error) {
	b.calls++
	return Entry{}, nil
}
func (b *stubBook) Unpublish(context.Context, common.Hash, []byte) error { b.calls++; return nil }
func (b *stubBook) Get(context.Context, common.Hash) (Entry, error)      { b.calls++; return Entry{}, nil }
func (b *stubBook) Query(context.Context, Query) (Page, error)           { b.calls++; return Page{}, nil }
func (b *stubBook) Sync(context.Context) (uint64, error)                 { b.calls++; return 0, nil }

// Past its bucket a client gets 429 rate_limited without reaching the book; an oversized
// body and malformed parameters get 400 with a code.
func TestHTTPLimits(t *testing.T) {
	book := &stubBook{}
	srv := httptest.NewServer(Handler(book, nil, HTTPConfig{RatePerSecond: 0.001, Burst: 3}))
	defer srv.Close()
	c := &Client{BaseURL: srv.URL}
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, err := c.Query(ctx, Query{Kind: KindApp}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Query(ctx, Query{Kind: KindApp}); CodeOf(err) != CodeRateLimited {
		t.Fatalf("the 4th request: %v, want rate_limited", err)
	}
	if book.calls != 3 {
		t.Fatalf("the book saw %d calls, want 3", book.calls)
	}

	srv2 := httptest.NewServer(Handler(book, nil, HTTPConfig{RatePerSecond: -1}))
	defer srv2.Close()
	c2 := &Client{BaseURL: srv2.URL}
	big := []byte(`{"app":"` + strings.Repeat("a", MaxOrderBytes+2048) + `"}`)
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, srv2.URL+"/v1/orders/app", bytes.NewReader(big))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("an oversized order: HTTP %d", resp.StatusCode)
	}
	for _, path := range []string{"/v1/orderbook/apps", "/v1/orderbook/app?app=0x12", "/v1/orderbook/app?minTrust=-1",
		"/v1/orderbook/app?status=LOST", "/v1/orders/0x1234", "/v1/orderbook/workerpool?pageSize=x"} {
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, srv2.URL+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var e Error
		json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || e.Code != CodeBadRequest || e.Message == "" {
			t.Errorf("GET %s: HTTP %d %+v, want 400 bad_request", path, resp.StatusCode, e)
		}
	}
	if _, err := c2.Query(ctx, Query{Kind: KindWorkerpool, PageSize: 5}); err != nil {
		t.Fatal(err)
	}
}
