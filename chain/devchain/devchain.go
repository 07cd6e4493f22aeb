// Package devchain runs a real go-ethereum node embedded as a library, the way geth's --dev
// mode assembles one: full node, simulated beacon sealing a block per transaction (or every
// period), JSON-RPC over HTTP on 127.0.0.1, funded dev accounts from fixed keys, in memory or
// in a data directory that survives restarts (and SIGKILL: hash state scheme, no pruning).
//
// The chain config is go-ethereum's dev config with its experimental fork (Bogota, which
// charges far more for new storage slots) switched off, so gas is measured under mainnet
// rules (everything up to Osaka on). Chain id 1337.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID of every dev chain.
const ChainID = 1337

// GasLimit of every block: large enough for batches of hundreds of tasks.
const GasLimit = 100_000_000

// Config says how to start a dev chain.
type Config struct {
	// DataDir keeps blocks and state across restarts; "" runs in memory.
	DataDir string
	// HTTPAddr is the JSON-RPC listen address; it must be a loopback address.
	// Default "127.0.0.1:0" (a free port).
	HTTPAddr string
	// Period seals a block every Period; 0 seals one per transaction.
	Period time.Duration
	// Accounts is the number of funded dev accounts (default 10). A data dir keeps the
	// number it was created with.
	Accounts int
	// Logger receives the node's logs (nil: discarded).
	Logger *slog.Logger
	// Deploy runs once on a new chain (first start of a data dir; every in-memory start).
	// Its result is kept in the data dir and returned by Deployment on later starts.
	Deploy func(ctx context.Context, c *Chain) (json.RawMessage, error)
}

// Account is a funded dev account.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// Chain is a running dev chain.
type Chain struct {
	stack      *node.Node
	backend    *eth.Ethereum
	beacon     *catalyst.SimulatedBeacon
	client     *ethclient.Client
	accounts   []Account
	deployment json.RawMessage
	persistent bool
	log        *slog.Logger
	adjust     chan adjustReq
	quit       chan struct{}
	done       chan struct{}
	closeOnce  sync.Once
	closeErr   error
}

// state is what a data dir remembers besides the chain itself.
type state struct {
	Accounts   int             `json:"accounts"`
	Deployment json.RawMessage `json:"deployment,omitempty"`
}

const stateFile = "decloud-devchain.json"

// ErrNotLoopback is returned for an HTTP address that is not on the loopback interface.
var ErrNotLoopback = errors.New("devchain: the HTTP address must be a loopback address (127.0.0.1)")

