package chain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain/bindings"
)

// The hub's events, decoded once here into types of this package, so that followers switch
// on a Go type instead of trying one generated unpacker after another.

// ErrBadEvent is wrapped by every error of DecodeEvent: a log that is not the hub's, or one
// whose topics or data do not decode as the event its first topic names.
var ErrBadEvent = errors.New("chain: bad hub event")

// EventError is the error DecodeEvent returns; it wraps ErrBadEvent and the cause.
type EventError struct {
	Event string   // the event the log's first topic names; "" when none of the decoded ones
	Log   EventLog // where the log is
	Err   error    // the cause
}

func (e *EventError) Error() string {
	name := e.Event
	if name == "" {
		name = "log"
	}
	return fmt.Sprintf("%v: %s at block %d (tx %s, log %d): %v", ErrBadEvent, name, e.Log.BlockNumber, e.Log.TxHash, e.Log.Index, e.Err)
}

func (e *EventError) Unwrap() []error { return []error{ErrBadEvent, e.Err} }

// EventLog is where an event was emitted. Every event type embeds it.
type EventLog struct {
	BlockNumber uint64
	TxHash      common.Hash
	Index       uint // the log's index in its block
}

// Position returns where the event was emitted.
func (p EventLog) Position() EventLog { return p }

func logPosition(l *types.Log) EventLog {
	return EventLog{BlockNumber: l.BlockNumber, TxHash: l.TxHash, Index: l.Index}
}

// Event is a decoded hub event: one of the pointer types below (*DealCreated,
// *TaskContribute…), which callers tell apart with a type switch. Only the pointers
// implement Event, so a case on a value type does not compile.
type Event interface {
	EventName() string // the event's name in the hub's ABI
	Position() EventLog
}

// Counts, indexes, categories and trust levels, which the hub bounds to 64 bits or less, are
// uint64 here: a log whose value does not fit is malformed (ErrBadEvent). Scores and token
// amounts, unbounded, stay *big.Int.

// DealCreated is emitted when orders are matched into a deal.
type DealCreated struct {
	EventLog
	Dealid      common.Hash
	Workerpool  common.Address
	Requester   common.Address
	App         common.Address
	Dataset     common.Address // zero without a dataset
	Category    uint64
	Trust       uint64
	Tag         common.Hash
	Beneficiary common.Address
	Callback    common.Address
	Params      string
	BotFirst    uint64 // index of the deal's first task in the request order's volume
	Volume      uint64
}

// TaskInitialize is emitted when task Idx of a deal is initialized.
type TaskInitialize struct {
	EventLog
	Taskid common.Hash
	Dealid common.Hash
	Idx    uint64
}

// TaskContribute is emitted for each worker's contribution.
type TaskContribute struct {
	EventLog
	Taskid     common.Hash
	Worker     common.Address
	ResultHash common.Hash
}

// TaskConsensus is emitted when a task's contributions reach consensus.
type TaskConsensus struct {
	EventLog
	Taskid         common.Hash
	ConsensusValue common.Hash
}

// TaskReveal is emitted for each worker's reveal.
type TaskReveal struct {
	EventLog
	Taskid common.Hash
	Worker common.Address
	Digest common.Hash
}

// TaskReopen is emitted when a task whose consensus group did not reveal is reopened.
type TaskReopen struct {
	EventLog
	Taskid common.Hash
}

// TaskFinalize is emitted when a task completes with its results.
type TaskFinalize struct {
	EventLog
	Taskid  common.Hash
	Results []byte
}

// TaskClaimed is emitted when a task that missed its final deadline is claimed.
type TaskClaimed struct {
	EventLog
	Taskid common.Hash
}

// ScoreUpdated is emitted when a worker's score changes.
type ScoreUpdated struct {
	EventLog
	Worker common.Address
	Score  *big.Int
}

// OrdersMatched is emitted with DealCreated: the four orders' hashes (DatasetHash is zero
// without a dataset) and the volume matched.
type OrdersMatched struct {
	EventLog
	Dealid         common.Hash
	AppHash        common.Hash
	DatasetHash    common.Hash
	WorkerpoolHash common.Hash
	RequestHash    common.Hash
	Volume         uint64
}

// OrderCancelled is emitted when an order's owner cancels it.
type OrderCancelled struct {
	EventLog
	OrderHash common.Hash
	Owner     common.Address
}

// AccountUpdated is emitted with an escrow account's new balance and frozen amount.
type AccountUpdated struct {
	EventLog
	Account common.Address
	Balance *big.Int
	Frozen  *big.Int
}

// AssetTransferred is emitted when an app, dataset or workerpool changes owner.
type AssetTransferred struct {
	EventLog
	Asset common.Address
	From  common.Address
	To    common.Address
}

// TaskSettled is emitted for each task of a batched deal that settle certifies, with the
// digest its winners agreed on and its result link.
type TaskSettled struct {
	EventLog
	Taskid  common.Hash
	Digest  common.Hash
	Results []byte
}

