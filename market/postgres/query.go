package postgres

import (
	"context"
	"encoding/binary"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/decloud/decloud/market"
)

// tagLow is the low 63 bits of a tag, the part queries can filter on.
func tagLow(t common.Hash) int64 {
	return int64(binary.BigEndian.Uint64(t[24:]) &^ (1 << 63))
}

// row is an entry with its sequence number.
type row struct {
	market.Entry
	seq int64
}

// scan reads a row of columns.
func scan(r pgx.CollectableRow) (row, error) {
	var e row
	var published time.Time
	var hash, signer, app, dataset, pool, requester, tag []byte
	var kind, status, body string
	if err := r.Scan(&e.seq, &hash, &kind, &status, &signer, &e.Volume, &e.Remaining, &published, &app, &dataset, &pool,
		&requester, &e.Category, &e.Trust, &tag, &e.Price, &body); err != nil {
		return row{}, err
	}
	e.Hash, e.Kind, e.Status, e.Signer = common.BytesToHash(hash), market.Kind(kind), market.Status(status), common.BytesToAddress(signer)
	e.PublishedAt = published.UTC()
	e.App, e.Dataset, e.Workerpool, e.Requester = common.BytesToAddress(app), common.BytesToAddress(dataset), common.BytesToAddress(pool), common.BytesToAddress(requester)
	e.Tag, e.Order = common.BytesToHash(tag), []byte(body)
	return e, nil
}

// entries runs a query of columns for the store's operation op.
func (s *Store) entries(ctx context.Context, op, query string, args ...any) ([]row, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err == nil {
		var found []row
		if found, err = pgx.CollectRows(rows, scan); err == nil {
			return found, nil
		}
	}
	return nil, s.db.Failed(op, err)
}

// Query implements market.Store. Offers come cheapest first, requests best-paying first.
func (s *Store) Query(ctx context.Context, q market.Query) (market.Page, error) {
	var args []any
	arg := func(v any) string { // the placeholder of a new argument
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	where := []string{"kind = " + arg(string(q.Kind)), "status = " + arg(string(q.Status))}
	for _, f := range []struct {
		col string
		v   common.Address
	}{{"app", q.App}, {"dataset", q.Dataset}, {"workerpool", q.Workerpool}, {"requester", q.Requester}, {"signer", q.Signer}} {
		if f.v != (common.Address{}) {
			where = append(where, f.col+" = "+arg(f.v[:]))
		}
	}
	if q.Category != nil {
		where = append(where, "category = "+arg(*q.Category))
	}
	if t := tagLow(q.Tag); t != 0 {
		p := arg(t)
		where = append(where, "tag_low & "+p+" = "+p)
	}
	if q.MinTrust > 0 {
		where = append(where, "trust >= "+arg(q.MinTrust))
	}
	if q.MaxPrice != nil {
		where = append(where, "price <= "+arg(*q.MaxPrice))
	}
	cmp, dir := ">", "ASC"
	if q.Kind == market.KindRequest {
		cmp, dir = "<", "DESC"
	}
	if q.Cursor != "" {
		price, seq, err := market.ParsePageCursor(q.Cursor)
		if err != nil {
			return market.Page{}, err
		}
		p := arg(price)
		where = append(where, "(price "+cmp+" "+p+" OR (price = "+p+" AND seq > "+arg(seq)+"))")
	}
	query := `SELECT ` + columns + ` FROM market.orders WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY price ` + dir + `, seq ASC LIMIT ` + arg(q.PageSize+1)
	found, err := s.entries(ctx, "query", query, args...)
	if err != nil {
		return market.Page{}, err
	}
	p := market.Page{Orders: make([]market.Entry, 0, min(len(found), q.PageSize))}
	for i, r := range found {
		if i == q.PageSize { // one more than asked: there is a next page
			p.Next = market.PageCursor(found[i-1].Price, found[i-1].seq)
			break
		}
		p.Orders = append(p.Orders, r.Entry)
	}
	return p, nil
}

// Live implements market.Store.
func (s *Store) Live(ctx context.Context, signer, asset common.Address) ([]market.Entry, error) {
	var found []row
	var err error
	if signer != (common.Address{}) {
		found, err = s.entries(ctx, "live", `SELECT `+columns+` FROM market.orders WHERE signer = $1 AND status IN ('OPEN', 'DEAD')`, signer[:])
	} else {
		found, err = s.entries(ctx, "live", `SELECT `+columns+` FROM market.orders WHERE status IN ('OPEN', 'DEAD') AND (
			(kind = 'app' AND app = $1) OR (kind = 'dataset' AND dataset = $1) OR (kind = 'workerpool' AND workerpool = $1))`, asset[:])
	}
	if err != nil {
		return nil, err
	}
	out := make([]market.Entry, len(found))
	for i := range found {
		out[i] = found[i].Entry
	}
	return out, nil
}
