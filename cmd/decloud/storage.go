package main

import (
	"context"
	"errors"
	"fmt"
	"golang.org/x/sync/errgroup"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
	"github.com/decloud/decloud/storage"
)

func (m *Main) storageCommand() *cobra.Command {
	var dir, rpcURL, hubAddr, deployment string
	var lf listenFlags
	var maxBlob int64
	var fromBlock uint64
	cmd := &cobra.Command{
		Use:   "storage",
		Short: "Run the content-addressed blob store (results uploads need the task's scheduler authorization)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if err := fromDeployment(deployment, &hubAddr, &fromBlock); err != nil {
				return err
			}
			client, hub, domain, err := dialHub(ctx, rpcURL, hubAddr)
			if err != nil {
				return err
			}
			defer client.Close()
			st, err := storage.Open(dir, maxBlob)
			if err != nil {
				return err
			}
			auth, assets := sdk.StorageAuth(hub, domain, fromBlock)
			ln, scheme, err := lf.listen()
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "storage on %s://%s (blobs in %s, at most %d bytes each)\n", scheme, ln.Addr(), dir, maxBlob)
			return serve(ctx, ln, storage.Handler(st, auth, assets, m.Logger))
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "decloud-storage", "directory of the blobs")
	lf.add(cmd, "127.0.0.1:8090", "the storage's")
	cmd.Flags().StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	cmd.Flags().StringVar(&hubAddr, "hub", "", "address of the hub")
	cmd.Flags().StringVar(&deployment, "deployment", "", "a deployment file (decloud deploy): the hub and its block, unless --hub and --from-block say otherwise")
	cmd.Flags().Int64Var(&maxBlob, "max-blob", 256<<20, "largest blob accepted, in bytes")
	cmd.Flags().Uint64Var(&fromBlock, "from-block", 0, "block of the hub's deployment (deals' events are read from there)")
	return cmd
}

// dialHub connects to the node at rpcURL and the hub at hubAddr.
func dialHub(ctx context.Context, rpcURL, hubAddr string) (*ethclient.Client, *chain.Hub, poco.Domain, error) {
	if !common.IsHexAddress(hubAddr) {
		return nil, nil, poco.Domain{}, errors.New("--hub must be the hub's address")
	}
	client, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, nil, poco.Domain{}, fmt.Errorf("dial %s: %w", rpcURL, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, nil, poco.Domain{}, fmt.Errorf("chain id: %w", err)
	}
	hub := chain.NewHub(client, common.HexToAddress(hubAddr))
	return client, hub, poco.NewDomain(id, hub.Address), nil
}

// serve serves h on ln until ctx ends, then shuts down gracefully.
func serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		<-gctx.Done() // ctx ended, or Serve failed
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(shut)
	})
	g.Go(func() error {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	})
	return g.Wait()
}
