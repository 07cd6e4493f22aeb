package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/decloud/decloud/devnet/demo"
)

func (m *Main) demoCommand() *cobra.Command {
	var workers int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Play the whitepaper's eFast story on a fresh grid, every actor on chain, a liar caught; exits 0 only if every check holds",
		Long: `demo starts a fresh grid in a temporary directory (chain, hub, market, storage, a workerpool,
its workers and one lying worker). A data provider publishes stock prices, an app provider
the k-means app, and a requester runs one task per k (3 to 6) at trust 3 through the market;
the pool settles in batches (workers bond to it and sign their contributions). It prints
each result's clusters, the ledger of every account, and the checks: the liar never won
and lost its stakes from its bond, the honest winners were paid, the requester paid exactly
the prices, funds are conserved. It runs anywhere: the app (examples/kmeans) is built into
this binary.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := m.Stdout
			if m.client.json {
				out = m.Stderr // the story as it happens; the report on stdout
			}
			rep, err := demo.Run(cmd.Context(), demo.Config{Out: out, Workers: workers, Logger: m.Logger})
			if rep != nil && m.client.json {
				if perr := m.print(rep, func(io.Writer) {}); perr != nil && err == nil {
					err = perr
				}
			}
			return err
		},
	}
	cmd.Flags().IntVar(&workers, "workers", demo.DefaultHonest, "honest workers (at least 3); one liar joins them")
	return cmd
}
