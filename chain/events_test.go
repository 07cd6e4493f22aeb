package chain_test

import (
	"errors"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
)

var (
	evHub      = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	evBindings = bindings.NewIHub()
	evABI      = evBindings.GetABI()
	evAt       = chain.EventLog{BlockNumber: 42, TxHash: common.HexToHash("0x77"), Index: 3}
	evHash     = func(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }
	evAddr     = func(s string) common.Address { return common.BytesToAddress(evHash(s).Bytes()) }
	bigFrom    = func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 0); return v }
)

// packLog builds the log the hub emits for event name with args in the ABI's input order,
// packed by the generated ABI: indexed inputs go to topics, the others to data.
func packLog(t testing.TB, name string, args ...any) types.Log {
	t.Helper()
	ev, ok := evABI.Events[name]
	if !ok {
		t.Fatalf("no event %s", name)
	}
	if len(args) != len(ev.Inputs) {
		t.Fatalf("%s: %d args for %d inputs", name, len(args), len(ev.Inputs))
	}
	topics := []common.Hash{ev.ID}
	var data []any
	for i, in := range ev.Inputs {
		if !in.Indexed {
			data = append(data, args[i])
			continue
		}
		tt, err := abi.MakeTopics([]any{args[i]})
		if err != nil {
			t.Fatalf("%s: topic %s: %v", name, in.Name, err)
		}
		topics = append(topics, tt[0][0])
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		t.Fatalf("%s: pack: %v", name, err)
	}
	return types.Log{Address: evHub, Topics: topics, Data: packed, BlockNumber: evAt.BlockNumber, TxHash: evAt.TxHash, Index: evAt.Index}
}

type eventCase struct {
	name string
	log  func(t testing.TB) types.Log
	want chain.Event
}

