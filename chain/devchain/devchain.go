// Package devchain runs a real go-ethereum node inside the process, assembled the way
// `geth --dev` assembles one: a full node (node + eth + the filter API) driven by go-ethereum's
// simulated beacon, which seals a block as soon as a transaction arrives (or one every
// period). JSON-RPC (eth, net, web3, txpool) is served over HTTP on a loopback address and
// in process. The funded dev accounts have fixed, public keys.
//
// A chain lives in memory or in a data directory. A data directory keeps blocks and state
// across restarts, also after SIGKILL: the database is LevelDB (its writes reach the
// operating system before the call returns) and state is stored in full for every block
// (hash scheme, no pruning), so every block whose receipt a client has seen survives a crash
// of the process (not a power cut: blocks are not fsynced). The genesis is written once to
// the data directory and reused as is.
//
// Gas follows mainnet rules: the chain config is go-ethereum's dev config (all forks through
// Osaka) with the experimental Bogota fork, which overcharges new storage slots, switched off.
// See Genesis.
//
// Block timestamps: with period 0 each block is at least one second after its parent, so a
// busy chain runs ahead of the wall clock (about one second per block). Code with deadlines
// must read block.timestamp, never the local clock; AdjustTime moves chain time forward.
package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
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

// NodeName names the node, and so its folder inside the data dir (DataDir/decloud): without a
// fixed name go-ethereum would name it after the executable.
const NodeName = "decloud"

// FeeRecipient receives the priority fees of every block. It is none of the dev accounts, so
// their balances change only by what they send and receive.
var FeeRecipient = common.HexToAddress("0x00000000000000000000000000000000000fee00")

// Config says how to start a dev chain. The zero value is a valid in-memory chain.
type Config struct {
	// DataDir keeps blocks, state and the Deploy result across restarts; "" runs in memory.
	DataDir string
	// HTTPAddr is the JSON-RPC listen address. It must be a loopback address (127.0.0.0/8,
	// ::1 or localhost). Default "127.0.0.1:0": a free port.
	HTTPAddr string
	// Period seals a block every Period (whole seconds, at least one). 0 seals a block as soon
	// as transactions arrive.
	Period time.Duration
	// Idle, in on-demand mode (Period 0), seals an empty block when no block was sealed for
	// that long, so chain time keeps moving and deadlines pass on an idle chain (a claim
	// otherwise waits for someone's unrelated transaction). 0: never.
	Idle time.Duration
	// Accounts is the number of funded dev accounts (default DefaultAccounts). A data dir keeps
	// the number it was created with.
	Accounts int
	// Logger receives go-ethereum's logs; nil discards them. go-ethereum logs through one
	// process-wide logger: a Start with a Logger sets it for every chain in the process.
	Logger *slog.Logger
	// Deploy runs once on a new chain: at every in-memory start, and on a data dir that has no
	// recorded deployment (its first start, or one whose Deploy failed). Blocks are sealed
	// while it runs. Its result (valid JSON, or nil) is stored, compacted, in the data dir and
	// returned by Deployment, also on later starts, which do not call Deploy.
	Deploy func(ctx context.Context, c *Chain) (json.RawMessage, error)
}

// Chain is a running dev chain. Its methods are safe for concurrent use.
type Chain struct {
	stack      *node.Node
	sealer     *sealer
	client     *ethclient.Client
	accounts   []Account
	deployment json.RawMessage

	closeOnce sync.Once
	closeErr  error
}

// ErrNotLoopback is returned by Start for an HTTP address that is not a loopback address:
// the dev chain's keys are public, so its RPC must never be reachable from the network.
var ErrNotLoopback = errors.New("devchain: the JSON-RPC address must be a loopback address such as 127.0.0.1")