// StakeSeized is emitted by settle for each losing contribution: the stake taken from the
// worker's bond.
type StakeSeized struct {
	EventLog
	Taskid common.Hash
	Worker common.Address
	Amount *big.Int
}

// BondUpdated is emitted with a worker's new bond to a workerpool.
type BondUpdated struct {
	EventLog
	Worker      common.Address
	Workerpool  common.Address
	Bonded      *big.Int
	Unbonding   *big.Int
	ReleaseTime uint64
}

func (*DealCreated) EventName() string      { return "DealCreated" }
func (*TaskInitialize) EventName() string   { return "TaskInitialize" }
func (*TaskContribute) EventName() string   { return "TaskContribute" }
func (*TaskConsensus) EventName() string    { return "TaskConsensus" }
func (*TaskReveal) EventName() string       { return "TaskReveal" }
func (*TaskReopen) EventName() string       { return "TaskReopen" }
func (*TaskFinalize) EventName() string     { return "TaskFinalize" }
func (*TaskClaimed) EventName() string      { return "TaskClaimed" }
func (*ScoreUpdated) EventName() string     { return "ScoreUpdated" }
func (*OrdersMatched) EventName() string    { return "OrdersMatched" }
func (*OrderCancelled) EventName() string   { return "OrderCancelled" }
func (*AccountUpdated) EventName() string   { return "AccountUpdated" }
func (*AssetTransferred) EventName() string { return "AssetTransferred" }
func (*TaskSettled) EventName() string      { return "TaskSettled" }
func (*StakeSeized) EventName() string      { return "StakeSeized" }
func (*BondUpdated) EventName() string      { return "BondUpdated" }

// eventDecoder decodes the logs of one event; the log's topic count and the presence of its
// data are checked before.
type eventDecoder struct {
	name   string
	topics int  // 1 + the indexed inputs
	data   bool // whether it has non-indexed inputs
	decode func(l *types.Log, at EventLog) (Event, error)
}

var (
	hubEvents = bindings.NewIHub() // the generated unpackers
	hubABI    = hubEvents.GetABI() // where the event IDs come from
	// decoders is keyed by event ID (the log's first topic), computed once.
	decoders = map[common.Hash]eventDecoder{}
)

func init() {
	add := func(name string, decode func(l *types.Log, at EventLog) (Event, error)) {
		ev, ok := hubABI.Events[name]
		if !ok {
			panic("chain: the hub's ABI has no event " + name)
		}
		d := eventDecoder{name: name, topics: 1, data: len(ev.Inputs.NonIndexed()) > 0, decode: decode}
		for _, in := range ev.Inputs {
			if in.Indexed {
				d.topics++
			}
		}
		decoders[ev.ID] = d
	}
	add("DealCreated", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackDealCreatedEvent(l)
		if err != nil {
			return nil, err
		}
		var u fit64
		return &DealCreated{EventLog: at, Dealid: e.Dealid, Workerpool: e.Workerpool, Requester: e.Requester, App: e.App,
			Dataset: e.Dataset, Category: u.get("category", e.Category), Trust: u.get("trust", e.Trust), Tag: e.Tag,
			Beneficiary: e.Beneficiary, Callback: e.Callback, Params: e.Params, BotFirst: u.get("botFirst", e.BotFirst),
			Volume: u.get("volume", e.Volume)}, u.err
	})
	add("TaskInitialize", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackTaskInitializeEvent(l)
		if err != nil {
			return nil, err
		}
		var u fit64
		return &TaskInitialize{EventLog: at, Taskid: e.Taskid, Dealid: e.Dealid, Idx: u.get("idx", e.Idx)}, u.err
	})
	add("TaskContribute", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackTaskContributeEvent(l)
		if err != nil {
			return nil, err
		}
		return &TaskContribute{EventLog: at, Taskid: e.Taskid, Worker: e.Worker, ResultHash: e.ResultHash}, nil
	})
	add("TaskConsensus", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackTaskConsensusEvent(l)
		if err != nil {
			return nil, err
		}
		return &TaskConsensus{EventLog: at, Taskid: e.Taskid, ConsensusValue: e.ConsensusValue}, nil
	})
	add("TaskReveal", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackTaskRevealEvent(l)
		if err != nil {
			return nil, err
		}
		return &TaskReveal{EventLog: at, Taskid: e.Taskid, Worker: e.Worker, Digest: e.Digest}, nil
	})
	add("TaskReopen", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackTaskReopenEvent(l)
		if err != nil {
			return nil, err
		}
		return &TaskReopen{EventLog: at, Taskid: e.Taskid}, nil
	})
	add("TaskFinalize", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackTaskFinalizeEvent(l)
		if err != nil {
			return nil, err
		}
		return &TaskFinalize{EventLog: at, Taskid: e.Taskid, Results: e.Results}, nil
	})
	add("TaskClaimed", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackTaskClaimedEvent(l)
		if err != nil {
			return nil, err
		}
		return &TaskClaimed{EventLog: at, Taskid: e.Taskid}, nil
	})
	add("ScoreUpdated", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackScoreUpdatedEvent(l)
		if err != nil {
			return nil, err
		}
		return &ScoreUpdated{EventLog: at, Worker: e.Worker, Score: e.Score}, nil
	})
	add("OrdersMatched", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackOrdersMatchedEvent(l)
		if err != nil {
			return nil, err
		}
		var u fit64
		return &OrdersMatched{EventLog: at, Dealid: e.Dealid, AppHash: e.AppHash, DatasetHash: e.DatasetHash,
			WorkerpoolHash: e.WorkerpoolHash, RequestHash: e.RequestHash, Volume: u.get("volume", e.Volume)}, u.err
	})
	add("OrderCancelled", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackOrderCancelledEvent(l)
		if err != nil {
			return nil, err
		}
		return &OrderCancelled{EventLog: at, OrderHash: e.OrderHash, Owner: e.Owner}, nil
	})
	add("AccountUpdated", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackAccountUpdatedEvent(l)
		if err != nil {
			return nil, err
		}
		return &AccountUpdated{EventLog: at, Account: e.Account, Balance: e.Balance, Frozen: e.Frozen}, nil
	})
	add("AssetTransferred", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackAssetTransferredEvent(l)
		if err != nil {
			return nil, err
		}
		return &AssetTransferred{EventLog: at, Asset: e.Asset, From: e.From, To: e.To}, nil
	})
	add("TaskSettled", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackTaskSettledEvent(l)
		if err != nil {
			return nil, err
		}
		return &TaskSettled{EventLog: at, Taskid: e.Taskid, Digest: e.Digest, Results: e.Results}, nil
	})
	add("StakeSeized", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackStakeSeizedEvent(l)
		if err != nil {
			return nil, err
		}
		return &StakeSeized{EventLog: at, Taskid: e.Taskid, Worker: e.Worker, Amount: e.Amount}, nil
	})
	add("BondUpdated", func(l *types.Log, at EventLog) (Event, error) {
		e, err := hubEvents.UnpackBondUpdatedEvent(l)
		if err != nil {
			return nil, err
		}
		var u fit64
		return &BondUpdated{EventLog: at, Worker: e.Worker, Workerpool: e.Workerpool, Bonded: e.Bonded, Unbonding: e.Unbonding,
			ReleaseTime: u.get("releaseTime", e.ReleaseTime)}, u.err
	})
}