func eventCases() []eventCase {
	deal, task, worker := evHash("deal"), evHash("task"), evAddr("worker")
	return []eventCase{
		{"DealCreated", func(t testing.TB) types.Log {
			return packLog(t, "DealCreated", deal, evAddr("pool"), evAddr("requester"), evAddr("app"), evAddr("dataset"),
				big.NewInt(2), big.NewInt(3), evHash("tag"), evAddr("beneficiary"), evAddr("callback"), `{"args":"hi"}`,
				big.NewInt(7), big.NewInt(5))
		}, &chain.DealCreated{EventLog: evAt, Dealid: deal, Workerpool: evAddr("pool"), Requester: evAddr("requester"),
			App: evAddr("app"), Dataset: evAddr("dataset"), Category: 2, Trust: 3, Tag: evHash("tag"), Beneficiary: evAddr("beneficiary"),
			Callback: evAddr("callback"), Params: `{"args":"hi"}`, BotFirst: 7, Volume: 5}},
		{"DealCreated/no dataset, max uint64", func(t testing.TB) types.Log {
			max := new(big.Int).SetUint64(^uint64(0))
			return packLog(t, "DealCreated", deal, evAddr("pool"), evAddr("requester"), evAddr("app"), common.Address{},
				max, max, common.Hash{}, common.Address{}, common.Address{}, "", max, max)
		}, &chain.DealCreated{EventLog: evAt, Dealid: deal, Workerpool: evAddr("pool"), Requester: evAddr("requester"),
			App: evAddr("app"), Category: ^uint64(0), Trust: ^uint64(0), BotFirst: ^uint64(0), Volume: ^uint64(0)}},
		{"TaskInitialize", func(t testing.TB) types.Log {
			return packLog(t, "TaskInitialize", task, deal, big.NewInt(9))
		}, &chain.TaskInitialize{EventLog: evAt, Taskid: task, Dealid: deal, Idx: 9}},
		{"TaskContribute", func(t testing.TB) types.Log {
			return packLog(t, "TaskContribute", task, worker, evHash("result"))
		}, &chain.TaskContribute{EventLog: evAt, Taskid: task, Worker: worker, ResultHash: evHash("result")}},
		{"TaskConsensus", func(t testing.TB) types.Log {
			return packLog(t, "TaskConsensus", task, evHash("consensus"))
		}, &chain.TaskConsensus{EventLog: evAt, Taskid: task, ConsensusValue: evHash("consensus")}},
		{"TaskReveal", func(t testing.TB) types.Log {
			return packLog(t, "TaskReveal", task, worker, evHash("digest"))
		}, &chain.TaskReveal{EventLog: evAt, Taskid: task, Worker: worker, Digest: evHash("digest")}},
		{"TaskReopen", func(t testing.TB) types.Log {
			return packLog(t, "TaskReopen", task)
		}, &chain.TaskReopen{EventLog: evAt, Taskid: task}},
		{"TaskFinalize", func(t testing.TB) types.Log {
			return packLog(t, "TaskFinalize", task, []byte("a result link"))
		}, &chain.TaskFinalize{EventLog: evAt, Taskid: task, Results: []byte("a result link")}},
		{"TaskClaimed", func(t testing.TB) types.Log {
			return packLog(t, "TaskClaimed", task)
		}, &chain.TaskClaimed{EventLog: evAt, Taskid: task}},
		{"ScoreUpdated", func(t testing.TB) types.Log {
			return packLog(t, "ScoreUpdated", worker, big.NewInt(12))
		}, &chain.ScoreUpdated{EventLog: evAt, Worker: worker, Score: big.NewInt(12)}},
		{"ScoreUpdated/above 64 bits", func(t testing.TB) types.Log {
			return packLog(t, "ScoreUpdated", worker, bigFrom("0x10000000000000000"))
		}, &chain.ScoreUpdated{EventLog: evAt, Worker: worker, Score: bigFrom("0x10000000000000000")}},
		{"OrdersMatched", func(t testing.TB) types.Log {
			return packLog(t, "OrdersMatched", deal, evHash("a"), common.Hash{}, evHash("w"), evHash("r"), big.NewInt(4))
		}, &chain.OrdersMatched{EventLog: evAt, Dealid: deal, AppHash: evHash("a"), WorkerpoolHash: evHash("w"),
			RequestHash: evHash("r"), Volume: 4}},
		{"OrderCancelled", func(t testing.TB) types.Log {
			return packLog(t, "OrderCancelled", evHash("order"), evAddr("owner"))
		}, &chain.OrderCancelled{EventLog: evAt, OrderHash: evHash("order"), Owner: evAddr("owner")}},
		{"AccountUpdated", func(t testing.TB) types.Log {
			return packLog(t, "AccountUpdated", evAddr("account"), bigFrom("0x1000000000000000000000000"), big.NewInt(0))
		}, &chain.AccountUpdated{EventLog: evAt, Account: evAddr("account"), Balance: bigFrom("0x1000000000000000000000000"), Frozen: big.NewInt(0)}},
		{"AssetTransferred", func(t testing.TB) types.Log {
			return packLog(t, "AssetTransferred", evAddr("asset"), evAddr("from"), evAddr("to"))
		}, &chain.AssetTransferred{EventLog: evAt, Asset: evAddr("asset"), From: evAddr("from"), To: evAddr("to")}},
		{"TaskSettled", func(t testing.TB) types.Log {
			return packLog(t, "TaskSettled", task, evHash("digest"), []byte("a result link"))
		}, &chain.TaskSettled{EventLog: evAt, Taskid: task, Digest: evHash("digest"), Results: []byte("a result link")}},
		{"StakeSeized", func(t testing.TB) types.Log {
			return packLog(t, "StakeSeized", task, worker, big.NewInt(10))
		}, &chain.StakeSeized{EventLog: evAt, Taskid: task, Worker: worker, Amount: big.NewInt(10)}},
		{"BondUpdated", func(t testing.TB) types.Log {
			return packLog(t, "BondUpdated", worker, evAddr("pool"), big.NewInt(90), big.NewInt(5), big.NewInt(1_800_000_000))
		}, &chain.BondUpdated{EventLog: evAt, Worker: worker, Workerpool: evAddr("pool"), Bonded: big.NewInt(90), Unbonding: big.NewInt(5),
			ReleaseTime: 1_800_000_000}},
	}
}

// sameFields compares two values of one event struct type, *big.Int fields by value.
func sameFields(a, b any) bool {
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	if va.Type() != vb.Type() {
		return false
	}
	for i := range va.NumField() {
		fa, fb := va.Field(i).Interface(), vb.Field(i).Interface()
		if x, ok := fa.(*big.Int); ok {
			if y := fb.(*big.Int); (x == nil) != (y == nil) || x != nil && x.Cmp(y) != 0 {
				return false
			}
		} else if !reflect.DeepEqual(fa, fb) {
			return false
		}
	}
	return true
}

