package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/devchain"
)

// devTokensEach is what every dev account gets in DevRLC on a new dev chain (1,000,000 RLC).
var devTokensEach = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1_000_000_000))

func (m *Main) chainCommand() *cobra.Command {
	var cfg devchain.Config
	var bare bool
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Run an embedded go-ethereum dev chain with the token, the hub and default categories",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Logger = m.Logger
			if !bare {
				cfg.Deploy = deployDev
			}
			start := time.Now()
			c, err := devchain.Start(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer c.Close()
			out := m.Stdout
			fmt.Fprintf(out, "decloud dev chain ready in %v\n", time.Since(start).Round(time.Millisecond))
			if bare {
				fmt.Fprintf(out, "  rpc        %s\n  chain id   %d\n  (bare: nothing deployed; decloud deploy --rpc %s --key @FILE)\n",
					c.RPCURL(), devchain.ChainID, c.RPCURL())
			} else {
				var dep chain.Deployment
				if err := json.Unmarshal(c.Deployment(), &dep); err != nil {
					return fmt.Errorf("read deployment: %w", err)
				}
				fmt.Fprintf(out, "  rpc        %s\n  chain id   %d\n  token      %s (DevRLC, 9 decimals)\n  hub        %s\n",
					c.RPCURL(), devchain.ChainID, dep.Token.Hex(), dep.Hub.Hex())
			}
			if cfg.DataDir != "" {
				fmt.Fprintf(out, "  data dir   %s\n", cfg.DataDir)
			} else {
				fmt.Fprintln(out, "  data dir   (in memory: gone at exit; --datadir keeps it)")
			}
			fmt.Fprintln(out, "funded dev accounts (public keys: dev chain only):")
			if err := c.PrintAccounts(out); err != nil {
				return err
			}
			fmt.Fprintln(out, "Ctrl-C stops the chain.")
			<-cmd.Context().Done()
			fmt.Fprintln(out, "stopping")
			return nil
		},
	}
	cmd.Flags().StringVar(&cfg.DataDir, "datadir", "", "keep the chain in this directory (default: in memory)")
	cmd.Flags().StringVar(&cfg.HTTPAddr, "http", "127.0.0.1:8545", "JSON-RPC listen address (loopback only)")
	cmd.Flags().DurationVar(&cfg.Period, "period", 0, "seal a block every period (0: one per transaction)")
	cmd.Flags().DurationVar(&cfg.Idle, "idle-block", 5*time.Second, "with --period 0, seal an empty block after this long without one, so chain time and deadlines move (0: never)")
	cmd.Flags().IntVar(&cfg.Accounts, "accounts", 10, "number of funded dev accounts")
	cmd.Flags().BoolVar(&bare, "bare", false, "deploy nothing: a chain with funded accounts only, as an external node would be (decloud deploy puts the protocol on it)")
	return cmd
}

// deployDev deploys DevRLC, the hub and the default categories from dev account 0 and mints
// DevRLC to every dev account.
func deployDev(ctx context.Context, c *devchain.Chain) (json.RawMessage, error) {
	accs := c.Accounts()
	s, err := chain.NewSender(c.Client(), accs[0].Key, nil)
	if err != nil {
		return nil, err
	}
	mint := make([]common.Address, len(accs))
	for i, a := range accs {
		mint[i] = a.Address
	}
	dep, err := chain.Deploy(ctx, s, c.Client(), chain.DeployOptions{
		Categories: chain.DefaultCategories, Mint: mint, MintEach: devTokensEach, ChainID: devchain.ChainID,
	})
	if err != nil {
		return nil, err
	}
	return json.Marshal(dep)
}
