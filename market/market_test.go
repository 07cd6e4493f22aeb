package market_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/market/sqlite"
	"github.com/decloud/decloud/poco"
)

// env is a real dev chain with the hub, an app of AppDev, the devnet pool of Scheduler,
// and the book served over HTTP: tests go through the Client, so the API is covered too.
type env struct {
	n      *devnet.Net
	svc    *market.Service
	store  *sqlite.Store
	book   market.Book
	app    common.Address
	salt   int64
	client *market.Client
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := newChain(t)
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "book.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	e.svc, e.client = serveBook(t, e.n, store)
	e.store, e.book = store, e.client
	return e
}

// newChain is an env with its chain and app only, no book yet.
func newChain(t *testing.T) *env {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	t.Helper()
	ctx := context.Background()
	n, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	app, _, err := n.Hub.CreateApp(ctx, n.Senders[devnet.AppDev], "app", poco.AppWASM, "storage:00", common.Hash{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &env{n: n, app: app}
}

// serveBook runs a market service on store over n's chain, behind an HTTP server, and
// returns it with a client of that server.
func serveBook(t *testing.T, n *devnet.Net, store market.Store) (*market.Service, *market.Client) {
	t.Helper()
	svc, err := market.New(market.Config{Domain: n.Domain, Chain: market.HubChain{Hub: n.Hub}, Store: store, Logs: n.Chain.Client(),
		Hub: n.Deployment.Hub, From: n.Deployment.Block})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(market.Handler(svc, svc.Metrics(), market.HTTPConfig{RatePerSecond: -1}))
	t.Cleanup(srv.Close)
	return svc, &market.Client{BaseURL: srv.URL}
}

func (e *env) nextSalt() common.Hash {
	e.salt++
	return common.BigToHash(big.NewInt(e.salt))
}

func (e *env) appOrder(t *testing.T, volume int64, signer int) *poco.AppOrder {
	o := &poco.AppOrder{App: e.app, AppPrice: big.NewInt(3), Volume: big.NewInt(volume), Salt: e.nextSalt()}
	if err := o.Sign(e.n.Domain, e.n.Senders[signer].Key()); err != nil {
		t.Fatal(err)
	}
	return o
}

func (e *env) poolOrder(t *testing.T, volume, price, trust int64) *poco.WorkerpoolOrder {
	o := &poco.WorkerpoolOrder{Workerpool: e.n.Pool, WorkerpoolPrice: big.NewInt(price), Volume: big.NewInt(volume),
		Category: big.NewInt(0), Trust: big.NewInt(trust), Salt: e.nextSalt()}
	if err := o.Sign(e.n.Domain, e.n.Senders[devnet.Scheduler].Key()); err != nil {
		t.Fatal(err)
	}
	return o
}

func (e *env) requestOrder(t *testing.T, volume, poolPrice int64) *poco.RequestOrder {
	req := e.n.Senders[devnet.Requester].Address()
	o := &poco.RequestOrder{App: e.app, AppMaxPrice: big.NewInt(3), WorkerpoolMaxPrice: big.NewInt(poolPrice), Requester: req,
		Volume: big.NewInt(volume), Category: big.NewInt(0), Trust: big.NewInt(1), Beneficiary: req, Salt: e.nextSalt()}
	if err := o.Sign(e.n.Domain, e.n.Senders[devnet.Requester].Key()); err != nil {
		t.Fatal(err)
	}
	return o
}

func mustJSON(t *testing.T, v any) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// total counts every entry of every book in every status.
func (e *env) total(t *testing.T) int {
	n := 0
	for _, k := range market.Kinds {
		for _, st := range []market.Status{market.StatusOpen, market.StatusDead, market.StatusFilled, market.StatusCancelled, market.StatusUnlisted} {
			c, err := e.store.Count(context.Background(), k, st)
			if err != nil {
				t.Fatal(err)
			}
			n += c
		}
	}
	return n
}

// Every kind of bad order is refused with its code and a message that says why, and the
// book is left as it was.
func TestPublishRejects(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	if _, err := e.book.Publish(ctx, market.KindApp, mustJSON(t, e.appOrder(t, 5, devnet.AppDev))); err != nil {
		t.Fatal(err)
	}

	forged := e.appOrder(t, 5, devnet.AppDev)
	forged.AppPrice = big.NewInt(1) // the signature was for price 3
	badSig := e.appOrder(t, 5, devnet.AppDev)
	badSig.Signature = badSig.Signature[:10]
	noSig := e.appOrder(t, 5, devnet.AppDev)
	noSig.Signature = nil
	cancelled := e.poolOrder(t, 4, 100, 1)
	if _, err := e.n.Hub.CancelWorkerpoolOrder(ctx, e.n.Senders[devnet.Scheduler], chain.WorkerpoolOrderArg(cancelled)); err != nil {
		t.Fatal(err)
	}
	// A fully consumed set of orders: matched on chain for their whole volume.
	ca, cw, cr := e.appOrder(t, 1, devnet.AppDev), e.poolOrder(t, 1, 100, 1), e.requestOrder(t, 1, 100)
	if _, _, err := e.n.Hub.MatchOrders(ctx, e.n.Senders[devnet.Requester], chain.AppOrderArg(ca), chain.DatasetOrderArg(nil),
		chain.WorkerpoolOrderArg(cw), chain.RequestOrderArg(cr)); err != nil {
		t.Fatal(err)
	}
	strangerRequest := e.requestOrder(t, 1, 100)
	strangerRequest.Requester = e.n.Senders[devnet.DataDev].Address() // signed by Requester
	unknownApp := e.appOrder(t, 1, devnet.AppDev)
	unknownApp.App = common.HexToAddress("0x1234")
	unknownApp.Sign(e.n.Domain, e.n.Senders[devnet.AppDev].Key())
	bal, err := e.n.Hub.Account(ctx, e.n.Senders[devnet.Requester].Address())
	if err != nil {
		t.Fatal(err)
	}
	rich := e.requestOrder(t, new(big.Int).Div(bal.Balance, big.NewInt(103)).Int64()+1, 100)
	zero := e.appOrder(t, 0, devnet.AppDev)
	badCEL := e.requestOrder(t, 1, 100)
	badCEL.Params = `{"requirements": "memory_mb >="}`
	badCEL.Sign(e.n.Domain, e.n.Senders[devnet.Requester].Key())

	before := e.total(t)
	for _, c := range []struct {
		name string
		kind market.Kind
		body json.RawMessage
		code market.Code
		msg  string
	}{
		{"garbage", market.KindApp, json.RawMessage(`{"app": 12`), market.CodeBadRequest, "not valid JSON"},
		{"not an object", market.KindApp, json.RawMessage(`[1,2]`), market.CodeBadRequest, "not valid JSON"},
		{"unknown field", market.KindApp, json.RawMessage(`{"app":"0x0000000000000000000000000000000000000001","price":1}`), market.CodeBadRequest, "unknown field"},
		{"negative volume", market.KindApp, json.RawMessage(`{"app":"0x0000000000000000000000000000000000000001","volume":-1}`), market.CodeBadRequest, "out of range"},
		{"zero volume", market.KindApp, mustJSON(t, zero), market.CodeBadRequest, "volume is 0"},
		{"unknown book", market.Kind("apps"), mustJSON(t, e.appOrder(t, 1, devnet.AppDev)), market.CodeBadRequest, "unknown book"},
		{"forged signature", market.KindApp, mustJSON(t, forged), market.CodeNotOwner, "belongs to"},
		{"truncated signature", market.KindApp, mustJSON(t, badSig), market.CodeBadSignature, "bad signature"},
		{"no signature, not presigned", market.KindApp, mustJSON(t, noSig), market.CodeBadSignature, "not presigned"},
		{"someone else's app", market.KindApp, mustJSON(t, e.appOrder(t, 5, devnet.Requester)), market.CodeNotOwner, "belongs to"},
		{"unregistered app", market.KindApp, mustJSON(t, unknownApp), market.CodeNotOwner, "not registered"},
		{"request signed by another", market.KindRequest, mustJSON(t, strangerRequest), market.CodeBadSignature, "not by its requester"},
		{"request over escrow", market.KindRequest, mustJSON(t, rich), market.CodeInsufficientEscrow, "decloud account deposit"},
		{"cancelled order", market.KindWorkerpool, mustJSON(t, cancelled), market.CodeConsumed, "consumed or cancelled"},
		{"consumed order", market.KindRequest, mustJSON(t, cr), market.CodeConsumed, "consumed or cancelled"},
		{"request with a bad requirement", market.KindRequest, mustJSON(t, badCEL), market.CodeBadRequest, "Syntax error"},
		{"wrong book", market.KindWorkerpool, mustJSON(t, e.appOrder(t, 1, devnet.AppDev)), market.CodeBadRequest, "unknown field"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := e.book.Publish(ctx, c.kind, c.body)
			if market.CodeOf(err) != c.code || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("got %v (code %s), want code %s with %q", err, market.CodeOf(err), c.code, c.msg)
			}
		})
	}
	if after := e.total(t); after != before {
		t.Fatalf("the book changed: %d entries, then %d", before, after)
	}
}

