package chain_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
)

// Prices of the standard fixture, per task, and the pool's policy.
const (
	appPrice         = 10
	datasetPrice     = 20
	poolPrice        = 100
	workerStakeRatio = 10 // % of poolPrice
	schedRewardRatio = 20 // % of the workers' pot
	category         = 0  // XS, T = 300 s
	catT             = 300
)

type assets struct {
	app, dataset, pool common.Address
}

// orders is one set of four orders, signed by their owners.
type orders struct {
	app     *poco.AppOrder
	dataset *poco.DatasetOrder // nil: no dataset
	pool    *poco.WorkerpoolOrder
	request *poco.RequestOrder
}

var saltCounter int64

func salt() common.Hash {
	saltCounter++
	return common.BigToHash(big.NewInt(saltCounter))
}

func (e *env) createAssets() assets {
	e.t.Helper()
	var a assets
	var err error
	a.app, _, err = e.hub.CreateApp(e.ctx, e.appDev.tx, "echo", poco.AppWASM, "http://127.0.0.1/echo.wasm", crypto.Keccak256Hash([]byte("echo")), nil)
	e.must(nil, err)
	a.dataset, _, err = e.hub.CreateDataset(e.ctx, e.dataDev.tx, "prices", "http://127.0.0.1/prices.csv", crypto.Keccak256Hash([]byte("prices")))
	e.must(nil, err)
	a.pool, _, err = e.hub.CreateWorkerpool(e.ctx, e.sched.tx, "the test pool", workerStakeRatio, schedRewardRatio)
	e.must(nil, err)
	return a
}

// newOrders returns matching orders for volume tasks at trust, with a dataset.
func (e *env) newOrders(a assets, volume, trust int64) *orders {
	o := &orders{
		app:     &poco.AppOrder{App: a.app, AppPrice: big.NewInt(appPrice), Volume: big.NewInt(volume), Salt: salt()},
		dataset: &poco.DatasetOrder{Dataset: a.dataset, DatasetPrice: big.NewInt(datasetPrice), Volume: big.NewInt(volume), Salt: salt()},
		pool: &poco.WorkerpoolOrder{Workerpool: a.pool, WorkerpoolPrice: big.NewInt(poolPrice), Volume: big.NewInt(volume),
			Category: big.NewInt(category), Trust: big.NewInt(trust), Salt: salt()},
		request: &poco.RequestOrder{App: a.app, AppMaxPrice: big.NewInt(appPrice), Dataset: a.dataset, DatasetMaxPrice: big.NewInt(datasetPrice),
			Workerpool: a.pool, WorkerpoolMaxPrice: big.NewInt(poolPrice), Requester: e.requester.addr, Volume: big.NewInt(volume),
			Category: big.NewInt(category), Trust: big.NewInt(trust), Beneficiary: e.requester.addr, Params: `{"args":"hello"}`, Salt: salt()},
	}
	return o
}

// sign signs every order with its owner's key.
func (e *env) sign(o *orders) *orders {
	e.t.Helper()
	check := func(err error) {
		if err != nil {
			e.t.Fatal(err)
		}
	}
	check(o.app.Sign(e.domain, e.appDev.key))
	if o.dataset != nil {
		check(o.dataset.Sign(e.domain, e.dataDev.key))
	}
	check(o.pool.Sign(e.domain, e.sched.key))
	check(o.request.Sign(e.domain, e.requester.key))
	return o
}

func (e *env) match(o *orders) (common.Hash, *types.Receipt, error) {
	return e.hub.MatchOrders(e.ctx, e.requester.tx, chain.AppOrderArg(o.app), chain.DatasetOrderArg(o.dataset),
		chain.WorkerpoolOrderArg(o.pool), chain.RequestOrderArg(o.request))
}

// deal matches a fresh set of orders and returns the deal id.
func (e *env) deal(a assets, volume, trust int64) common.Hash {
	e.t.Helper()
	id, _, err := e.match(e.sign(e.newOrders(a, volume, trust)))
	e.must(nil, err)
	return id
}

func (e *env) initialize(dealid common.Hash, idx uint64) common.Hash {
	e.t.Helper()
	id, _, err := e.hub.Initialize(e.ctx, e.sched.tx, dealid, idx)
	e.must(nil, err)
	return id
}

func (e *env) auth(w *actor, taskid common.Hash) []byte {
	e.t.Helper()
	sig, err := poco.Authorize(e.domain, w.addr, taskid, e.sched.key)
	if err != nil {
		e.t.Fatal(err)
	}
	return sig
}

func (e *env) contribute(w *actor, taskid, digest common.Hash) (*types.Receipt, error) {
	return e.contributeVia(w.tx, w, taskid, digest)
}

func (e *env) contributeVia(tx chain.Transactor, w *actor, taskid, digest common.Hash) (*types.Receipt, error) {
	return e.hub.Contribute(e.ctx, tx, taskid, poco.ResultHash(taskid, digest), poco.ResultSeal(w.addr, taskid, digest), e.auth(w, taskid))
}

func (e *env) task(taskid common.Hash) (status poco.TaskStatus, revealCount, contributors uint64) {
	e.t.Helper()
	v, err := e.hub.Task(e.ctx, taskid)
	if err != nil {
		e.t.Fatal(err)
	}
	return poco.TaskStatus(v.Status.Uint64()), v.RevealCount.Uint64(), v.ContributorCount.Uint64()
}

func link(digest common.Hash) []byte {
	return poco.ResultLink{Storage: "http://127.0.0.1:1", Location: "sha256:" + digest.Hex()[2:], Digest: digest}.Marshal()
}

func digestOf(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }
