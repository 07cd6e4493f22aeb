package market

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"golang.org/x/time/rate"
)

// HTTPConfig tunes the HTTP API.
type HTTPConfig struct {
	RatePerSecond float64 // requests per second per client address (default 20; <0: unlimited)
	Burst         int     // bucket size (default 100)
	Logger        *slog.Logger
}

// Handler serves b over HTTP (docs/api.md, "Market API"); metrics, when not nil, is
// served at /metrics.
func Handler(b Book, metrics *Metrics, cfg HTTPConfig) http.Handler {
	if cfg.RatePerSecond == 0 {
		cfg.RatePerSecond = 20
	}
	if cfg.Burst <= 0 {
		cfg.Burst = 100
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	h := &httpAPI{b: b, m: metrics, cfg: cfg, limits: map[string]*limiter{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/orders/{kind}", h.wrap("publish", h.publish))
	mux.HandleFunc("GET /v1/orders/{hash}", h.wrap("get", h.get))
	mux.HandleFunc("POST /v1/orders/{hash}/unpublish", h.wrap("unpublish", h.unpublish))
	mux.HandleFunc("GET /v1/orderbook/{kind}", h.wrap("orderbook", h.query))
	mux.HandleFunc("POST /v1/sync", h.wrap("sync", h.sync))
	if metrics != nil {
		mux.Handle("GET /metrics", metrics.Handler())
	}
	return mux
}

type limiter struct {
	l    *rate.Limiter
	seen time.Time
}

type httpAPI struct {
	b      Book
	m      *Metrics
	cfg    HTTPConfig
	mu     sync.Mutex
	limits map[string]*limiter
	sweep  time.Time
}

// allow applies the per-client token bucket, forgetting clients idle for a minute.
func (h *httpAPI) allow(r *http.Request) bool {
	if h.cfg.RatePerSecond < 0 {
		return true
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	now := time.Now()
	h.mu.Lock()
	defer h.mu.Unlock()
	if now.Sub(h.sweep) > time.Minute {
		for k, l := range h.limits {
			if now.Sub(l.seen) > time.Minute {
				delete(h.limits, k)
			}
		}
		h.sweep = now
	}
	l := h.limits[host]
	if l == nil {
		l = &limiter{l: rate.NewLimiter(rate.Limit(h.cfg.RatePerSecond), h.cfg.Burst)}
		h.limits[host] = l
	}
	l.seen = now
	return l.l.AllowN(now, 1)
}

func (h *httpAPI) wrap(route string, f func(*http.Request) (int, any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var code int
		var body any
		var err error
		if !h.allow(r) {
			err = Errorf(CodeRateLimited, "too many requests: at most %g per second per client", h.cfg.RatePerSecond)
		} else {
			r.Body = http.MaxBytesReader(w, r.Body, MaxOrderBytes+1024)
			code, body, err = f(r)
		}
		if err != nil {
			code, body = errorStatus(err), err
			var e *Error
			if !errors.As(err, &e) {
				h.cfg.Logger.Error("market API", "route", route, "err", err)
				body = &Error{Code: CodeInternal, Message: "internal error"}
			}
		}
		if h.m != nil {
			h.m.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		if body != nil {
			json.NewEncoder(w).Encode(body)
		}
	}
}

func errorStatus(err error) int {
	switch CodeOf(err) {
	case CodeBadRequest:
		return http.StatusBadRequest
	case CodeBadSignature, CodeNotOwner, CodeConsumed, CodeInsufficientEscrow:
		return http.StatusUnprocessableEntity
	case CodeForbidden:
		return http.StatusForbidden
	case CodeNotFound:
		return http.StatusNotFound
	case CodeRateLimited:
		return http.StatusTooManyRequests
	case CodeUnavailable:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

func (h *httpAPI) publish(r *http.Request) (int, any, error) {
	k, err := ParseKind(r.PathValue("kind"))
	if err != nil {
		return 0, nil, err
	}
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		return 0, nil, Errorf(CodeBadRequest, "reading the order: %v", err)
	}
	e, err := h.b.Publish(r.Context(), k, raw)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, e, nil
}

func parseHash(s string) (common.Hash, error) {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != common.HashLength {
		return common.Hash{}, Errorf(CodeBadRequest, "%q is not a 32-byte 0x-hex hash", s)
	}
	return common.BytesToHash(b), nil
}

func parseAddress(name, s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, Errorf(CodeBadRequest, "%s %q is not an address", name, s)
	}
	return common.HexToAddress(s), nil
}

func (h *httpAPI) get(r *http.Request) (int, any, error) {
	hash, err := parseHash(r.PathValue("hash"))
	if err != nil {
		return 0, nil, err
	}
	e, err := h.b.Get(r.Context(), hash)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, e, nil
}

func (h *httpAPI) unpublish(r *http.Request) (int, any, error) {
	hash, err := parseHash(r.PathValue("hash"))
	if err != nil {
		return 0, nil, err
	}
	var req struct {
		Sign hexutil.Bytes `json:"sign"`
	}
	if err := strictJSON(mustRead(r), &req); err != nil {
		return 0, nil, Errorf(CodeBadRequest, "want {\"sign\": \"0x…\"}: %v", err)
	}
	if err := h.b.Unpublish(r.Context(), hash, req.Sign); err != nil {
		return 0, nil, err
	}
	return http.StatusNoContent, nil, nil
}

func mustRead(r *http.Request) []byte {
	b, _ := io.ReadAll(r.Body)
	return b
}

func (h *httpAPI) sync(r *http.Request) (int, any, error) {
	n, err := h.b.Sync(r.Context())
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, map[string]uint64{"block": n}, nil
}

func (h *httpAPI) query(r *http.Request) (int, any, error) {
	q, err := parseQuery(r.PathValue("kind"), r.URL.Query())
	if err != nil {
		return 0, nil, err
	}
	p, err := h.b.Query(r.Context(), q)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, p, nil
}

// parseQuery reads a Query from a book name and URL parameters (the inverse of
// Query.values).
func parseQuery(kind string, v url.Values) (Query, error) {
	var q Query
	var err error
	if q.Kind, err = ParseKind(kind); err != nil {
		return q, err
	}
	for name, dst := range map[string]*common.Address{"app": &q.App, "dataset": &q.Dataset, "workerpool": &q.Workerpool, "requester": &q.Requester, "signer": &q.Signer} {
		if *dst, err = parseAddress(name, v.Get(name)); err != nil {
			return q, err
		}
	}
	num := func(name string) (*uint64, error) {
		s := v.Get(name)
		if s == "" {
			return nil, nil
		}
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return nil, Errorf(CodeBadRequest, "%s %q is not a non-negative integer", name, s)
		}
		return &n, nil
	}
	if q.Category, err = num("category"); err != nil {
		return q, err
	}
	if q.MaxPrice, err = num("maxPrice"); err != nil {
		return q, err
	}
	if n, err := num("minTrust"); err != nil {
		return q, err
	} else if n != nil {
		q.MinTrust = *n
	}
	if n, err := num("pageSize"); err != nil {
		return q, err
	} else if n != nil {
		q.PageSize = int(min(*n, MaxPageSize+1))
	}
	if s := v.Get("tag"); s != "" {
		if q.Tag, err = parseHash(s); err != nil {
			return q, err
		}
	}
	if s := v.Get("status"); s != "" {
		q.Status = Status(s)
		switch q.Status {
		case StatusOpen, StatusDead, StatusFilled, StatusCancelled, StatusUnlisted:
		default:
			return q, Errorf(CodeBadRequest, "unknown status %q", s)
		}
	}
	q.Cursor = v.Get("cursor")
	return q, nil
}

// values encodes q as URL parameters.
func (q Query) values() url.Values {
	v := url.Values{}
	for name, a := range map[string]common.Address{"app": q.App, "dataset": q.Dataset, "workerpool": q.Workerpool, "requester": q.Requester, "signer": q.Signer} {
		if a != (common.Address{}) {
			v.Set(name, a.Hex())
		}
	}
	if q.Category != nil {
		v.Set("category", strconv.FormatUint(*q.Category, 10))
	}
	if q.MaxPrice != nil {
		v.Set("maxPrice", strconv.FormatUint(*q.MaxPrice, 10))
	}
	if q.MinTrust > 0 {
		v.Set("minTrust", strconv.FormatUint(q.MinTrust, 10))
	}
	if q.PageSize > 0 {
		v.Set("pageSize", strconv.Itoa(q.PageSize))
	}
	if q.Tag != (common.Hash{}) {
		v.Set("tag", q.Tag.Hex())
	}
	if q.Status != "" {
		v.Set("status", string(q.Status))
	}
	if q.Cursor != "" {
		v.Set("cursor", q.Cursor)
	}
	return v
}

// Client is a Book over the HTTP API.
type Client struct {
	BaseURL string       // e.g. http://127.0.0.1:8700
	HTTP    *http.Client // nil: a client with a 30 s timeout
}

var _ Book = (*Client)(nil)

var defaultHTTP = &http.Client{Timeout: 30 * time.Second}

func (c *Client) do(ctx context.Context, method, path string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("market: %w", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	hc := c.HTTP
	if hc == nil {
		hc = defaultHTTP
	}
	resp, err := hc.Do(req)
	if err != nil {
		return &Error{Code: CodeUnavailable, Message: fmt.Sprintf("the market at %s cannot be reached: %v", c.BaseURL, err)}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return &Error{Code: CodeUnavailable, Message: fmt.Sprintf("reading the market's answer: %v", err)}
	}
	if resp.StatusCode >= 300 {
		var e Error
		if json.Unmarshal(data, &e) != nil || e.Code == "" {
			return &Error{Code: CodeInternal, Message: fmt.Sprintf("%s %s: HTTP %d", method, path, resp.StatusCode)}
		}
		return &e
	}
	if out == nil || resp.StatusCode == http.StatusNoContent {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("market: decoding the answer to %s %s: %w", method, path, err)
	}
	return nil
}

// Publish implements Book.
func (c *Client) Publish(ctx context.Context, k Kind, order json.RawMessage) (Entry, error) {
	var e Entry
	err := c.do(ctx, http.MethodPost, "/v1/orders/"+url.PathEscape(string(k)), order, &e)
	return e, err
}

// Unpublish implements Book.
func (c *Client) Unpublish(ctx context.Context, hash common.Hash, sig []byte) error {
	body, _ := json.Marshal(map[string]hexutil.Bytes{"sign": sig})
	return c.do(ctx, http.MethodPost, "/v1/orders/"+hash.Hex()+"/unpublish", body, nil)
}

// Get implements Book.
func (c *Client) Get(ctx context.Context, hash common.Hash) (Entry, error) {
	var e Entry
	err := c.do(ctx, http.MethodGet, "/v1/orders/"+hash.Hex(), nil, &e)
	return e, err
}

// Query implements Book.
func (c *Client) Query(ctx context.Context, q Query) (Page, error) {
	var p Page
	err := c.do(ctx, http.MethodGet, "/v1/orderbook/"+url.PathEscape(string(q.Kind))+"?"+q.values().Encode(), nil, &p)
	return p, err
}

// Sync implements Book.
func (c *Client) Sync(ctx context.Context) (uint64, error) {
	var out struct {
		Block uint64 `json:"block"`
	}
	err := c.do(ctx, http.MethodPost, "/v1/sync", []byte("{}"), &out)
	return out.Block, err
}
