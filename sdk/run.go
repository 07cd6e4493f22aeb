package sdk

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/market/choice"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/resultcrypt"
	"github.com/decloud/decloud/taskparams"
)

// RunOptions is what `decloud run` asks for.
type RunOptions struct {
	App         common.Address
	Dataset     common.Address
	Params      taskparams.Params // args, input files, requirements, rank, encryptTo
	Trust       uint64
	Category    uint64
	Volume      uint64
	Tag         common.Hash
	MaxPrice    *uint64 // most to pay per task, all parts included
	Prefer      choice.Weights
	Method      choice.Method
	Callback    common.Address
	Beneficiary common.Address // default: the requester
}

// RunPlan is the orders a run will match and what it costs.
type RunPlan struct {
	App          *poco.AppOrder        `json:"appOrder"`
	Dataset      *poco.DatasetOrder    `json:"datasetOrder,omitempty"`
	Workerpool   *poco.WorkerpoolOrder `json:"workerpoolOrder"`
	Request      *poco.RequestOrder    `json:"requestOrder"`
	SelfSigned   []string              `json:"selfSigned,omitempty"` // parts signed by the requester, who owns them
	Candidates   []Candidate           `json:"candidates"`
	Volume       uint64                `json:"volume"`
	PricePerTask uint64                `json:"pricePerTask"`
	Total        *big.Int              `json:"total"`
}

// ErrNoOrder says which constraint left no order to match; its message says what to do.
type ErrNoOrder struct{ Msg string }

func (e *ErrNoOrder) Error() string { return "sdk: " + e.Msg }

