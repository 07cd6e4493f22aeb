package market

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/taskparams"
)

// SchedulerStakeRatio is the share (in %) of a workerpool order's price its scheduler
// locks per task at match time (HubBase.SCHEDULER_STAKE_RATIO).
const SchedulerStakeRatio = 30

// Chain is what the book reads from the chain. Implementations return a zero owner for an
// asset that is not registered.
type Chain interface {
	Owner(ctx context.Context, k Kind, asset common.Address) (common.Address, error)
	Consumed(ctx context.Context, orderHash common.Hash) (*big.Int, error)
	Presigned(ctx context.Context, orderHash common.Hash) (bool, error)
	Balance(ctx context.Context, account common.Address) (*big.Int, error)
}

// Config wires a Service.
type Config struct {
	Domain poco.Domain     // the hub's EIP-712 domain
	Chain  Chain           // reads for the checks
	Store  Store           // the book
	Logs   chain.LogSource // the node, for following hub events
	Hub    common.Address  // the hub, whose events move orders
	From   uint64          // first block to follow on a fresh store (the hub's deployment)
	Logger *slog.Logger
	Clock  func() time.Time // default time.Now
}

// Service is the order book over a Store, kept in step with the chain.
type Service struct {
	cfg   Config
	reads Chain        // the checks' reads: cache, or cfg.Chain over a SharedStore; recheck reads cfg.Chain afresh
	cache *cachedChain // nil over a SharedStore (see there)
	// shared is cfg.Store when several processes may use it: events are then applied
	// under its follow lock.
	shared SharedStore
	// caughtUp is set once Run has applied every event up to the head: from then on the
	// book knows every order hash the chain ever consumed (Touched), and a hash it does not
	// know needs no chain read to learn that its consumed volume is 0.
	caughtUp atomic.Bool
	log      *slog.Logger
	metrics  *Metrics
	syncMu   sync.Mutex // one catch-up at a time
}

var _ Book = (*Service)(nil)

