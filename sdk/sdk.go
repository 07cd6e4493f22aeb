package sdk

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/storage"
)

// Client acts on the marketplace for one account (or read-only, without a key).
type Client struct {
	Cfg     Config
	Eth     *ethclient.Client
	Hub     *chain.Hub
	Domain  poco.Domain
	Market  market.Book
	Storage *storage.Client
	Sender  *chain.Sender // nil when read-only
	Log     *slog.Logger
	// StatsCache, when set, is the file where the index behind PoolStats is kept between
	// runs (the CLI puts it next to its config).
	StatsCache string
	stats      poolIndexState
	batched    sync.Map // deal id -> bool: whether a deal is batched (it never changes)
	digests    sync.Map // task id -> the digest settled for a batched task
}

// Connect dials the node and prepares the clients; key may be nil for reads only.
func Connect(ctx context.Context, cfg Config, key *ecdsa.PrivateKey, log *slog.Logger) (*Client, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.RPC == "" || cfg.Hub == (common.Address{}) {
		return nil, errors.New("sdk: the config names no RPC endpoint or hub (decloud init --rpc … --hub …)")
	}
	eth, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("sdk: dialing %s: %w", cfg.RPC, err)
	}
	id, err := eth.ChainID(ctx)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("sdk: the node at %s does not answer: %w", cfg.RPC, err)
	}
	c := &Client{Cfg: cfg, Eth: eth, Hub: chain.NewHub(eth, cfg.Hub), Domain: poco.NewDomain(id, cfg.Hub), Log: log,
		Market: &market.Client{BaseURL: cfg.Market}, Storage: &storage.Client{BaseURL: cfg.Storage}}
	if key != nil {
		if c.Sender, err = chain.NewSender(eth, key, log); err != nil {
			eth.Close()
			return nil, err
		}
	}
	return c, nil
}

// Close releases the node connection.
func (c *Client) Close() { c.Eth.Close() }

// ErrReadOnly is returned by actions that need a wallet when the client has none.
var ErrReadOnly = errors.New("sdk: this needs a wallet (decloud wallet create, then --wallet or the config's wallet)")

func (c *Client) sender() (*chain.Sender, error) {
	if c.Sender == nil {
		return nil, ErrReadOnly
	}
	return c.Sender, nil
}

// Address is the client's account (zero when read-only).
func (c *Client) Address() common.Address {
	if c.Sender == nil {
		return common.Address{}
	}
	return c.Sender.Address()
}

// AccountInfo is an account's tokens in and out of escrow.
type AccountInfo struct {
	Address common.Address `json:"address"`
	Wallet  *big.Int       `json:"wallet"`  // tokens held outside the hub
	Balance *big.Int       `json:"balance"` // free escrow
	Frozen  *big.Int       `json:"frozen"`  // escrow locked in deals and stakes
	Score   *big.Int       `json:"score"`   // worker score
}

var tokenABI = bindings.NewToken()

// Account returns who's balances.
func (c *Client) Account(ctx context.Context, who common.Address) (AccountInfo, error) {
	v, err := c.Hub.Account(ctx, who)
	if err != nil {
		return AccountInfo{}, fmt.Errorf("sdk: account: %w", err)
	}
	token, err := c.Hub.Token(ctx)
	if err != nil {
		return AccountInfo{}, err
	}
	out, err := c.Eth.CallContract(ctx, ethereum.CallMsg{To: &token, Data: tokenABI.PackBalanceOf(who)}, nil)
	if err != nil {
		return AccountInfo{}, fmt.Errorf("sdk: token balance: %w", err)
	}
	wallet, err := tokenABI.UnpackBalanceOf(out)
	if err != nil {
		return AccountInfo{}, err
	}
	score, err := c.Hub.Score(ctx, who)
	if err != nil {
		return AccountInfo{}, err
	}
	return AccountInfo{Address: who, Wallet: wallet, Balance: v.Balance, Frozen: v.Frozen, Score: score}, nil
}

