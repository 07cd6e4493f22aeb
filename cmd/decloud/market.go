package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/market/sqlite"
	"github.com/decloud/decloud/poco"
)

func (m *Main) marketCommand() *cobra.Command {
	var db, addr, rpcURL, hubAddr string
	var from uint64
	var rps float64
	cmd := &cobra.Command{
		Use:   "market",
		Short: "Run the order book: publish and query signed orders, kept in step with the chain",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if !common.IsHexAddress(hubAddr) {
				return errors.New("--hub must be the hub's address")
			}
			client, err := ethclient.DialContext(ctx, rpcURL)
			if err != nil {
				return fmt.Errorf("dial %s: %w", rpcURL, err)
			}
			defer client.Close()
			id, err := client.ChainID(ctx)
			if err != nil {
				return fmt.Errorf("chain id: %w", err)
			}
			hub := chain.NewHub(client, common.HexToAddress(hubAddr))
			store, err := sqlite.Open(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			svc, err := market.New(market.Config{Domain: poco.NewDomain(id, hub.Address), Chain: market.HubChain{Hub: hub}, Store: store,
				Logs: client, Hub: hub.Address, From: from, Logger: m.Logger})
			if err != nil {
				return err
			}
			ln, err := listenLoopback(addr)
			if err != nil {
				return err
			}
			srv := &http.Server{Handler: market.Handler(svc, svc.Metrics(), market.HTTPConfig{RatePerSecond: rps, Logger: m.Logger}),
				ReadHeaderTimeout: 10 * time.Second}
			fmt.Fprintf(m.Stdout, "market on http://%s (book in %s)\n", ln.Addr(), db)
			go svc.Run(ctx)
			go func() {
				<-ctx.Done()
				shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				srv.Shutdown(shut)
			}()
			if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "decloud-market.db", "SQLite file of the book")
	cmd.Flags().StringVar(&addr, "http", "127.0.0.1:8700", "listen address (loopback only)")
	cmd.Flags().StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	cmd.Flags().StringVar(&hubAddr, "hub", "", "address of the hub")
	cmd.Flags().Uint64Var(&from, "from-block", 0, "block of the hub's deployment (events are read from there)")
	cmd.Flags().Float64Var(&rps, "rate", 20, "requests per second per client (negative: unlimited)")
	return cmd
}
