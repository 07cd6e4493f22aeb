package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

func TestEscrow(t *testing.T) {
	e := newEnv(t)
	r := e.requester
	b0, _ := e.account(r.addr)
	held, err := e.tokenBalance(r.addr)
	e.must(nil, err)
	e.must(e.hub.Withdraw(e.ctx, r.tx, big.NewInt(1000)))
	e.must(e.hub.DepositFor(e.ctx, r.tx, big.NewInt(300), e.appDev.addr))
	e.conserved()
	if b, _ := e.account(r.addr); b != b0-1000 {
		t.Fatalf("balance %d after withdrawing 1000 from %d", b, b0)
	}
	if after, _ := e.tokenBalance(r.addr); after.Int64() != held.Int64()+1000-300 {
		t.Fatalf("token balance %s, want %d", after, held.Int64()+700)
	}
	fr := e.forced(r)
	none := common.Hash{}
	e.rejected("hub: zero amount", none, func() (*types.Receipt, error) { return e.hub.Deposit(e.ctx, fr, big.NewInt(0)) })
	e.rejected("hub: zero amount", none, func() (*types.Receipt, error) { return e.hub.Withdraw(e.ctx, fr, big.NewInt(0)) })
	e.rejected("hub: insufficient balance", none, func() (*types.Receipt, error) {
		return e.hub.Withdraw(e.ctx, fr, big.NewInt(int64(b0)))
	})
	e.rejected("hub: deposit for the zero address", none, func() (*types.Receipt, error) {
		return e.hub.DepositFor(e.ctx, fr, big.NewInt(1), common.Address{})
	})
	e.rejected("hub: amount too large", none, func() (*types.Receipt, error) {
		return e.hub.Deposit(e.ctx, fr, new(big.Int).Lsh(big.NewInt(1), 128))
	})
	e.rejected("token: balance too low", none, func() (*types.Receipt, error) {
		return e.hub.Deposit(e.ctx, fr, big.NewInt(mintEach))
	})
	e.rejected("hub: does not accept ether", none, func() (*types.Receipt, error) {
		return r.tx.SendWithGas(e.ctx, &e.dep.Hub, nil, big.NewInt(1), 100_000)
	})
	e.rejected("hub: unknown function", none, func() (*types.Receipt, error) {
		return r.tx.SendWithGas(e.ctx, &e.dep.Hub, []byte{1, 2, 3, 4}, nil, 100_000)
	})
}

func TestGovernanceAndCategories(t *testing.T) {
	e := newEnv(t)
	n, err := e.hub.CountCategory(e.ctx)
	e.must(nil, err)
	if n.Int64() != 5 {
		t.Fatalf("%d default categories", n)
	}
	c, err := e.hub.Category(e.ctx, big.NewInt(2))
	e.must(nil, err)
	if c.Name != "M" || c.TimeRef.Int64() != 3600 {
		t.Fatalf("category 2: %+v", c)
	}
	none := common.Hash{}
	stranger := e.forced(e.workers[0])
	e.rejected("hub: not the hub owner", none, func() (*types.Receipt, error) {
		_, r, err := e.hub.CreateCategory(e.ctx, stranger, "GPU", "", 60)
		return r, err
	})
	fo := e.forced(e.owner)
	e.rejected("hub: empty name", none, func() (*types.Receipt, error) {
		_, r, err := e.hub.CreateCategory(e.ctx, fo, "", "", 60)
		return r, err
	})
	e.rejected("hub: reference time out of range", none, func() (*types.Receipt, error) {
		_, r, err := e.hub.CreateCategory(e.ctx, fo, "zero", "", 0)
		return r, err
	})
	e.rejected("hub: reference time out of range", none, func() (*types.Receipt, error) {
		_, r, err := e.hub.CreateCategory(e.ctx, fo, "194 days and a second", "", 1<<24)
		return r, err
	})
	id, _, err := e.hub.CreateCategory(e.ctx, e.owner.tx, "GPU", "needs a GPU", 600)
	e.must(nil, err)
	if id.Int64() != 5 {
		t.Fatalf("new category id %s", id)
	}
	_, err = e.hub.Category(e.ctx, big.NewInt(6))
	e.reverts(err, "hub: unknown category")
	e.rejected("hub: not the hub owner", none, func() (*types.Receipt, error) {
		return e.hub.TransferOwnership(e.ctx, stranger, e.workers[0].addr)
	})
	e.rejected("hub: new owner is the zero address", none, func() (*types.Receipt, error) {
		return e.hub.TransferOwnership(e.ctx, fo, common.Address{})
	})
	e.must(e.hub.TransferOwnership(e.ctx, e.owner.tx, e.workers[0].addr))
	if o, _ := e.hub.Owner(e.ctx); o != e.workers[0].addr {
		t.Fatalf("owner %s", o)
	}
}

