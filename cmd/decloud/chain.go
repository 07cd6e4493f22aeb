package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
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
	var lf listenFlags
	var genesisOut string
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Run an embedded go-ethereum dev chain with the token, the hub and default categories",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if genesisOut != "" {
				accounts, err := writeGenesis(genesisOut, cfg.Accounts)
				if err != nil {
					return err
				}
				fmt.Fprintf(m.Stdout, "genesis written to %s (geth --datadir DIR init %s); its funded dev accounts (public keys: dev chains only):\n", genesisOut, genesisOut)
				return devchain.PrintAccounts(m.Stdout, accounts)
			}
			cfg.Logger = m.Logger
			if !bare {
				cfg.Deploy = deployDev
			}
			// On loopback without TLS the node serves its JSON-RPC itself; on any other
			// address (or with TLS) it listens on a free loopback port behind an HTTPS
			// proxy on the address given, as every decloud service does.
			host, _, err := net.SplitHostPort(lf.addr)
			if err != nil {
				return fmt.Errorf("--http %q: %w", lf.addr, err)
			}
			var ln net.Listener
			var scheme string
			if isLoopback(host) && lf.cert == "" && lf.selfSigned == "" {
				cfg.HTTPAddr = lf.addr
			} else {
				cfg.HTTPAddr = "127.0.0.1:0"
				if ln, scheme, err = lf.listen(); err != nil {
					return err
				}
				defer func() { _ = ln.Close() }()
			}
			start := time.Now()
			c, err := devchain.Start(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer c.Close()
			rpcURL := c.RPCURL()
			var proxyDone chan struct{} // closed when the proxy stops; nil (never) without one
			var proxyErr error
			if ln != nil {
				proxy, err := rpcProxy(c.RPCURL())
				if err != nil {
					return err
				}
				ctx, stop := context.WithCancel(cmd.Context())
				proxyDone = make(chan struct{})
				go func() { defer close(proxyDone); proxyErr = serve(ctx, ln, proxy) }()
				defer func() { stop(); <-proxyDone }()
				rpcURL = scheme + "://" + ln.Addr().String()
			}
			out := m.Stdout
			fmt.Fprintf(out, "decloud dev chain ready in %v\n", time.Since(start).Round(time.Millisecond))
			if bare {
				fmt.Fprintf(out, "  rpc        %s\n  chain id   %d\n  (bare: nothing deployed; decloud deploy --rpc %s --key @FILE)\n",
					rpcURL, devchain.ChainID, rpcURL)
			} else {
				var dep chain.Deployment
				if err := json.Unmarshal(c.Deployment(), &dep); err != nil {
					return fmt.Errorf("read deployment: %w", err)
				}
				fmt.Fprintf(out, "  rpc        %s\n  chain id   %d\n  token      %s (DevRLC, 9 decimals)\n  hub        %s\n",
					rpcURL, devchain.ChainID, dep.Token.Hex(), dep.Hub.Hex())
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
			select {
			case <-cmd.Context().Done():
			case <-proxyDone:
				if cmd.Context().Err() == nil {
					return fmt.Errorf("the JSON-RPC listener stopped: %w", proxyErr)
				}
			}
			fmt.Fprintln(out, "stopping")
			return nil
		},
	}
	cmd.Flags().StringVar(&cfg.DataDir, "datadir", "", "keep the chain in this directory (default: in memory)")
	lf.add(cmd, "127.0.0.1:8545", "JSON-RPC")
	cmd.Flags().DurationVar(&cfg.Period, "period", 0, "seal a block every period (0: one per transaction)")
	cmd.Flags().DurationVar(&cfg.Idle, "idle-block", 5*time.Second, "with --period 0, seal an empty block after this long without one, so chain time and deadlines move (0: never)")
	cmd.Flags().IntVar(&cfg.Accounts, "accounts", 10, "number of funded dev accounts")
	cmd.Flags().StringVar(&genesisOut, "genesis-out", "", "write this chain's genesis (its fork rules and funded dev accounts) to FILE and exit: `geth init FILE` gives an external dev node the same rules (docs/operations.md)")
	cmd.Flags().BoolVar(&bare, "bare", false, "deploy nothing: a chain with funded accounts only, as an external node would be (decloud deploy puts the protocol on it)")
	return cmd
}

// writeGenesis writes the dev chain's genesis for n dev accounts (0: the default number)
// and returns the accounts.
func writeGenesis(path string, n int) ([]devchain.Account, error) {
	if n <= 0 {
		n = devchain.DefaultAccounts
	}
	accounts := devchain.DevAccounts(n)
	b, err := json.MarshalIndent(devchain.Genesis(accounts), "", "  ")
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	return accounts, nil
}

// rpcProxy forwards JSON-RPC requests to the node at target (a loopback URL), as that node
// expects them (its own host name, so go-ethereum's virtual-host check passes).
func rpcProxy(target string) (http.Handler, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, fmt.Errorf("the node's URL %q: %w", target, err)
	}
	return &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) { r.SetURL(u) }}, nil
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
