package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/examples/prebuilt"
	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/oci"
	"github.com/decloud/decloud/sdk"
)

// devPassword encrypts the dev accounts imported into the dev keystore, unless
// $DECLOUD_PASSWORD says otherwise. Their keys are printed anyway: dev chain only.
const devPassword = "dev"

var devRoles = []struct {
	name  string
	index int
}{{"requester", devnet.Requester}, {"app developer", devnet.AppDev}, {"data provider", devnet.DataDev}, {"scheduler", devnet.Scheduler}}

func (m *Main) devCommand() *cobra.Command {
	var dir string
	var workers int
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run the whole decentralized cloud on 127.0.0.1: chain, hub, market, storage, a workerpool and its workers",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if workers < 1 {
				return fmt.Errorf("--workers must be at least 1")
			}
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return err
			}
			dir, err := filepath.Abs(dir) // the config names paths in it: valid from anywhere
			if err != nil {
				return err
			}
			start := time.Now()
			transfer, err := prebuilt.Module("transfer") // the built-in app of verified file transfer
			if err != nil {
				return err
			}
			// Containers (oci apps) when this machine can run them: runc and root.
			var containersX executor.Executor
			containers := ""
			if x, err := oci.New(ctx, oci.Config{Dir: filepath.Join(dir, "oci"), Logger: m.Logger}); err == nil {
				containersX, containers = x, "runc "+x.Version()+": the workers run oci apps"
			} else if errors.Is(err, oci.ErrUnavailable) {
				containers = "none: " + err.Error()
			} else {
				return err
			}
			n, err := devnet.Start(ctx, devnet.Config{Dir: dir, WorkerAccounts: workers, Workers: workers, Persistent: true, IdleBlock: 5 * time.Second,
				Heartbeat: time.Second, Tick: 100 * time.Millisecond, Logger: m.Logger, TransferModule: transfer, OCI: containersX, WasmSpares: 1,
				Batched: true})
			if err != nil {
				return err
			}
			defer n.Close()
			// The pool brokers the request book: a published request (a contract's
			// presigned one, say) runs with no one matching it by hand.
			if err := n.StartBroker(0); err != nil {
				return err
			}
			// The config goes into the data dir, so two dev stacks never share one (nor the
			// user's default config, which `decloud dev` leaves alone): point the CLI at it
			// with DECLOUD_CONFIG or --config. A --config or $DECLOUD_CONFIG given to dev
			// itself gets a copy.
			cfgPath := filepath.Join(dir, "config.json")
			explicit := m.client.config
			if explicit == "" {
				explicit = os.Getenv(sdk.ConfigEnv)
			}
			cfg := sdk.Config{RPC: n.Chain.RPCURL(), Hub: n.Deployment.Hub, HubBlock: n.Deployment.Block, Market: n.MarketURL,
				Storage: n.StorageURL, Keystore: filepath.Join(dir, "keystore"), LightKDF: true, Wallet: n.Senders[devnet.Requester].Address(),
				PoolAPI: n.APIURL()}
			pw := devPassword
			if p, ok := os.LookupEnv(sdk.PasswordEnv); ok {
				pw = p
			}
			wallets := sdk.OpenWallets(cfg.Keystore, true)
			for _, r := range devRoles {
				if _, err := wallets.Import(common.Bytes2Hex(crypto.FromECDSA(n.Senders[r.index].Key())), pw); err != nil {
					return err
				}
			}
			if err := cfg.Save(cfgPath); err != nil {
				return err
			}
			if explicit != "" && explicit != cfgPath {
				if err := cfg.Save(explicit); err != nil {
					return err
				}
			}
			out := m.Stdout
			if m.client.json {
				accounts := map[string]any{}
				for _, r := range devRoles {
					s := n.Senders[r.index]
					accounts[r.name] = map[string]string{"address": s.Address().Hex(), "key": fmt.Sprintf("0x%x", crypto.FromECDSA(s.Key()))}
				}
				b, err := sdk.MarshalIndent(map[string]any{"config": cfgPath, "settings": cfg, "scheduler": n.APIURL(), "workerpool": n.Pool,
					"transferApp": n.TransferApp, "workers": workers, "accounts": accounts, "walletPassword": pw, "containers": containers})
				if err != nil {
					return err
				}
				fmt.Fprintln(out, string(b))
				<-ctx.Done()
				return nil
			}
			fmt.Fprintf(out, "decloud dev ready in %v (data in %s)\n", time.Since(start).Round(time.Millisecond), dir)
			fmt.Fprintf(out, "  rpc         %s\n  hub         %s (from block %d)\n  market      %s\n  storage     %s\n  scheduler   %s\n  workerpool  %s (%d workers)\n",
				cfg.RPC, cfg.Hub.Hex(), cfg.HubBlock, cfg.Market, cfg.Storage, n.APIURL(), n.Pool.Hex(), workers)
			if n.TransferApp != (common.Address{}) {
				fmt.Fprintf(out, "  transfer    %s (built-in, free: decloud run %s --dataset D --encrypt-result)\n", n.TransferApp.Hex(), n.TransferApp.Hex())
			}
			fmt.Fprintf(out, "  containers  %s\n", containers)
			fmt.Fprintf(out, "  config      %s (export DECLOUD_CONFIG=%s; its default wallet: the requester; wallet password %q)\n", cfgPath, cfgPath, pw)
			fmt.Fprintln(out, "dev accounts (keys printed: dev chain only):")
			for _, r := range devRoles {
				s := n.Senders[r.index]
				fmt.Fprintf(out, "  %-14s %s  key 0x%x\n", r.name, s.Address().Hex(), crypto.FromECDSA(s.Key()))
			}
			fmt.Fprintln(out, "Ctrl-C stops; the same --data-dir resumes.")
			<-ctx.Done()
			fmt.Fprintln(out, "stopping")
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "data-dir", "decloud-dev", "state of every part (kept across restarts)")
	cmd.Flags().IntVar(&workers, "workers", 4, "local workers, each with its own key, stake and score")
	return cmd
}