func TestRegistries(t *testing.T) {
	e := newEnv(t)
	sum := crypto.Keccak256Hash([]byte("wasm"))
	app, _, err := e.hub.CreateApp(e.ctx, e.appDev.tx, "echo", poco.AppWASM, "http://127.0.0.1/echo.wasm", sum, []byte("x"))
	e.must(nil, err)
	if app != poco.AssetID(poco.KindApp, e.appDev.addr, "echo") {
		t.Fatalf("app id %s differs from poco's", app)
	}
	v, err := e.hub.App(e.ctx, app)
	e.must(nil, err)
	if v.Owner != e.appDev.addr || v.Kind != poco.AppWASM || common.Hash(v.Checksum) != sum || common.Hash(v.MetaHash) != poco.AppMetaHash("echo", "http://127.0.0.1/echo.wasm", []byte("x")) {
		t.Fatalf("app view %+v", v)
	}
	ds, _, err := e.hub.CreateDataset(e.ctx, e.dataDev.tx, "d", "file:///d", sum)
	e.must(nil, err)
	if dv, err := e.hub.Dataset(e.ctx, ds); err != nil || common.Hash(dv.MetaHash) != poco.DatasetMetaHash("d", "file:///d") {
		t.Fatalf("dataset view %+v %v", dv, err)
	}
	pool, _, err := e.hub.CreateWorkerpool(e.ctx, e.sched.tx, "pool energy=solar", 10, 20)
	e.must(nil, err)
	if pv, err := e.hub.Workerpool(e.ctx, pool); err != nil || pv.WorkerStakeRatio.Int64() != 10 || common.Hash(pv.MetaHash) != poco.WorkerpoolMetaHash("pool energy=solar") {
		t.Fatalf("pool view %+v %v", pv, err)
	}
	none := common.Hash{}
	fa, fd, fs, fx := e.forced(e.appDev), e.forced(e.dataDev), e.forced(e.sched), e.forced(e.workers[0])
	other := e.workers[1].addr
	createApp := func(tx onChain, name string, kind uint8, uri string, sum common.Hash) func() (*types.Receipt, error) {
		return func() (*types.Receipt, error) {
			_, r, err := e.hub.CreateApp(e.ctx, tx, name, kind, uri, sum, nil)
			return r, err
		}
	}
	e.rejected("hub: empty name", none, createApp(fa, "", 1, "u", sum))
	e.rejected("hub: app kind must be 1 (wasm) or 2 (oci)", none, createApp(fa, "n", 3, "u", sum))
	e.rejected("hub: empty uri", none, createApp(fa, "n", 1, "", sum))
	e.rejected("hub: empty checksum", none, createApp(fa, "n", 1, "u", common.Hash{}))
	e.rejected("hub: app already registered", none, createApp(fa, "echo", 1, "u", sum))
	createDataset := func(name, uri string, sum common.Hash) func() (*types.Receipt, error) {
		return func() (*types.Receipt, error) {
			_, r, err := e.hub.CreateDataset(e.ctx, fd, name, uri, sum)
			return r, err
		}
	}
	e.rejected("hub: empty name", none, createDataset("", "u", sum))
	e.rejected("hub: empty uri", none, createDataset("n", "", sum))
	e.rejected("hub: empty checksum", none, createDataset("n", "u", common.Hash{}))
	e.rejected("hub: dataset already registered", none, createDataset("d", "u", sum))
	createPool := func(desc string, wsr, srr uint64) func() (*types.Receipt, error) {
		return func() (*types.Receipt, error) {
			_, r, err := e.hub.CreateWorkerpool(e.ctx, fs, desc, wsr, srr)
			return r, err
		}
	}
	e.rejected("hub: empty description", none, createPool("", 1, 1))
	e.rejected("hub: worker stake ratio above 100", none, createPool("p", 101, 1))
	e.rejected("hub: scheduler reward ratio above 100", none, createPool("p", 1, 101))
	e.rejected("hub: workerpool already registered", none, createPool("pool energy=solar", 1, 1))
	for _, c := range []struct {
		want string
		call func() (*types.Receipt, error)
	}{
		{"hub: app not registered", func() (*types.Receipt, error) { return e.hub.TransferApp(e.ctx, fa, other, other) }},
		{"hub: not the app owner", func() (*types.Receipt, error) { return e.hub.TransferApp(e.ctx, fx, app, other) }},
		{"hub: new owner is the zero address", func() (*types.Receipt, error) { return e.hub.TransferApp(e.ctx, fa, app, common.Address{}) }},
		{"hub: dataset not registered", func() (*types.Receipt, error) { return e.hub.TransferDataset(e.ctx, fd, other, other) }},
		{"hub: not the dataset owner", func() (*types.Receipt, error) { return e.hub.TransferDataset(e.ctx, fx, ds, other) }},
		{"hub: new owner is the zero address", func() (*types.Receipt, error) { return e.hub.TransferDataset(e.ctx, fd, ds, common.Address{}) }},
		{"hub: workerpool not registered", func() (*types.Receipt, error) { return e.hub.TransferWorkerpool(e.ctx, fs, other, other) }},
		{"hub: not the workerpool owner", func() (*types.Receipt, error) { return e.hub.TransferWorkerpool(e.ctx, fx, pool, other) }},
		{"hub: new owner is the zero address", func() (*types.Receipt, error) { return e.hub.TransferWorkerpool(e.ctx, fs, pool, common.Address{}) }},
		{"hub: workerpool not registered", func() (*types.Receipt, error) { return e.hub.SetWorkerpoolPolicy(e.ctx, fs, other, 1, 1) }},
		{"hub: not the workerpool owner", func() (*types.Receipt, error) { return e.hub.SetWorkerpoolPolicy(e.ctx, fx, pool, 1, 1) }},
		{"hub: worker stake ratio above 100", func() (*types.Receipt, error) { return e.hub.SetWorkerpoolPolicy(e.ctx, fs, pool, 101, 1) }},
	} {
		e.rejected(c.want, none, c.call)
	}
	for _, view := range []struct {
		want string
		call func() error
	}{
		{"hub: app not registered", func() error { _, err := e.hub.App(e.ctx, other); return err }},
		{"hub: dataset not registered", func() error { _, err := e.hub.Dataset(e.ctx, other); return err }},
		{"hub: workerpool not registered", func() error { _, err := e.hub.Workerpool(e.ctx, other); return err }},
		{"hub: unknown deal", func() error { _, err := e.hub.Deal(e.ctx, common.HexToHash("0x1")); return err }},
	} {
		e.reverts(view.call(), view.want)
	}
	// Transfers and policy changes take effect.
	e.must(e.hub.TransferApp(e.ctx, e.appDev.tx, app, other))
	e.must(e.hub.TransferDataset(e.ctx, e.dataDev.tx, ds, other))
	e.must(e.hub.TransferWorkerpool(e.ctx, e.sched.tx, pool, other))
	e.must(e.hub.SetWorkerpoolPolicy(e.ctx, e.workers[1].tx, pool, 50, 5))
	av, _ := e.hub.App(e.ctx, app)
	dv, _ := e.hub.Dataset(e.ctx, ds)
	pv, _ := e.hub.Workerpool(e.ctx, pool)
	if av.Owner != other || dv.Owner != other || pv.Owner != other || pv.WorkerStakeRatio.Int64() != 50 || pv.SchedulerRewardRatio.Int64() != 5 {
		t.Fatalf("after transfers: %+v %+v %+v", av, dv, pv)
	}
}
