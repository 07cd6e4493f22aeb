// Package broker is open brokering for a workerpool: it watches the market's request book
// and matches each published request that the pool's own published orders (and the app and
// dataset orders on the book) satisfy, so that a request signed by a requester, or
// presigned on chain by a contract, runs with no one at a keyboard.
//
// What it matches (docs/protocol.md "Open brokering"): OPEN requests, richest first, that
// name this pool or no pool; for each, the cheapest app order and dataset order on the book
// and the cheapest of the pool's own orders that pass poco.CheckTerms, and only when the
// pool says it can serve the request now (Config.CanServe: its live workers run the app's
// kind, have a GPU when the request's tag asks for one, and meet its requirements). matchOrders is estimated before it is sent, so a request the
// hub refuses (requester out of funds, order consumed, bad signature) costs no gas; it is
// tried again later with a growing delay. The pool's owner sends the matches and locks the
// scheduler's stake for them, as when a requester matches its orders.
package broker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
)

// Matcher sends matchOrders (d nil without a dataset) and returns the deal id; an error
// when the hub refuses the orders (nothing is then spent) or the chain is unreachable.
type Matcher interface {
	Match(ctx context.Context, a *poco.AppOrder, d *poco.DatasetOrder, w *poco.WorkerpoolOrder, r *poco.RequestOrder) (common.Hash, error)
}

// HubMatcher is the Matcher that sends matchOrders to the hub from Tx (the pool owner's
// account: it pays the gas and locks the scheduler's stake).
type HubMatcher struct {
	Hub *chain.Hub
	Tx  chain.Transactor
}

// Match implements Matcher.
func (m HubMatcher) Match(ctx context.Context, a *poco.AppOrder, d *poco.DatasetOrder, w *poco.WorkerpoolOrder, r *poco.RequestOrder) (common.Hash, error) {
	id, _, err := m.Hub.MatchOrders(ctx, m.Tx, chain.AppOrderArg(a), chain.DatasetOrderArg(d), chain.WorkerpoolOrderArg(w), chain.RequestOrderArg(r))
	return id, err
}

// Config is what a broker needs.
type Config struct {
	Book    market.Book
	Matcher Matcher
	Pool    common.Address
	// CanServe says whether the pool can run a deal of these params, app kind and tag now
	// (nil: always); Kinds reads an app's kind from the chain (poco.AppWASM, poco.AppOCI),
	// required with CanServe.
	CanServe func(params string, kind uint8, tag common.Hash) error
	Kinds    func(ctx context.Context, app common.Address) (uint8, error)
	// Every is the pause between rounds (default 2 s).
	Every time.Duration
	// MaxPerRound bounds the matches sent in one round (default 20), and MaxRequests the
	// requests read from the book in one round (default 1,000).
	MaxPerRound, MaxRequests int
	// Retry is the first delay before a refused request is tried again; it doubles at each
	// refusal up to MaxRetry (defaults 10 s and 1 h).
	Retry, MaxRetry time.Duration
	Logger          *slog.Logger
	Now             func() time.Time // default time.Now
}

