package gasreport

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
)

// Roles: actors[0] owns the hub, 1 requests, 2 owns the app, 3 the dataset, 4 the pool;
// 5 is the trust-1 worker; 6 and 7 earn a score for finalize3, 8 lies; 9..15 are fresh;
// from firstBatchWorker on, fresh workers of the batched path (measure_batch.go).
const (
	roleRequester = 1
	roleAppDev    = 2
	roleDataDev   = 3
	roleSched     = 4
)

type deal struct {
	id     common.Hash
	volume uint64
}

func (b *bench) measure(rep *Report) error {
	a := b.actors
	// Approvals and deposits; the requester's deposit is the measured one.
	token := bindings.NewToken()
	maxApproval := new(big.Int).Lsh(big.NewInt(1), 255)
	for i, x := range a {
		if _, err := x.tx.Send(b.ctx, &b.dep.Token, token.PackApprove(b.dep.Hub, maxApproval), nil); err != nil {
			return fmt.Errorf("approve: %w", err)
		}
		g, err := b.gas(b.hub.Deposit(b.ctx, x.tx, big.NewInt(1e13)))
		if err != nil {
			return fmt.Errorf("deposit: %w", err)
		}
		if i == roleRequester {
			rep.Deposit = g
		}
	}

	app, r, err := b.hub.CreateApp(b.ctx, a[roleAppDev].tx, "echo", poco.AppWASM, "http://127.0.0.1:8080/blobs/sha256-0123456789abcdef", crypto.Keccak256Hash([]byte("echo")), nil)
	if err != nil {
		return fmt.Errorf("createApp: %w", err)
	}
	rep.CreateApp = r.GasUsed
	dataset, r, err := b.hub.CreateDataset(b.ctx, a[roleDataDev].tx, "prices", "http://127.0.0.1:8080/blobs/sha256-fedcba9876543210", crypto.Keccak256Hash([]byte("prices")))
	if err != nil {
		return fmt.Errorf("createDataset: %w", err)
	}
	rep.CreateDataset = r.GasUsed
	pool, r, err := b.hub.CreateWorkerpool(b.ctx, a[roleSched].tx, "bench pool", 10, 20)
	if err != nil {
		return fmt.Errorf("createWorkerpool: %w", err)
	}
	rep.CreateWorkerpool = r.GasUsed
	assets := [3]common.Address{app, dataset, pool}

	// matchOrders, volume 1 and 100 (trust 1).
	d1, g, err := b.match(assets, 1, 1)
	if err != nil {
		return err
	}
	rep.MatchOrders = g
	d100, g, err := b.match(assets, 100, 1)
	if err != nil {
		return err
	}
	rep.MatchOrders100 = g
	share := rep.MatchOrders100 / 100

	// The classic trust-1 path on d1.
	sched := a[roleSched]
	w := a[5]
	taskid, r, err := b.hub.Initialize(b.ctx, sched.tx, d1.id, 0)
	if err != nil {
		return fmt.Errorf("initialize: %w", err)
	}
	rep.Initialize = r.GasUsed
	digest := crypto.Keccak256Hash([]byte("result"))
	if rep.Contribute, err = b.contribute(w, taskid, digest); err != nil {
		return err
	}
	if rep.Reveal, err = b.gas(b.hub.Reveal(b.ctx, w.tx, taskid, digest)); err != nil {
		return fmt.Errorf("reveal: %w", err)
	}
	if rep.Finalize, err = b.gas(b.hub.Finalize(b.ctx, sched.tx, taskid, link(digest), nil)); err != nil {
		return fmt.Errorf("finalize: %w", err)
	}
	rep.PerTaskTrust1 = rep.Initialize + rep.Contribute + rep.Reveal + rep.Finalize + share

	// initializeArray over d100, then contributeAndFinalize on one of its tasks.
	dealids := make([]common.Hash, 100)
	idxs := make([]uint64, 100)
	for i := range dealids {
		dealids[i], idxs[i] = d100.id, uint64(i)
	}
	g, err = b.gas(b.hub.InitializeArray(b.ctx, sched.tx, dealids, idxs))
	if err != nil {
		return fmt.Errorf("initializeArray: %w", err)
	}
	rep.InitializeArrayPerTask = g / 100
	t0 := poco.TaskID(d100.id, 0)
	auth, err := poco.Authorize(b.domain, w.addr, t0, sched.key)
	if err != nil {
		return err
	}
	if rep.ContributeAndFinalize, err = b.gas(b.hub.ContributeAndFinalize(b.ctx, w.tx, t0, digest, link(digest), nil, auth)); err != nil {
		return fmt.Errorf("contributeAndFinalize: %w", err)
	}
	rep.PerTaskTrust1Fast = rep.Initialize + rep.ContributeAndFinalize + share

	// finalize3: two workers earn score 12 (weight 3) on 12 trust-3 tasks (two fresh votes
	// agree: 4·3 > 5·2), then a fresh liar votes first (weight 2): no consensus after the liar
	// (2·3 ≤ 3·2), none after the first honest vote (3·3 ≤ 6·2), consensus after the second
	// (9·3 > 12·2).
	honest := []*actor{a[6], a[7]}
	d3, _, err := b.match(assets, 13, 3)
	if err != nil {
		return err
	}
	for i := uint64(0); i < 12; i++ {
		if _, err := b.runTask(d3.id, i, honest, digest); err != nil {
			return fmt.Errorf("warm-up task %d: %w", i, err)
		}
	}
	t3, _, err := b.hub.Initialize(b.ctx, sched.tx, d3.id, 12)
	if err != nil {
		return err
	}
	if _, err := b.contribute(a[8], t3, crypto.Keccak256Hash([]byte("a lie"))); err != nil {
		return err
	}
	for _, x := range honest {
		if _, err := b.contribute(x, t3, digest); err != nil {
			return err
		}
	}
	for _, x := range honest {
		if _, err := b.hub.Reveal(b.ctx, x.tx, t3, digest); err != nil {
			return fmt.Errorf("reveal: %w", err)
		}
	}
	if rep.Finalize3, err = b.gas(b.hub.Finalize(b.ctx, sched.tx, t3, link(digest), nil)); err != nil {
		return fmt.Errorf("finalize3: %w", err)
	}

	// A trust-100 task with 7 fresh workers.
	d100t, _, err := b.match(assets, 1, 100)
	if err != nil {
		return err
	}
	g, err = b.runTask(d100t.id, 0, a[9:16], digest)
	if err != nil {
		return fmt.Errorf("trust-100 task: %w", err)
	}
	rep.PerTaskTrust100Fresh = g + share

	// claim: a task initialized and abandoned, after its final deadline (10T, T = 300 s).
	dc, _, err := b.match(assets, 1, 1)
	if err != nil {
		return err
	}
	tc, _, err := b.hub.Initialize(b.ctx, sched.tx, dc.id, 0)
	if err != nil {
		return err
	}
	if err := b.dc.AdjustTime(b.ctx, 10*300*time.Second+time.Second); err != nil {
		return err
	}
	if rep.Claim, err = b.gas(b.hub.Claim(b.ctx, a[roleRequester].tx, tc)); err != nil {
		return fmt.Errorf("claim: %w", err)
	}
	return b.measureBatched(rep, assets)
}

