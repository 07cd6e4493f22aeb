package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/durable"
	"github.com/decloud/decloud/market"
	msqlite "github.com/decloud/decloud/market/sqlite"
	"github.com/decloud/decloud/poco"
)

// Standing workerpool order of the devnet pool, published when the grid is created.
const (
	PoolOrderVolume = 1_000_000
	PoolOrderTrust  = 1_000
)

// state is what a grid records at its first start, so a restart resumes it.
type state struct {
	Pool        common.Address `json:"pool"`
	App         common.Address `json:"app"`
	TransferApp common.Address `json:"transferApp"`
}

func statePath(dir string) string { return filepath.Join(dir, "devnet.json") }

func loadState(dir string) (state, error) {
	var st state
	b, err := os.ReadFile(statePath(dir))
	if errors.Is(err, os.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("devnet: %w", err)
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return st, fmt.Errorf("devnet: %s: %w", statePath(dir), err)
	}
	return st, nil
}

func saveState(dir string, st state) error {
	b, _ := json.Marshal(st)
	if err := durable.WriteFile(statePath(dir), b, 0o600); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	return nil
}

// startMarket runs the order book on its database; on a new grid it publishes the pool's
// standing order (category 0, every trust up to PoolOrderTrust).
func (n *Net) startMarket(ctx context.Context, fresh bool) error {
	db, err := msqlite.Open(ctx, filepath.Join(n.cfg.Dir, "market.db"))
	if err != nil {
		return err
	}
	svc, err := market.New(market.Config{Domain: n.Domain, Chain: market.HubChain{Hub: n.Hub}, Store: db, Logs: n.Chain.Client(),
		Hub: n.Deployment.Hub, From: n.Deployment.Block, Logger: n.cfg.Logger})
	if err != nil {
		db.Close()
		return err
	}
	srv := httptest.NewServer(market.Handler(svc, svc.Metrics(), market.HTTPConfig{Logger: n.cfg.Logger, RatePerSecond: -1}))
	runCtx, stop := context.WithCancel(n.ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = svc.Run(runCtx) }() // returns nil when runCtx ends
	n.closers = append(n.closers, func() { stop(); <-done; srv.Close(); db.Close() })
	n.Market, n.MarketURL = svc, srv.URL
	if !fresh {
		return nil
	}
	o := &poco.WorkerpoolOrder{Workerpool: n.Pool, WorkerpoolPrice: big.NewInt(PoolPrice), Volume: big.NewInt(PoolOrderVolume),
		Category: big.NewInt(0), Trust: big.NewInt(PoolOrderTrust), Salt: common.Hash{31: 1}}
	if n.cfg.Batched {
		o.Tag = poco.TagBatched
	}
	if err := o.Sign(n.Domain, n.Senders[Scheduler].Key()); err != nil {
		return err
	}
	raw, _ := json.Marshal(o)
	if _, err := svc.Publish(ctx, market.KindWorkerpool, raw); err != nil {
		return fmt.Errorf("devnet: publishing the pool's order: %w", err)
	}
	if n.TransferApp == (common.Address{}) {
		return nil
	}
	// The built-in transfer app is free: its standing order asks nothing.
	a := &poco.AppOrder{App: n.TransferApp, AppPrice: new(big.Int), Volume: big.NewInt(PoolOrderVolume), Salt: common.Hash{31: 2}}
	if err := a.Sign(n.Domain, n.Senders[AppDev].Key()); err != nil {
		return err
	}
	raw, _ = json.Marshal(a)
	if _, err := svc.Publish(ctx, market.KindApp, raw); err != nil {
		return fmt.Errorf("devnet: publishing the transfer app's order: %w", err)
	}
	return nil
}