// matchesBindings checks a decoded event against what the generated Unpack<Name>Event
// returns for the same log: every field of the generated struct (but Raw) has a field of
// the same name and value in the decoded one.
func matchesBindings(t *testing.T, l *types.Log, ev chain.Event) {
	t.Helper()
	unpack := reflect.ValueOf(evBindings).MethodByName("Unpack" + ev.EventName() + "Event")
	out := unpack.Call([]reflect.Value{reflect.ValueOf(l)})
	if err, _ := out[1].Interface().(error); err != nil {
		t.Fatalf("%s: the generated unpacker fails: %v", ev.EventName(), err)
	}
	old, got := out[0].Elem(), reflect.ValueOf(ev).Elem()
	for i := range old.NumField() {
		name := old.Type().Field(i).Name
		if name == "Raw" {
			continue
		}
		f := got.FieldByName(name)
		if !f.IsValid() {
			t.Errorf("%s: no field %s", ev.EventName(), name)
			continue
		}
		ov, gv := old.Field(i).Interface(), f.Interface()
		same := false
		switch o := ov.(type) {
		case *big.Int:
			switch g := gv.(type) {
			case uint64:
				same = o.IsUint64() && o.Uint64() == g
			case *big.Int:
				same = o.Cmp(g) == 0
			}
		case [32]byte:
			g, ok := gv.(common.Hash)
			same = ok && g == common.Hash(o)
		default:
			same = reflect.DeepEqual(ov, gv)
		}
		if !same {
			t.Errorf("%s.%s = %v, the generated unpacker says %v", ev.EventName(), name, gv, ov)
		}
	}
}

func TestDecodeEvent(t *testing.T) {
	for _, c := range eventCases() {
		t.Run(c.name, func(t *testing.T) {
			l := c.log(t)
			got, err := chain.DecodeEvent(evHub, &l)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if !sameFields(got, c.want) {
				t.Fatalf("decoded %+v, want %+v", got, c.want)
			}
			if got.Position() != evAt || got.EventName() != c.want.EventName() {
				t.Fatalf("%s at %+v", got.EventName(), got.Position())
			}
			if !strings.HasPrefix(c.name, got.EventName()) || evABI.Events[got.EventName()].ID != l.Topics[0] {
				t.Fatalf("event name %s for case %s", got.EventName(), c.name)
			}
			matchesBindings(t, &l, got)
			// The Hub method is the same decoder for its address.
			viaHub, err := chain.NewHub(nil, evHub).DecodeEvent(&l)
			if err != nil || !sameFields(viaHub, got) {
				t.Fatalf("Hub.DecodeEvent: %+v %v", viaHub, err)
			}
		})
	}
}

func TestDecodeEventRejects(t *testing.T) {
	deal := func(t testing.TB) types.Log { return eventCases()[0].log(t) }
	cases := []struct {
		name  string
		edit  func(l *types.Log)
		event string // EventError.Event
	}{
		{"another address", func(l *types.Log) { l.Address = evAddr("other") }, "DealCreated"},
		{"another address, unknown topic", func(l *types.Log) { l.Address, l.Topics[0] = evAddr("other"), evHash("x") }, ""},
		{"another address, no topic", func(l *types.Log) { l.Address, l.Topics = evAddr("other"), nil }, ""},
		{"truncated data", func(l *types.Log) { l.Data = l.Data[:len(l.Data)-1] }, "DealCreated"},
		{"data cut by a word", func(l *types.Log) { l.Data = l.Data[:len(l.Data)-32] }, "DealCreated"},
		{"data cut to the head", func(l *types.Log) { l.Data = l.Data[:5*32] }, "DealCreated"},
		{"no data", func(l *types.Log) { l.Data = nil }, "DealCreated"},
		{"a topic missing", func(l *types.Log) { l.Topics = l.Topics[:3] }, "DealCreated"},
		{"a topic too many", func(l *types.Log) { l.Topics = append(l.Topics, evHash("x")) }, "DealCreated"},
		{"string offset out of range", func(l *types.Log) {
			// params is the 8th non-indexed input: its head word is an offset.
			copy(l.Data[7*32:8*32], common.BigToHash(big.NewInt(1<<40)).Bytes())
		}, "DealCreated"},
		{"category above 64 bits", func(l *types.Log) { l.Data[2*32+23] = 1 }, "DealCreated"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := deal(t)
			c.edit(&l)
			ev, err := chain.DecodeEvent(evHub, &l)
			if ev != nil || !errors.Is(err, chain.ErrBadEvent) {
				t.Fatalf("got %+v, %v; want an ErrBadEvent", ev, err)
			}
			bad, ok := errors.AsType[*chain.EventError](err)
			if !ok || bad.Event != c.event || bad.Log != evAt || bad.Err == nil {
				t.Fatalf("error %#v, want an *EventError for %q at %+v", err, c.event, evAt)
			}
		})
	}
	t.Run("every event truncated", func(t *testing.T) {
		// Each decoded event with data, one byte short: the error names the event.
		for _, c := range eventCases() {
			l := c.log(t)
			if len(l.Data) == 0 {
				continue
			}
			l.Data = l.Data[:len(l.Data)-1]
			_, err := chain.DecodeEvent(evHub, &l)
			if bad, ok := errors.AsType[*chain.EventError](err); !ok || !errors.Is(err, chain.ErrBadEvent) || bad.Event != c.want.EventName() {
				t.Errorf("%s truncated: %v", c.name, err)
			}
		}
	})
	t.Run("nil log", func(t *testing.T) {
		if ev, err := chain.DecodeEvent(evHub, nil); ev != nil || !errors.Is(err, chain.ErrBadEvent) {
			t.Fatalf("got %v, %v", ev, err)
		}
	})
}

