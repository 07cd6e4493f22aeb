package poco

import (
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// MismatchError says which term of the hub's matchOrders four orders break; its message is
// the hub's revert reason for the same case, so a broker's refusal and the chain's read alike.
type MismatchError struct{ Reason string }

func (e *MismatchError) Error() string { return "poco: " + e.Reason }

// CheckTerms applies, off chain, the terms the hub checks before it matches four orders
// (d nil when the request names no dataset): category, trust, assets, maximum prices, tags
// and every restriction. It does not check what only the chain knows (registration,
// signatures, the category's existence, consumed volumes, escrow balances), so a nil error
// means the match can still revert, never that a non-nil one could have succeeded.
func CheckTerms(a *AppOrder, d *DatasetOrder, w *WorkerpoolOrder, r *RequestOrder) error {
	no := func(reason string) error { return &MismatchError{reason} }
	switch {
	case bigOf(r.Category).Cmp(bigOf(w.Category)) != 0:
		return no("hub: category mismatch")
	case bigOf(r.Trust).Cmp(bigOf(w.Trust)) > 0:
		return no("hub: workerpool order trust below request trust")
	case bigOf(r.Trust).Cmp(big.NewInt(1<<24-1)) > 0:
		return no("hub: trust too large")
	case r.App != a.App:
		return no("hub: app mismatch")
	case r.Workerpool != (common.Address{}) && r.Workerpool != w.Workerpool:
		return no("hub: workerpool mismatch")
	case bigOf(r.AppMaxPrice).Cmp(bigOf(a.AppPrice)) < 0:
		return no("hub: app price above request maximum")
	case bigOf(r.WorkerpoolMaxPrice).Cmp(bigOf(w.WorkerpoolPrice)) < 0:
		return no("hub: workerpool price above request maximum")
	case !fitsUint64(a.AppPrice) || !fitsUint64(w.WorkerpoolPrice):
		return no("hub: price too large")
	}
	required := new(big.Int).Or(a.Tag.Big(), r.Tag.Big())
	if r.Dataset != (common.Address{}) {
		if d == nil || d.Dataset != r.Dataset {
			return no("hub: dataset mismatch")
		}
		switch {
		case bigOf(r.DatasetMaxPrice).Cmp(bigOf(d.DatasetPrice)) < 0:
			return no("hub: dataset price above request maximum")
		case !fitsUint64(d.DatasetPrice):
			return no("hub: price too large")
		case !restricts(d.AppRestrict, a.App):
			return no("hub: dataset order restricts the app")
		case !restricts(d.WorkerpoolRestrict, w.Workerpool):
			return no("hub: dataset order restricts the workerpool")
		case !restricts(d.RequesterRestrict, r.Requester):
			return no("hub: dataset order restricts the requester")
		}
		required.Or(required, d.Tag.Big())
	} else if d != nil && d.Dataset != (common.Address{}) {
		return no("hub: dataset mismatch")
	}
	switch {
	case new(big.Int).AndNot(required, w.Tag.Big()).Sign() != 0:
		return no("hub: workerpool order lacks a required tag")
	case !restricts(a.DatasetRestrict, r.Dataset):
		return no("hub: app order restricts the dataset")
	case !restricts(a.WorkerpoolRestrict, w.Workerpool):
		return no("hub: app order restricts the workerpool")
	case !restricts(a.RequesterRestrict, r.Requester):
		return no("hub: app order restricts the requester")
	case !restricts(w.AppRestrict, a.App):
		return no("hub: workerpool order restricts the app")
	case !restricts(w.DatasetRestrict, r.Dataset):
		return no("hub: workerpool order restricts the dataset")
	case !restricts(w.RequesterRestrict, r.Requester):
		return no("hub: workerpool order restricts the requester")
	}
	return nil
}

// restricts reports whether a restriction (zero: none) lets actual through.
func restricts(restriction, actual common.Address) bool {
	return restriction == (common.Address{}) || restriction == actual
}

func bigOf(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func fitsUint64(x *big.Int) bool {
	return bigOf(x).Sign() >= 0 && bigOf(x).Cmp(new(big.Int).SetUint64(math.MaxUint64)) <= 0
}
