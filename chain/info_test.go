package chain_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
)

func TestInfoFromEvents(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	app, err := e.hub.AppInfo(e.ctx, a.app, e.dep.Block)
	e.must(nil, err)
	if app.Name != "echo" || app.URI != "http://127.0.0.1/echo.wasm" || app.Owner != e.appDev.addr || app.Kind != 1 {
		t.Fatalf("app info %+v", app)
	}
	ds, err := e.hub.DatasetInfo(e.ctx, a.dataset, e.dep.Block)
	e.must(nil, err)
	if ds.Name != "prices" || ds.URI != "http://127.0.0.1/prices.csv" {
		t.Fatalf("dataset info %+v", ds)
	}
	pool, err := e.hub.WorkerpoolInfo(e.ctx, a.pool, e.dep.Block)
	e.must(nil, err)
	if pool.Description != "the test pool" || pool.WorkerStakeRatio != workerStakeRatio {
		t.Fatalf("pool info %+v", pool)
	}
	o := e.sign(e.newOrders(a, 4, 1))
	dealid, _, err := e.match(o)
	e.must(nil, err)
	d, err := e.hub.DealInfo(e.ctx, dealid, e.dep.Block)
	e.must(nil, err)
	if d.Event.App != a.app || d.Event.Dataset != a.dataset || d.Event.Workerpool != a.pool || d.Event.Params != o.request.Params ||
		d.Store.Volume.Uint64() != 4 || d.Store.AppPrice.Uint64() != appPrice || d.Store.Scheduler != e.sched.addr {
		t.Fatalf("deal info %+v", d)
	}
	if _, err := e.hub.DealInfo(e.ctx, common.HexToHash("0x1"), e.dep.Block); err == nil {
		t.Fatal("an unknown deal was found")
	}
	if _, err := e.hub.AppInfo(e.ctx, e.owner.addr, e.dep.Block); err == nil || errors.Is(err, chain.ErrNotFound) {
		// the view reverts first: "app not registered"
		t.Fatalf("unknown app: %v", err)
	}
}