func (c Config) withDefaults() Config {
	if c.Every <= 0 {
		c.Every = 2 * time.Second
	}
	if c.MaxPerRound <= 0 {
		c.MaxPerRound = 20
	}
	if c.MaxRequests <= 0 {
		c.MaxRequests = 1000
	}
	if c.Retry <= 0 {
		c.Retry = 10 * time.Second
	}
	if c.MaxRetry < c.Retry {
		c.MaxRetry = max(time.Hour, c.Retry)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.CanServe == nil {
		c.CanServe = func(string, uint8, common.Hash) error { return nil }
		c.Kinds = func(context.Context, common.Address) (uint8, error) { return 0, nil }
	}
	return c
}

// Broker matches requests for one pool. Its methods are not safe for concurrent use: Run
// owns it.
type Broker struct {
	cfg   Config
	later map[common.Hash]retry // requests refused, by order hash
}

type retry struct {
	at    time.Time
	delay time.Duration
}

// New returns a broker (an error when Book, Matcher or Pool is missing, or CanServe is
// given without Kinds).
func New(cfg Config) (*Broker, error) {
	if cfg.Book == nil || cfg.Matcher == nil || cfg.Pool == (common.Address{}) {
		return nil, errors.New("broker: a book, a matcher and a pool are required")
	}
	if cfg.CanServe != nil && cfg.Kinds == nil {
		return nil, errors.New("broker: CanServe needs Kinds, the apps' kinds")
	}
	return &Broker{cfg: cfg.withDefaults(), later: map[common.Hash]retry{}}, nil
}

// Run brokers a round every Config.Every until ctx ends (then it returns nil). A round that
// fails (the market or the chain unreachable) is logged and the next one tries again.
func (b *Broker) Run(ctx context.Context) error {
	t := time.NewTicker(b.cfg.Every)
	defer t.Stop()
	for {
		if _, err := b.Round(ctx); err != nil && ctx.Err() == nil {
			b.cfg.Logger.Warn("broker: round failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Deal is a match the broker made.
type Deal struct {
	ID      common.Hash
	Request common.Hash
}

// Round reads the book once and sends the matches it finds; it returns the deals made.
func (b *Broker) Round(ctx context.Context) ([]Deal, error) {
	pools, err := b.ownOrders(ctx)
	if err != nil || len(pools) == 0 {
		return nil, err
	}
	requests, err := listBook(ctx, b.cfg.Book, market.Query{Kind: market.KindRequest}, b.cfg.MaxRequests) // richest first
	if err != nil {
		return nil, err
	}
	now := b.cfg.Now()
	seen := map[common.Hash]bool{}
	offers := newOffers(b.cfg.Book)
	var deals []Deal
	for _, e := range requests {
		seen[e.Hash] = true
		if len(deals) == b.cfg.MaxPerRound {
			break
		}
		if e.Workerpool != (common.Address{}) && e.Workerpool != b.cfg.Pool {
			continue
		}
		if l, ok := b.later[e.Hash]; ok && now.Before(l.at) {
			continue
		}
		r, err := e.RequestOrder()
		if err != nil { // the book checked it when it was published
			b.refuse(e.Hash, now, err, true)
			continue
		}
		kind, err := b.cfg.Kinds(ctx, r.App)
		if err != nil {
			if ctx.Err() != nil {
				return deals, err
			}
			b.refuse(e.Hash, now, fmt.Errorf("broker: the app's kind: %w", err), false)
			continue
		}
		if err := b.cfg.CanServe(r.Params, kind, r.Tag); err != nil { // workers come and go: try again soon
			b.refuse(e.Hash, now, err, false)
			continue
		}
		a, d, w, err := offers.pick(ctx, r, pools)
		if err != nil {
			if ctx.Err() != nil {
				return deals, err
			}
			b.refuse(e.Hash, now, err, true)
			continue
		}
		id, err := b.cfg.Matcher.Match(ctx, a, d, w, r)
		if err != nil {
			if ctx.Err() != nil {
				return deals, err
			}
			b.refuse(e.Hash, now, fmt.Errorf("matchOrders: %w", err), true)
			continue
		}
		delete(b.later, e.Hash)
		deals = append(deals, Deal{ID: id, Request: e.Hash})
		b.cfg.Logger.Info("broker: matched a published request", "deal", id, "request", e.Hash, "requester", r.Requester)
		// The book learns the consumed volumes now, so that the next round (or the next
		// request of this round that shares an order) does not try them again.
		if _, err := b.cfg.Book.Sync(ctx); err != nil {
			return deals, fmt.Errorf("broker: syncing the book: %w", err)
		}
	}
	for h := range b.later { // forget requests that left the book
		if !seen[h] && len(requests) < b.cfg.MaxRequests {
			delete(b.later, h)
		}
	}
	return deals, nil
}

// refuse puts a request aside for Config.Retry, or, when grow is set, for a delay that
// doubles at each refusal (up to Config.MaxRetry).
func (b *Broker) refuse(h common.Hash, now time.Time, why error, grow bool) {
	l, ok := b.later[h]
	if !ok || !grow {
		l.delay = b.cfg.Retry
	} else {
		l.delay = min(2*l.delay, b.cfg.MaxRetry)
	}
	l.at = now.Add(l.delay)
	b.later[h] = l
	b.cfg.Logger.Info("broker: request set aside", "request", h, "retry in", l.delay, "why", why)
}

// ownOrders returns the pool's OPEN workerpool orders, cheapest first.
func (b *Broker) ownOrders(ctx context.Context) ([]*poco.WorkerpoolOrder, error) {
	entries, err := listBook(ctx, b.cfg.Book, market.Query{Kind: market.KindWorkerpool, Workerpool: b.cfg.Pool}, b.cfg.MaxRequests)
	if err != nil {
		return nil, err
	}
	out := make([]*poco.WorkerpoolOrder, 0, len(entries))
	for i := range entries {
		o, err := entries[i].WorkerpoolOrder()
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// listBook reads at most limit OPEN orders of q, page by page.
func listBook(ctx context.Context, book market.Book, q market.Query, limit int) ([]market.Entry, error) {
	q.PageSize = min(limit, market.MaxPageSize)
	var out []market.Entry
	for {
		page, err := book.Query(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("broker: the market: %w", err)
		}
		out = append(out, page.Orders...)
		if page.Next == "" || len(out) >= limit {
			return out[:min(len(out), limit)], nil
		}
		q.Cursor = page.Next
	}
}

// offersPerAsset bounds the app (or dataset) orders read for one asset in a round.
const offersPerAsset = 100

// offers reads the app and dataset orders of the book once per asset and round.
type offers struct {
	book     market.Book
	apps     map[common.Address][]*poco.AppOrder
	datasets map[common.Address][]*poco.DatasetOrder
}

func newOffers(book market.Book) *offers {
	return &offers{book: book, apps: map[common.Address][]*poco.AppOrder{}, datasets: map[common.Address][]*poco.DatasetOrder{}}
}

// pick returns the cheapest app order, dataset order (nil when the request names none) and
// pool order that match r with each other, or an error saying why there is none.
func (o *offers) pick(ctx context.Context, r *poco.RequestOrder, pools []*poco.WorkerpoolOrder) (*poco.AppOrder, *poco.DatasetOrder, *poco.WorkerpoolOrder, error) {
	apps, err := cached(ctx, o, o.apps, market.Query{Kind: market.KindApp, App: r.App}, (*market.Entry).AppOrder)
	if err != nil {
		return nil, nil, nil, err
	}
	datasets := []*poco.DatasetOrder{nil}
	if r.Dataset != (common.Address{}) {
		if datasets, err = cached(ctx, o, o.datasets, market.Query{Kind: market.KindDataset, Dataset: r.Dataset}, (*market.Entry).DatasetOrder); err != nil {
			return nil, nil, nil, err
		}
	}
	a, d, w, err := Pick(r, apps, datasets, pools)
	return a, d, w, err
}

// cached returns the orders of q.App or q.Dataset, reading the book the first time.
func cached[T any](ctx context.Context, o *offers, m map[common.Address][]*T, q market.Query, decode func(*market.Entry) (*T, error)) ([]*T, error) {
	key := q.App
	if q.Kind == market.KindDataset {
		key = q.Dataset
	}
	if list, ok := m[key]; ok {
		return list, nil
	}
	entries, err := listBook(ctx, o.book, q, offersPerAsset)
	if err != nil {
		return nil, err
	}
	list := make([]*T, 0, len(entries))
	for i := range entries {
		v, err := decode(&entries[i])
		if err != nil {
			return nil, err
		}
		list = append(list, v)
	}
	m[key] = list
	return list, nil
}

// ErrNoMatch says that no combination of the offers matches a request; it wraps the reason
// the last combination failed.
var ErrNoMatch = errors.New("broker: no offer matches the request")

// Pick is the broker's choice, a pure function of the offers (each list cheapest first, the
// book's order; datasets holds one nil when the request names no dataset): the first app
// order, then dataset order, then pool order, in that nesting, that pass poco.CheckTerms.
// The requester pays the least the offers allow, as if it had matched them itself.
func Pick(r *poco.RequestOrder, apps []*poco.AppOrder, datasets []*poco.DatasetOrder, pools []*poco.WorkerpoolOrder) (*poco.AppOrder, *poco.DatasetOrder, *poco.WorkerpoolOrder, error) {
	last := errors.New("no app order on the book")
	if len(apps) > 0 && len(datasets) == 0 {
		last = errors.New("no dataset order on the book")
	}
	for _, a := range apps {
		for _, d := range datasets {
			for _, w := range pools {
				err := poco.CheckTerms(a, d, w, r)
				if err == nil {
					return a, d, w, nil
				}
				last = err
			}
		}
	}
	return nil, nil, nil, fmt.Errorf("%w: %w", ErrNoMatch, last)
}
