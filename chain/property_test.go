package chain_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
)

// TestRandomOperationsConserveFunds runs a long seeded random sequence of hub operations
// (deposits, withdrawals, matches, initializations, honest and lying contributions, reveals,
// reopens, finalizations, claims, time jumps, and on the batched path bonds, unbonds,
// withdrawals of unbonded funds, batched matches, settlements with honest, lying, forged
// and repeated contributions, and claims by (deal, index)) from several accounts, many of
// which revert, and checks after every step that the hub's books balance:
// sum(balance) + sum(frozen) + pot == tokens held by the hub, that no account has more
// frozen than it ever locked, and that every worker's bond is within its frozen funds.
// DECLOUD_PROPERTY_SEED and DECLOUD_PROPERTY_STEPS override.
func TestRandomOperationsConserveFunds(t *testing.T) {
	seed, steps := uint64(20261124), 400
	if s, err := strconv.ParseUint(os.Getenv("DECLOUD_PROPERTY_SEED"), 10, 64); err == nil {
		seed = s
	}
	if s, err := strconv.Atoi(os.Getenv("DECLOUD_PROPERTY_STEPS")); err == nil {
		steps = s
	}
	t.Logf("seed %d, %d steps", seed, steps)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	e := newEnv(t)
	a := e.createAssets()
	requesters := []*actor{e.requester, e.all[0]}
	workers := e.workers[:6]
	locked := map[common.Address]uint64{}
	type deal struct {
		id     common.Hash
		volume uint64
	}
	var deals, batched []deal
	batches := newBatchOps(e, a, rng, workers, locked)
	type vote struct {
		w *actor
		d common.Hash
	}
	type task struct {
		id    common.Hash
		votes []vote
	}
	var tasks []*task
	good, bad := digestOf("good"), digestOf("bad")
	initialized := func() (*task, bool) {
		if len(tasks) == 0 {
			return nil, false
		}
		// Prefer recent tasks: older ones are mostly past their deadlines.
		n := min(len(tasks), 6)
		return tasks[len(tasks)-1-rng.IntN(n)], true
	}
	pick := func(xs []*actor) *actor { return xs[rng.IntN(len(xs))] }
	randomTask := func() (common.Hash, common.Hash, uint64, bool) {
		if len(deals) == 0 {
			return common.Hash{}, common.Hash{}, 0, false
		}
		d := deals[rng.IntN(len(deals))]
		idx := rng.Uint64N(d.volume)
		return poco.TaskID(d.id, idx), d.id, idx, true
	}
	stats := map[string][2]int{}
	for step := 0; step < steps; step++ {
		var (
			name string
			err  error
			r    *types.Receipt
		)
		switch op := rng.IntN(17); op {
		case 0:
			name = "deposit"
			x := pick(e.all)
			r, err = e.hub.Deposit(e.ctx, e.forced(x), big.NewInt(int64(1+rng.IntN(1000))))
		case 1:
			name = "withdraw"
			x := pick(e.all)
			b, _ := e.account(x.addr)
			r, err = e.hub.Withdraw(e.ctx, e.forced(x), new(big.Int).SetUint64(uint64(rng.IntN(2000))+b/1000*uint64(rng.IntN(2))*1000))
		case 2, 3:
			name = "match"
			req := pick(requesters)
			vol, trust := int64(1+rng.IntN(3)), int64(1+rng.IntN(3))
			o := e.newOrders(a, vol, trust)
			o.request.Requester = req.addr
			if rng.IntN(4) == 0 {
				o.dataset = nil
				o.request.Dataset = common.Address{}
			}
			e.sign(o)
			if err := o.request.Sign(e.domain, req.key); err != nil {
				t.Fatal(err)
			}
			var id common.Hash
			id, r, err = e.hub.MatchOrders(e.ctx, e.forced(req), chain.AppOrderArg(o.app), chain.DatasetOrderArg(o.dataset),
				chain.WorkerpoolOrderArg(o.pool), chain.RequestOrderArg(o.request))
			if err == nil {
				deals = append(deals, deal{id, uint64(vol)})
				dp := uint64(datasetPrice)
				if o.dataset == nil {
					dp = 0
				}
				locked[req.addr] += uint64(vol) * (appPrice + dp + poolPrice)
				locked[e.sched.addr] += uint64(vol) * poolPrice * poco.SchedulerStakeRatio / 100
			}
		case 4:
			name = "initialize"
			if _, dealid, idx, ok := randomTask(); ok {
				var id common.Hash
				id, r, err = e.hub.Initialize(e.ctx, e.forced(e.sched), dealid, idx)
				if err == nil {
					tasks = append(tasks, &task{id: id})
				}
			}
		case 5, 6:
			name = "contribute"
			if tk, ok := initialized(); ok {
				w := pick(workers)
				d := good
				if rng.IntN(5) == 0 {
					d = bad
				}
				r, err = e.contributeVia(e.forced(w), w, tk.id, d)
				if err == nil {
					locked[w.addr] += poolPrice * workerStakeRatio / 100
					tk.votes = append(tk.votes, vote{w, d})
				}
			}
		case 7, 11:
			name = "reveal"
			if tk, ok := initialized(); ok && len(tk.votes) > 0 {
				v := tk.votes[rng.IntN(len(tk.votes))]
				d := v.d
				if rng.IntN(6) == 0 {
					d = bad
				}
				r, err = e.hub.Reveal(e.ctx, e.forced(v.w), tk.id, d)
			}
		case 8:
			name = "finalize/reopen"
			if tk, ok := initialized(); ok {
				if rng.IntN(3) == 0 {
					r, err = e.hub.Reopen(e.ctx, e.forced(e.sched), tk.id)
				} else {
					r, err = e.hub.Finalize(e.ctx, e.forced(e.sched), tk.id, link(good), nil)
				}
			}
		case 9:
			name = "claim"
			if _, dealid, idx, ok := randomTask(); ok {
				r, err = e.hub.ClaimArray(e.ctx, e.forced(pick(e.all)), []common.Hash{dealid}, []uint64{idx})
			}
		case 10:
			name = "time"
			jump := []time.Duration{0, 0, 0, catT, 3 * catT, 11 * catT}[rng.IntN(6)] * time.Second
			if jump > 0 {
				err = e.dc.AdjustTime(e.ctx, jump)
			}
		case 12:
			name = "bond/unbond"
			r, err = batches.bondOp()
		case 13:
			name = "batched match"
			var d deal
			if d.id, d.volume, r, err = batches.match(); err == nil {
				batched = append(batched, d)
			}
		case 14, 15:
			name = "settle"
			if len(batched) == 0 {
				name = "nothing to settle"
			} else {
				d := batched[len(batched)-1-rng.IntN(min(len(batched), 4))]
				r, err = batches.settle(d.id, d.volume)
			}
		case 16:
			name = "claimBatched"
			if len(batched) == 0 {
				name = "nothing to claim"
			} else {
				d := batched[rng.IntN(len(batched))]
				r, err = e.hub.ClaimBatched(e.ctx, e.forced(pick(e.all)), []common.Hash{d.id}, []uint64{rng.Uint64N(d.volume)})
			}
		}
		_ = r
		var re *chain.RevertError
		switch {
		case err == nil:
			s := stats[name]
			s[0]++
			stats[name] = s
		case errors.As(err, &re):
			s := stats[name]
			s[1]++
			stats[name] = s
		default:
			t.Fatalf("step %d (%s): %v", step, name, err)
		}
		e.conserved()
		for _, x := range e.all {
			if _, f := e.account(x.addr); f > locked[x.addr] {
				t.Fatalf("step %d (%s): %s has %d frozen but locked only %d", step, name, x.name, f, locked[x.addr])
			}
		}
		batches.checkBonds(step, name)
	}
	for name, s := range stats {
		t.Logf("%-16s %3d succeeded, %3d reverted", name, s[0], s[1])
	}
	if stats["finalize/reopen"][0] == 0 || stats["contribute"][0] == 0 || stats["claim"][0] == 0 ||
		stats["settle"][0] == 0 || stats["settle"][1] == 0 || stats["claimBatched"][0] == 0 {
		t.Fatalf("the sequence exercised too little: %v", stats)
	}
}