// New returns a Service; Run keeps it in step with the chain.
func New(cfg Config) (*Service, error) {
	if cfg.Chain == nil || cfg.Store == nil || cfg.Logs == nil {
		return nil, errors.New("market: Chain, Store and Logs are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	s := &Service{cfg: cfg, log: cfg.Logger, reads: cfg.Chain}
	if shared, ok := cfg.Store.(SharedStore); ok {
		s.shared = shared
	} else {
		s.cache = newCachedChain(cfg.Chain)
		s.reads = s.cache
	}
	s.metrics = newMetrics(s)
	return s, nil
}

// Metrics returns the service's Prometheus metrics.
func (s *Service) Metrics() *Metrics { return s.metrics }

// Publish implements Book.
func (s *Service) Publish(ctx context.Context, k Kind, raw json.RawMessage) (Entry, error) {
	e, err := s.publish(ctx, k, raw)
	s.metrics.published.WithLabelValues(string(k), resultLabel(err)).Inc()
	return e, err
}

func resultLabel(err error) string {
	if err == nil {
		return "ok"
	}
	return string(CodeOf(err))
}

func (s *Service) publish(ctx context.Context, k Kind, raw json.RawMessage) (Entry, error) {
	e, order, err := decodeOrder(k, raw)
	if err != nil {
		return Entry{}, err
	}
	if e.Hash, err = order.Hash(s.cfg.Domain); err != nil {
		return Entry{}, Errorf(CodeBadRequest, "the order cannot be hashed: %v", err)
	}
	if old, err := s.cfg.Store.Get(ctx, e.Hash); err == nil && old.Status != StatusUnlisted {
		// Publishing a known order again is a no-op, but only for the order as signed: the
		// hash leaves the signature out, so a copy with another signature is checked in
		// full (a corrupted one is refused, not answered 200).
		if !sameSignature(old.Order, raw) {
			if _, err := s.check(ctx, &e, order); err != nil {
				return Entry{}, err
			}
		}
		return old, nil
	} else if err != nil && CodeOf(err) != CodeNotFound {
		return Entry{}, err
	}
	skipped, err := s.check(ctx, &e, order)
	if err != nil {
		return Entry{}, err
	}
	e.Status, e.PublishedAt = StatusOpen, s.cfg.Clock().UTC().Truncate(time.Millisecond)
	inserted, err := s.cfg.Store.Insert(ctx, &e)
	if err != nil {
		return Entry{}, fmt.Errorf("market: publish: %w", err)
	}
	if skipped {
		// A match or cancel of this very order may have been followed between the check
		// and the insert, before its entry existed: read the chain for it now.
		if touched, err := s.cfg.Store.Touched(ctx, e.Hash); err == nil && touched {
			if err := s.refreshRemaining(ctx, e.Hash); err != nil {
				s.log.Warn("refreshing a just-published order", "hash", e.Hash, "err", err)
			}
		}
	}
	if !inserted { // published before (then unpublished) or by a concurrent call
		if err := s.cfg.Store.Update(ctx, e.Hash, StatusOpen, e.Remaining); err != nil {
			return Entry{}, fmt.Errorf("market: publish: %w", err)
		}
		return s.cfg.Store.Get(ctx, e.Hash)
	}
	s.log.Debug("order published", "kind", k, "hash", e.Hash, "signer", e.Signer)
	return e, nil
}

// check verifies, as matchOrders would, that the order is signed by whoever must sign
// it, has volume left and is covered by its signer's escrow; it fills e.Signer and
// e.Remaining. skipped says the consumed volume was known to be 0 without a chain read.
func (s *Service) check(ctx context.Context, e *Entry, order poco.Order) (skipped bool, err error) {
	sig := orderSignature(order)
	signed := len(sig) > 0
	if signed { // e.Hash is the order's EIP-712 digest: recover from it, not hash again
		if e.Signer, err = poco.Recover(e.Hash, sig); err != nil {
			return false, Errorf(CodeBadSignature, "bad signature: %v", err)
		}
	}
	// Who must have signed: the asset's owner, or the requester.
	var want common.Address
	switch e.Kind {
	case KindRequest:
		want = e.Requester
	default:
		asset := e.asset()
		if want, err = s.reads.Owner(ctx, e.Kind, asset); err != nil {
			return false, unavailable(err)
		}
		if want == (common.Address{}) {
			return false, Errorf(CodeNotOwner, "%s %s is not registered on the hub", e.Kind, asset.Hex())
		}
	}
	if !signed {
		ok, err := s.reads.Presigned(ctx, e.Hash)
		if err != nil {
			return false, unavailable(err)
		}
		if !ok {
			return false, Errorf(CodeBadSignature, "the order has no signature and is not presigned on chain")
		}
		e.Signer = want
	}
	if e.Signer != want {
		if e.Kind == KindRequest {
			return false, Errorf(CodeBadSignature, "the order is signed by %s, not by its requester %s", e.Signer.Hex(), want.Hex())
		}
		return false, Errorf(CodeNotOwner, "the order is signed by %s, but %s %s belongs to %s", e.Signer.Hex(), e.Kind, e.asset().Hex(), want.Hex())
	}
	consumed := new(big.Int)
	if skipped = s.caughtUp.Load(); skipped {
		touched, err := s.cfg.Store.Touched(ctx, e.Hash)
		if err != nil {
			return false, err
		}
		skipped = !touched
	}
	if !skipped {
		if consumed, err = s.reads.Consumed(ctx, e.Hash); err != nil {
			return false, unavailable(err)
		}
	}
	if consumed.Cmp(new(big.Int).SetUint64(e.Volume)) >= 0 {
		return false, Errorf(CodeConsumed, "the order is fully consumed or cancelled on chain")
	}
	e.Remaining = e.Volume - consumed.Uint64()
	if per := e.escrowPerTask(); per > 0 {
		bal, err := s.reads.Balance(ctx, e.Signer)
		if err != nil {
			return false, unavailable(err)
		}
		need := new(big.Int).Mul(new(big.Int).SetUint64(per), new(big.Int).SetUint64(e.Remaining))
		if bal.Cmp(need) < 0 {
			what := "the order's price"
			if e.Kind == KindWorkerpool {
				what = "the scheduler's stake"
			}
			return false, Errorf(CodeInsufficientEscrow, "%s × %d tasks needs %s in escrow but %s holds %s: deposit %s more (decloud account deposit %s)",
				what, e.Remaining, need, e.Signer.Hex(), bal, new(big.Int).Sub(need, bal), new(big.Int).Sub(need, bal))
		}
	}
	return skipped, nil
}

func unavailable(err error) error {
	return &Error{Code: CodeUnavailable, Message: "the chain cannot be read now: " + err.Error()}
}

// asset is the app, dataset or workerpool an offer is about.
func (e *Entry) asset() common.Address {
	switch e.Kind {
	case KindApp:
		return e.App
	case KindDataset:
		return e.Dataset
	case KindWorkerpool:
		return e.Workerpool
	}
	return common.Address{}
}

// escrowPerTask is what the signer must hold per remaining task: a requester pays the
// prices, a scheduler stakes SchedulerStakeRatio % of its price; app and dataset owners
// lock nothing.
func (e *Entry) escrowPerTask() uint64 {
	switch e.Kind {
	case KindRequest:
		return e.Price
	case KindWorkerpool:
		return e.Price * SchedulerStakeRatio / 100
	}
	return 0
}

func orderSignature(o poco.Order) []byte {
	switch o := o.(type) {
	case *poco.AppOrder:
		return o.Signature
	case *poco.DatasetOrder:
		return o.Signature
	case *poco.WorkerpoolOrder:
		return o.Signature
	case *poco.RequestOrder:
		return o.Signature
	}
	return nil
}

// MaxOrderBytes bounds a published order's JSON.
const MaxOrderBytes = 16 << 10

// decodeOrder parses raw strictly as an order of kind k and derives its entry fields.
func decodeOrder(k Kind, raw json.RawMessage) (Entry, poco.Order, error) {
	if len(raw) > MaxOrderBytes {
		return Entry{}, nil, Errorf(CodeBadRequest, "the order is %d bytes, more than %d", len(raw), MaxOrderBytes)
	}
	raw, err := poco.OrderIntegers(raw)
	if err != nil {
		return Entry{}, nil, Errorf(CodeBadRequest, "%v", err)
	}
	e := Entry{Kind: k}
	var order poco.Order
	var volume *big.Int
	switch k {
	case KindApp:
		o := new(poco.AppOrder)
		if err = strictJSON(raw, o); err == nil {
			order, volume, e.App, e.Dataset, e.Workerpool, e.Requester, e.Tag = o, o.Volume, o.App, o.DatasetRestrict, o.WorkerpoolRestrict, o.RequesterRestrict, o.Tag
			e.Price, err = uint64Of("appprice", o.AppPrice)
		}
	case KindDataset:
		o := new(poco.DatasetOrder)
		if err = strictJSON(raw, o); err == nil {
			order, volume, e.App, e.Dataset, e.Workerpool, e.Requester, e.Tag = o, o.Volume, o.AppRestrict, o.Dataset, o.WorkerpoolRestrict, o.RequesterRestrict, o.Tag
			e.Price, err = uint64Of("datasetprice", o.DatasetPrice)
		}
	case KindWorkerpool:
		o := new(poco.WorkerpoolOrder)
		if err = strictJSON(raw, o); err == nil {
			order, volume, e.App, e.Dataset, e.Workerpool, e.Requester, e.Tag = o, o.Volume, o.AppRestrict, o.DatasetRestrict, o.Workerpool, o.RequesterRestrict, o.Tag
			if e.Price, err = uint64Of("workerpoolprice", o.WorkerpoolPrice); err == nil {
				if e.Category, err = uint64Of("category", o.Category); err == nil {
					e.Trust, err = uint64Of("trust", o.Trust)
				}
			}
		}
	case KindRequest:
		o := new(poco.RequestOrder)
		if err = strictJSON(raw, o); err == nil {
			order, volume, e.App, e.Dataset, e.Workerpool, e.Requester, e.Tag = o, o.Volume, o.App, o.Dataset, o.Workerpool, o.Requester, o.Tag
			var a, d, w uint64
			if a, err = uint64Of("appmaxprice", o.AppMaxPrice); err == nil {
				if d, err = uint64Of("datasetmaxprice", o.DatasetMaxPrice); err == nil {
					if w, err = uint64Of("workerpoolmaxprice", o.WorkerpoolMaxPrice); err == nil {
						if e.Category, err = uint64Of("category", o.Category); err == nil {
							e.Trust, err = uint64Of("trust", o.Trust)
						}
					}
				}
			}
			if err == nil && (a > 1<<61 || d > 1<<61 || w > 1<<61) {
				err = Errorf(CodeBadRequest, "a maximum price is above 2^61")
			}
			if err == nil {
				err = checkParams(o.Params)
			}
			e.Price = a + d + w
		}
	default:
		return Entry{}, nil, Errorf(CodeBadRequest, "unknown book %q", k)
	}
	if err != nil {
		if CodeOf(err) == CodeBadRequest {
			return Entry{}, nil, err
		}
		return Entry{}, nil, Errorf(CodeBadRequest, "the %s order is not valid JSON of its type: %v", k, err)
	}
	if e.Volume, err = uint64Of("volume", volume); err != nil {
		return Entry{}, nil, err
	}
	if e.Volume == 0 {
		return Entry{}, nil, Errorf(CodeBadRequest, "the order's volume is 0")
	}
	if e.Order, err = json.Marshal(order); err != nil {
		return Entry{}, nil, fmt.Errorf("market: %w", err)
	}
	return e, order, nil
}

// strictJSON decodes one JSON object into v, refusing unknown fields and trailing data.
func strictJSON(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the order")
	}
	return nil
}

// Unpublish implements Book.
func (s *Service) Unpublish(ctx context.Context, hash common.Hash, sig []byte) error {
	e, err := s.cfg.Store.Get(ctx, hash)
	if err != nil {
		return err
	}
	who, err := poco.Recover(UnpublishDigest(hash), sig)
	if err != nil {
		return Errorf(CodeBadSignature, "bad unpublish signature: %v", err)
	}
	if who != e.Signer {
		// A browser wallet signs EIP-191 personal messages only: personal_sign of the
		// digest's 32 bytes counts too.
		if personal, err := poco.Recover(common.BytesToHash(accounts.TextHash(UnpublishDigest(hash).Bytes())), sig); err == nil && personal == e.Signer {
			who = personal
		}
	}
	if who != e.Signer {
		return Errorf(CodeForbidden, "only the order's signer %s may unpublish it, not %s", e.Signer.Hex(), who.Hex())
	}
	if e.Status != StatusOpen && e.Status != StatusDead {
		return Errorf(CodeBadRequest, "the order is %s", e.Status)
	}
	return s.cfg.Store.Update(ctx, hash, StatusUnlisted, e.Remaining)
}

// Get implements Book.
func (s *Service) Get(ctx context.Context, hash common.Hash) (Entry, error) {
	return s.cfg.Store.Get(ctx, hash)
}

// Query implements Book.
func (s *Service) Query(ctx context.Context, q Query) (Page, error) {
	if _, err := ParseKind(string(q.Kind)); err != nil {
		return Page{}, err
	}
	if q.Status == "" {
		q.Status = StatusOpen
	}
	if q.PageSize <= 0 {
		q.PageSize = 20
	}
	if q.PageSize > MaxPageSize {
		return Page{}, Errorf(CodeBadRequest, "pageSize %d is above %d", q.PageSize, MaxPageSize)
	}
	if q.Tag[24]&0x80 != 0 || !bytes.Equal(q.Tag[:24], make([]byte, 24)) {
		return Page{}, Errorf(CodeBadRequest, "the tag filter covers the low 63 bits of tags only")
	}
	start := time.Now()
	p, err := s.cfg.Store.Query(ctx, q)
	s.metrics.queryTime.Observe(time.Since(start).Seconds())
	return p, err
}

// checkParams refuses a request whose params no worker would run: not the params JSON, a
// CEL requirement or rank that does not compile (the parse error is in the message), a bad
// encryption recipient.
func checkParams(params string) error {
	if _, err := taskparams.ParseValid(params); err != nil {
		return Errorf(CodeBadRequest, "the request's params: %v", err)
	}
	return nil
}

// sameSignature reports whether two JSON encodings of one order carry the same signature.
func sameSignature(a, b json.RawMessage) bool {
	var x, y struct {
		Sign hexutil.Bytes `json:"sign"`
	}
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return bytes.Equal(x.Sign, y.Sign)
}
