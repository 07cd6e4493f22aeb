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
	"strconv"
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
	// The batched path (measure_batch.go).
	Bond                        uint64                  `json:"bond"`
	MatchOrdersBatched          uint64                  `json:"matchOrdersBatched"`
	PerTaskBatchedTrust1        uint64                  `json:"perTaskBatchedTrust1"`
	PerTaskBatchedTrust3        uint64                  `json:"perTaskBatchedTrust3"`
	PerTaskBatchedTrust100Fresh uint64                  `json:"perTaskBatchedTrust100Fresh"`
	Batched                     map[string]BatchFigures `json:"batched"` // by batch size
	// BatchedCost splits the perTaskBatched figures by where their gas goes.
	BatchedCost BatchCosts `json:"batchedCost"`
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
	{"bond", "a worker's first bond to a pool (the batched path's stake)", 0, 0, func(r Report) uint64 { return r.Bond }},
	{"matchOrdersBatched", "matchOrders of a batched deal (pool order tagged), volume 1,000", 0, 0, func(r Report) uint64 { return r.MatchOrdersBatched }},
	{"perTaskBatchedTrust1", "batched: settle of 100 trust-1 tasks / 100 + matchOrdersBatched/1,000", 30_000, 1_060_000, func(r Report) uint64 { return r.PerTaskBatchedTrust1 }},
	{"perTaskBatchedTrust3", "batched: the same at trust 3, 2 workers a task, fresh (score 0) at the start of the batch", 50_000, 0, func(r Report) uint64 { return r.PerTaskBatchedTrust3 }},
	{"perTaskBatchedTrust100Fresh", "batched: the same at trust 100, 7 workers a task, fresh at the start of the batch", 120_000, 0, func(r Report) uint64 { return r.PerTaskBatchedTrust100Fresh }},
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
	r.batchedMarkdown(w)
}

// batchedMarkdown writes the per-task figures of the batched path by batch size.
func (r Report) batchedMarkdown(w io.Writer) {
	if len(r.Batched) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Batched path, gas per task (settle / batch size + matchOrdersBatched / 1,000), by batch size:")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| batch | trust 1 | trust 3 (2 fresh workers) | trust 100 (7 fresh workers) |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|")
	for _, size := range BatchSizes {
		f := r.Batched[strconv.Itoa(size)]
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", thousands(uint64(size)), f.Trust1, f.Trust3, f.Trust100Fresh)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Where a task's gas goes in a batch of %d (computed from the transaction: calldata by its bytes, "+
		"logs by their size, ecrecover at 3,000 a contribution; the rest is storage, hashing, decoding and loops):\n\n", HeadlineBatch)
	fmt.Fprintln(w, "| trust | total | calldata | logs | ecrecover | 21,000 / batch | matchOrders / 1,000 | rest |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---:|---:|")
	totals := []uint64{r.PerTaskBatchedTrust1, r.PerTaskBatchedTrust3, r.PerTaskBatchedTrust100Fresh}
	for i := range batchTrusts {
		c := r.BatchedCost.at(i)
		fmt.Fprintf(w, "| %d | %s | %s | %s | %s | %s | %s | %s |\n", batchTrusts[i].trust, thousands(totals[i]), thousands(c.Calldata),
			thousands(c.Logs), thousands(c.Ecrecover), thousands(c.Transaction), thousands(c.MatchOrders), thousands(c.Rest))
	}
	fmt.Fprintf(w, "\niExec, for comparison: its classic path costs about 1,060,000 gas a task (initialize + contribute + "+
		"reveal + finalize) and 1,840,000 for a one-task deal with matchOrders (~770,000); its TEE-only Boost path "+
		"~232,000 a task (pushResultBoost) plus ~482,000 a deal (matchOrdersBoost). A batched trust-1 task here costs "+
		"%.1f%% of a classic iExec task and %.1f%% of a Boost task.\n",
		100*float64(r.PerTaskBatchedTrust1)/1_060_000, 100*float64(r.PerTaskBatchedTrust1)/232_000)
	fmt.Fprint(w, `
How the batched figures are kept low (docs/protocol.md, "Batched settlement"): no storage slot
per task (one bit per task in a bitmap per deal, written once per 256 tasks of a batch); the
money moves, scores and bonds of a batch are added up in memory and written once per account
(per run of one deal's tasks for the requester and the owners); the deal is read once per run;
a vote for the digest travels as a worker index and a 64-byte EIP-2098 signature (its hash and
seal are derived); workers are listed once per batch; settle is the hub's own code, so its
calldata is never copied by a delegation hop. What is left: calldata (a third of a trust-1
task; its result link is about 200 bytes), the TaskSettled log (which carries the link again),
one ecrecover per contribution, and about 3,000 gas of execution per contribution (checks,
hashing, the batch's bookkeeping in memory), plus the batch's writes (a fresh worker's first
score write costs 22,100) shared by its tasks. A batch is bounded by the 131,072 bytes a node
accepts in a transaction (about 180 trust-1 tasks, 100 at trust 100 with 7 votes) before the
16,777,216 gas cap of a transaction (EIP-7825).
`)
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
	dc, err := devchain.Start(ctx, devchain.Config{Accounts: firstBatchWorker + len(BatchSizes)*(1+2+7)})
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
