package chain_test

import (
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
)

func (e *env) deployContract(bin string, args []byte) common.Address {
	e.t.Helper()
	code, err := hex.DecodeString(bin[2:])
	if err != nil {
		e.t.Fatal(err)
	}
	r := e.must(e.owner.tx.Send(e.ctx, nil, append(code, args...), nil))
	return r.ContractAddress
}

// callbackDeal runs a trust-1 task whose request names callback, up to REVEALING, and
// returns its id and the callback data (whose keccak is the digest).
func (e *env) callbackTask(a assets, callback common.Address, data []byte) common.Hash {
	e.t.Helper()
	o := e.newOrders(a, 1, 1)
	o.request.Callback = callback
	dealid, _, err := e.match(e.sign(o))
	e.must(nil, err)
	taskid := e.initialize(dealid, 0)
	w := e.workers[0]
	e.must(e.contribute(w, taskid, crypto.Keccak256Hash(data)))
	e.must(e.hub.Reveal(e.ctx, w.tx, taskid, crypto.Keccak256Hash(data)))
	return taskid
}

// Finalize succeeds whatever the dapp does with its callback: accept, revert, or burn all
// the gas it is given; the result is stored for resultFor in every case.
func TestCallbacks(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	good := e.deployContract(bindings.GoodConsumerMetaData.Bin, bindings.NewGoodConsumer().PackConstructor(e.dep.Hub))
	reverting := e.deployContract(bindings.RevertingConsumerMetaData.Bin, nil)
	burner := e.deployContract(bindings.GasBurnerMetaData.Bin, nil)
	hubABI := e.hub.ABI()
	for _, c := range []struct {
		name     string
		consumer common.Address
		success  bool
	}{
		{"good consumer", good, true},
		{"reverting consumer", reverting, false},
		{"gas burner", burner, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			e.t = t
			data := []byte("price=42;" + c.name)
			taskid := e.callbackTask(a, c.consumer, data)
			before := e.snapshot()
			_, err := e.hub.Finalize(e.ctx, e.forced(e.sched), taskid, link(crypto.Keccak256Hash(data)), []byte("forged"))
			e.reverts(err, "hub: callback data does not match the digest")
			e.unchanged(before)
			// Too little gas for the callback's budget: refused, so a scheduler cannot starve it.
			_, err = e.sched.tx.SendWithGas(e.ctx, &e.dep.Hub, hubABI.PackFinalize(taskid, link(crypto.Keccak256Hash(data)), data), nil, 190_000)
			e.reverts(err, "hub: not enough gas for the callback")
			e.unchanged(before)
			r := e.must(e.hub.Finalize(e.ctx, e.sched.tx, taskid, link(crypto.Keccak256Hash(data)), data))
			e.conserved()
			var delivered *bindings.IHubCallbackDelivered
			for _, l := range r.Logs {
				if ev, err := hubABI.UnpackCallbackDeliveredEvent(l); err == nil {
					delivered = ev
				}
			}
			if delivered == nil || delivered.Success != c.success || delivered.Callback != c.consumer {
				t.Fatalf("CallbackDelivered %+v, want success %v", delivered, c.success)
			}
			stored, err := e.hub.ResultFor(e.ctx, taskid)
			e.must(nil, err)
			if string(stored) != string(data) {
				t.Fatalf("resultFor %q", stored)
			}
			if s, _, _ := e.task(taskid); s != poco.TaskCompleted {
				t.Fatalf("status %s", s)
			}
		})
	}
	e.t = t
	// The good consumer's state holds the certified result.
	gc := bindings.NewGoodConsumer()
	out, err := e.client.CallContract(e.ctx, callMsg(good, gc.PackLastResult()), nil)
	e.must(nil, err)
	last, err := gc.UnpackLastResult(out)
	e.must(nil, err)
	if string(last) != "price=42;good consumer" {
		t.Fatalf("consumer state %q", last)
	}

	// contributeAndFinalize delivers too.
	data := []byte("one shot")
	o := e.newOrders(a, 1, 1)
	o.request.Callback = good
	dealid, _, err := e.match(e.sign(o))
	e.must(nil, err)
	taskid := e.initialize(dealid, 0)
	w := e.workers[1]
	e.must(e.hub.ContributeAndFinalize(e.ctx, w.tx, taskid, crypto.Keccak256Hash(data), link(crypto.Keccak256Hash(data)), data, e.auth(w, taskid)))
	out, err = e.client.CallContract(e.ctx, callMsg(good, gc.PackLastResult()), nil)
	e.must(nil, err)
	if last, _ := gc.UnpackLastResult(out); string(last) != "one shot" {
		t.Fatalf("consumer state %q after contributeAndFinalize", last)
	}
	// A task that failed leaves the consumer untouched and has no result.
	o = e.newOrders(a, 1, 1)
	o.request.Callback = good
	dealid, _, err = e.match(e.sign(o))
	e.must(nil, err)
	e.advance(10*catT*1e9 + 1e9)
	e.must(e.hub.ClaimArray(e.ctx, e.requester.tx, []common.Hash{dealid}, []uint64{0}))
	_, err = e.hub.ResultFor(e.ctx, poco.TaskID(dealid, 0))
	e.reverts(err, "hub: task not completed")
	out, _ = e.client.CallContract(e.ctx, callMsg(good, gc.PackReceived()), nil)
	if n, _ := gc.UnpackReceived(out); n.Cmp(big.NewInt(2)) != 0 {
		t.Fatalf("consumer received %s results, want 2", n)
	}

}

// Callback data is bounded in the protocol: 16,384 bytes are delivered, one more is refused
// (and changes nothing), whether it comes through finalize or contributeAndFinalize, so no
// app can make its task impossible to finalize under a block's gas cap.
func TestCallbackDataBound(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	good := e.deployContract(bindings.GoodConsumerMetaData.Bin, bindings.NewGoodConsumer().PackConstructor(e.dep.Hub))
	over := make([]byte, poco.MaxCallbackData+1)
	taskid := e.callbackTask(a, good, over)
	before := e.snapshot()
	_, err := e.hub.Finalize(e.ctx, e.forced(e.sched), taskid, link(crypto.Keccak256Hash(over)), over)
	e.reverts(err, "hub: callback data over 16384 bytes")
	e.unchanged(before)

	o := e.newOrders(a, 1, 1)
	o.request.Callback = good
	dealid, _, err := e.match(e.sign(o))
	e.must(nil, err)
	oneShot := e.initialize(dealid, 0)
	w := e.workers[1]
	before = e.snapshot()
	_, err = e.hub.ContributeAndFinalize(e.ctx, e.forced(w), oneShot, crypto.Keccak256Hash(over), link(crypto.Keccak256Hash(over)), over, e.auth(w, oneShot))
	e.reverts(err, "hub: callback data over 16384 bytes")
	e.unchanged(before)

	most := over[:poco.MaxCallbackData]
	most[0] = 1
	e.must(e.hub.ContributeAndFinalize(e.ctx, w.tx, oneShot, crypto.Keccak256Hash(most), link(crypto.Keccak256Hash(most)), most, e.auth(w, oneShot)))
	if stored, err := e.hub.ResultFor(e.ctx, oneShot); err != nil || len(stored) != poco.MaxCallbackData {
		t.Fatalf("resultFor: %d bytes, %v", len(stored), err)
	}
	e.conserved()
}
