package demo

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
)

// Actor is an account of the story.
type Actor struct {
	Role    string         `json:"role"`
	Address common.Address `json:"address"`
	Worker  bool           `json:"worker,omitempty"`
	Liar    bool           `json:"liar,omitempty"`
}

// Line is an actor's escrow (balance + frozen) and score before and after the story.
type Line struct {
	Actor
	Before      *big.Int `json:"before"`
	After       *big.Int `json:"after"`
	Delta       *big.Int `json:"delta"`
	FrozenAfter *big.Int `json:"frozenAfter"`
	ScoreBefore uint64   `json:"scoreBefore"`
	ScoreAfter  uint64   `json:"scoreAfter"`
}

// Ledger is every actor's line and the hub's pot (seized funds not yet redistributed).
type Ledger struct {
	Lines     []Line   `json:"lines"`
	PotBefore *big.Int `json:"potBefore"`
	PotAfter  *big.Int `json:"potAfter"`
	PotDelta  *big.Int `json:"potDelta"`
}

// snapshot is the chain's view of the actors at one moment.
type snapshot struct {
	escrow, frozen []*big.Int
	score          []uint64
	pot            *big.Int
}

func takeSnapshot(ctx context.Context, hub *chain.Hub, actors []Actor) (snapshot, error) {
	var s snapshot
	for _, a := range actors {
		v, err := hub.Account(ctx, a.Address)
		if err != nil {
			return s, err
		}
		score, err := hub.Score(ctx, a.Address)
		if err != nil {
			return s, err
		}
		s.escrow = append(s.escrow, new(big.Int).Add(v.Balance, v.Frozen))
		s.frozen = append(s.frozen, v.Frozen)
		s.score = append(s.score, score.Uint64())
	}
	var err error
	s.pot, err = hub.Pot(ctx)
	return s, err
}

func newLedger(actors []Actor, before, after snapshot) *Ledger {
	l := &Ledger{PotBefore: before.pot, PotAfter: after.pot, PotDelta: new(big.Int).Sub(after.pot, before.pot)}
	for i, a := range actors {
		l.Lines = append(l.Lines, Line{Actor: a, Before: before.escrow[i], After: after.escrow[i], Delta: new(big.Int).Sub(after.escrow[i], before.escrow[i]),
			FrozenAfter: after.frozen[i], ScoreBefore: before.score[i], ScoreAfter: after.score[i]})
	}
	return l
}

// line returns the line of the actor at address a.
func (l *Ledger) line(a common.Address) *Line {
	for i := range l.Lines {
		if l.Lines[i].Address == a {
			return &l.Lines[i]
		}
	}
	return nil
}

// sum is the sum of every delta and the pot's.
func (l *Ledger) sum() *big.Int {
	s := new(big.Int).Set(l.PotDelta)
	for _, x := range l.Lines {
		s.Add(s, x.Delta)
	}
	return s
}

func (l *Ledger) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "ACTOR\tADDRESS\tESCROW BEFORE\tESCROW AFTER\tDELTA\tSCORE\t")
	for _, x := range l.Lines {
		score := ""
		if x.Worker {
			score = fmt.Sprintf("%d → %d", x.ScoreBefore, x.ScoreAfter)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%+d\t%s\t\n", x.Role, x.Address.Hex()[:10], x.Before, x.After, x.Delta, score)
	}
	fmt.Fprintf(tw, "hub pot\t\t%s\t%s\t%+d\t\t\n", l.PotBefore, l.PotAfter, l.PotDelta)
	fmt.Fprintf(tw, "sum of deltas\t\t\t\t%+d\t\t\n", l.sum())
	tw.Flush()
}
