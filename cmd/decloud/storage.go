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
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/storage"
)

func (m *Main) storageCommand() *cobra.Command {
	var dir, addr, rpcURL, hubAddr string
	var maxBlob int64
	cmd := &cobra.Command{
		Use:   "storage",
		Short: "Run the content-addressed blob store (results uploads need the task's scheduler authorization)",
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
			st, err := storage.Open(dir, maxBlob)
			if err != nil {
				return err
			}
			auth := storage.ResultAuthorizer{Domain: poco.NewDomain(id, hub.Address), SchedulerOf: hub.TaskScheduler}
			assets := storage.AssetAuthorizer{Lookup: func(ctx context.Context, a common.Address) (storage.Asset, error) {
				owner, sum, err := hub.AssetOwner(ctx, a)
				return storage.Asset{Owner: owner, Checksum: sum}, err
			}}
			ln, err := listenLoopback(addr)
			if err != nil {
				return err
			}
			srv := &http.Server{Handler: storage.Handler(st, auth, assets, m.Logger), ReadHeaderTimeout: 10 * time.Second}
			fmt.Fprintf(m.Stdout, "storage on http://%s (blobs in %s, at most %d bytes each)\n", ln.Addr(), dir, maxBlob)
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
	cmd.Flags().StringVar(&dir, "dir", "decloud-storage", "directory of the blobs")
	cmd.Flags().StringVar(&addr, "http", "127.0.0.1:8090", "listen address (loopback only)")
	cmd.Flags().StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	cmd.Flags().StringVar(&hubAddr, "hub", "", "address of the hub")
	cmd.Flags().Int64Var(&maxBlob, "max-blob", 256<<20, "largest blob accepted, in bytes")
	return cmd
}