// Start starts a dev chain and, on a new chain, runs cfg.Deploy. It fails on an invalid
// Config, a data dir in use by another process or created with another genesis, a busy
// port, or a Deploy error (the chain is then closed; a data dir keeps what Deploy sealed).
func Start(ctx context.Context, cfg Config) (*Chain, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("devchain: %w", err)
	}
	host, port, err := parseHTTPAddr(cfg.HTTPAddr)
	if err != nil {
		return nil, err
	}
	if cfg.Period < 0 || (cfg.Period > 0 && cfg.Period%time.Second != 0) {
		return nil, fmt.Errorf("devchain: period %v: must be 0 or whole seconds (block timestamps are in seconds)", cfg.Period)
	}
	if cfg.Accounts < 0 {
		return nil, fmt.Errorf("devchain: %d accounts", cfg.Accounts)
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = DefaultAccounts
	}
	if cfg.Logger != nil {
		setGethLogger(cfg.Logger)
	}

	st, genesis, err := prepareState(cfg)
	if err != nil {
		return nil, err
	}
	accounts := DevAccounts(st.Accounts)

	stack, backend, err := newNode(cfg.DataDir, host, port, genesis)
	if err != nil {
		return nil, err
	}
	// Period 0: the beacon runs no loop of its own; the sealer drives it (see sealer).
	beacon, err := catalyst.NewSimulatedBeacon(0, FeeRecipient, backend)
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
		stack:    stack,
		sealer:   startSealer(beacon, backend.TxPool(), cfg.Period, cfg.Idle),
		client:   ethclient.NewClient(stack.Attach()),
		accounts: accounts,
	}
	if cfg.Deploy != nil && !st.Deployed {
		dep, err := cfg.Deploy(ctx, c)
		if err == nil && dep != nil {
			dep, err = compactJSON(dep)
		}
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("devchain: deploy: %w", err)
		}
		st.Deployed, st.Deployment = true, dep
		if cfg.DataDir != "" {
			if err := writeState(cfg.DataDir, st); err != nil {
				c.Close()
				return nil, err
			}
		}
	}
	c.deployment = st.Deployment
	return c, nil
}

// prepareState returns the data dir's state and genesis, creating both for a new chain (and
// writing them before the node writes its genesis block).
func prepareState(cfg Config) (dirState, *core.Genesis, error) {
	if cfg.DataDir != "" {
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
			return dirState{}, nil, fmt.Errorf("devchain: %w", err)
		}
		st, ok, err := readState(cfg.DataDir)
		if err != nil {
			return dirState{}, nil, err
		}
		if ok {
			g, err := st.genesis()
			return st, g, err
		}
	}
	g := Genesis(DevAccounts(cfg.Accounts))
	raw, err := json.Marshal(g)
	if err != nil {
		return dirState{}, nil, fmt.Errorf("devchain: genesis: %w", err)
	}
	st := dirState{Accounts: cfg.Accounts, Genesis: raw}
	if cfg.DataDir != "" {
		if err := writeState(cfg.DataDir, st); err != nil {
			return dirState{}, nil, err
		}
	}
	return st, g, nil
}