// A match moves every order's remaining volume as soon as the book syncs; a filled order
// leaves the book; publishing the same order twice is idempotent.
func TestMatchMovesTheBook(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a, w, r := e.appOrder(t, 10, devnet.AppDev), e.poolOrder(t, 10, 100, 1), e.requestOrder(t, 3, 100)
	for _, p := range []struct {
		k market.Kind
		o any
	}{{market.KindApp, a}, {market.KindWorkerpool, w}, {market.KindRequest, r}, {market.KindApp, a}} {
		got, err := e.book.Publish(ctx, p.k, mustJSON(t, p.o))
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != market.StatusOpen || got.Remaining != got.Volume {
			t.Fatalf("published %+v", got)
		}
	}
	if e.total(t) != 3 {
		t.Fatalf("%d entries, want 3", e.total(t))
	}
	if _, _, err := e.n.Hub.MatchOrders(ctx, e.n.Senders[devnet.Requester], chain.AppOrderArg(a), chain.DatasetOrderArg(nil),
		chain.WorkerpoolOrderArg(w), chain.RequestOrderArg(r)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.book.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		o         poco.Order
		status    market.Status
		remaining uint64
	}{{a, market.StatusOpen, 7}, {w, market.StatusOpen, 7}, {r, market.StatusFilled, 0}} {
		h, _ := c.o.Hash(e.n.Domain)
		got, err := e.book.Get(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != c.status || got.Remaining != c.remaining {
			t.Errorf("%s: %s remaining %d, want %s %d", got.Kind, got.Status, got.Remaining, c.status, c.remaining)
		}
	}
	p, err := e.book.Query(ctx, market.Query{Kind: market.KindRequest})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Orders) != 0 {
		t.Fatalf("the filled request is still listed: %+v", p.Orders)
	}
}