// moving returns the wallet's sender and account for a move of amount (an error unless
// amount is positive).
func (c *Client) moving(ctx context.Context, amount *big.Int) (*chain.Sender, AccountInfo, error) {
	s, err := c.sender()
	if err != nil {
		return nil, AccountInfo{}, err
	}
	if amount.Sign() <= 0 {
		return nil, AccountInfo{}, errors.New("sdk: the amount must be positive")
	}
	info, err := c.Account(ctx, s.Address())
	return s, info, err
}

// Deposit moves amount tokens into escrow (approving the hub first when needed).
func (c *Client) Deposit(ctx context.Context, amount *big.Int) error {
	s, info, err := c.moving(ctx, amount)
	if err != nil {
		return err
	}
	if info.Wallet.Cmp(amount) < 0 {
		return fmt.Errorf("sdk: the wallet holds %s tokens, less than %s", info.Wallet, amount)
	}
	token, err := c.Hub.Token(ctx)
	if err != nil {
		return err
	}
	if _, err := s.Send(ctx, &token, tokenABI.PackApprove(c.Cfg.Hub, amount), nil); err != nil {
		return fmt.Errorf("sdk: approve: %w", err)
	}
	if _, err := c.Hub.Deposit(ctx, s, amount); err != nil {
		return fmt.Errorf("sdk: deposit: %w", err)
	}
	return nil
}

// Withdraw moves amount tokens out of escrow.
func (c *Client) Withdraw(ctx context.Context, amount *big.Int) error {
	s, err := c.sender()
	if err != nil {
		return err
	}
	if _, err := c.Hub.Withdraw(ctx, s, amount); err != nil {
		return fmt.Errorf("sdk: withdraw: %w", err)
	}
	return nil
}

// Asset is a registered app, dataset or workerpool.
type Asset struct {
	Kind     string         `json:"kind"`
	Address  common.Address `json:"address"`
	Owner    common.Address `json:"owner"`
	Name     string         `json:"name,omitempty"`
	URI      string         `json:"uri,omitempty"`
	Checksum common.Hash    `json:"checksum,omitzero"`
	// AppKind is how an app runs: "wasm" (its checksum is its module's sha256) or "oci"
	// (its image's manifest digest). Apps only.
	AppKind string `json:"appKind,omitempty"`
	// Workerpools only.
	Description          string `json:"description,omitempty"`
	WorkerStakeRatio     uint64 `json:"workerStakeRatio,omitempty"`
	SchedulerRewardRatio uint64 `json:"schedulerRewardRatio,omitempty"`
}

// DeployApp registers a WASM app (module bytes) under name and uploads it to storage.
func (c *Client) DeployApp(ctx context.Context, name string, module []byte) (Asset, error) {
	return c.deployFile(ctx, poco.KindApp, name, module)
}

// DeployDataset registers a dataset (its bytes) under name and uploads it to storage.
func (c *Client) DeployDataset(ctx context.Context, name string, data []byte) (Asset, error) {
	return c.deployFile(ctx, poco.KindDataset, name, data)
}

func (c *Client) deployFile(ctx context.Context, kind uint8, name string, data []byte) (Asset, error) {
	s, err := c.sender()
	if err != nil {
		return Asset{}, err
	}
	return PublishFile(ctx, c.Hub, s, c.Storage, kind, name, data)
}

// PublishFile registers, as owner, an app (kind poco.KindApp, a WASM module) or a dataset
// named name whose bytes are data, at URI storage:SHA256, then uploads the bytes to st
// signed as the asset's owner.
func PublishFile(ctx context.Context, hub *chain.Hub, owner *chain.Sender, st *storage.Client, kind uint8, name string, data []byte) (Asset, error) {
	cs := common.Hash(sha256.Sum256(data))
	sum := hex.EncodeToString(cs[:])
	uri := "storage:" + sum
	var a Asset
	var err error
	if kind == poco.KindApp {
		a.Kind, a.AppKind = "app", poco.AppKindName(poco.AppWASM)
		a.Address, _, err = hub.CreateApp(ctx, owner, name, poco.AppWASM, uri, cs, nil)
	} else {
		a.Kind = "dataset"
		a.Address, _, err = hub.CreateDataset(ctx, owner, name, uri, cs)
	}
	if err != nil {
		return Asset{}, fmt.Errorf("sdk: registering %s %q: %w", a.Kind, name, err)
	}
	if err := uploadAsset(ctx, st, owner, a, sum, data); err != nil {
		return Asset{}, err
	}
	a.Owner, a.Name, a.URI, a.Checksum = owner.Address(), name, uri, cs
	return a, nil
}