// Plan picks the orders for a run: the requester's own assets get orders it signs itself,
// the others come from the market (cheapest compatible app and dataset order; workerpool
// orders ranked by the multi-criteria choice). It signs the request but sends nothing.
func (c *Client) Plan(ctx context.Context, o RunOptions) (*RunPlan, error) {
	s, err := c.sender()
	if err != nil {
		return nil, err
	}
	me := s.Address()
	if o.Volume == 0 {
		o.Volume = 1
	}
	if o.Beneficiary == (common.Address{}) {
		o.Beneficiary = me
	}
	if err := o.Params.Validate(); err != nil {
		return nil, fmt.Errorf("sdk: %w", err)
	}
	p := &RunPlan{}
	// The app.
	owner, err := c.assetOwner(ctx, market.KindApp, o.App)
	if err != nil {
		return nil, err
	}
	appRemaining := o.Volume
	if owner == me {
		p.App = &poco.AppOrder{App: o.App, AppPrice: new(big.Int), Volume: new(big.Int).SetUint64(o.Volume), RequesterRestrict: me, Salt: randomSalt()}
		if err := p.App.Sign(c.Domain, s.Key()); err != nil {
			return nil, err
		}
		p.SelfSigned = append(p.SelfSigned, "app")
	} else {
		e, err := c.cheapest(ctx, market.Query{Kind: market.KindApp, App: o.App}, func(e *market.Entry) bool {
			return okRestrict(e.Dataset, o.Dataset) && okRestrict(e.Requester, me)
		})
		if err != nil {
			return nil, err
		}
		if e == nil {
			return nil, &ErrNoOrder{fmt.Sprintf("no app order for app %s in the market that this request may use: ask its owner %s to publish one", o.App.Hex(), owner.Hex())}
		}
		if p.App, err = e.AppOrder(); err != nil {
			return nil, err
		}
		appRemaining = e.Remaining
	}
	// The dataset.
	dataRemaining := o.Volume
	if o.Dataset != (common.Address{}) {
		owner, err := c.assetOwner(ctx, market.KindDataset, o.Dataset)
		if err != nil {
			return nil, err
		}
		if owner == me {
			p.Dataset = &poco.DatasetOrder{Dataset: o.Dataset, DatasetPrice: new(big.Int), Volume: new(big.Int).SetUint64(o.Volume), RequesterRestrict: me, Salt: randomSalt()}
			if err := p.Dataset.Sign(c.Domain, s.Key()); err != nil {
				return nil, err
			}
			p.SelfSigned = append(p.SelfSigned, "dataset")
		} else {
			e, err := c.cheapest(ctx, market.Query{Kind: market.KindDataset, Dataset: o.Dataset}, func(e *market.Entry) bool {
				return okRestrict(e.App, o.App) && okRestrict(e.Requester, me)
			})
			if err != nil {
				return nil, err
			}
			if e == nil {
				return nil, &ErrNoOrder{fmt.Sprintf("no dataset order for dataset %s in the market that this request may use: ask its owner %s to publish one", o.Dataset.Hex(), owner.Hex())}
			}
			if p.Dataset, err = e.DatasetOrder(); err != nil {
				return nil, err
			}
			dataRemaining = e.Remaining
		}
	}
	fixed := p.App.AppPrice.Uint64()
	required := new(big.Int).Or(p.App.Tag.Big(), o.Tag.Big())
	if p.Dataset != nil {
		fixed += p.Dataset.DatasetPrice.Uint64()
		required.Or(required, p.Dataset.Tag.Big())
	}
	// The workerpool: every compatible order, ranked.
	pools, err := c.compatiblePools(ctx, o, p, me, fixed, required)
	if err != nil {
		return nil, err
	}
	method, weights := o.Method, o.Prefer
	if weights == nil {
		weights = choice.DefaultWeights
	}
	if p.Candidates, err = c.RankPools(ctx, pools, method, weights); err != nil {
		return nil, err
	}
	best := p.Candidates[0].Order
	if p.Workerpool, err = best.WorkerpoolOrder(); err != nil {
		return nil, err
	}
	p.Volume = min(o.Volume, appRemaining, dataRemaining, best.Remaining)
	p.PricePerTask = fixed + best.Price
	p.Total = new(big.Int).Mul(new(big.Int).SetUint64(p.PricePerTask), new(big.Int).SetUint64(p.Volume))
	acct, err := c.Hub.Account(ctx, me)
	if err != nil {
		return nil, err
	}
	if acct.Balance.Cmp(p.Total) < 0 {
		short := new(big.Int).Sub(p.Total, acct.Balance)
		return p, fmt.Errorf("sdk: this run costs %s (%d tasks × %d) but your escrow holds %s: deposit %s more (decloud account deposit %s)",
			p.Total, p.Volume, p.PricePerTask, acct.Balance, short, short)
	}
	var ds common.Address
	dsPrice := new(big.Int)
	if p.Dataset != nil {
		ds, dsPrice = p.Dataset.Dataset, p.Dataset.DatasetPrice
	}
	p.Request = &poco.RequestOrder{App: o.App, AppMaxPrice: p.App.AppPrice, Dataset: ds, DatasetMaxPrice: dsPrice,
		Workerpool: p.Workerpool.Workerpool, WorkerpoolMaxPrice: p.Workerpool.WorkerpoolPrice, Requester: me,
		Volume: new(big.Int).SetUint64(p.Volume), Tag: o.Tag, Category: new(big.Int).SetUint64(o.Category),
		Trust: new(big.Int).SetUint64(o.Trust), Beneficiary: o.Beneficiary, Callback: o.Callback, Params: o.Params.Encode(), Salt: randomSalt()}
	if err := p.Request.Sign(c.Domain, s.Key()); err != nil {
		return nil, err
	}
	return p, nil
}

func okRestrict(restrict, actual common.Address) bool {
	return restrict == (common.Address{}) || restrict == actual
}

func (c *Client) assetOwner(ctx context.Context, k market.Kind, a common.Address) (common.Address, error) {
	owner, err := market.HubChain{Hub: c.Hub}.Owner(ctx, k, a)
	if err != nil {
		return common.Address{}, fmt.Errorf("sdk: reading %s %s: %w", k, a.Hex(), err)
	}
	if owner == (common.Address{}) {
		return common.Address{}, fmt.Errorf("sdk: %s %s is not registered on the hub", k, a.Hex())
	}
	return owner, nil
}

// cheapest returns the first listed order of q that ok accepts, or nil.
func (c *Client) cheapest(ctx context.Context, q market.Query, ok func(*market.Entry) bool) (*market.Entry, error) {
	q.PageSize = 100
	for {
		page, err := c.Market.Query(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("sdk: the market: %w", err)
		}
		for i := range page.Orders {
			if ok(&page.Orders[i]) {
				return &page.Orders[i], nil
			}
		}
		if page.Next == "" {
			return nil, nil
		}
		q.Cursor = page.Next
	}
}

