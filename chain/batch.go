package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
)

// The batched path (docs/protocol.md, "Batched settlement"): bonds, settle, claims by
// (deal, index) and the bitmap views.

// SignedContribution is a worker's contribution with its 65-byte signature, as the worker
// hands it to its scheduler.
type SignedContribution struct {
	Worker common.Address
	poco.Contribution
	Signature []byte
}

// TaskSettlement is one task of a batched deal as Settle certifies it.
type TaskSettlement struct {
	DealID          common.Hash
	Index           uint64
	Digest          common.Hash
	Results         []byte // the result link, emitted in TaskSettled
	ResultsCallback []byte // the callback data, for a deal with a callback (keccak256 = Digest)
	Contributions   []SignedContribution
}

// SettleArgs encodes tasks as the hub's settle takes them: every worker once, in ascending
// order, and each contribution by its worker's index there, with its signature in EIP-2098
// compact form; a vote for the task's digest (hash and seal of the digest) goes without its
// hash and seal, which the hub derives (96 bytes of calldata instead of 160), the others
// with theirs. A signature the hub would refuse for its form is an error wrapping
// poco.ErrBadSignature; the hub checks the rest.
func SettleArgs(tasks []TaskSettlement) ([]common.Address, []bindings.TaskSettlement, error) {
	var workers []common.Address
	for _, t := range tasks {
		for _, c := range t.Contributions {
			workers = append(workers, c.Worker)
		}
	}
	slices.SortFunc(workers, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	workers = slices.Compact(workers)
	out := make([]bindings.TaskSettlement, len(tasks))
	for i, t := range tasks {
		s := bindings.TaskSettlement{
			Dealid: t.DealID, Idx: new(big.Int).SetUint64(t.Index), Digest: t.Digest,
			Results: nonNil(t.Results), ResultsCallback: nonNil(t.ResultsCallback),
			Votes: []bindings.SignedVote{}, Others: []bindings.SignedContribution{},
		}
		for _, c := range t.Contributions {
			r, vs, err := poco.CompactSignature(c.Signature)
			if err != nil {
				return nil, nil, fmt.Errorf("chain: task %d of the batch, contribution of %s: %w", i, c.Worker, err)
			}
			k, _ := slices.BinarySearchFunc(workers, c.Worker, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
			if c.TaskID == poco.TaskID(t.DealID, t.Index) && c.Votes(c.Worker, t.Digest) {
				s.Votes = append(s.Votes, bindings.SignedVote{Worker: big.NewInt(int64(k)), R: r, Vs: vs})
				continue
			}
			s.Others = append(s.Others, bindings.SignedContribution{Worker: big.NewInt(int64(k)), ResultHash: c.ResultHash, ResultSeal: c.ResultSeal, R: r, Vs: vs})
		}
		out[i] = s
	}
	return workers, out, nil
}

// PackSettle returns the calldata of settle(tasks), for callers that estimate or pipeline.
func (h *Hub) PackSettle(tasks []TaskSettlement) ([]byte, error) {
	workers, args, err := SettleArgs(tasks)
	if err != nil {
		return nil, err
	}
	return h.abi.PackSettle(workers, args), nil
}

// Settle certifies tasks of batched deals of one workerpool (tx must be their scheduler):
// all of them, or none when any is refused (a *RevertError says which check failed).
func (h *Hub) Settle(ctx context.Context, tx Transactor, tasks []TaskSettlement) (*types.Receipt, error) {
	data, err := h.PackSettle(tasks)
	if err != nil {
		return nil, err
	}
	// A batch's gas is measured by one run, not estimated (a search that ran a 100-task
	// batch 3-4 times: 7 % of the pool benchmark's process CPU), with the reserve the
	// hub's check before a callback needs.
	if m, ok := tx.(interface {
		SendMeasured(ctx context.Context, to *common.Address, data []byte, value *big.Int, reserve uint64) (*types.Receipt, error)
	}); ok {
		return m.SendMeasured(ctx, &h.Address, data, nil, CallbackReserve)
	}
	return h.send(ctx, tx, data)
}

// CallbackReserve is the gas the hub requires left before it calls a callback (its
// CALLBACK_GAS of 100,000 and the 63/64 rule, plus 10,000), with a margin.
const CallbackReserve = 100_000*64/63 + 10_000 + 8_000

// ClaimBatched refunds never-settled tasks of batched deals, by (deal, index), after their
// final deadline.
func (h *Hub) ClaimBatched(ctx context.Context, tx Transactor, dealids []common.Hash, idxs []uint64) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackClaimBatched(hashes32(dealids), bigs(idxs)))
}

// Bond moves amount of tx's balance into its bond to pool (it stays in its frozen funds).
func (h *Hub) Bond(ctx context.Context, tx Transactor, pool common.Address, amount *big.Int) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackBond(pool, amount))
}

// Unbond starts the release of amount of tx's bond to pool (see UnbondDelay).
func (h *Hub) Unbond(ctx context.Context, tx Transactor, pool common.Address, amount *big.Int) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackUnbond(pool, amount))
}

