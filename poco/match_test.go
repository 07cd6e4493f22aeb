package poco

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// The hub's own agreement with CheckTerms is tested in chain (TestMatchOrdersRejections);
// these cases cover what needs no chain: nil integers, the dataset's absence and open orders.
func TestCheckTerms(t *testing.T) {
	app, ds, pool, me := common.Address{1}, common.Address{2}, common.Address{3}, common.Address{4}
	orders := func() (*AppOrder, *DatasetOrder, *WorkerpoolOrder, *RequestOrder) {
		return &AppOrder{App: app, AppPrice: big.NewInt(5)},
			&DatasetOrder{Dataset: ds, DatasetPrice: big.NewInt(2)},
			&WorkerpoolOrder{Workerpool: pool, WorkerpoolPrice: big.NewInt(10), Trust: big.NewInt(3), Category: big.NewInt(1)},
			&RequestOrder{App: app, AppMaxPrice: big.NewInt(5), Dataset: ds, DatasetMaxPrice: big.NewInt(2), WorkerpoolMaxPrice: big.NewInt(10),
				Requester: me, Trust: big.NewInt(3), Category: big.NewInt(1)}
	}
	cases := []struct {
		name string
		edit func(a *AppOrder, d **DatasetOrder, w *WorkerpoolOrder, r *RequestOrder)
		want string // "" for a match
	}{
		{"open orders match", func(*AppOrder, **DatasetOrder, *WorkerpoolOrder, *RequestOrder) {}, ""},
		{"no dataset", func(_ *AppOrder, d **DatasetOrder, _ *WorkerpoolOrder, r *RequestOrder) {
			*d, r.Dataset = nil, common.Address{}
		}, ""},
		{"nil integers are zeros", func(a *AppOrder, d **DatasetOrder, w *WorkerpoolOrder, r *RequestOrder) {
			*d, r.Dataset = nil, common.Address{}
			a.AppPrice, w.WorkerpoolPrice, w.Trust, w.Category = nil, nil, nil, nil
			r.AppMaxPrice, r.WorkerpoolMaxPrice, r.Trust, r.Category = nil, nil, nil, nil
		}, ""},
		{"the request's dataset without its order", func(_ *AppOrder, d **DatasetOrder, _ *WorkerpoolOrder, _ *RequestOrder) { *d = nil }, "hub: dataset mismatch"},
		{"a dataset order the request does not name", func(_ *AppOrder, _ **DatasetOrder, _ *WorkerpoolOrder, r *RequestOrder) {
			r.Dataset = common.Address{}
		}, "hub: dataset mismatch"},
		{"restricted to this pool", func(_ *AppOrder, _ **DatasetOrder, _ *WorkerpoolOrder, r *RequestOrder) { r.Workerpool = pool }, ""},
		{"restricted to this requester", func(a *AppOrder, d **DatasetOrder, w *WorkerpoolOrder, _ *RequestOrder) {
			a.RequesterRestrict, (*d).RequesterRestrict, w.RequesterRestrict = me, me, me
		}, ""},
		{"a negative price", func(a *AppOrder, _ **DatasetOrder, _ *WorkerpoolOrder, r *RequestOrder) {
			a.AppPrice, r.AppMaxPrice = big.NewInt(-1), big.NewInt(-1)
		}, "hub: price too large"},
		{"a tag the pool lacks", func(_ *AppOrder, d **DatasetOrder, _ *WorkerpoolOrder, _ *RequestOrder) {
			(*d).Tag = common.Hash{31: 1}
		}, "hub: workerpool order lacks a required tag"},
		{"a tag the pool has", func(_ *AppOrder, d **DatasetOrder, w *WorkerpoolOrder, _ *RequestOrder) {
			(*d).Tag, w.Tag = common.Hash{31: 1}, common.Hash{31: 3}
		}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, d, w, r := orders()
			c.edit(a, &d, w, r)
			err := CheckTerms(a, d, w, r)
			var m *MismatchError
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("CheckTerms: %v, want a match", err)
			case c.want != "" && (!errors.As(err, &m) || m.Reason != c.want):
				t.Fatalf("CheckTerms: %v, want %q", err, c.want)
			}
		})
	}
}