// fit64 converts uint256 values to uint64, keeping the first that does not fit.
type fit64 struct{ err error }

func (f *fit64) get(field string, v *big.Int) uint64 {
	if f.err != nil {
		return 0
	}
	if v == nil || !v.IsUint64() {
		f.err = fmt.Errorf("%s %v does not fit in 64 bits", field, v)
		return 0
	}
	return v.Uint64()
}

// DecodeEvent decodes a log of the hub at hub into its typed event (*DealCreated,
// *TaskContribute…).
//
// A log from another address, or one whose topic names a decoded event but whose topics or
// data do not decode as that event, is an error wrapping ErrBadEvent (an *EventError).
// Any other log of the hub, with no topic or a topic of an event not decoded here (the
// hub's other events, such as Deposit), gives (nil, nil): callers skip it.
func DecodeEvent(hub common.Address, l *types.Log) (Event, error) {
	if l == nil {
		return nil, &EventError{Err: errors.New("no log")}
	}
	at := logPosition(l)
	var d eventDecoder
	known := false
	if len(l.Topics) > 0 {
		d, known = decoders[l.Topics[0]]
	}
	if l.Address != hub {
		return nil, &EventError{Event: d.name, Log: at, Err: fmt.Errorf("a log of %s, not of the hub %s", l.Address, hub)}
	}
	if !known {
		return nil, nil
	}
	if len(l.Topics) != d.topics {
		return nil, &EventError{Event: d.name, Log: at, Err: fmt.Errorf("%d topics, want %d", len(l.Topics), d.topics)}
	}
	if d.data && len(l.Data) == 0 {
		return nil, &EventError{Event: d.name, Log: at, Err: errors.New("no data")}
	}
	if len(l.Data)%32 != 0 {
		return nil, &EventError{Event: d.name, Log: at, Err: fmt.Errorf("%d bytes of data, not whole 32-byte words", len(l.Data))}
	}
	ev, err := d.decode(l, at)
	if err != nil {
		return nil, &EventError{Event: d.name, Log: at, Err: err}
	}
	return ev, nil
}

// DecodeEvent decodes a log of this hub; see the package's DecodeEvent.
func (h *Hub) DecodeEvent(l *types.Log) (Event, error) { return DecodeEvent(h.Address, l) }

// EventID returns the ID (first topic) of the hub's event name, any event of its ABI, for
// log filters. It panics when the hub has no such event: names are constants of the caller.
func EventID(name string) common.Hash {
	ev, ok := hubABI.Events[name]
	if !ok {
		panic("chain: the hub has no event " + name)
	}
	return ev.ID
}