// uploadAsset stores data, whose sha256 is sum, as the bytes of registered asset a,
// signed by its owner.
func uploadAsset(ctx context.Context, st *storage.Client, owner *chain.Sender, a Asset, sum string, data []byte) error {
	sig, err := poco.SignHash(storage.AssetDigest(a.Address, sum), owner.Key())
	if err != nil {
		return err
	}
	if _, err := st.Put(ctx, data, map[string]string{storage.HeaderAsset: a.Address.Hex(), storage.HeaderSignature: hexutil.Encode(sig)}); err != nil {
		return fmt.Errorf("sdk: %s %s is registered but its upload failed (retry with the same file): %w", a.Kind, a.Address.Hex(), err)
	}
	return nil
}

// DeployWorkerpool registers a workerpool.
func (c *Client) DeployWorkerpool(ctx context.Context, description string, stakeRatio, rewardRatio uint64) (Asset, error) {
	s, err := c.sender()
	if err != nil {
		return Asset{}, err
	}
	addr, _, err := c.Hub.CreateWorkerpool(ctx, s, description, stakeRatio, rewardRatio)
	if err != nil {
		return Asset{}, fmt.Errorf("sdk: registering the workerpool: %w", err)
	}
	return Asset{Kind: "workerpool", Address: addr, Owner: s.Address(), Description: description,
		WorkerStakeRatio: stakeRatio, SchedulerRewardRatio: rewardRatio}, nil
}

// ShowAsset describes an asset of kind ("app", "dataset" or "workerpool").
func (c *Client) ShowAsset(ctx context.Context, kind string, addr common.Address) (Asset, error) {
	switch kind {
	case "app":
		i, err := c.Hub.AppInfo(ctx, addr, c.Cfg.HubBlock)
		if err != nil {
			return Asset{}, fmt.Errorf("sdk: app %s: %w", addr.Hex(), err)
		}
		return Asset{Kind: kind, Address: addr, Owner: i.Owner, Name: i.Name, URI: i.URI, Checksum: i.Checksum, AppKind: poco.AppKindName(i.Kind)}, nil
	case "dataset":
		i, err := c.Hub.DatasetInfo(ctx, addr, c.Cfg.HubBlock)
		if err != nil {
			return Asset{}, fmt.Errorf("sdk: dataset %s: %w", addr.Hex(), err)
		}
		return Asset{Kind: kind, Address: addr, Owner: i.Owner, Name: i.Name, URI: i.URI, Checksum: i.Checksum}, nil
	case "workerpool":
		i, err := c.Hub.WorkerpoolInfo(ctx, addr, c.Cfg.HubBlock)
		if err != nil {
			return Asset{}, fmt.Errorf("sdk: workerpool %s: %w", addr.Hex(), err)
		}
		return Asset{Kind: kind, Address: addr, Owner: i.Owner, Description: i.Description,
			WorkerStakeRatio: i.WorkerStakeRatio, SchedulerRewardRatio: i.SchedulerRewardRatio}, nil
	}
	return Asset{}, fmt.Errorf("sdk: unknown asset kind %q", kind)
}

// TransferAsset gives an asset to another owner.
func (c *Client) TransferAsset(ctx context.Context, kind string, addr, to common.Address) error {
	s, err := c.sender()
	if err != nil {
		return err
	}
	switch kind {
	case "app":
		_, err = c.Hub.TransferApp(ctx, s, addr, to)
	case "dataset":
		_, err = c.Hub.TransferDataset(ctx, s, addr, to)
	case "workerpool":
		_, err = c.Hub.TransferWorkerpool(ctx, s, addr, to)
	default:
		return fmt.Errorf("sdk: unknown asset kind %q", kind)
	}
	if err != nil {
		return fmt.Errorf("sdk: transfer: %w", err)
	}
	return nil
}

