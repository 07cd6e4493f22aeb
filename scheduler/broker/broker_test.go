package broker

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
)

// book is an in-memory market.Book: the broker's neighbour (the market's own tests cover
// the real one; examples/dapp runs the broker against it end to end).
type book struct {
	entries []market.Entry
	queries int
}

func (b *book) add(t *testing.T, k market.Kind, o any) common.Hash {
	t.Helper()
	raw, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	e := market.Entry{Hash: common.Hash{byte(len(b.entries) + 1)}, Kind: k, Status: market.StatusOpen, Order: raw}
	switch o := o.(type) {
	case *poco.AppOrder:
		e.App = o.App
	case *poco.DatasetOrder:
		e.Dataset = o.Dataset
	case *poco.WorkerpoolOrder:
		e.Workerpool = o.Workerpool
	case *poco.RequestOrder:
		e.App, e.Dataset, e.Workerpool = o.App, o.Dataset, o.Workerpool
	}
	b.entries = append(b.entries, e)
	return e.Hash
}

func (b *book) Query(_ context.Context, q market.Query) (market.Page, error) {
	b.queries++
	var p market.Page
	for _, e := range b.entries {
		if e.Kind == q.Kind && (q.App == (common.Address{}) || q.App == e.App) && (q.Dataset == (common.Address{}) || q.Dataset == e.Dataset) &&
			(q.Workerpool == (common.Address{}) || q.Workerpool == e.Workerpool) {
			p.Orders = append(p.Orders, e)
		}
	}
	return p, nil
}

func (b *book) Publish(context.Context, market.Kind, json.RawMessage) (market.Entry, error) {
	return market.Entry{}, errors.New("not used")
}
func (b *book) Unpublish(context.Context, common.Hash, []byte) error { return errors.New("not used") }
func (b *book) Get(context.Context, common.Hash) (market.Entry, error) {
	return market.Entry{}, errors.New("not used")
}
func (b *book) Sync(context.Context) (uint64, error) { return 0, nil }

// matcher records matches; refuse makes it answer as the hub does for a requester out of funds.
type matcher struct {
	calls  []*poco.RequestOrder
	picked []*poco.WorkerpoolOrder
	refuse bool
}

func (m *matcher) Match(_ context.Context, _ *poco.AppOrder, _ *poco.DatasetOrder, w *poco.WorkerpoolOrder, r *poco.RequestOrder) (common.Hash, error) {
	m.calls = append(m.calls, r)
	if m.refuse {
		return common.Hash{}, errors.New("hub: requester balance too low for the deal")
	}
	m.picked = append(m.picked, w)
	return common.Hash{byte(len(m.calls))}, nil
}

var (
	app, ds, pool, other, requester = common.Address{0xa}, common.Address{0xd}, common.Address{0x9}, common.Address{0xe}, common.Address{0xc}
	// ociApp is an app of kind oci; unknown is not on chain (its kind cannot be read).
	ociApp, unknown = common.Address{0x0c}, common.Address{0xba}
)

// kinds is the chain's record of the apps' kinds.
func kinds(_ context.Context, a common.Address) (uint8, error) {
	switch a {
	case ociApp:
		return poco.AppOCI, nil
	case unknown:
		return 0, errors.New("connection refused")
	}
	return poco.AppWASM, nil
}

func request(workerpool common.Address, params string, salt byte) *poco.RequestOrder {
	return &poco.RequestOrder{App: app, AppMaxPrice: big.NewInt(5), Workerpool: workerpool, WorkerpoolMaxPrice: big.NewInt(20), Requester: requester,
		Volume: big.NewInt(1), Category: new(big.Int), Trust: big.NewInt(1), Params: params, Salt: common.Hash{salt}}
}

// grid is a book with the app's order and the pool's two orders (cheapest first: the
// book's order), and a broker over it with a clock the test moves.
func grid(t *testing.T, canServe func(string, uint8, common.Hash) error) (*book, *matcher, *Broker, *time.Time) {
	b := &book{}
	b.add(t, market.KindApp, &poco.AppOrder{App: app, AppPrice: big.NewInt(5)})
	b.add(t, market.KindWorkerpool, &poco.WorkerpoolOrder{Workerpool: pool, WorkerpoolPrice: big.NewInt(10), Category: new(big.Int), Trust: big.NewInt(1)})
	b.add(t, market.KindWorkerpool, &poco.WorkerpoolOrder{Workerpool: pool, WorkerpoolPrice: big.NewInt(15), Category: new(big.Int), Trust: big.NewInt(100)})
	m := &matcher{}
	now := time.Unix(1_000_000, 0)
	cfg := Config{Book: b, Matcher: m, Pool: pool, MaxPerRound: 2, Retry: 10 * time.Second, MaxRetry: 35 * time.Second,
		Now: func() time.Time { return now }}
	if canServe != nil {
		cfg.CanServe, cfg.Kinds = canServe, kinds
	}
	br, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return b, m, br, &now
}

