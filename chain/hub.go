package chain

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain/bindings"
)

// Transactor sends one transaction and waits for its receipt; *Sender implements it.
// Send returns a *RevertError when the hub rejects the call.
type Transactor interface {
	Address() common.Address
	Send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error)
}

// Hub is a typed client of the decloud hub at one address: a method per hub function.
// Reads go through the backend; writes go through the Transactor given to each call, so one
// Hub serves every actor.
type Hub struct {
	Address common.Address
	backend bind.ContractBackend
	abi     *bindings.IHub
	bound   *bind.BoundContract
	meta    sync.Map // asset address -> assetMeta (see AppInfo)
	// dealDatasets: deal id -> the dataset it bought (see TaskDataset)
	dealDatasets sync.Map
}

// NewHub returns a client of the hub at addr.
func NewHub(backend bind.ContractBackend, addr common.Address) *Hub {
	abi := bindings.NewIHub()
	return &Hub{Address: addr, backend: backend, abi: abi, bound: abi.Instance(backend, addr)}
}

// ABI gives the packers and unpackers, for callers that pipeline transactions themselves.
func (h *Hub) ABI() *bindings.IHub { return h.abi }

func call[T any](ctx context.Context, h *Hub, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(h.bound, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		if re := asRevert(err); re != nil {
			return zero, re
		}
		return zero, err
	}
	return v, nil
}

func (h *Hub) send(ctx context.Context, tx Transactor, data []byte) (*types.Receipt, error) {
	return tx.Send(ctx, &h.Address, data, nil)
}

// ---------------------------------------------------------------- reads

func (h *Hub) Token(ctx context.Context) (common.Address, error) {
	return call(ctx, h, h.abi.PackToken(), h.abi.UnpackToken)
}

func (h *Hub) Owner(ctx context.Context) (common.Address, error) {
	return call(ctx, h, h.abi.PackOwner(), h.abi.UnpackOwner)
}

func (h *Hub) Account(ctx context.Context, a common.Address) (bindings.AccountView, error) {
	return call(ctx, h, h.abi.PackViewAccount(a), h.abi.UnpackViewAccount)
}

func (h *Hub) Pot(ctx context.Context) (*big.Int, error) {
	return call(ctx, h, h.abi.PackPot(), h.abi.UnpackPot)
}

func (h *Hub) Score(ctx context.Context, worker common.Address) (*big.Int, error) {
	return call(ctx, h, h.abi.PackViewScore(worker), h.abi.UnpackViewScore)
}

func (h *Hub) CountCategory(ctx context.Context) (*big.Int, error) {
	return call(ctx, h, h.abi.PackCountCategory(), h.abi.UnpackCountCategory)
}

func (h *Hub) Category(ctx context.Context, id *big.Int) (bindings.CategoryView, error) {
	return call(ctx, h, h.abi.PackViewCategory(id), h.abi.UnpackViewCategory)
}

func (h *Hub) App(ctx context.Context, app common.Address) (bindings.AppView, error) {
	return call(ctx, h, h.abi.PackViewApp(app), h.abi.UnpackViewApp)
}

func (h *Hub) Dataset(ctx context.Context, dataset common.Address) (bindings.DatasetView, error) {
	return call(ctx, h, h.abi.PackViewDataset(dataset), h.abi.UnpackViewDataset)
}

func (h *Hub) Workerpool(ctx context.Context, pool common.Address) (bindings.WorkerpoolView, error) {
	return call(ctx, h, h.abi.PackViewWorkerpool(pool), h.abi.UnpackViewWorkerpool)
}

func (h *Hub) DomainSeparator(ctx context.Context) (common.Hash, error) {
	return hashCall(ctx, h, h.abi.PackDomainSeparator(), h.abi.UnpackDomainSeparator)
}