// WithdrawUnbonded returns what is left of tx's unbonding amount to its balance, once the
// delay is over.
func (h *Hub) WithdrawUnbonded(ctx context.Context, tx Transactor, pool common.Address) (*types.Receipt, error) {
	return h.send(ctx, tx, h.abi.PackWithdrawUnbonded(pool))
}

// BondOf returns worker's bond to pool: bonded, unbonding and when the latter is released.
func (h *Hub) BondOf(ctx context.Context, worker, pool common.Address) (bindings.BondView, error) {
	return call(ctx, h, h.abi.PackViewBond(worker, pool), h.abi.UnpackViewBond)
}

// UnbondDelay returns the hub's unbonding delay in seconds.
func (h *Hub) UnbondDelay(ctx context.Context) (*big.Int, error) {
	return call(ctx, h, h.abi.PackUnbondDelay(), h.abi.UnpackUnbondDelay)
}

// BatchBits returns the settled-or-claimed and the claimed bits of tasks 256·word to
// 256·word + 255 of a batched deal: one call restores a scheduler's view of 256 tasks.
func (h *Hub) BatchBits(ctx context.Context, dealid common.Hash, word uint64) (bindings.BatchBitsView, error) {
	return call(ctx, h, h.abi.PackViewBatchBits(dealid, new(big.Int).SetUint64(word)), h.abi.UnpackViewBatchBits)
}

// BatchedTaskStatus returns a batched deal's task's status: poco.TaskUnset until it is
// settled (poco.TaskCompleted) or claimed (poco.TaskFailed).
func (h *Hub) BatchedTaskStatus(ctx context.Context, dealid common.Hash, idx uint64) (poco.TaskStatus, error) {
	bits, err := h.BatchBits(ctx, dealid, idx/256)
	if err != nil {
		return poco.TaskUnset, err
	}
	return BitsStatus(bits, idx), nil
}

// BitsStatus is the status of task idx of a batched deal in its word of bits (BatchBits of
// word idx/256): poco.TaskFailed when claimed, poco.TaskCompleted when settled,
// poco.TaskUnset otherwise.
func BitsStatus(bits bindings.BatchBitsView, idx uint64) poco.TaskStatus {
	switch bit := int(idx % 256); {
	case bits.Claimed != nil && bits.Claimed.Bit(bit) == 1:
		return poco.TaskFailed
	case bits.Done != nil && bits.Done.Bit(bit) == 1:
		return poco.TaskCompleted
	}
	return poco.TaskUnset
}

// DecodeSettle decodes the calldata of a settle transaction: its workers and the tasks it
// settles (a reader that sees TaskSettled, which names only the task, learns each task's
// deal from the transaction that emitted it).
func (h *Hub) DecodeSettle(data []byte) ([]common.Address, []bindings.TaskSettlement, error) {
	m, ok := h.abi.GetABI().Methods["settle"]
	if !ok || len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return nil, nil, fmt.Errorf("chain: not a settle call")
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(vals) != 2 {
		return nil, nil, fmt.Errorf("chain: settle calldata: %v", err)
	}
	workers, ok := vals[0].([]common.Address)
	if !ok {
		return nil, nil, fmt.Errorf("chain: settle calldata: workers of type %T", vals[0])
	}
	tasks, ok := abi.ConvertType(vals[1], new([]bindings.TaskSettlement)).(*[]bindings.TaskSettlement)
	if !ok {
		return nil, nil, fmt.Errorf("chain: settle calldata: tasks of type %T", vals[1])
	}
	return workers, *tasks, nil
}

// SettledVotes returns who a batched task's settlement counted: the winners (their votes
// for the certified digest) and the others, from the settle transaction that emitted its
// TaskSettled (at or after block from). txs reads a transaction by hash (an ethclient's
// TransactionByHash).
func (h *Hub) SettledVotes(ctx context.Context, taskid common.Hash, from uint64,
	txs func(context.Context, common.Hash) (*types.Transaction, bool, error)) (winners, others []common.Address, err error) {
	l, err := h.findLog(ctx, "TaskSettled", taskid, from)
	if err != nil {
		return nil, nil, err
	}
	tx, _, err := txs(ctx, l.TxHash)
	if err != nil {
		return nil, nil, fmt.Errorf("chain: the settlement of %s: %w", taskid, err)
	}
	workers, tasks, err := h.DecodeSettle(tx.Data())
	if err != nil {
		return nil, nil, err
	}
	for _, t := range tasks {
		if poco.TaskID(t.Dealid, t.Idx.Uint64()) != taskid {
			continue
		}
		at := func(k *big.Int) (common.Address, error) {
			if !k.IsUint64() || k.Uint64() >= uint64(len(workers)) {
				return common.Address{}, fmt.Errorf("chain: the settlement of %s names worker %s of %d", taskid, k, len(workers))
			}
			return workers[k.Uint64()], nil
		}
		for _, v := range t.Votes {
			a, err := at(v.Worker)
			if err != nil {
				return nil, nil, err
			}
			winners = append(winners, a)
		}
		for _, o := range t.Others {
			a, err := at(o.Worker)
			if err != nil {
				return nil, nil, err
			}
			others = append(others, a)
		}
		return winners, others, nil
	}
	return nil, nil, fmt.Errorf("%w: %s is not in its settlement", ErrNotFound, taskid)
}
