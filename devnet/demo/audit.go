package demo

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/examples/efast"
	"github.com/decloud/decloud/sdk"
)

// audit checks the story's outcome against the chain and prints the ledger.
func (s *story) audit(ctx context.Context, n *devnet.Net, prog sdk.Progress) error {
	r, l := s.rep, s.rep.Ledger
	deal, err := n.Hub.Deal(ctx, r.Deal)
	if err != nil {
		return err
	}
	pool, err := n.Hub.Workerpool(ctx, n.Pool)
	if err != nil {
		return err
	}
	r.Liar.Stake = deal.WorkerStake
	for _, t := range r.Tasks {
		if slices.Contains(t.Losers, r.Liar.Address) {
			r.Liar.LiedIn = append(r.Liar.LiedIn, t.Index)
		}
	}
	fmt.Fprintln(s.out, "\nledger (escrow = balance + frozen, in tokens; scores of the workers):")
	l.print(s.out)

	price := uint64(AppPrice + DatasetPrice + devnet.PoolPrice)
	s.check("the market's plan", r.PricePerTask == price && deal.Volume.Uint64() == Volume,
		"%d tasks at %d per task (want %d at %d = %d app + %d dataset + %d workerpool)", deal.Volume, r.PricePerTask, Volume, price, AppPrice, DatasetPrice, devnet.PoolPrice)
	s.check("every task completed and its result verified", prog.Completed == Volume && len(r.Tasks) == Volume, "%d of %d", len(r.Tasks), Volume)
	sectors := false
	for _, t := range r.Tasks {
		if t.Clusters.K == len(efast.Sectors) {
			sectors = t.Clusters.RecoversSectors()
		}
	}
	s.check(fmt.Sprintf("k = %d recovers the %d sectors", len(efast.Sectors), len(efast.Sectors)), sectors, "")

	// The liar.
	liar := l.line(r.Liar.Address)
	s.check("the liar's signed lies were settled against it", len(r.Liar.LiedIn) > 0, "in tasks %v", r.Liar.LiedIn)
	revealed := false
	honest := true
	minWinners := len(l.Lines)
	for _, t := range r.Tasks {
		revealed = revealed || slices.Contains(t.Winners, r.Liar.Address)
		minWinners = min(minWinners, len(t.Winners))
		for _, w := range t.Winners {
			if line := l.line(w); line == nil || line.Liar {
				honest = false
			}
		}
	}
	s.check("the liar never won", !revealed, "")
	s.check("consensus by the honest workers", honest && minWinners >= 2, "at least %d winners per task, all honest", minWinners)
	stake := new(big.Int).Div(new(big.Int).Mul(deal.WorkerpoolPrice, pool.WorkerStakeRatio), big.NewInt(100))
	lost := new(big.Int).Mul(stake, big.NewInt(int64(len(r.Liar.LiedIn))))
	s.check("the liar's stakes were seized", deal.WorkerStake.Cmp(stake) == 0 && liar.Delta.Cmp(new(big.Int).Neg(lost)) == 0,
		"lost %s, want %d lies × %s (price %s × stake ratio %s%%)", new(big.Int).Neg(liar.Delta), len(r.Liar.LiedIn), stake, deal.WorkerpoolPrice, pool.WorkerStakeRatio)
	s.check("the liar's score did not grow", liar.ScoreAfter <= liar.ScoreBefore, "%d → %d", liar.ScoreBefore, liar.ScoreAfter)

	// The honest winners.
	var unpaid []string
	for _, x := range l.Lines {
		if !x.Worker || x.Liar {
			continue
		}
		won := uint64(0)
		for _, t := range r.Tasks {
			if slices.Contains(t.Winners, x.Address) {
				won++
			}
		}
		if won > 0 && (x.Delta.Sign() <= 0 || x.ScoreAfter != x.ScoreBefore+won) {
			unpaid = append(unpaid, fmt.Sprintf("%s won %d tasks, got %+d, score %d → %d", x.Role, won, x.Delta, x.ScoreBefore, x.ScoreAfter))
		}
	}
	s.check("the honest winners were paid and their scores grew", len(unpaid) == 0, "%s", strings.Join(unpaid, "; "))

	// The money.
	want := func(a common.Address, v int64) (bool, string) {
		d := l.line(a).Delta
		return d.Cmp(big.NewInt(v)) == 0, fmt.Sprintf("%+d, want %+d", d, v)
	}
	ok, d := want(n.Senders[devnet.Requester].Address(), -int64(Volume*price))
	s.check(fmt.Sprintf("the requester paid exactly %d × %d", Volume, price), ok, "%s", d)
	ok, d = want(n.Senders[devnet.AppDev].Address(), Volume*AppPrice)
	s.check("the app provider was paid its price per task", ok, "%s", d)
	ok, d = want(n.Senders[devnet.DataDev].Address(), Volume*DatasetPrice)
	s.check("the data provider was paid its price per task", ok, "%s", d)
	var frozen []string
	for _, x := range l.Lines {
		bond := new(big.Int)
		if x.Worker {
			b, err := n.Hub.BondOf(ctx, x.Address, n.Pool)
			if err != nil {
				return err
			}
			bond.Add(b.Bonded, b.Unbonding)
		}
		if x.FrozenAfter.Cmp(bond) != 0 {
			frozen = append(frozen, fmt.Sprintf("%s: %s frozen, bond %s", x.Role, x.FrozenAfter, bond))
		}
	}
	s.check("nothing left frozen but the workers' bonds", len(frozen) == 0, "%s", strings.Join(frozen, ", "))
	s.check("funds conserved (sum of deltas + pot delta = 0)", l.sum().Sign() == 0, "sum %+d", l.sum())
	return nil
}

// printChecks prints every check and the elapsed time.
func (s *story) printChecks() {
	fmt.Fprintln(s.out, "\nchecks:")
	for _, c := range s.rep.Checks {
		mark := "ok  "
		if !c.OK {
			mark = "FAIL"
		}
		detail := ""
		if c.Detail != "" {
			detail = ": " + c.Detail
		}
		fmt.Fprintf(s.out, "  %s %s%s\n", mark, c.Name, detail)
	}
	verdict := "everything holds"
	if f := s.rep.Failed(); len(f) > 0 {
		verdict = fmt.Sprintf("%d of %d checks FAILED", len(f), len(s.rep.Checks))
	}
	fmt.Fprintf(s.out, "%s; %.1fs in all\n", verdict, s.rep.Seconds)
}