func (h *Hub) HashAppOrder(ctx context.Context, o bindings.AppOrder) (common.Hash, error) {
	return hashCall(ctx, h, h.abi.PackHashAppOrder(o), h.abi.UnpackHashAppOrder)
}

func (h *Hub) HashDatasetOrder(ctx context.Context, o bindings.DatasetOrder) (common.Hash, error) {
	return hashCall(ctx, h, h.abi.PackHashDatasetOrder(o), h.abi.UnpackHashDatasetOrder)
}

func (h *Hub) HashWorkerpoolOrder(ctx context.Context, o bindings.WorkerpoolOrder) (common.Hash, error) {
	return hashCall(ctx, h, h.abi.PackHashWorkerpoolOrder(o), h.abi.UnpackHashWorkerpoolOrder)
}

func (h *Hub) HashRequestOrder(ctx context.Context, o bindings.RequestOrder) (common.Hash, error) {
	return hashCall(ctx, h, h.abi.PackHashRequestOrder(o), h.abi.UnpackHashRequestOrder)
}

func hashCall(ctx context.Context, h *Hub, data []byte, unpack func([]byte) ([32]byte, error)) (common.Hash, error) {
	v, err := call(ctx, h, data, unpack)
	return common.Hash(v), err
}

func (h *Hub) Consumed(ctx context.Context, orderHash common.Hash) (*big.Int, error) {
	return call(ctx, h, h.abi.PackViewConsumed(orderHash), h.abi.UnpackViewConsumed)
}

func (h *Hub) Presigned(ctx context.Context, orderHash common.Hash) (bool, error) {
	return call(ctx, h, h.abi.PackViewPresigned(orderHash), h.abi.UnpackViewPresigned)
}

func (h *Hub) Deal(ctx context.Context, dealid common.Hash) (bindings.DealView, error) {
	return call(ctx, h, h.abi.PackViewDeal(dealid), h.abi.UnpackViewDeal)
}

func (h *Hub) Task(ctx context.Context, taskid common.Hash) (bindings.TaskView, error) {
	return call(ctx, h, h.abi.PackViewTask(taskid), h.abi.UnpackViewTask)
}

func (h *Hub) Contribution(ctx context.Context, taskid common.Hash, worker common.Address) (bindings.ContributionView, error) {
	return call(ctx, h, h.abi.PackViewContribution(taskid, worker), h.abi.UnpackViewContribution)
}

func (h *Hub) ResultFor(ctx context.Context, taskid common.Hash) ([]byte, error) {
	return call(ctx, h, h.abi.PackResultFor(taskid), h.abi.UnpackResultFor)
}

// ---------------------------------------------------------------- escrow and governance

func (h *Hub) Deposit(ctx context.Context, tx Transactor, amount *big.Int) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackDeposit(amount))
}

func (h *Hub) DepositFor(ctx context.Context, tx Transactor, amount *big.Int, target common.Address) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackDepositFor(amount, target))
}

func (h *Hub) Withdraw(ctx context.Context, tx Transactor, amount *big.Int) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackWithdraw(amount))
}

func (h *Hub) TransferOwnership(ctx context.Context, tx Transactor, newOwner common.Address) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackTransferOwnership(newOwner))
}

// CreateCategory creates a category (hub owner only) and returns its id.
func (h *Hub) CreateCategory(ctx context.Context, tx Transactor, name, description string, timeRef uint64) (*big.Int, *types.Receipt, error) {
	ev, r, err := sendFind(ctx, h, tx, h.abi.PackCreateCategory(name, description, new(big.Int).SetUint64(timeRef)), h.abi.UnpackCategoryCreatedEvent)
	if err != nil {
		return nil, r, err
	}
	return ev.Id, r, nil
}

// ---------------------------------------------------------------- registries