// Start starts a dev chain and, on a new chain, runs cfg.Deploy.
func Start(ctx context.Context, cfg Config) (*Chain, error) {
	host, port, err := parseLoopback(cfg.HTTPAddr)
	if err != nil {
		return nil, err
	}
	if cfg.Accounts <= 0 {
		cfg.Accounts = 10
	}
	var st state
	fresh := true
	if cfg.DataDir != "" {
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
			return nil, fmt.Errorf("devchain: %w", err)
		}
		b, err := os.ReadFile(filepath.Join(cfg.DataDir, stateFile))
		switch {
		case err == nil:
			if err := json.Unmarshal(b, &st); err != nil {
				return nil, fmt.Errorf("devchain: corrupt %s: %w", stateFile, err)
			}
			cfg.Accounts = st.Accounts
			fresh = st.Deployment == nil && cfg.Deploy != nil
		case errors.Is(err, os.ErrNotExist):
		default:
			return nil, fmt.Errorf("devchain: %w", err)
		}
	}
	st.Accounts = cfg.Accounts

	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	// go-ethereum logs through its own global logger.
	gethlog.SetDefault(gethlog.NewLogger(logger.Handler()))

	accounts := DevAccounts(cfg.Accounts)
	genesis := Genesis(accounts)

	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "decloud"
	nodeCfg.DataDir = cfg.DataDir
	nodeCfg.IPCPath = ""
	nodeCfg.HTTPHost = host
	nodeCfg.HTTPPort = port
	nodeCfg.HTTPModules = []string{"eth", "net", "web3", "txpool"}
	nodeCfg.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	nodeCfg.WSHost = ""
	nodeCfg.AuthPort = 0
	nodeCfg.P2P = p2p.Config{MaxPeers: 0, NoDiscovery: true, NoDial: true, ListenAddr: ""}
	nodeCfg.UseLightweightKDF = true
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("devchain: new node: %w", err)
	}
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = genesis
	ethCfg.NetworkId = ChainID
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.StateScheme = "hash"
	ethCfg.NoPruning = true
	ethCfg.DatabaseCache = 64
	ethCfg.TrieCleanCache = 16
	ethCfg.TrieDirtyCache = 16
	ethCfg.SnapshotCache = 0
	ethCfg.Miner.GasCeil = GasLimit
	ethCfg.Miner.PendingFeeRecipient = accounts[0].Address
	ethCfg.TxPool.NoLocals = true
	ethCfg.TxPool.AccountSlots = 4096
	ethCfg.TxPool.GlobalSlots = 16384
	ethCfg.TxPool.AccountQueue = 4096
	ethCfg.TxPool.GlobalQueue = 16384
	ethCfg.TxPool.Journal = ""
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: new eth service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	beacon, err := catalyst.NewSimulatedBeacon(uint64(cfg.Period/time.Second), accounts[0].Address, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: simulated beacon: %w", err)
	}
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: start node: %w", err)
	}
	c := &Chain{
		stack:      stack,
		backend:    backend,
		beacon:     beacon,
		client:     ethclient.NewClient(stack.Attach()),
		accounts:   accounts,
		adjust:     make(chan adjustReq),
		persistent: cfg.DataDir != "",
		log:        logger,
		quit:       make(chan struct{}),
		done:       make(chan struct{}),
	}
	c.startSealer(cfg.Period == 0)
	if !fresh || cfg.Deploy == nil {
		c.deployment = st.Deployment
	} else {
		dep, err := cfg.Deploy(ctx, c)
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("devchain: deploy: %w", err)
		}
		c.deployment = dep
		st.Deployment = dep
	}
	if cfg.DataDir != "" {
		if err := writeState(cfg.DataDir, st); err != nil {
			c.Close()
			return nil, err
		}
	}
	return c, nil
}

func writeState(dir string, st state) error {
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, stateFile+".tmp")
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("devchain: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("devchain: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	return os.Rename(tmp, filepath.Join(dir, stateFile))
}

func parseLoopback(addr string) (string, int, error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("devchain: HTTP address %q: %w", addr, err)
	}
	ip := net.ParseIP(host)
	if host == "localhost" {
		ip = net.IPv4(127, 0, 0, 1)
		host = "127.0.0.1"
	}
	if ip == nil || !ip.IsLoopback() {
		return "", 0, fmt.Errorf("%w: got %q", ErrNotLoopback, addr)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("devchain: HTTP address %q: bad port", addr)
	}
	return host, port, nil
}

// DevAccounts derives n dev accounts from fixed keys: key i = keccak256("decloud dev account i").
// They are public: never use them on a real chain.
func DevAccounts(n int) []Account {
	out := make([]Account, n)
	for i := range out {
		seed := crypto.Keccak256([]byte(fmt.Sprintf("decloud dev account %d", i)))
		key, err := crypto.ToECDSA(seed)
		if err != nil {
			panic(err) // a keccak output is a valid key with overwhelming probability
		}
		out[i] = Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
	}
	return out
}

// Genesis is the dev genesis: go-ethereum's dev config (experimental fork off), every dev
// account funded with 10^30 wei.
func Genesis(accounts []Account) *core.Genesis {
	g := core.DeveloperGenesisBlock(GasLimit, nil)
	cfg := *g.Config
	cfg.BogotaTime = nil // experimental: overcharges new storage slots; keep mainnet rules
	cfg.ChainID = big.NewInt(ChainID)
	g.Config = &cfg
	g.Timestamp = 0
	fund := new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)
	for _, a := range accounts {
		g.Alloc[a.Address] = types.Account{Balance: fund}
	}
	return g
}

