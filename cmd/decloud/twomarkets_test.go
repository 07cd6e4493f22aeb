package main

import (
	"context"
	"encoding/json"
	"math/big"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/devchain"
	"github.com/decloud/decloud/internal/pgtest"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
)

// Two `decloud market` processes on one PostgreSQL database serve one book: an order
// published through one is listed by the other, withdrawn through the other it is gone from
// the first, and publishing it again through both gives one entry.
func TestTwoMarketProcessesOneDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("starts separate processes (full tier only)")
	}
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	dir := t.TempDir()
	h := hosts{addr: "127.0.0.1", worker: func(int) []string { return nil }}
	rpc := startProcess(t, h, regexp.MustCompile(`rpc\s+(http://127\.0\.0\.1:\d+)`), on(nil, "chain", "--bare", "--accounts", "1", "--http", "127.0.0.1:0")...)
	key := devchain.DevAccounts(1)[0].Key
	keyFile, dep := filepath.Join(dir, "deployer.key"), filepath.Join(dir, "deployment.json")
	writeKey(t, keyFile, key)
	runTo(t, h, nil, "deploy", "--rpc", rpc, "--key", "@"+keyFile, "--out", dep)
	var urls [2]string
	for i := range urls {
		urls[i] = startProcess(t, h, regexp.MustCompile(`market on (http://127\.0\.0\.1:\d+)`),
			on(nil, "market", "--rpc", rpc, "--deployment", dep, "--http", "127.0.0.1:0", "--db", dsn)...)
	}
	one, two := &market.Client{BaseURL: urls[0]}, &market.Client{BaseURL: urls[1]}

	// An app of the deployer's, and its signed order.
	d, err := readDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sender, err := chain.NewSender(client, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	hub := chain.NewHub(client, d.Hub)
	app, _, err := hub.CreateApp(ctx, sender, "two-markets", poco.AppWASM, "https://example.invalid/app.wasm", common.Hash{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	domain := poco.NewDomain(new(big.Int).SetUint64(d.ChainID), d.Hub)
	o := &poco.AppOrder{App: app, AppPrice: big.NewInt(3), Volume: big.NewInt(10), Salt: common.Hash{7}}
	if err := o.Sign(domain, key); err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	listed := func(b market.Book) []market.Entry {
		t.Helper()
		p, err := b.Query(ctx, market.Query{Kind: market.KindApp, App: app})
		if err != nil {
			t.Fatal(err)
		}
		return p.Orders
	}
	e, err := one.Publish(ctx, market.KindApp, raw)
	if err != nil {
		t.Fatal(err)
	}
	if got := listed(two); len(got) != 1 || got[0].Hash != e.Hash {
		t.Fatalf("the second market lists %+v, want the order published through the first", got)
	}
	sig, err := poco.SignHash(market.UnpublishDigest(e.Hash), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := two.Unpublish(ctx, e.Hash, sig); err != nil {
		t.Fatal(err)
	}
	if got := listed(one); len(got) != 0 {
		t.Fatalf("the first market still lists %+v after the second withdrew it", got)
	}
	// Published again through both at once: one entry.
	errs := make(chan error, 2)
	for _, b := range []*market.Client{one, two} {
		go func() { _, err := b.Publish(ctx, market.KindApp, raw); errs <- err }()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if a, b := listed(one), listed(two); len(a) != 1 || len(b) != 1 || a[0].Hash != b[0].Hash {
		t.Fatalf("after publishing through both: %d and %d entries", len(a), len(b))
	}
}