// compatiblePools lists the workerpool orders a request could match, or says which
// constraint removed the last ones.
func (c *Client) compatiblePools(ctx context.Context, o RunOptions, p *RunPlan, me common.Address, fixed uint64, required *big.Int) ([]market.Entry, error) {
	cat := o.Category
	q := market.Query{Kind: market.KindWorkerpool, Category: &cat, MinTrust: o.Trust, PageSize: market.MaxPageSize}
	var all []market.Entry
	for {
		page, err := c.Market.Query(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("sdk: the market: %w", err)
		}
		all = append(all, page.Orders...)
		if page.Next == "" || len(all) >= 5*market.MaxPageSize {
			break
		}
		q.Cursor = page.Next
	}
	if len(all) == 0 {
		return nil, &ErrNoOrder{fmt.Sprintf("no workerpool order in category %d accepts trust %d in the market", o.Category, o.Trust)}
	}
	var reasons []string
	keep := func(name string, f func(e *market.Entry) bool) {
		var out []market.Entry
		for i := range all {
			if f(&all[i]) {
				out = append(out, all[i])
			}
		}
		if len(out) == 0 && len(all) > 0 {
			reasons = append(reasons, fmt.Sprintf("%s (%d orders were left before it)", name, len(all)))
		}
		all = out
	}
	keep(fmt.Sprintf("trust ≥ %d", o.Trust), func(e *market.Entry) bool { return e.Trust >= o.Trust })
	keep("the orders' app, dataset and requester restrictions", func(e *market.Entry) bool {
		return okRestrict(e.App, o.App) && okRestrict(e.Dataset, o.Dataset) && okRestrict(e.Requester, me)
	})
	keep("the app and dataset orders' workerpool restrictions", func(e *market.Entry) bool {
		return okRestrict(p.App.WorkerpoolRestrict, e.Workerpool) && (p.Dataset == nil || okRestrict(p.Dataset.WorkerpoolRestrict, e.Workerpool))
	})
	keep("the required tags", func(e *market.Entry) bool {
		return new(big.Int).AndNot(required, e.Tag.Big()).Sign() == 0
	})
	if o.MaxPrice != nil {
		keep(fmt.Sprintf("--max-price %d per task (app and dataset take %d)", *o.MaxPrice, fixed), func(e *market.Entry) bool {
			return fixed+e.Price <= *o.MaxPrice
		})
	}
	if len(all) == 0 {
		return nil, &ErrNoOrder{"no workerpool order is compatible: none passed " + strings.Join(reasons, "; ")}
	}
	// The choice is between pools: each competes with its cheapest compatible order (the
	// book lists them cheapest first).
	var best []market.Entry
	seen := map[common.Address]bool{}
	for _, e := range all {
		if !seen[e.Workerpool] {
			seen[e.Workerpool] = true
			best = append(best, e)
		}
	}
	return best, nil
}

// Execute matches the plan's orders on chain and returns the deal id; the market is told
// to sync so that its book shows the remaining volumes at once.
func (c *Client) Execute(ctx context.Context, p *RunPlan) (common.Hash, error) {
	s, err := c.sender()
	if err != nil {
		return common.Hash{}, err
	}
	dealid, _, err := c.Hub.MatchOrders(ctx, s, chain.AppOrderArg(p.App), chain.DatasetOrderArg(p.Dataset),
		chain.WorkerpoolOrderArg(p.Workerpool), chain.RequestOrderArg(p.Request))
	if err != nil {
		return common.Hash{}, fmt.Errorf("sdk: matchOrders: %w", err)
	}
	if _, err := c.Market.Sync(ctx); err != nil {
		c.Log.Warn("the market did not sync after the match", "err", err)
	}
	return dealid, nil
}

// Progress is a deal's tasks as a watch sees them.
type Progress struct {
	Deal      common.Hash `json:"dealid"`
	Tasks     []TaskInfo  `json:"tasks"`
	Completed int         `json:"completed"`
	Failed    int         `json:"failed"`
}

// Done reports whether every task ended.
func (p Progress) Done() bool { return p.Completed+p.Failed == len(p.Tasks) }