// Logs of the hub that are not among the decoded events give (nil, nil).
func TestDecodeEventUnknown(t *testing.T) {
	deposit := packLog(t, "Deposit", evAddr("account"), big.NewInt(5))
	for name, l := range map[string]types.Log{
		"unknown topic":      {Address: evHub, Topics: []common.Hash{evHash("Nothing()")}, Data: []byte{1}},
		"no topic":           {Address: evHub, Data: []byte{1, 2, 3}},
		"hub event not here": deposit,
	} {
		if ev, err := chain.DecodeEvent(evHub, &l); ev != nil || err != nil {
			t.Errorf("%s: got %v, %v; want nil, nil", name, ev, err)
		}
	}
}

func TestEventID(t *testing.T) {
	for name, sig := range map[string]string{
		"DealCreated":    "DealCreated(bytes32,address,address,address,address,uint256,uint256,bytes32,address,address,string,uint256,uint256)",
		"TaskInitialize": "TaskInitialize(bytes32,bytes32,uint256)",
		"TaskFinalize":   "TaskFinalize(bytes32,bytes)",
		"TaskClaimed":    "TaskClaimed(bytes32)",
		"TaskContribute": "TaskContribute(bytes32,address,bytes32)",
		"AppCreated":     "AppCreated(address,address,uint8,string,string,bytes32,bytes)", // not decoded, still has an ID
	} {
		if got := chain.EventID(name); got != evHash(sig) {
			t.Errorf("EventID(%s) = %s, want keccak(%s)", name, got, sig)
		}
	}
	defer func() {
		if recover() == nil {
			t.Fatal("EventID of an unknown event did not panic")
		}
	}()
	chain.EventID("NoSuchEvent")
}

