package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/executor/wasm"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
	"github.com/decloud/decloud/scheduler/sqlite"
	"github.com/decloud/decloud/storage"
	"github.com/decloud/decloud/worker"
)

// chainFlags are the flags every chain-using service shares.
type chainFlags struct {
	rpc, hub, key string
	from          uint64
}

func (f *chainFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.rpc, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	cmd.Flags().StringVar(&f.hub, "hub", "", "address of the hub")
	cmd.Flags().StringVar(&f.key, "key", "", "private key: 0x-hex, or @FILE holding it")
	cmd.Flags().Uint64Var(&f.from, "from-block", 0, "block of the hub's deployment (events are read from there)")
}

type chainConn struct {
	client *ethclient.Client
	hub    *chain.Hub
	sender *chain.Sender
	key    *ecdsa.PrivateKey
	domain poco.Domain
}

func (f *chainFlags) connect(ctx context.Context) (*chainConn, error) {
	if !common.IsHexAddress(f.hub) {
		return nil, errors.New("--hub must be the hub's address")
	}
	raw := f.key
	if strings.HasPrefix(raw, "@") {
		b, err := os.ReadFile(raw[1:])
		if err != nil {
			return nil, fmt.Errorf("--key: %w", err)
		}
		raw = strings.TrimSpace(string(b))
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(raw, "0x"))
	if err != nil {
		return nil, errors.New("--key must be a 0x-hex private key or @FILE")
	}
	client, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", f.rpc, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id from %s: %w", f.rpc, err)
	}
	sender, err := chain.NewSender(client, key, nil)
	if err != nil {
		return nil, err
	}
	hub := chain.NewHub(client, common.HexToAddress(f.hub))
	return &chainConn{client: client, hub: hub, sender: sender, key: key, domain: poco.NewDomain(id, hub.Address)}, nil
}

func listenLoopback(addr string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || (host != "127.0.0.1" && host != "localhost" && host != "::1") {
		return nil, fmt.Errorf("%q: only loopback addresses are served", addr)
	}
	return net.Listen("tcp", addr)
}

func (m *Main) poolCommand() *cobra.Command {
	var cf chainFlags
	var pool, db, addr, storageURL string
	cmd := &cobra.Command{
		Use:   "pool",
		Short: "Run a workerpool's scheduler (the key must be the workerpool owner's)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if !common.IsHexAddress(pool) {
				return errors.New("--workerpool must be the workerpool's address")
			}
			conn, err := cf.connect(ctx)
			if err != nil {
				return err
			}
			defer conn.client.Close()
			store, err := sqlite.Open(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			svc, err := scheduler.NewService(ctx, scheduler.ServiceConfig{
				Hub: conn.hub, Logs: conn.client, Sender: conn.sender, Pool: common.HexToAddress(pool), Domain: conn.domain,
				From: cf.from, Store: store, StorageURL: storageURL, Plan: scheduler.Config{ClaimEnabled: true}, Logger: m.Logger,
			})
			if err != nil {
				return err
			}
			ln, err := listenLoopback(addr)
			if err != nil {
				return err
			}
			srv := &http.Server{Handler: scheduler.NewAPI(svc).Handler(), ReadHeaderTimeout: 10 * time.Second}
			go srv.Serve(ln)
			defer srv.Close()
			fmt.Fprintf(m.Stdout, "scheduler of %s on http://%s (state in %s)\n", pool, ln.Addr(), db)
			return svc.Run(ctx, 200*time.Millisecond)
		},
	}
	cf.add(cmd)
	cmd.Flags().StringVar(&pool, "workerpool", "", "address of the workerpool")
	cmd.Flags().StringVar(&db, "db", "decloud-pool.db", "SQLite database of the scheduler's state")
	cmd.Flags().StringVar(&addr, "http", "127.0.0.1:8091", "workers' API listen address (loopback only)")
	cmd.Flags().StringVar(&storageURL, "storage", "http://127.0.0.1:8090", "storage the results go to")
	return cmd
}

func (m *Main) workerCommand() *cobra.Command {
	var cf chainFlags
	var poolURL, storageURL, dir string
	var slots int
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Run a worker for a workerpool",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			conn, err := cf.connect(ctx)
			if err != nil {
				return err
			}
			defer conn.client.Close()
			x, err := wasm.New(wasm.Config{CacheDir: dir + "/wasm-cache", Logger: m.Logger})
			if err != nil {
				return err
			}
			w, err := worker.New(worker.Config{PoolURL: poolURL, Key: conn.key, Hub: conn.hub, HubFrom: cf.from, Sender: conn.sender,
				Domain: conn.domain, Executor: x, Storage: &storage.Client{BaseURL: storageURL}, Dir: dir, Slots: slots, Logger: m.Logger})
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "worker %s working for %s\n", w.Address().Hex(), poolURL)
			return w.Run(ctx)
		},
	}
	cf.add(cmd)
	cmd.Flags().StringVar(&poolURL, "pool", "http://127.0.0.1:8091", "the scheduler's API")
	cmd.Flags().StringVar(&storageURL, "storage", "http://127.0.0.1:8090", "the storage server")
	cmd.Flags().StringVar(&dir, "dir", "decloud-worker", "task state and download cache")
	cmd.Flags().IntVar(&slots, "slots", 1, "tasks run at once")
	return cmd
}
