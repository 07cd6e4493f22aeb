package chain

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain/bindings"
)

// Deployment is where the protocol's contracts live on a chain.
type Deployment struct {
	ChainID   uint64         `json:"chainId"`
	Token     common.Address `json:"token"`
	Hub       common.Address `json:"hub"`
	HubTasks  common.Address `json:"hubTasks"`
	HubMarket common.Address `json:"hubMarket"`
	HubEscrow common.Address `json:"hubEscrow"`
	Block     uint64         `json:"block"` // block of the hub's creation: event scans start here
}

// DefaultCategory is a category a new hub gets (DESIGN.md §2: T is the reference time).
type DefaultCategory struct {
	Name        string
	Description string
	T           uint64 // seconds
}

// DefaultCategories are created on a new dev chain; the times follow iExec's categories.
var DefaultCategories = []DefaultCategory{
	{"XS", "extra small: a few minutes of work", 300},
	{"S", "small: up to 20 minutes", 1200},
	{"M", "medium: up to an hour", 3600},
	{"L", "large: up to 3 hours", 10800},
	{"XL", "extra large: up to 10 hours", 36000},
}

// DeployOptions says what Deploy creates besides the hub.
type DeployOptions struct {
	// Token is an existing ERC-20; zero deploys a new mintable DevRLC owned by the deployer.
	Token common.Address
	// Owner of the hub (governance); zero means the deployer.
	Owner common.Address
	// Categories to create (the deployer must be the owner for this); nil = none.
	Categories []DefaultCategory
	// Mint gives each address this many token units (only with a new DevRLC).
	Mint     []common.Address
	MintEach *big.Int
	ChainID  uint64
	// TestScoreSetter puts the test-only ScoreSetter module first in the delegation chain,
	// so tests can set workers' scores. Never for a real deployment.
	TestScoreSetter bool
}

// Deploy deploys the hub's modules, the hub and, when asked, a DevRLC token, categories and
// minted balances, all sent by tx.
func Deploy(ctx context.Context, tx Transactor, backend interface {
	BlockNumber(ctx context.Context) (uint64, error)
}, opts DeployOptions) (Deployment, error) {
	dep := Deployment{ChainID: opts.ChainID, Token: opts.Token}
	deploy := func(name string, bin string, args []byte) (common.Address, error) {
		code, err := hex.DecodeString(bin)
		if err != nil {
			return common.Address{}, fmt.Errorf("chain: deploy %s: bad bytecode: %w", name, err)
		}
		r, err := tx.Send(ctx, nil, append(code, args...), nil)
		if err != nil {
			return common.Address{}, fmt.Errorf("chain: deploy %s: %w", name, err)
		}
		return r.ContractAddress, nil
	}
	var err error
	if dep.Token == (common.Address{}) {
		if dep.Token, err = deploy("Token", trim0x(bindings.TokenMetaData.Bin), nil); err != nil {
			return dep, err
		}
	}
	if dep.HubEscrow, err = deploy("HubEscrow", trim0x(bindings.HubEscrowMetaData.Bin), nil); err != nil {
		return dep, err
	}
	if dep.HubMarket, err = deploy("HubMarket", trim0x(bindings.HubMarketMetaData.Bin), bindings.NewHubMarket().PackConstructor(dep.HubEscrow)); err != nil {
		return dep, err
	}
	if dep.HubTasks, err = deploy("HubTasks", trim0x(bindings.HubTasksMetaData.Bin), bindings.NewHubTasks().PackConstructor(dep.HubMarket)); err != nil {
		return dep, err
	}
	first := dep.HubTasks
	if opts.TestScoreSetter {
		if first, err = deploy("ScoreSetter", trim0x(bindings.ScoreSetterMetaData.Bin), bindings.NewScoreSetter().PackConstructor(dep.HubTasks)); err != nil {
			return dep, err
		}
	}
	owner := opts.Owner
	if owner == (common.Address{}) {
		owner = tx.Address()
	}
	if dep.Hub, err = deploy("Hub", trim0x(bindings.HubMetaData.Bin), bindings.NewHub().PackConstructor(dep.Token, owner, first)); err != nil {
		return dep, err
	}
	if dep.Block, err = backend.BlockNumber(ctx); err != nil {
		return dep, fmt.Errorf("chain: deploy: %w", err)
	}
	hub := NewHub(nil, dep.Hub)
	for _, c := range opts.Categories {
		if _, err := tx.Send(ctx, &dep.Hub, hub.abi.PackCreateCategory(c.Name, c.Description, new(big.Int).SetUint64(c.T)), nil); err != nil {
			return dep, fmt.Errorf("chain: create category %s: %w", c.Name, err)
		}
	}
	if opts.Token == (common.Address{}) && opts.MintEach != nil {
		token := bindings.NewToken()
		for _, a := range opts.Mint {
			if _, err := tx.Send(ctx, &dep.Token, token.PackMint(a, opts.MintEach), nil); err != nil {
				return dep, fmt.Errorf("chain: mint for %s: %w", a, err)
			}
		}
	}
	return dep, nil
}

func trim0x(s string) string {
	if len(s) >= 2 && s[:2] == "0x" {
		return s[2:]
	}
	return s
}