// match signs and matches fresh orders for volume tasks at trust (category 0, with a
// dataset) and returns the deal and the gas of matchOrders.
func (b *bench) match(assets [3]common.Address, volume, trust int64) (deal, uint64, error) {
	return b.matchTagged(assets, volume, trust, common.Hash{})
}

// matchTagged is match with the workerpool order's tag (poco.TagBatched: a batched deal).
func (b *bench) matchTagged(assets [3]common.Address, volume, trust int64, poolTag common.Hash) (deal, uint64, error) {
	a := b.actors
	ao := &poco.AppOrder{App: assets[0], AppPrice: big.NewInt(10), Volume: big.NewInt(volume), Salt: b.nextSalt()}
	do := &poco.DatasetOrder{Dataset: assets[1], DatasetPrice: big.NewInt(20), Volume: big.NewInt(volume), Salt: b.nextSalt()}
	wo := &poco.WorkerpoolOrder{Workerpool: assets[2], WorkerpoolPrice: big.NewInt(100), Volume: big.NewInt(volume),
		Tag: poolTag, Category: big.NewInt(0), Trust: big.NewInt(trust), Salt: b.nextSalt()}
	ro := &poco.RequestOrder{App: assets[0], AppMaxPrice: big.NewInt(10), Dataset: assets[1], DatasetMaxPrice: big.NewInt(20),
		Workerpool: assets[2], WorkerpoolMaxPrice: big.NewInt(100), Requester: a[roleRequester].addr, Volume: big.NewInt(volume),
		Category: big.NewInt(0), Trust: big.NewInt(trust), Beneficiary: a[roleRequester].addr, Params: `{"args":"bench"}`, Salt: b.nextSalt()}
	for _, err := range []error{
		ao.Sign(b.domain, a[roleAppDev].key), do.Sign(b.domain, a[roleDataDev].key),
		wo.Sign(b.domain, a[roleSched].key), ro.Sign(b.domain, a[roleRequester].key),
	} {
		if err != nil {
			return deal{}, 0, err
		}
	}
	id, r, err := b.hub.MatchOrders(b.ctx, a[roleRequester].tx, chain.AppOrderArg(ao), chain.DatasetOrderArg(do), chain.WorkerpoolOrderArg(wo), chain.RequestOrderArg(ro))
	if err != nil {
		return deal{}, 0, fmt.Errorf("matchOrders: %w", err)
	}
	return deal{id: id, volume: uint64(volume)}, r.GasUsed, nil
}