// CreateApp registers an app (kind 1 = wasm, 2 = oci) and returns its id.
func (h *Hub) CreateApp(ctx context.Context, tx Transactor, name string, kind uint8, uri string, checksum common.Hash, extra []byte) (common.Address, *types.Receipt, error) {
	ev, r, err := sendFind(ctx, h, tx, h.abi.PackCreateApp(name, kind, uri, checksum, extra), h.abi.UnpackAppCreatedEvent)
	if err != nil {
		return common.Address{}, r, err
	}
	return ev.App, r, nil
}

// CreateDataset registers a dataset and returns its id.
func (h *Hub) CreateDataset(ctx context.Context, tx Transactor, name, uri string, checksum common.Hash) (common.Address, *types.Receipt, error) {
	ev, r, err := sendFind(ctx, h, tx, h.abi.PackCreateDataset(name, uri, checksum), h.abi.UnpackDatasetCreatedEvent)
	if err != nil {
		return common.Address{}, r, err
	}
	return ev.Dataset, r, nil
}

// CreateWorkerpool registers a workerpool and returns its id.
func (h *Hub) CreateWorkerpool(ctx context.Context, tx Transactor, description string, workerStakeRatio, schedulerRewardRatio uint64) (common.Address, *types.Receipt, error) {
	data := h.abi.PackCreateWorkerpool(description, new(big.Int).SetUint64(workerStakeRatio), new(big.Int).SetUint64(schedulerRewardRatio))
	ev, r, err := sendFind(ctx, h, tx, data, h.abi.UnpackWorkerpoolCreatedEvent)
	if err != nil {
		return common.Address{}, r, err
	}
	return ev.Workerpool, r, nil
}

func (h *Hub) SetWorkerpoolPolicy(ctx context.Context, tx Transactor, pool common.Address, workerStakeRatio, schedulerRewardRatio uint64) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackSetWorkerpoolPolicy(pool, new(big.Int).SetUint64(workerStakeRatio), new(big.Int).SetUint64(schedulerRewardRatio)))
}

func (h *Hub) TransferApp(ctx context.Context, tx Transactor, app, newOwner common.Address) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackTransferApp(app, newOwner))
}

func (h *Hub) TransferDataset(ctx context.Context, tx Transactor, dataset, newOwner common.Address) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackTransferDataset(dataset, newOwner))
}

func (h *Hub) TransferWorkerpool(ctx context.Context, tx Transactor, pool, newOwner common.Address) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackTransferWorkerpool(pool, newOwner))
}

// ---------------------------------------------------------------- orders

func (h *Hub) PresignAppOrder(ctx context.Context, tx Transactor, o bindings.AppOrder) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackPresignAppOrder(o))
}

func (h *Hub) PresignDatasetOrder(ctx context.Context, tx Transactor, o bindings.DatasetOrder) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackPresignDatasetOrder(o))
}

func (h *Hub) PresignWorkerpoolOrder(ctx context.Context, tx Transactor, o bindings.WorkerpoolOrder) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackPresignWorkerpoolOrder(o))
}

func (h *Hub) PresignRequestOrder(ctx context.Context, tx Transactor, o bindings.RequestOrder) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackPresignRequestOrder(o))
}

func (h *Hub) CancelAppOrder(ctx context.Context, tx Transactor, o bindings.AppOrder) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackCancelAppOrder(o))
}

func (h *Hub) CancelDatasetOrder(ctx context.Context, tx Transactor, o bindings.DatasetOrder) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackCancelDatasetOrder(o))
}

func (h *Hub) CancelWorkerpoolOrder(ctx context.Context, tx Transactor, o bindings.WorkerpoolOrder) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackCancelWorkerpoolOrder(o))
}

func (h *Hub) CancelRequestOrder(ctx context.Context, tx Transactor, o bindings.RequestOrder) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackCancelRequestOrder(o))
}

