package market

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
)

// Store keeps the book. Implementations: sqlite/ (one process), postgres/ (one or several
// market processes on one database, see SharedStore); storetest/ is the suite both pass.
//
// Every uint64 of an entry is kept exactly over its whole range, and prices order and
// filter as the unsigned integers they are. A store used after Close fails with an error
// wrapping ErrStoreClosed.
type Store interface {
	// Insert adds e; it reports false (and changes nothing) when e.Hash is there already.
	Insert(ctx context.Context, e *Entry) (bool, error)
	// Get returns the entry (*Error with CodeNotFound when absent).
	Get(ctx context.Context, hash common.Hash) (Entry, error)
	// Query returns a page of q.Kind's entries of status q.Status (the service fills in
	// the defaults: Status set, PageSize from 1 to MaxPageSize) by price, ascending for
	// offers and descending for requests, then in the order they were inserted. Orders
	// is never nil. *Error with CodeBadRequest for a bad cursor.
	Query(ctx context.Context, q Query) (Page, error)
	// Update sets an entry's status and remaining volume (no error when absent).
	Update(ctx context.Context, hash common.Hash, status Status, remaining uint64) error
	// Live returns the OPEN and DEAD entries signed by signer (when set) or naming asset
	// as their app, dataset or workerpool (when set).
	Live(ctx context.Context, signer, asset common.Address) ([]Entry, error)
	// Count returns how many entries of kind k have status st.
	Count(ctx context.Context, k Kind, st Status) (int, error)
	// Touch records order hashes that a match or a cancel consumed on chain (idempotent).
	Touch(ctx context.Context, hashes []common.Hash) error
	// Touched reports whether Touch recorded hash.
	Touched(ctx context.Context, hash common.Hash) (bool, error)
	chain.CursorStore
}

// SharedStore is a Store that several market processes may use at once, each following
// the chain. Its cursor only moves forward (Save of a position behind the saved one keeps
// the saved one), and LockFollow serializes the processes' followers. A Service over a
// SharedStore applies events under that lock, skips the blocks another process already
// applied, and caches no chain reads: the events that would invalidate its cache may be
// applied by another process.
type SharedStore interface {
	Store
	// LockFollow returns once this process holds the book's follow lock; unlock releases
	// it. It fails when the store cannot be reached (or ctx ends).
	LockFollow(ctx context.Context) (unlock func(), err error)
}

// ErrStoreClosed is wrapped by the errors of a store used after Close.
var ErrStoreClosed = errors.New("market: store closed")

// PageCursor is the cursor of a page that ends with an entry of this price and insertion
// sequence number: stores page by (price, sequence).
func PageCursor(price uint64, seq int64) string {
	return strconv.FormatUint(price, 10) + "." + strconv.FormatInt(seq, 10)
}

// ParsePageCursor parses a cursor that PageCursor made (*Error with CodeBadRequest for
// anything else).
func ParsePageCursor(c string) (price uint64, seq int64, err error) {
	a, b, ok := strings.Cut(c, ".")
	price, err1 := strconv.ParseUint(a, 10, 64)
	seq, err2 := strconv.ParseInt(b, 10, 64)
	if !ok || err1 != nil || err2 != nil || seq < 0 {
		return 0, 0, Errorf(CodeBadRequest, "bad cursor %q", c)
	}
	return price, seq, nil
}
