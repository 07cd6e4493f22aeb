// Package gasreport measures the gas of every hub operation on an embedded dev chain under
// mainnet gas rules, and renders the report as JSON or as a table beside iExec's figures.
package gasreport

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/devchain"
	"github.com/decloud/decloud/poco"
)

// Report holds the gas used by each measured operation (per task where the name says so).
type Report struct {
	CreateApp              uint64 `json:"createApp"`
	CreateDataset          uint64 `json:"createDataset"`
	CreateWorkerpool       uint64 `json:"createWorkerpool"`
	Deposit                uint64 `json:"deposit"`
	MatchOrders            uint64 `json:"matchOrders"`
	MatchOrders100         uint64 `json:"matchOrders100"`
	Initialize             uint64 `json:"initialize"`
	InitializeArrayPerTask uint64 `json:"initializeArrayPerTask"`
	Contribute             uint64 `json:"contribute"`
	Reveal                 uint64 `json:"reveal"`
	Finalize               uint64 `json:"finalize"`
	Finalize3              uint64 `json:"finalize3"`
	ContributeAndFinalize  uint64 `json:"contributeAndFinalize"`
	Claim                  uint64 `json:"claim"`
	PerTaskTrust1          uint64 `json:"perTaskTrust1"`
	PerTaskTrust1Fast      uint64 `json:"perTaskTrust1Fast"`
	PerTaskTrust100Fresh   uint64 `json:"perTaskTrust100Fresh"`
}

// row describes one line of the table: the key, what was measured, the target and iExec's
// PoCo test-suite average (0 where there is none).
type row struct {
	key, what     string
	target, iexec uint64
	value         func(Report) uint64
}

var rows = []row{
	{"createApp", "register an app (registry entry, no contract per asset)", 150_000, 625_000, func(r Report) uint64 { return r.CreateApp }},
	{"createDataset", "register a dataset", 0, 0, func(r Report) uint64 { return r.CreateDataset }},
	{"createWorkerpool", "register a workerpool", 0, 0, func(r Report) uint64 { return r.CreateWorkerpool }},
	{"deposit", "first deposit of an account (ERC-20 transferFrom included)", 0, 0, func(r Report) uint64 { return r.Deposit }},
	{"matchOrders", "match four fresh orders (with a dataset), volume 1", 300_000, 761_000, func(r Report) uint64 { return r.MatchOrders }},
	{"matchOrders100", "the same with volume 100", 0, 0, func(r Report) uint64 { return r.MatchOrders100 }},
	{"initialize", "initialize one task", 100_000, 226_000, func(r Report) uint64 { return r.Initialize }},
	{"initializeArrayPerTask", "initializeArray of 100 tasks, per task", 0, 0, func(r Report) uint64 { return r.InitializeArrayPerTask }},
	{"contribute", "first contribution (trust 1: reaches consensus)", 160_000, 347_000, func(r Report) uint64 { return r.Contribute }},
	{"reveal", "first reveal", 60_000, 79_000, func(r Report) uint64 { return r.Reveal }},
	{"finalize", "finalize with one contributor", 200_000, 404_000, func(r Report) uint64 { return r.Finalize }},
	{"finalize3", "finalize with three contributors, one wrong", 0, 0, func(r Report) uint64 { return r.Finalize3 }},
	{"contributeAndFinalize", "one-transaction trust-1 task", 220_000, 643_000, func(r Report) uint64 { return r.ContributeAndFinalize }},
	{"claim", "claim an initialized task after its final deadline", 0, 0, func(r Report) uint64 { return r.Claim }},
	{"perTaskTrust1", "initialize + contribute + reveal + finalize + matchOrders100/100", 450_000, 1_060_000, func(r Report) uint64 { return r.PerTaskTrust1 }},
	{"perTaskTrust1Fast", "initialize + contributeAndFinalize + matchOrders100/100", 0, 0, func(r Report) uint64 { return r.PerTaskTrust1Fast }},
	{"perTaskTrust100Fresh", "trust 100, 7 fresh workers: initialize + 7 contribute + 7 reveal + finalize + matchOrders100/100", 0, 0, func(r Report) uint64 { return r.PerTaskTrust100Fresh }},
}

// JSON writes the report as one JSON object.
func (r Report) JSON(w io.Writer) error {
	return json.NewEncoder(w).Encode(r)
}

// Markdown writes the report as a table with the targets and iExec's figures.
func (r Report) Markdown(w io.Writer) {
	fmt.Fprintln(w, "| operation | gas | target | iExec PoCo | what |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---|")
	for _, x := range rows {
		v := x.value(r)
		target, iexec := "", ""
		if x.target > 0 {
			mark := "ok"
			if v > x.target {
				mark = "MISSED"
			}
			target = fmt.Sprintf("≤ %s (%s)", thousands(x.target), mark)
		}
		if x.iexec > 0 {
			iexec = fmt.Sprintf("%s (%.0f%%)", thousands(x.iexec), 100*float64(v)/float64(x.iexec))
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", x.key, thousands(v), target, iexec, x.what)
	}
}

// Missed lists the keys over their target.
func (r Report) Missed() []string {
	var out []string
	for _, x := range rows {
		if x.target > 0 && x.value(r) > x.target {
			out = append(out, fmt.Sprintf("%s %d > %d", x.key, x.value(r), x.target))
		}
	}
	return out
}

func thousands(v uint64) string {
	s := fmt.Sprint(v)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// bench is the measuring session: a fresh dev chain, the real hub (no test modules).
type bench struct {
	ctx    context.Context
	dc     *devchain.Chain
	hub    *chain.Hub
	dep    chain.Deployment
	domain poco.Domain
	actors []*actor
	salt   int64
}

type actor struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	tx   *chain.Sender
}

// Run measures everything on a fresh in-memory dev chain.
func Run(ctx context.Context) (Report, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	var rep Report
	b := &bench{ctx: ctx}
	dc, err := devchain.Start(ctx, devchain.Config{Accounts: 20})
	if err != nil {
		return rep, err
	}
	defer dc.Close()
	b.dc = dc
	for _, acc := range dc.Accounts() {
		s, err := chain.NewSender(dc.Client(), acc.Key, nil)
		if err != nil {
			return rep, err
		}
		b.actors = append(b.actors, &actor{key: acc.Key, addr: acc.Address, tx: s})
	}
	var mint []common.Address
	for _, a := range b.actors {
		mint = append(mint, a.addr)
	}
	b.dep, err = chain.Deploy(ctx, b.actors[0].tx, dc.Client(), chain.DeployOptions{
		Categories: chain.DefaultCategories, Mint: mint, MintEach: big.NewInt(1e15), ChainID: devchain.ChainID,
	})
	if err != nil {
		return rep, err
	}
	b.hub = chain.NewHub(dc.Client(), b.dep.Hub)
	b.domain = poco.NewDomain(dc.ChainID(), b.dep.Hub)
	if err := b.measure(&rep); err != nil {
		return rep, err
	}
	return rep, nil
}

func (b *bench) gas(r *types.Receipt, err error) (uint64, error) {
	if err != nil {
		return 0, err
	}
	return r.GasUsed, nil
}

func (b *bench) nextSalt() common.Hash {
	b.salt++
	return common.BigToHash(big.NewInt(b.salt))
}
