// Package market is decloud's order book: providers and requesters publish signed orders
// (poco's four EIP-712 orders), anyone queries each book, and the book follows the chain so
// that an order that can no longer match (filled, cancelled, its signer's escrow or asset
// gone) leaves it. The service checks everything the hub would check on its own (signature,
// asset owner, remaining volume, escrow) before an order is listed; matching itself happens
// on chain (matchOrders), by whoever holds the four orders.
//
// Book is the interface of the service; Service implements it over a Store (sqlite/, or
// postgres/ for a book that several market processes serve), and
// Client implements it over the HTTP API (docs/api.md), so callers do not care which.
package market

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// Kind names one of the four books.
type Kind string

const (
	KindApp        Kind = "app"
	KindDataset    Kind = "dataset"
	KindWorkerpool Kind = "workerpool"
	KindRequest    Kind = "request"
)

// Kinds lists the books in a stable order.
var Kinds = []Kind{KindApp, KindDataset, KindWorkerpool, KindRequest}

// ParseKind returns the kind named s (ErrBadRequest otherwise).
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", Errorf(CodeBadRequest, "unknown book %q (want app, dataset, workerpool or request)", s)
}

// Status is where an order stands. OPEN orders are listed; FILLED and CANCELLED are final;
// DEAD orders cannot match for now (their signer's escrow no longer covers one task, or the
// asset changed hands) and come back OPEN if that changes.
type Status string

const (
	StatusOpen      Status = "OPEN"
	StatusFilled    Status = "FILLED"
	StatusCancelled Status = "CANCELLED"
	StatusDead      Status = "DEAD"
	StatusUnlisted  Status = "UNPUBLISHED" // withdrawn from the book by its signer; still valid on chain
)

// Entry is an order in the book with what the book derived from it. The indexed fields
// (App … Price) are copies of the order's own, for queries.
type Entry struct {
	Hash        common.Hash     `json:"orderHash"`
	Kind        Kind            `json:"kind"`
	Status      Status          `json:"status"`
	Signer      common.Address  `json:"signer"`
	Volume      uint64          `json:"volume"`
	Remaining   uint64          `json:"remaining"`
	PublishedAt time.Time       `json:"publishedAt"`
	App         common.Address  `json:"app"`
	Dataset     common.Address  `json:"dataset"`
	Workerpool  common.Address  `json:"workerpool"`
	Requester   common.Address  `json:"requester"`
	Category    uint64          `json:"category"`
	Trust       uint64          `json:"trust"`
	Tag         common.Hash     `json:"tag"`
	Price       uint64          `json:"price"` // per task; for requests the sum of the three maxima
	Order       json.RawMessage `json:"order"` // the signed order, as published
}

// AppOrder decodes the entry's order (an error if it is not an app order).
func (e *Entry) AppOrder() (*poco.AppOrder, error) { return decodeAs[poco.AppOrder](e, KindApp) }

// DatasetOrder decodes the entry's order.
func (e *Entry) DatasetOrder() (*poco.DatasetOrder, error) {
	return decodeAs[poco.DatasetOrder](e, KindDataset)
}

// WorkerpoolOrder decodes the entry's order.
func (e *Entry) WorkerpoolOrder() (*poco.WorkerpoolOrder, error) {
	return decodeAs[poco.WorkerpoolOrder](e, KindWorkerpool)
}

// RequestOrder decodes the entry's order.
func (e *Entry) RequestOrder() (*poco.RequestOrder, error) {
	return decodeAs[poco.RequestOrder](e, KindRequest)
}

func decodeAs[T any](e *Entry, k Kind) (*T, error) {
	if e.Kind != k {
		return nil, fmt.Errorf("market: order %s is a %s order, not a %s order", e.Hash, e.Kind, k)
	}
	var o T
	if err := json.Unmarshal(e.Order, &o); err != nil {
		return nil, fmt.Errorf("market: order %s: %w", e.Hash, err)
	}
	return &o, nil
}

// Query selects orders of one book. Zero fields do not filter. Orders come by price
// (ascending for offers, descending for requests unless Descending says otherwise for
// offers), then by publication.
type Query struct {
	Kind       Kind
	App        common.Address
	Dataset    common.Address
	Workerpool common.Address
	Requester  common.Address
	Signer     common.Address
	Category   *uint64
	Tag        common.Hash // orders whose tag holds every bit of Tag (workerpool orders)
	MinTrust   uint64
	MaxPrice   *uint64
	Status     Status // default OPEN
	PageSize   int    // default 20, at most MaxPageSize
	Cursor     string // from the previous Page's Next
}

// MaxPageSize bounds a page.
const MaxPageSize = 1000

// Page is one page of a query; Next is empty on the last page.
type Page struct {
	Orders []Entry `json:"orders"`
	Next   string  `json:"next,omitempty"`
}

// Book is the order book as its users see it, whether in process (Service) or over HTTP
// (Client). Errors are *Error with a stable Code where the caller did something wrong.
type Book interface {
	// Publish checks and lists a signed order (JSON of the poco order of kind k) and
	// returns its entry. Publishing the same order again returns the existing entry.
	// CodeBadRequest (malformed), CodeBadSignature, CodeNotOwner, CodeConsumed,
	// CodeInsufficientEscrow, CodeUnavailable (chain unreachable).
	Publish(ctx context.Context, k Kind, order json.RawMessage) (Entry, error)
	// Unpublish withdraws an OPEN order; sig is the signer's poco.SignHash of
	// UnpublishDigest(hash). CodeNotFound, CodeBadSignature, CodeForbidden.
	Unpublish(ctx context.Context, hash common.Hash, sig []byte) error
	// Get returns an order in any status (CodeNotFound).
	Get(ctx context.Context, hash common.Hash) (Entry, error)
	// Query returns a page of a book (CodeBadRequest for a bad filter or cursor).
	Query(ctx context.Context, q Query) (Page, error)
	// Sync brings the book up to the chain's head now (after a match, for instance) and
	// returns the last block it reflects.
	Sync(ctx context.Context) (uint64, error)
}

// UnpublishDigest is what a signer signs to withdraw an order from the book.
func UnpublishDigest(hash common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("decloud market unpublish"), hash[:])
}

// Code is a stable error code of the API.
type Code string

const (
	CodeBadRequest         Code = "bad_request"
	CodeBadSignature       Code = "bad_signature"
	CodeNotOwner           Code = "not_owner"
	CodeConsumed           Code = "consumed"
	CodeInsufficientEscrow Code = "insufficient_escrow"
	CodeNotFound           Code = "not_found"
	CodeForbidden          Code = "forbidden"
	CodeRateLimited        Code = "rate_limited"
	CodeUnavailable        Code = "unavailable"
	CodeInternal           Code = "internal"
)

// Error is an error the book reports to its caller.
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return "market: " + e.Message }

// Errorf returns an *Error.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// CodeOf returns err's code, CodeInternal for an error that is not an *Error.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// uint64Of converts an order's integer field, refusing what does not fit.
func uint64Of(name string, x *big.Int) (uint64, error) {
	if x == nil {
		return 0, nil
	}
	if x.Sign() < 0 || !x.IsUint64() || x.Uint64() > 1<<63-1 {
		return 0, Errorf(CodeBadRequest, "%s %s is out of range (0 to 2^63-1)", name, x)
	}
	return x.Uint64(), nil
}
