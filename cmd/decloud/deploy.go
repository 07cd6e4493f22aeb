package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"runtime/debug"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/chain"
)

// deployCommand puts the protocol on any EVM chain: a token (or an existing ERC-20), the
// hub's modules, the hub and the default categories, and writes the deployment file that
// `decloud init --deployment` and the services' --deployment read.
func (m *Main) deployCommand() *cobra.Command {
	var cf chainFlags
	var token, out string
	var noCategories, force bool
	var confirmations, mintEach uint64
	var mint []string
	var mintETH string
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the token (or use an existing ERC-20), the hub and the default categories on a chain, and write a deployment file",
		Long: "Deploy the protocol on the chain at --rpc, from the account of --keystore (or --key @FILE), which pays the gas\n" +
			"and owns the hub. Without --token, a new DevRLC token (9 decimals, mintable by its owner) is deployed.\n" +
			"The deployment file (chain id, addresses, start block) is what `decloud init --deployment FILE` and the services'\n" +
			"--deployment FILE read.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if _, err := os.Stat(out); err == nil && !force {
				return fmt.Errorf("%s exists (--force replaces it)", out)
			}
			opts := chain.DeployOptions{}
			if token != "" {
				var err error
				if opts.Token, err = parseAddress("--token", token); err != nil {
					return err
				}
			}
			if !noCategories {
				opts.Categories = chain.DefaultCategories
			}
			if len(mint) > 0 {
				if token != "" {
					return errors.New("--mint: only a new DevRLC can be minted (not with --token)")
				}
				for _, a := range mint {
					addr, err := parseAddress("--mint", a)
					if err != nil {
						return err
					}
					opts.Mint = append(opts.Mint, addr)
				}
				opts.MintEach = new(big.Int).SetUint64(mintEach)
			}
			key, err := cf.loadKey(m.password)
			if err != nil {
				return err
			}
			client, err := ethclient.DialContext(ctx, cf.rpc)
			if err != nil {
				return fmt.Errorf("dial %s: %w", cf.rpc, err)
			}
			defer client.Close()
			id, err := client.ChainID(ctx)
			if err != nil {
				return fmt.Errorf("chain id from %s: %w", cf.rpc, err)
			}
			opts.ChainID = id.Uint64()
			if opts.Token != (common.Address{}) {
				code, err := client.CodeAt(ctx, opts.Token, nil)
				if err != nil {
					return err
				}
				if len(code) == 0 {
					return fmt.Errorf("--token %s: no contract at that address on chain %d", opts.Token.Hex(), opts.ChainID)
				}
			}
			sender, err := chain.NewSender(client, key, nil)
			if err != nil {
				return err
			}
			start := time.Now()
			dep, err := chain.Deploy(ctx, sender, client, opts)
			if err != nil {
				return err
			}
			if mintETH != "" {
				wei, ok := new(big.Int).SetString(mintETH, 10)
				if !ok || wei.Sign() < 0 {
					return fmt.Errorf("--mint-eth %q: want a number of wei", mintETH)
				}
				for _, a := range opts.Mint {
					if _, err := sender.Send(ctx, &a, nil, wei); err != nil {
						return fmt.Errorf("sending %s wei to %s: %w", wei, a.Hex(), err)
					}
				}
			}
			// Wait for confirmations on top of the last deployment transaction.
			for {
				head, err := client.BlockNumber(ctx)
				if err != nil {
					return err
				}
				if head >= dep.Block+confirmations {
					break
				}
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(time.Second):
				}
			}
			b, err := json.MarshalIndent(dep, "", "  ")
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
				return err
			}
			return m.print(map[string]any{"file": out, "deployment": dep, "seconds": time.Since(start).Seconds()}, func(w io.Writer) {
				fmt.Fprintf(w, "deployed on chain %d in %v (%d confirmations), written to %s\n  token  %s\n  hub    %s (from block %d)\nnext: decloud init --deployment %s --rpc %s\n",
					dep.ChainID, time.Since(start).Round(time.Millisecond), confirmations, out, dep.Token.Hex(), dep.Hub.Hex(), dep.Block, out, cf.rpc)
			})
		},
	}
	cmd.Flags().StringVar(&cf.rpc, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	cmd.Flags().StringVar(&cf.keystore, "keystore", "", "the deployer's keystore file (it pays the gas and owns the hub)")
	cmd.Flags().StringVar(&cf.key, "key", "", "@FILE: a file holding the deployer's raw 0x-hex key (mode 0600)")
	cmd.Flags().StringVar(&token, "token", "", "an existing ERC-20 to use (default: deploy a new DevRLC)")
	cmd.Flags().StringSliceVar(&mint, "mint", nil, "accounts that get new DevRLC at once (comma-separated; a test network's participants)")
	cmd.Flags().Uint64Var(&mintEach, "mint-each", 1_000_000_000_000, "DevRLC units (10^-9 RLC) each --mint account gets")
	cmd.Flags().StringVar(&mintETH, "mint-eth", "", "wei of the chain's coin each --mint account also gets from the deployer, for gas (default none)")
	cmd.Flags().BoolVar(&noCategories, "no-categories", false, "create no category (default: XS, S, M, L, XL)")
	cmd.Flags().Uint64Var(&confirmations, "confirmations", 1, "blocks to wait for on top of the deployment")
	cmd.Flags().StringVar(&out, "out", "deployment.json", "the deployment file to write")
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing deployment file")
	return cmd
}

// readDeployment reads a deployment file written by `decloud deploy` (or `decloud dev`).
func readDeployment(path string) (chain.Deployment, error) {
	var dep chain.Deployment
	b, err := os.ReadFile(path)
	if err != nil {
		return dep, fmt.Errorf("--deployment: %w", err)
	}
	if err := json.Unmarshal(b, &dep); err != nil {
		return dep, fmt.Errorf("--deployment %s: %w", path, err)
	}
	if dep.Hub == (common.Address{}) {
		return dep, errors.New("--deployment " + path + ": no hub address")
	}
	return dep, nil
}

// versionCommand prints the module version and VCS revision the binary was built from.
func (m *Main) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of this binary (module version, VCS revision, Go version)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			info, ok := debug.ReadBuildInfo()
			if !ok {
				return errors.New("no build information in this binary")
			}
			v := map[string]string{"version": info.Main.Version, "go": info.GoVersion}
			for _, s := range info.Settings {
				switch s.Key {
				case "vcs.revision", "vcs.time", "vcs.modified":
					v[s.Key] = s.Value
				}
			}
			return m.print(v, func(w io.Writer) {
				fmt.Fprintf(w, "decloud %s (%s", v["version"], v["go"])
				if r := v["vcs.revision"]; r != "" {
					fmt.Fprintf(w, ", revision %s", r)
					if v["vcs.modified"] == "true" {
						fmt.Fprint(w, ", modified")
					}
				}
				fmt.Fprintln(w, ")")
			})
		},
	}
}

// fromDeployment fills a service's hub address and start block from a deployment file,
// where the flags left them unset.
func fromDeployment(path string, hub *string, from *uint64) error {
	if path == "" {
		return nil
	}
	dep, err := readDeployment(path)
	if err != nil {
		return err
	}
	if *hub == "" {
		*hub = dep.Hub.Hex()
	}
	if *from == 0 {
		*from = dep.Block
	}
	return nil
}