// MatchOrders matches four orders into a deal and returns the deal's id. A request without
// a dataset passes a DatasetOrder whose Dataset is zero.
func (h *Hub) MatchOrders(ctx context.Context, tx Transactor, a bindings.AppOrder, d bindings.DatasetOrder, w bindings.WorkerpoolOrder, r bindings.RequestOrder) (common.Hash, *types.Receipt, error) {
	ev, rc, err := sendFind(ctx, h, tx, h.abi.PackMatchOrders(a, d, w, r), h.abi.UnpackDealCreatedEvent)
	if err != nil {
		return common.Hash{}, rc, err
	}
	return ev.Dealid, rc, nil
}

// ---------------------------------------------------------------- tasks

// Initialize initializes task idx of a deal and returns its id.
func (h *Hub) Initialize(ctx context.Context, tx Transactor, dealid common.Hash, idx uint64) (common.Hash, *types.Receipt, error) {
	ev, r, err := sendFind(ctx, h, tx, h.abi.PackInitialize(dealid, new(big.Int).SetUint64(idx)), h.abi.UnpackTaskInitializeEvent)
	if err != nil {
		return common.Hash{}, r, err
	}
	return ev.Taskid, r, nil
}

func (h *Hub) InitializeArray(ctx context.Context, tx Transactor, dealids []common.Hash, idxs []uint64) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackInitializeArray(hashes32(dealids), bigs(idxs)))
}

func (h *Hub) Contribute(ctx context.Context, tx Transactor, taskid, resultHash, resultSeal common.Hash, authorization []byte) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackContribute(taskid, resultHash, resultSeal, authorization))
}

func (h *Hub) Reveal(ctx context.Context, tx Transactor, taskid, digest common.Hash) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackReveal(taskid, digest))
}

func (h *Hub) Reopen(ctx context.Context, tx Transactor, taskid common.Hash) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackReopen(taskid))
}

func (h *Hub) Finalize(ctx context.Context, tx Transactor, taskid common.Hash, results, resultsCallback []byte) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackFinalize(taskid, nonNil(results), nonNil(resultsCallback)))
}

func (h *Hub) ContributeAndFinalize(ctx context.Context, tx Transactor, taskid, digest common.Hash, results, resultsCallback, authorization []byte) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackContributeAndFinalize(taskid, digest, nonNil(results), nonNil(resultsCallback), authorization))
}

func (h *Hub) Claim(ctx context.Context, tx Transactor, taskid common.Hash) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackClaim(taskid))
}

// ClaimArray claims tasks by (deal, index), initialized or not.
func (h *Hub) ClaimArray(ctx context.Context, tx Transactor, dealids []common.Hash, idxs []uint64) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackClaimArray(hashes32(dealids), bigs(idxs)))
}

// ---------------------------------------------------------------- helpers

// sendFind sends data to the hub and returns the first event of the receipt that unpack accepts.
func sendFind[E any](ctx context.Context, h *Hub, tx Transactor, data []byte, unpack func(*types.Log) (*E, error)) (*E, *types.Receipt, error) {
	r, err := h.send(ctx, tx, data)
	if err != nil {
		return nil, r, err
	}
	ev, err := findEvent(r, unpack)
	return ev, r, err
}

// findEvent returns the first log of r that unpack accepts.
func findEvent[E any](r *types.Receipt, unpack func(*types.Log) (*E, error)) (*E, error) {
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev, nil
		}
	}
	var zero E
	return nil, fmt.Errorf("chain: receipt of %s has no %T event", r.TxHash, zero)
}

func hashes32(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func bigs(xs []uint64) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = new(big.Int).SetUint64(x)
	}
	return out
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// Head returns the time of the latest block (deadlines are in chain time).
func (h *Hub) Head(ctx context.Context) (time.Time, error) {
	hr, ok := h.backend.(interface {
		HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	})
	if !ok {
		return time.Time{}, fmt.Errorf("chain: backend cannot read headers")
	}
	head, err := hr.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("chain: head: %w", err)
	}
	return time.Unix(int64(head.Time), 0).UTC(), nil
}