func round(t *testing.T, br *Broker) []Deal {
	t.Helper()
	deals, err := br.Round(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return deals
}

func TestRoundMatchesWhatThePoolCanServe(t *testing.T) {
	b, m, br, _ := grid(t, func(params string, _ uint8, _ common.Hash) error {
		if params == "gpu" {
			return errors.New("no worker has a GPU")
		}
		return nil
	})
	b.add(t, market.KindRequest, request(other, "", 1))   // another pool's
	b.add(t, market.KindRequest, request(pool, "gpu", 2)) // no worker can run it
	high := request(common.Address{}, "", 3)              // open, trust 50: the pool's second order only
	high.Trust = big.NewInt(50)
	hHigh := b.add(t, market.KindRequest, high)
	hOwn := b.add(t, market.KindRequest, request(pool, "", 4))     // for this pool
	b.add(t, market.KindRequest, request(common.Address{}, "", 5)) // open, but over MaxPerRound
	deals := round(t, br)
	if len(deals) != 2 || deals[0].Request != hHigh || deals[1].Request != hOwn {
		t.Fatalf("deals %+v, want the trust-50 request then the pool's own", deals)
	}
	if m.picked[0].Trust.Int64() != 100 || m.picked[1].WorkerpoolPrice.Int64() != 10 {
		t.Fatalf("pool orders picked: %+v %+v, want the trust-100 one for trust 50, the cheapest for trust 1", m.picked[0], m.picked[1])
	}
	for _, r := range m.calls {
		if r.Workerpool == other || r.Params == "gpu" {
			t.Fatalf("matched a request the broker must leave: %+v", r)
		}
	}
}

// The broker gives CanServe the kind of the request's app, read from the chain, and the
// request's tag: a pool whose workers run wasm alone, none with a GPU, matches neither an
// OCI request nor a GPU one; a request whose app's kind cannot be read waits.
func TestRoundWeighsTheAppKindAndTag(t *testing.T) {
	type asked struct {
		kind uint8
		tag  common.Hash
	}
	var got []asked
	b, m, br, _ := grid(t, func(_ string, kind uint8, tag common.Hash) error {
		got = append(got, asked{kind, tag})
		if kind != poco.AppWASM || poco.HasTag(tag, poco.TagGPU) {
			return errors.New("no live worker can run it")
		}
		return nil
	})
	b.add(t, market.KindApp, &poco.AppOrder{App: ociApp, AppPrice: big.NewInt(5)})
	oci := request(pool, "", 1)
	oci.App = ociApp
	gpu := request(pool, "", 2)
	gpu.Tag = poco.TagGPU
	lost := request(pool, "", 3)
	lost.App = unknown
	b.add(t, market.KindRequest, oci)
	b.add(t, market.KindRequest, gpu)
	b.add(t, market.KindRequest, lost)
	hWasm := b.add(t, market.KindRequest, request(pool, "", 4))
	deals := round(t, br)
	if len(deals) != 1 || deals[0].Request != hWasm || len(m.calls) != 1 {
		t.Fatalf("deals %+v, want the wasm request's alone", deals)
	}
	want := []asked{{poco.AppOCI, common.Hash{}}, {poco.AppWASM, poco.TagGPU}, {poco.AppWASM, common.Hash{}}}
	if len(got) != len(want) {
		t.Fatalf("CanServe asked %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("CanServe asked %+v, want %+v", got, want)
		}
	}
	if len(br.later) != 3 {
		t.Fatalf("%d requests set aside, want 3", len(br.later))
	}
	if _, err := New(Config{Book: b, Matcher: m, Pool: pool, CanServe: func(string, uint8, common.Hash) error { return nil }}); err == nil {
		t.Fatal("a broker with CanServe and no Kinds")
	}
}

func TestRefusedRequestsWaitLongerEachTime(t *testing.T) {
	b, m, br, now := grid(t, nil)
	b.add(t, market.KindRequest, request(pool, "", 1))
	m.refuse = true
	// Refused at 0 s: retried at 10 s, then 20 s later, then at most 35 s later.
	want := []time.Duration{0, 10 * time.Second, 30 * time.Second, 65 * time.Second, 100 * time.Second}
	start := *now
	var tried []time.Duration
	for s := time.Duration(0); s <= 100*time.Second; s += time.Second {
		*now = start.Add(s)
		before := len(m.calls)
		round(t, br)
		if len(m.calls) > before {
			tried = append(tried, s)
		}
	}
	if len(tried) != len(want) {
		t.Fatalf("tried at %v, want %v", tried, want)
	}
	for i := range want {
		if tried[i] != want[i] {
			t.Fatalf("tried at %v, want %v", tried, want)
		}
	}
	// Once the hub accepts it, it is matched and forgotten.
	m.refuse = false
	*now = start.Add(200 * time.Second)
	if deals := round(t, br); len(deals) != 1 || len(br.later) != 0 {
		t.Fatalf("deals %+v, set aside %v", deals, br.later)
	}
}

func TestNoOrderOfThePoolNoMatch(t *testing.T) {
	b := &book{}
	b.add(t, market.KindApp, &poco.AppOrder{App: app, AppPrice: big.NewInt(5)})
	b.add(t, market.KindRequest, request(common.Address{}, "", 1))
	m := &matcher{}
	br, err := New(Config{Book: b, Matcher: m, Pool: pool})
	if err != nil {
		t.Fatal(err)
	}
	if deals := round(t, br); len(deals) != 0 || len(m.calls) != 0 {
		t.Fatalf("matched %v without an order of the pool", deals)
	}
	if _, err := New(Config{Book: b, Matcher: m}); err == nil {
		t.Fatal("a broker without a pool")
	}
}

func TestPick(t *testing.T) {
	cheap := &poco.AppOrder{App: app, AppPrice: big.NewInt(1), RequesterRestrict: other}
	fair := &poco.AppOrder{App: app, AppPrice: big.NewInt(3)}
	data := &poco.DatasetOrder{Dataset: ds, DatasetPrice: big.NewInt(2), WorkerpoolRestrict: other}
	openData := &poco.DatasetOrder{Dataset: ds, DatasetPrice: big.NewInt(4)}
	w := &poco.WorkerpoolOrder{Workerpool: pool, WorkerpoolPrice: big.NewInt(10), Category: new(big.Int), Trust: big.NewInt(1)}
	r := request(common.Address{}, "", 1)
	a, d, pw, err := Pick(r, []*poco.AppOrder{cheap, fair}, []*poco.DatasetOrder{nil}, []*poco.WorkerpoolOrder{w})
	if err != nil || a != fair || d != nil || pw != w {
		t.Fatalf("Pick without a dataset: %v %v %v %v, want the open app order", a, d, pw, err)
	}
	rd := request(common.Address{}, "", 2)
	rd.Dataset, rd.DatasetMaxPrice = ds, big.NewInt(4)
	if a, d, _, err = Pick(rd, []*poco.AppOrder{fair}, []*poco.DatasetOrder{data, openData}, []*poco.WorkerpoolOrder{w}); err != nil || a != fair || d != openData {
		t.Fatalf("Pick with a dataset: %v %v %v, want the dataset order open to the pool", a, d, err)
	}
	rd.DatasetMaxPrice = big.NewInt(3)
	_, _, _, err = Pick(rd, []*poco.AppOrder{fair}, []*poco.DatasetOrder{data, openData}, []*poco.WorkerpoolOrder{w})
	var mm *poco.MismatchError
	if !errors.Is(err, ErrNoMatch) || !errors.As(err, &mm) || mm.Reason != "hub: dataset price above request maximum" {
		t.Fatalf("Pick over the request's maximum: %v", err)
	}
	if _, _, _, err = Pick(r, nil, []*poco.DatasetOrder{nil}, []*poco.WorkerpoolOrder{w}); !errors.Is(err, ErrNoMatch) {
		t.Fatalf("Pick without app orders: %v", err)
	}
}

// The pool's orders tagged batched are brokered like any other: the scheduler settles
// their deals in batches.
func TestBatchedOrdersAreBrokered(t *testing.T) {
	b := &book{}
	b.add(t, market.KindApp, &poco.AppOrder{App: app, AppPrice: big.NewInt(5)})
	b.add(t, market.KindWorkerpool, &poco.WorkerpoolOrder{Workerpool: pool, WorkerpoolPrice: big.NewInt(10), Category: new(big.Int), Trust: big.NewInt(1), Tag: poco.TagBatched})
	b.add(t, market.KindRequest, request(common.Address{}, "", 1))
	m := &matcher{}
	br, err := New(Config{Book: b, Matcher: m, Pool: pool, Kinds: func(context.Context, common.Address) (uint8, error) { return poco.AppWASM, nil }})
	if err != nil {
		t.Fatal(err)
	}
	if deals := round(t, br); len(deals) != 1 || len(m.picked) != 1 || m.picked[0].Tag != poco.TagBatched {
		t.Fatalf("matched %v (%d calls): want the request matched with the batched order", deals, len(m.calls))
	}
}