// FuzzDecodeEvent feeds arbitrary topics and data, under the first topic of one of the
// hub's events or an arbitrary one: the decoder must not panic, must fail only with
// ErrBadEvent, and must decode an event only under its own topic, with the log's position.
func FuzzDecodeEvent(f *testing.F) {
	var ids []common.Hash
	for _, ev := range evABI.Events {
		ids = append(ids, ev.ID)
	}
	slices.SortFunc(ids, func(a, b common.Hash) int { return a.Cmp(b) })
	for _, c := range eventCases() {
		l := c.log(f)
		var rest []byte
		for _, tp := range l.Topics[1:] {
			rest = append(rest, tp[:]...)
		}
		f.Add(uint8(slices.Index(ids, l.Topics[0])), rest, l.Data, false)
		f.Add(uint8(slices.Index(ids, l.Topics[0])), rest, l.Data[:len(l.Data)/2], false)
	}
	f.Add(uint8(255), []byte{}, []byte{}, false)
	f.Add(uint8(0), []byte{1, 2}, []byte{3}, true)
	f.Fuzz(func(t *testing.T, sel uint8, rest, data []byte, foreign bool) {
		l := types.Log{Address: evHub, Data: data, BlockNumber: 9, Index: 1}
		if foreign {
			l.Address = evAddr("other")
		}
		if int(sel) < len(ids) {
			l.Topics = append(l.Topics, ids[sel])
		} else if sel != 255 && len(rest) >= 32 {
			l.Topics, rest = append(l.Topics, common.BytesToHash(rest[:32])), rest[32:]
		}
		for len(rest) > 0 && len(l.Topics) > 0 {
			n := min(32, len(rest))
			l.Topics, rest = append(l.Topics, common.BytesToHash(rest[:n])), rest[n:]
		}
		ev, err := chain.DecodeEvent(evHub, &l)
		if err != nil {
			if ev != nil || !errors.Is(err, chain.ErrBadEvent) {
				t.Fatalf("got %v with an error not wrapping ErrBadEvent: %v", ev, err)
			}
			return
		}
		if foreign {
			t.Fatalf("decoded a log of another address: %v", ev)
		}
		if ev == nil {
			return
		}
		if len(l.Topics) == 0 || evABI.Events[ev.EventName()].ID != l.Topics[0] {
			t.Fatalf("decoded %s under topics %v", ev.EventName(), l.Topics)
		}
		if ev.Position() != (chain.EventLog{BlockNumber: 9, Index: 1}) {
			t.Fatalf("position %+v", ev.Position())
		}
	})
}

// The events of a real hub decode, with their position, to what the generated unpackers
// say.
func TestDecodeEventOnChain(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	dealid := e.deal(a, 2, 1)
	taskid := e.initialize(dealid, 0)
	w := e.workers[0]
	digest := digestOf("result")
	e.must(e.contribute(w, taskid, digest))
	e.must(e.hub.Reveal(e.ctx, w.tx, taskid, digest))
	e.must(e.hub.Finalize(e.ctx, e.sched.tx, taskid, link(digest), nil))
	e.setScore(w.addr, 3)
	o := e.newOrders(a, 1, 1)
	e.must(e.hub.CancelAppOrder(e.ctx, e.appDev.tx, chain.AppOrderArg(o.app)))
	e.must(e.hub.TransferApp(e.ctx, e.appDev.tx, a.app, e.requester.addr))

	logs, err := e.client.FilterLogs(e.ctx, ethereum.FilterQuery{Addresses: []common.Address{e.dep.Hub}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for i := range logs {
		l := &logs[i]
		ev, err := e.hub.DecodeEvent(l)
		if err != nil {
			t.Fatalf("log %d: %v", i, err)
		}
		if ev == nil {
			continue
		}
		seen[ev.EventName()]++
		if ev.Position() != (chain.EventLog{BlockNumber: l.BlockNumber, TxHash: l.TxHash, Index: l.Index}) {
			t.Errorf("%s at %+v, the log is at %d/%s/%d", ev.EventName(), ev.Position(), l.BlockNumber, l.TxHash, l.Index)
		}
		matchesBindings(t, l, ev)
		switch ev := ev.(type) {
		case *chain.DealCreated:
			if ev.Dealid != dealid || ev.Workerpool != a.pool || ev.Volume != 2 || ev.Trust != 1 || ev.Params != `{"args":"hello"}` {
				t.Errorf("DealCreated %+v", ev)
			}
		case *chain.TaskInitialize:
			if ev.Taskid != taskid || ev.Dealid != dealid || ev.Idx != 0 {
				t.Errorf("TaskInitialize %+v", ev)
			}
		case *chain.ScoreUpdated:
			if ev.Worker != w.addr || ev.Score.Cmp(big.NewInt(3)) != 0 {
				t.Errorf("ScoreUpdated %+v", ev)
			}
		}
	}
	for _, name := range []string{"DealCreated", "OrdersMatched", "TaskInitialize", "TaskContribute", "TaskConsensus",
		"TaskReveal", "TaskFinalize", "ScoreUpdated", "OrderCancelled", "AccountUpdated", "AssetTransferred"} {
		if seen[name] == 0 {
			t.Errorf("no %s event decoded (seen %v)", name, seen)
		}
	}
	// The same logs from the hub's address are refused for another one.
	if _, err := chain.DecodeEvent(a.app, &logs[len(logs)-1]); !errors.Is(err, chain.ErrBadEvent) {
		t.Fatalf("a hub log as another address's: %v", err)
	}
}