// Category is a category with its reference time.
type Category struct {
	ID          uint64 `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	TimeRef     uint64 `json:"timeRef"` // seconds
}

// Categories lists the hub's categories.
func (c *Client) Categories(ctx context.Context) ([]Category, error) {
	n, err := c.Hub.CountCategory(ctx)
	if err != nil {
		return nil, err
	}
	var out []Category
	for i := uint64(0); i < n.Uint64(); i++ {
		v, err := c.Hub.Category(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			return nil, err
		}
		out = append(out, Category{ID: i, Name: v.Name, Description: v.Description, TimeRef: v.TimeRef.Uint64()})
	}
	return out, nil
}

// TaskInfo is a task's state on chain.
type TaskInfo struct {
	ID            common.Hash `json:"taskid"`
	Deal          common.Hash `json:"dealid"`
	Index         uint64      `json:"index"`
	Status        string      `json:"status"`
	Contributors  uint64      `json:"contributors"`
	ResultDigest  common.Hash `json:"resultDigest,omitzero"`
	FinalDeadline time.Time   `json:"finalDeadline,omitzero"`
}

// Task returns a task's state; an uninitialized task is UNSET.
func (c *Client) Task(ctx context.Context, dealid common.Hash, idx uint64) (TaskInfo, error) {
	id := poco.TaskID(dealid, idx)
	v, err := c.Hub.Task(ctx, id)
	if err != nil {
		return TaskInfo{}, fmt.Errorf("sdk: task %s: %w", id.Hex(), err)
	}
	t := TaskInfo{ID: id, Deal: dealid, Index: idx, Status: poco.TaskStatus(v.Status.Uint64()).String(),
		Contributors: v.ContributorCount.Uint64(), ResultDigest: v.ResultDigest}
	if poco.TaskStatus(v.Status.Uint64()) == poco.TaskUnset {
		// A batched deal's task has no record: its deal's bits say whether it is settled or
		// claimed (the digest is in its TaskSettled event, which Result reads).
		batched, err := c.isBatched(ctx, dealid)
		if err != nil {
			return TaskInfo{}, err
		}
		if batched {
			st, err := c.Hub.BatchedTaskStatus(ctx, dealid, idx)
			if err != nil {
				return TaskInfo{}, fmt.Errorf("sdk: task %s: %w", id.Hex(), err)
			}
			t.Status = st.String()
			if st == poco.TaskCompleted {
				if t.ResultDigest, err = c.settledDigest(ctx, id); err != nil {
					return TaskInfo{}, err
				}
			}
		}
	}
	if d := v.FinalDeadline.Int64(); d > 0 {
		t.FinalDeadline = time.Unix(d, 0).UTC()
	}
	return t, nil
}

// settledDigest is the digest a settlement certified for a batched task (its TaskSettled
// event, read once per task).
func (c *Client) settledDigest(ctx context.Context, taskid common.Hash) (common.Hash, error) {
	if v, ok := c.digests.Load(taskid); ok {
		return v.(common.Hash), nil
	}
	link, err := c.Hub.ResultLink(ctx, taskid, c.Cfg.HubBlock)
	if err != nil {
		return common.Hash{}, fmt.Errorf("sdk: task %s: %w", taskid.Hex(), err)
	}
	c.digests.Store(taskid, link.Digest)
	return link.Digest, nil
}

// isBatched reports whether a deal is batched (read once per deal).
func (c *Client) isBatched(ctx context.Context, dealid common.Hash) (bool, error) {
	if v, ok := c.batched.Load(dealid); ok {
		return v.(bool), nil
	}
	d, err := c.Hub.Deal(ctx, dealid)
	if err != nil {
		return false, fmt.Errorf("sdk: deal %s: %w", dealid.Hex(), err)
	}
	if d.Volume.Sign() > 0 { // an unknown deal may yet be matched: not remembered
		c.batched.Store(dealid, d.Batched)
	}
	return d.Batched, nil
}

// DealView is a deal as the CLI shows it.
type DealView struct {
	ID          common.Hash    `json:"dealid"`
	Requester   common.Address `json:"requester"`
	App         common.Address `json:"app"`
	Dataset     common.Address `json:"dataset"`
	Workerpool  common.Address `json:"workerpool"`
	Category    uint64         `json:"category"`
	Trust       uint64         `json:"trust"`
	Volume      uint64         `json:"volume"`
	Price       uint64         `json:"pricePerTask"`
	Params      string         `json:"params"`
	Callback    common.Address `json:"callback"`
	Beneficiary common.Address `json:"beneficiary"`
	StartTime   time.Time      `json:"startTime"`
	TimeRef     uint64         `json:"timeRef"` // the category's reference time, seconds
	Tasks       []TaskInfo     `json:"tasks"`
}

// Deal returns a deal and its tasks.
func (c *Client) Deal(ctx context.Context, dealid common.Hash) (DealView, error) {
	d, err := c.Hub.DealInfo(ctx, dealid, c.Cfg.HubBlock)
	if err != nil {
		return DealView{}, fmt.Errorf("sdk: deal %s: %w", dealid.Hex(), err)
	}
	v := DealView{ID: dealid, Requester: d.Store.Requester, App: d.Event.App, Dataset: d.Event.Dataset, Workerpool: d.Event.Workerpool,
		Category: d.Store.Category.Uint64(), Trust: d.Store.Trust.Uint64(), Volume: d.Store.Volume.Uint64(),
		Price:  d.Store.AppPrice.Uint64() + d.Store.DatasetPrice.Uint64() + d.Store.WorkerpoolPrice.Uint64(),
		Params: d.Event.Params, Callback: d.Event.Callback, Beneficiary: d.Event.Beneficiary, StartTime: time.Unix(d.Store.StartTime.Int64(), 0).UTC(),
		TimeRef: d.Store.TimeRef.Uint64()}
	for i := uint64(0); i < v.Volume; i++ {
		t, err := c.Task(ctx, dealid, i)
		if err != nil {
			return DealView{}, err
		}
		v.Tasks = append(v.Tasks, t)
	}
	return v, nil
}

// Claim claims every task of the deal that is past its final deadline and not completed,
// refunding the requester; it returns how many it claimed.
func (c *Client) Claim(ctx context.Context, dealid common.Hash) (int, error) {
	s, err := c.sender()
	if err != nil {
		return 0, err
	}
	d, err := c.Deal(ctx, dealid)
	if err != nil {
		return 0, err
	}
	head, err := c.Hub.Head(ctx)
	if err != nil {
		return 0, err
	}
	deadline := time.Unix(int64(poco.FinalDeadline(uint64(d.StartTime.Unix()), d.TimeRef)), 0)
	if head.Before(deadline) {
		return 0, fmt.Errorf("sdk: the deal's final deadline (%s) is not reached: nothing can be claimed yet", deadline.UTC().Format(time.RFC3339))
	}
	var ids []common.Hash
	var idx []uint64
	for _, t := range d.Tasks {
		if t.Status != poco.TaskCompleted.String() && t.Status != poco.TaskFailed.String() {
			ids, idx = append(ids, dealid), append(idx, t.Index)
		}
	}
	if len(ids) == 0 {
		return 0, nil
	}
	batched, err := c.isBatched(ctx, dealid)
	if err != nil {
		return 0, err
	}
	claim := c.Hub.ClaimArray
	if batched {
		claim = c.Hub.ClaimBatched
	}
	if _, err := claim(ctx, s, ids, idx); err != nil {
		return 0, fmt.Errorf("sdk: claim: %w", err)
	}
	return len(ids), nil
}

// MarshalIndent is json.MarshalIndent for the CLI's --json outputs.
func MarshalIndent(v any) ([]byte, error) { return json.MarshalIndent(v, "", "  ") }
