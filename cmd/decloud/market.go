package main

import (
	"fmt"
	"golang.org/x/sync/errgroup"

	"github.com/spf13/cobra"

	"github.com/decloud/decloud/market"
)

func (m *Main) marketCommand() *cobra.Command {
	var db, rpcURL, hubAddr, deployment string
	var lf listenFlags
	var from uint64
	var rps float64
	cmd := &cobra.Command{
		Use:   "market",
		Short: "Run the order book: publish and query signed orders, kept in step with the chain",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if err := fromDeployment(deployment, &hubAddr, &from); err != nil {
				return err
			}
			client, hub, domain, err := dialHub(ctx, rpcURL, hubAddr)
			if err != nil {
				return err
			}
			defer client.Close()
			store, err := openBook(ctx, db, m.Logger)
			if err != nil {
				return err
			}
			defer store.Close()
			svc, err := market.New(market.Config{Domain: domain, Chain: market.HubChain{Hub: hub}, Store: store,
				Logs: client, Hub: hub.Address, From: from, Logger: m.Logger})
			if err != nil {
				return err
			}
			ln, scheme, err := lf.listen()
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "market on %s://%s (book in %s)\n", scheme, ln.Addr(), dbName(db))
			g, gctx := errgroup.WithContext(ctx)
			g.Go(func() error { return svc.Run(gctx) })
			g.Go(func() error {
				return serve(gctx, ln, market.Handler(svc, svc.Metrics(), market.HTTPConfig{RatePerSecond: rps, Logger: m.Logger}))
			})
			return g.Wait()
		},
	}
	cmd.Flags().StringVar(&db, "db", "decloud-market.db", "the book: a SQLite file"+dbFlagHelp+"; market processes on one PostgreSQL database serve one book")
	lf.add(cmd, "127.0.0.1:8700", "the market's")
	cmd.Flags().StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	cmd.Flags().StringVar(&hubAddr, "hub", "", "address of the hub")
	cmd.Flags().StringVar(&deployment, "deployment", "", "a deployment file (decloud deploy): the hub and its block, unless --hub and --from-block say otherwise")
	cmd.Flags().Uint64Var(&from, "from-block", 0, "block of the hub's deployment (events are read from there)")
	cmd.Flags().Float64Var(&rps, "rate", 20, "requests per second per client (negative: unlimited)")
	return cmd
}
