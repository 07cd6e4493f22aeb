package market_test

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/internal/pgtest"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/market/postgres"
	"github.com/decloud/decloud/poco"
)

// Two market processes (two services, each with its own store and HTTP server) on one
// PostgreSQL database and one chain serve one book: what is published through one is
// listed by the other, unpublished through the second it is gone from the first, one
// order published through both at once is one entry, and chain events either of them
// applies move the book for both. The second never answers from a stale cache of the
// chain: an app that changed hands in blocks only the first applied is checked afresh.
func TestTwoMarketsOneBook(t *testing.T) {
	ctx := context.Background()
	e := newChain(t)
	n, app := e.n, e.app
	dsn := pgtest.DSN(t)
	var books [2]*market.Client
	for i := range books {
		store, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		_, books[i] = serveBook(t, n, store)
	}
	one, two := books[0], books[1]
	listed := func(b market.Book) map[common.Hash]bool {
		t.Helper()
		p, err := b.Query(ctx, market.Query{Kind: market.KindApp})
		if err != nil {
			t.Fatal(err)
		}
		hs := map[common.Hash]bool{}
		for _, o := range p.Orders {
			hs[o.Hash] = true
		}
		return hs
	}

	// Published through one, listed by two; unpublished through two, gone from one.
	a := e.appOrder(t, 5, devnet.AppDev)
	got, err := one.Publish(ctx, market.KindApp, mustJSON(t, a))
	if err != nil {
		t.Fatal(err)
	}
	if seen, err := two.Get(ctx, got.Hash); err != nil || seen.Status != market.StatusOpen || !seen.PublishedAt.Equal(got.PublishedAt) {
		t.Fatalf("two gets %+v %v", seen, err)
	}
	if !listed(two)[got.Hash] {
		t.Fatal("published through one, not listed by two")
	}
	sig, _ := poco.SignHash(market.UnpublishDigest(got.Hash), n.Senders[devnet.AppDev].Key())
	if err := two.Unpublish(ctx, got.Hash, sig); err != nil {
		t.Fatal(err)
	}
	if listed(one)[got.Hash] {
		t.Fatal("unpublished through two, still listed by one")
	}
	if seen, err := one.Get(ctx, got.Hash); err != nil || seen.Status != market.StatusUnlisted {
		t.Fatalf("one gets %+v %v", seen, err)
	}

	// One order through both at once: one entry, the same for both.
	for range 3 {
		o := mustJSON(t, e.appOrder(t, 4, devnet.AppDev))
		var entries [2]market.Entry
		var errs [2]error
		var wg sync.WaitGroup
		for i, b := range books {
			wg.Go(func() { entries[i], errs[i] = b.Publish(ctx, market.KindApp, o) })
		}
		wg.Wait()
		if errs[0] != nil || errs[1] != nil || entries[0].Hash != entries[1].Hash || !entries[0].PublishedAt.Equal(entries[1].PublishedAt) {
			t.Fatalf("published at once: %+v %v / %+v %v", entries[0], errs[0], entries[1], errs[1])
		}
	}
	if n, err := countOpen(ctx, one); err != nil || n != 3 {
		t.Fatalf("%d open app orders (%v), want 3", n, err)
	}

	// Chain events: a cancel applied by whichever syncs first (both at once) moves the
	// book of both.
	c := e.appOrder(t, 2, devnet.AppDev)
	hc, _ := c.Hash(n.Domain)
	if _, err := one.Publish(ctx, market.KindApp, mustJSON(t, c)); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Hub.CancelAppOrder(ctx, n.Senders[devnet.AppDev], chain.AppOrderArg(c)); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, b := range books {
		wg.Go(func() {
			if _, err := b.Sync(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if seen, err := two.Get(ctx, hc); err != nil || seen.Status != market.StatusCancelled {
		t.Fatalf("cancelled on chain, two says %+v %v", seen, err)
	}

	// Two has read the app's owner for a publish; the app changes hands and only one
	// applies those blocks (the shared cursor then has passed them for two).
	if _, err := two.Publish(ctx, market.KindApp, mustJSON(t, e.appOrder(t, 1, devnet.AppDev))); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Hub.TransferApp(ctx, n.Senders[devnet.AppDev], app, n.Senders[devnet.Requester].Address()); err != nil {
		t.Fatal(err)
	}
	if _, err := one.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if hs := listed(two); len(hs) != 0 {
		t.Fatalf("the app changed hands, two still lists %d of its old owner's orders", len(hs))
	}
	if _, err := two.Publish(ctx, market.KindApp, mustJSON(t, e.appOrder(t, 1, devnet.AppDev))); market.CodeOf(err) != market.CodeNotOwner {
		t.Fatalf("the old owner published through two after the transfer: %v", err)
	}
	if _, err := two.Sync(ctx); err != nil {
		t.Fatal(err)
	}
}

// countOpen counts the open app orders of a book, all pages.
func countOpen(ctx context.Context, b market.Book) (int, error) {
	q := market.Query{Kind: market.KindApp, PageSize: 2}
	total := 0
	for {
		p, err := b.Query(ctx, q)
		if err != nil {
			return 0, err
		}
		total += len(p.Orders)
		if p.Next == "" {
			return total, nil
		}
		q.Cursor = p.Next
	}
}

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