// Orders follow the chain: an on-chain cancel, an emptied escrow, an asset changing hands.
func TestBookFollowsTheChain(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	w, r, a := e.poolOrder(t, 5, 100, 1), e.requestOrder(t, 2, 100), e.appOrder(t, 5, devnet.AppDev)
	hw, _ := w.Hash(e.n.Domain)
	hr, _ := r.Hash(e.n.Domain)
	ha, _ := a.Hash(e.n.Domain)
	for k, o := range map[market.Kind]any{market.KindWorkerpool: w, market.KindRequest: r, market.KindApp: a} {
		if _, err := e.book.Publish(ctx, k, mustJSON(t, o)); err != nil {
			t.Fatal(err)
		}
	}
	status := func(h common.Hash) market.Status {
		t.Helper()
		if _, err := e.book.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		got, err := e.book.Get(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		return got.Status
	}

	if _, err := e.n.Hub.CancelWorkerpoolOrder(ctx, e.n.Senders[devnet.Scheduler], chain.WorkerpoolOrderArg(w)); err != nil {
		t.Fatal(err)
	}
	if got := status(hw); got != market.StatusCancelled {
		t.Fatalf("cancelled on chain, the book says %s", got)
	}

	req := e.n.Senders[devnet.Requester]
	bal, err := e.n.Hub.Account(ctx, req.Address())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.n.Hub.Withdraw(ctx, req, bal.Balance); err != nil {
		t.Fatal(err)
	}
	if got := status(hr); got != market.StatusDead {
		t.Fatalf("escrow emptied, the request is %s", got)
	}
	if _, err := e.n.Hub.Deposit(ctx, req, big.NewInt(1000)); err != nil {
		t.Fatal(err)
	}
	if got := status(hr); got != market.StatusOpen {
		t.Fatalf("escrow refilled, the request is %s", got)
	}

	if _, err := e.n.Hub.TransferApp(ctx, e.n.Senders[devnet.AppDev], e.app, req.Address()); err != nil {
		t.Fatal(err)
	}
	if got := status(ha); got != market.StatusDead {
		t.Fatalf("app transferred, its old owner's order is %s", got)
	}
	p, err := e.book.Query(ctx, market.Query{Kind: market.KindApp})
	if err != nil || len(p.Orders) != 0 {
		t.Fatalf("the app book lists %v (%v)", p.Orders, err)
	}
}

// Only the signer may unpublish; an unpublished order leaves the book and may come back.
func TestUnpublish(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a := e.appOrder(t, 5, devnet.AppDev)
	got, err := e.book.Publish(ctx, market.KindApp, mustJSON(t, a))
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := poco.SignHash(market.UnpublishDigest(got.Hash), e.n.Senders[devnet.Requester].Key())
	if err := e.book.Unpublish(ctx, got.Hash, sig); market.CodeOf(err) != market.CodeForbidden {
		t.Fatalf("a stranger unpublished: %v", err)
	}
	if err := e.book.Unpublish(ctx, got.Hash, []byte{1, 2}); market.CodeOf(err) != market.CodeBadSignature {
		t.Fatalf("a malformed signature: %v", err)
	}
	sig, _ = poco.SignHash(market.UnpublishDigest(got.Hash), e.n.Senders[devnet.AppDev].Key())
	if err := e.book.Unpublish(ctx, got.Hash, sig); err != nil {
		t.Fatal(err)
	}
	if p, _ := e.book.Query(ctx, market.Query{Kind: market.KindApp}); len(p.Orders) != 0 {
		t.Fatalf("unpublished order still listed")
	}
	again, err := e.book.Publish(ctx, market.KindApp, mustJSON(t, a))
	if err != nil || again.Status != market.StatusOpen {
		t.Fatalf("republished: %+v %v", again, err)
	}
	// A browser wallet's EIP-191 personal signature of the digest counts too (the signer's
	// only; a stranger's is refused).
	personal := func(k *ecdsa.PrivateKey) []byte {
		s, _ := crypto.Sign(accounts.TextHash(market.UnpublishDigest(got.Hash).Bytes()), k)
		return s
	}
	if err := e.book.Unpublish(ctx, got.Hash, personal(e.n.Senders[devnet.Requester].Key())); market.CodeOf(err) != market.CodeForbidden {
		t.Fatalf("a stranger's personal signature unpublished: %v", err)
	}
	if err := e.book.Unpublish(ctx, got.Hash, personal(e.n.Senders[devnet.AppDev].Key())); err != nil {
		t.Fatalf("the signer's personal signature: %v", err)
	}
	// Integers may come as decimal strings (JavaScript clients).
	asStrings := regexp.MustCompile(`"(appprice|volume)":(\d+)`).ReplaceAllString(string(mustJSON(t, a)), `"$1":"$2"`)
	if !strings.Contains(asStrings, `"appprice":"3"`) || !strings.Contains(asStrings, `"volume":"5"`) {
		t.Fatalf("the test's rewrite missed: %s", asStrings)
	}
	if again, err = e.book.Publish(ctx, market.KindApp, []byte(asStrings)); err != nil || again.Hash != got.Hash {
		t.Fatalf("published with decimal strings (%s): %+v %v", asStrings, again, err)
	}
	// The same order again with a corrupted signature is refused, not answered as known.
	bad := *a
	bad.Signature = append([]byte(nil), a.Signature...)
	bad.Signature[5] ^= 0xff
	if _, err := e.book.Publish(ctx, market.KindApp, mustJSON(t, &bad)); err == nil {
		t.Fatal("a known order with a corrupted signature was accepted")
	}
	if _, err := e.book.Get(ctx, common.Hash{9}); market.CodeOf(err) != market.CodeNotFound {
		t.Fatalf("get of an unknown order: %v", err)
	}
}

// Once the follower caught up, the book knows every order hash the chain consumed: an order
// never matched is listed without a chain read of its volume, one matched off the book is
// listed with what is left (or refused when nothing is), as before.
func TestCaughtUpBookKnowsConsumed(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- e.svc.Run(ctx) }()
	defer func() { cancel(); <-done }()
	for !e.svc.CaughtUp() {
		time.Sleep(5 * time.Millisecond)
	}
	a, w, r := e.appOrder(t, 10, devnet.AppDev), e.poolOrder(t, 3, 100, 1), e.requestOrder(t, 3, 100)
	if _, _, err := e.n.Hub.MatchOrders(ctx, e.n.Senders[devnet.Requester], chain.AppOrderArg(a), chain.DatasetOrderArg(nil),
		chain.WorkerpoolOrderArg(w), chain.RequestOrderArg(r)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.book.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := e.book.Publish(ctx, market.KindApp, mustJSON(t, a))
	if err != nil || got.Remaining != 7 {
		t.Fatalf("an app order matched for 3 of 10 off the book: %+v %v", got, err)
	}
	if _, err := e.book.Publish(ctx, market.KindRequest, mustJSON(t, r)); market.CodeOf(err) != market.CodeConsumed {
		t.Fatalf("a request consumed off the book: %v", err)
	}
	fresh, err := e.book.Publish(ctx, market.KindWorkerpool, mustJSON(t, e.poolOrder(t, 4, 100, 1)))
	if err != nil || fresh.Remaining != 4 {
		t.Fatalf("a fresh order: %+v %v", fresh, err)
	}
}