// RPCURL is the JSON-RPC endpoint on 127.0.0.1.
func (c *Chain) RPCURL() string { return c.stack.HTTPEndpoint() }

// Client is an in-process client (no HTTP).
func (c *Chain) Client() *ethclient.Client { return c.client }

// ChainID is 1337.
func (c *Chain) ChainID() *big.Int { return big.NewInt(ChainID) }

// Accounts are the funded dev accounts.
func (c *Chain) Accounts() []Account { return c.accounts }

// Deployment is what Deploy returned when the chain was created.
func (c *Chain) Deployment() json.RawMessage { return c.deployment }

type adjustReq struct {
	d   time.Duration
	err chan error
}

// startSealer runs the one goroutine that seals blocks: on demand (a block as soon as
// transactions arrive) when onDemand, and for AdjustTime. go-ethereum's own on-demand loop
// subscribes to the pool in a goroutine (a transaction sent right after start could wait
// forever) and is not safe to run beside AdjustTime; this one subscribes before returning.
func (c *Chain) startSealer(onDemand bool) {
	// kick holds at most one pending "seal now": the pool's event feed must never block on
	// us (it sends from its reorg loop, which sealPending waits for).
	kick := make(chan struct{}, 1)
	poke := func() {
		select {
		case kick <- struct{}{}:
		default:
		}
	}
	if onDemand {
		newTxs := make(chan core.NewTxsEvent, 16)
		sub := c.backend.TxPool().SubscribeTransactions(newTxs, true)
		go func() {
			defer sub.Unsubscribe()
			for {
				select {
				case <-newTxs:
					poke()
				case <-c.quit:
					return
				}
			}
		}()
		poke() // anything already pending (e.g. after a restart) gets sealed too
	}
	go func() {
		defer close(c.done)
		for {
			select {
			case <-c.quit:
				return
			case <-kick:
				c.sealPending()
			case r := <-c.adjust:
				if onDemand {
					c.sealPending()
				}
				r.err <- c.beacon.AdjustTime(r.d)
			}
		}
	}()
}

// sealPending seals blocks until no executable transaction is left (bounded, in case the
// pool holds transactions the miner will not include).
func (c *Chain) sealPending() {
	for i := 0; i < 64; i++ {
		c.beacon.Commit()
		if c.persistent {
			// go-ethereum writes asynchronously; flush after each block so that a SIGKILL
			// loses at most the newest block.
			if err := c.backend.ChainDb().SyncKeyValue(); err != nil {
				c.log.Warn("flushing the chain database", "err", err)
			}
		}
		if err := c.backend.TxPool().Sync(); err != nil {
			return
		}
		if executable, _ := c.backend.TxPool().Stats(); executable == 0 {
			return
		}
	}
}

// AdjustTime moves chain time forward by d and seals a block at that time; later blocks
// have timestamps at least that far. Pending transactions are sealed first.
func (c *Chain) AdjustTime(ctx context.Context, d time.Duration) error {
	r := adjustReq{d: d, err: make(chan error, 1)}
	select {
	case c.adjust <- r:
	case <-ctx.Done():
		return fmt.Errorf("devchain: adjust time: %w", ctx.Err())
	case <-c.done:
		return errors.New("devchain: adjust time: chain closed")
	}
	select {
	case err := <-r.err:
		if err != nil {
			return fmt.Errorf("devchain: adjust time: %w", err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("devchain: adjust time: %w", ctx.Err())
	}
}

// Close stops the node cleanly: everything sealed is on disk.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		close(c.quit)
		<-c.done
		c.client.Close()
		c.closeErr = c.stack.Close()
	})
	return c.closeErr
}

// PrintAccounts writes the dev accounts and their keys.
func (c *Chain) PrintAccounts(w io.Writer) {
	for i, a := range c.accounts {
		fmt.Fprintf(w, "  (%d) %s  key 0x%x\n", i, a.Address.Hex(), crypto.FromECDSA(a.Key))
	}
}