// newNode assembles the node as geth --dev does: no p2p, HTTP on a loopback address, a full
// eth service with the filter API.
func newNode(dataDir, host string, port int, genesis *core.Genesis) (*node.Node, *eth.Ethereum, error) {
	nc := node.DefaultConfig
	nc.Name = NodeName
	nc.DataDir = dataDir
	nc.IPCPath = ""
	nc.HTTPHost = host
	nc.HTTPPort = port
	nc.HTTPModules = []string{"eth", "net", "web3", "txpool"}
	nc.HTTPVirtualHosts = []string{"localhost"} // requests to an IP address are always allowed
	nc.WSHost = ""
	nc.P2P = p2p.Config{MaxPeers: 0, NoDiscovery: true, NoDial: true, ListenAddr: ""}
	if dataDir != "" {
		// LevelDB's writes reach the OS before they return; Pebble buffers its log in the
		// process, and a SIGKILL then lost the newest block in our tests.
		nc.DBEngine = rawdb.DBLeveldb
	}
	stack, err := node.New(&nc)
	if err != nil {
		return nil, nil, fmt.Errorf("devchain: new node: %w", err)
	}

	ec := ethconfig.Defaults
	ec.Genesis = genesis
	ec.NetworkId = ChainID
	ec.SyncMode = ethconfig.FullSync
	// Every block's state is written when the block is: nothing is lost on SIGKILL, and old
	// state stays queryable.
	ec.StateScheme = rawdb.HashScheme
	ec.NoPruning = true
	ec.SnapshotCache = 0 // no snapshot to regenerate at start
	ec.DatabaseCache = 64
	ec.TrieCleanCache = 16
	ec.TrieDirtyCache = 16
	ec.Miner.GasCeil = GasLimit
	ec.Miner.GasPrice = big.NewInt(1) // include anything the pool accepts, as geth --dev
	ec.Miner.PendingFeeRecipient = FeeRecipient
	ec.TxPool.NoLocals = true
	ec.TxPool.Journal = ""
	ec.TxPool.AccountSlots = 1024 // pipelined nonces from one account
	ec.TxPool.AccountQueue = 1024
	ec.TxPool.GlobalSlots = 16384
	ec.TxPool.GlobalQueue = 4096
	ec.RPCTxFeeCap = 0 // dev ETH is free: no fee cap on sent transactions
	backend, err := eth.New(stack, &ec)
	if err != nil {
		stack.Close()
		return nil, nil, fmt.Errorf("devchain: eth service: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ec.FilterLogCacheSize,
		LogQueryLimit: ec.LogQueryLimit,
		RangeLimit:    ec.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	return stack, backend, nil
}

// parseHTTPAddr checks that addr ("" for the default) is a loopback host and a port.
func parseHTTPAddr(addr string) (host string, port int, err error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("devchain: JSON-RPC address %q: %w", addr, err)
	}
	if host == "localhost" {
		host = "127.0.0.1"
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return "", 0, fmt.Errorf("%w, not %q", ErrNotLoopback, addr)
	}
	port, err = strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("devchain: JSON-RPC address %q: bad port", addr)
	}
	return host, port, nil
}

// compactJSON returns b without insignificant space: how Deployment returns it, in memory as
// after a restart.
func compactJSON(b json.RawMessage) (json.RawMessage, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		return nil, fmt.Errorf("result is not valid JSON: %w", err)
	}
	return buf.Bytes(), nil
}

// quietRoot hides go-ethereum's logger type from log.SetDefault, which would otherwise also
// replace the process's slog default.
type quietRoot struct{ gethlog.Logger }

func setGethLogger(l *slog.Logger) {
	gethlog.SetDefault(quietRoot{gethlog.NewLogger(l.Handler())})
}

// RPCURL is the JSON-RPC endpoint, http://127.0.0.1:PORT (eth, net, web3, txpool).
func (c *Chain) RPCURL() string { return c.stack.HTTPEndpoint() }

// Client is an in-process client (no HTTP), closed by Close.
func (c *Chain) Client() *ethclient.Client { return c.client }

// ChainID is ChainID (1337).
func (c *Chain) ChainID() *big.Int { return big.NewInt(ChainID) }

// Accounts returns the funded dev accounts.
func (c *Chain) Accounts() []Account { return append([]Account(nil), c.accounts...) }

// Deployment is what Deploy returned when the chain was created; nil if it never ran.
func (c *Chain) Deployment() json.RawMessage { return bytes.Clone(c.deployment) }

// PrintAccounts writes the funded dev accounts and their private keys, one per line.
func (c *Chain) PrintAccounts(w io.Writer) error { return PrintAccounts(w, c.accounts) }

// AdjustTime seals what is pending, then an empty block whose timestamp is the head's plus d
// (rounded up to whole seconds); every later block is later still. AdjustTime(ctx, 0) seals an
// empty block. It returns ErrClosed after Close.
func (c *Chain) AdjustTime(ctx context.Context, d time.Duration) error {
	if d < 0 {
		return fmt.Errorf("devchain: adjust time by %v: time only moves forward", d)
	}
	d = (d + time.Second - 1).Truncate(time.Second)
	return c.sealer.requestAdjust(ctx, d)
}

// Close stops sealing and shuts the node down cleanly, every sealed block on disk. It is safe
// to call more than once.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		c.sealer.stop()
		c.client.Close()
		if err := c.stack.Close(); err != nil {
			c.closeErr = fmt.Errorf("devchain: close: %w", err)
		}
	})
	return c.closeErr
}