// Watch polls the deal's tasks until all ended or ctx ends, calling f at each change.
func (c *Client) Watch(ctx context.Context, dealid common.Hash, every time.Duration, f func(Progress)) (Progress, error) {
	d, err := c.Hub.Deal(ctx, dealid)
	if err != nil {
		return Progress{}, fmt.Errorf("sdk: deal %s: %w", dealid.Hex(), err)
	}
	volume := d.Volume.Uint64()
	last := ""
	for {
		p := Progress{Deal: dealid}
		var key strings.Builder
		for i := uint64(0); i < volume; i++ {
			t, err := c.Task(ctx, dealid, i)
			if err != nil {
				return p, err
			}
			p.Tasks = append(p.Tasks, t)
			key.WriteString(t.Status)
			switch t.Status {
			case poco.TaskCompleted.String():
				p.Completed++
			case poco.TaskFailed.String():
				p.Failed++
			}
		}
		if key.String() != last && f != nil {
			f(p)
		}
		last = key.String()
		if p.Done() {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return p, ctx.Err()
		case <-time.After(every):
		}
	}
}

// Result is a downloaded, verified result.
type Result struct {
	Task      common.Hash `json:"taskid"`
	Index     uint64      `json:"index"`
	Path      string      `json:"path"`
	Digest    common.Hash `json:"digest"`
	Encrypted bool        `json:"encrypted"`
	Verified  bool        `json:"verified"`
	// Failure is the certified failure record when the app failed on every replica
	// (poco.Failure): the task completed, and this is why it produced nothing else.
	Failure *poco.Failure `json:"failure,omitempty"`
}

// ErrDigestMismatch is returned when a downloaded result is not what the chain certified.
var ErrDigestMismatch = errors.New("sdk: the result does not match the digest certified on chain")

// Download fetches a completed task's result into dir and verifies it against the chain:
// the digest on chain is sha256 of the canonical archive (keccak256 of callback.bin for a
// deal with a callback). An encrypted result (age) is decrypted with identity when given
// and verified in plaintext; without an identity it is saved encrypted and verified after
// `result decrypt`.
func (c *Client) Download(ctx context.Context, t TaskInfo, dir, identity string) (Result, error) {
	link, err := c.Hub.ResultLink(ctx, t.ID, c.Cfg.HubBlock)
	if err != nil {
		return Result{}, fmt.Errorf("sdk: the result of task %d: %w", t.Index, err)
	}
	if link.Storage != "" && link.Storage != c.Cfg.Storage {
		c.Log.Debug("the result lies in another storage than the config's", "storage", link.Storage)
	}
	blob, err := c.Storage.Get(ctx, link.Location)
	if err != nil {
		return Result{}, fmt.Errorf("sdk: downloading the result of task %d: %w", t.Index, err)
	}
	r := Result{Task: t.ID, Index: t.Index, Digest: link.Digest}
	data := blob
	if sha256.Sum256(blob) != link.Digest && bytes.HasPrefix(blob, []byte("age-encryption.org/")) {
		r.Encrypted = true
		if identity != "" {
			if data, err = resultcrypt.Decrypt(blob, identity); err != nil {
				return Result{}, fmt.Errorf("sdk: decrypting the result of task %d: %w", t.Index, err)
			}
		}
	}
	if !r.Encrypted || identity != "" {
		if err := VerifyArchive(data, link.Digest); err != nil {
			return Result{}, fmt.Errorf("task %d: %w", t.Index, err)
		}
		r.Verified = true
		r.Failure = poco.ParseFailure(data)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Result{}, err
	}
	r.Path = resultPath(dir, t)
	if r.Encrypted && identity == "" {
		r.Path += ".age"
	}
	if err := os.WriteFile(r.Path, data, 0o644); err != nil {
		return Result{}, err
	}
	return r, nil
}

// VerifyArchive checks a plaintext result archive against the digest on chain.
func VerifyArchive(archive []byte, digest common.Hash) error {
	if sha256.Sum256(archive) == digest {
		return nil
	}
	if cb, err := poco.ArchiveFile(archive, poco.CallbackFile, int64(len(archive))); err == nil && poco.ResultDigest(nil, cb, true) == digest {
		return nil
	}
	return ErrDigestMismatch
}

// resultPath names the file a task's result is saved to.
func resultPath(dir string, t TaskInfo) string {
	return filepath.Join(dir, fmt.Sprintf("task-%d-%s.tar", t.Index, t.ID.Hex()[2:10]))
}