func (b *bench) contribute(w *actor, taskid, digest common.Hash) (uint64, error) {
	auth, err := poco.Authorize(b.domain, w.addr, taskid, b.actors[roleSched].key)
	if err != nil {
		return 0, err
	}
	g, err := b.gas(b.hub.Contribute(b.ctx, w.tx, taskid, poco.ResultHash(taskid, digest), poco.ResultSeal(w.addr, taskid, digest), auth))
	if err != nil {
		return 0, fmt.Errorf("contribute: %w", err)
	}
	return g, nil
}

// runTask initializes a task, has every worker contribute and reveal digest, finalizes,
// and returns the gas of all those transactions.
func (b *bench) runTask(dealid common.Hash, idx uint64, workers []*actor, digest common.Hash) (uint64, error) {
	sched := b.actors[roleSched]
	taskid, r, err := b.hub.Initialize(b.ctx, sched.tx, dealid, idx)
	if err != nil {
		return 0, fmt.Errorf("initialize: %w", err)
	}
	total := r.GasUsed
	for _, w := range workers {
		g, err := b.contribute(w, taskid, digest)
		if err != nil {
			return 0, err
		}
		total += g
	}
	for _, w := range workers {
		r, err := b.hub.Reveal(b.ctx, w.tx, taskid, digest)
		if err != nil {
			return 0, fmt.Errorf("reveal: %w", err)
		}
		total += r.GasUsed
	}
	r, err = b.hub.Finalize(b.ctx, sched.tx, taskid, link(digest), nil)
	if err != nil {
		return 0, fmt.Errorf("finalize: %w", err)
	}
	return total + r.GasUsed, nil
}

func link(digest common.Hash) []byte {
	return poco.ResultLink{Storage: "http://127.0.0.1:8080", Location: "sha256:" + digest.Hex()[2:], Digest: digest}.Marshal()
}
