package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/oci"
	"github.com/decloud/decloud/executor/wasm"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
	"github.com/decloud/decloud/scheduler/broker"
	"github.com/decloud/decloud/sdk"
	"github.com/decloud/decloud/storage"
	"github.com/decloud/decloud/worker"
)

// chainFlags are the flags every chain-using service shares.
type chainFlags struct {
	rpc, hub, keystore, key, deployment string
	from                                uint64
}

func (f *chainFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.rpc, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	cmd.Flags().StringVar(&f.hub, "hub", "", "address of the hub")
	cmd.Flags().StringVar(&f.keystore, "keystore", "", "the account's encrypted JSON keystore file (go-ethereum's, as `decloud wallet create` writes);"+
		" its password comes from --password-file, else $"+sdk.PasswordEnv+", else a prompt")
	cmd.Flags().StringVar(&f.key, "key", "", "@FILE: a file holding the raw 0x-hex private key, readable by its owner only (mode 0600);"+
		" a key on the command line is refused (every local user sees it in ps): use --keystore")
	cmd.Flags().Uint64Var(&f.from, "from-block", 0, "block of the hub's deployment (events are read from there)")
	cmd.Flags().StringVar(&f.deployment, "deployment", "", "a deployment file (decloud deploy): the hub and its block, unless --hub and --from-block say otherwise")
}

type chainConn struct {
	client *ethclient.Client
	hub    *chain.Hub
	sender *chain.Sender
	key    *ecdsa.PrivateKey
	domain poco.Domain
}

// loadKey is the account's key: from --keystore, decrypted with the password that
// password returns, or from --key @FILE when only its owner can read FILE. A raw key in
// --key is refused: the command line is visible to every local user.
func (f *chainFlags) loadKey(password func(prompt string) (string, error)) (*ecdsa.PrivateKey, error) {
	switch {
	case f.keystore != "" && f.key != "":
		return nil, errors.New("give either --keystore or --key @FILE, not both")
	case f.keystore != "":
		b, err := os.ReadFile(f.keystore)
		if err != nil {
			return nil, fmt.Errorf("--keystore: %w", err)
		}
		pw, err := password("password of keystore " + f.keystore + ": ")
		if err != nil {
			return nil, err
		}
		k, err := keystore.DecryptKey(b, pw)
		if err != nil {
			return nil, fmt.Errorf("--keystore %s: %w", f.keystore, err)
		}
		return k.PrivateKey, nil
	case strings.HasPrefix(f.key, "@"):
		name := f.key[1:]
		fi, err := os.Stat(name)
		if err != nil {
			return nil, fmt.Errorf("--key: %w", err)
		}
		if perm := fi.Mode().Perm(); perm&0o077 != 0 {
			return nil, fmt.Errorf("--key @%s: the key file is readable by others than its owner (mode %04o): chmod 600 it, or better use --keystore", name, perm)
		}
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("--key: %w", err)
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
		if err != nil {
			return nil, fmt.Errorf("--key @%s: the file does not hold a 0x-hex private key", name)
		}
		return key, nil
	case f.key != "":
		return nil, errors.New("--key takes no raw private key (every local user sees the command line in ps): use --keystore FILE (an encrypted keystore), or --key @FILE with a file only its owner can read")
	}
	return nil, errors.New("--keystore is required (the account's encrypted keystore file)")
}

// connect loads the key (see loadKey) and dials the chain.
func (f *chainFlags) connect(ctx context.Context, password func(prompt string) (string, error)) (*chainConn, error) {
	var dep chain.Deployment
	if f.deployment != "" {
		var err error
		if dep, err = readDeployment(f.deployment); err != nil {
			return nil, err
		}
		if f.hub == "" {
			f.hub = dep.Hub.Hex()
		}
		if f.from == 0 {
			f.from = dep.Block
		}
	}
	if !common.IsHexAddress(f.hub) {
		return nil, errors.New("--hub must be the hub's address")
	}
	key, err := f.loadKey(password)
	if err != nil {
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", f.rpc, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id from %s: %w", f.rpc, err)
	}
	if f.deployment != "" && dep.ChainID != 0 && dep.ChainID != id.Uint64() {
		client.Close()
		return nil, fmt.Errorf("--deployment %s is for chain %d, %s is chain %s", f.deployment, dep.ChainID, f.rpc, id)
	}
	sender, err := chain.NewSender(client, key, nil)
	if err != nil {
		return nil, err
	}
	hub := chain.NewHub(client, common.HexToAddress(f.hub))
	return &chainConn{client: client, hub: hub, sender: sender, key: key, domain: poco.NewDomain(id, hub.Address)}, nil
}

func (m *Main) poolCommand() *cobra.Command {
	var cf chainFlags
	var pool, db, storageURL string
	var lf listenFlags
	var minStake uint64
	var allow, trusted []string
	var recheck time.Duration
	var requireSandbox []string
	var brokerURL string
	cmd := &cobra.Command{
		Use:   "pool",
		Short: "Run a workerpool's scheduler (the key must be the workerpool owner's)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if !common.IsHexAddress(pool) {
				return errors.New("--workerpool must be the workerpool's address")
			}
			adm := scheduler.Admission{Recheck: recheck, RequireSandbox: requireSandbox}
			if minStake > 0 {
				adm.MinStake = new(big.Int).SetUint64(minStake)
			}
			for _, l := range []struct {
				flag string
				in   []string
				out  *[]common.Address
			}{{"--allow-workers", allow, &adm.Allow}, {"--trusted-workers", trusted, &adm.Trusted}} {
				for _, a := range l.in {
					if !common.IsHexAddress(a) {
						return fmt.Errorf("%s: %q is not an address", l.flag, a)
					}
					*l.out = append(*l.out, common.HexToAddress(a))
				}
			}
			conn, err := cf.connect(ctx, m.password)
			if err != nil {
				return err
			}
			defer conn.client.Close()
			store, err := openPoolState(ctx, db, m.Logger)
			if err != nil {
				return err
			}
			defer store.Close()
			svc, err := scheduler.NewService(ctx, scheduler.ServiceConfig{
				Hub: conn.hub, Logs: conn.client, Sender: conn.sender, Pool: common.HexToAddress(pool), Domain: conn.domain,
				From: cf.from, Store: store, StorageURL: storageURL, Plan: scheduler.Config{ClaimEnabled: true}, Admission: adm, Logger: m.Logger,
			})
			if err != nil {
				return err
			}
			ln, scheme, err := lf.listen()
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "scheduler of %s on %s://%s (state in %s)\n", pool, scheme, ln.Addr(), dbName(db))
			g, gctx := errgroup.WithContext(ctx)
			g.Go(func() error { return svc.Run(gctx, 200*time.Millisecond) })
			g.Go(func() error { return serve(gctx, ln, scheduler.NewAPI(svc).Handler()) })
			if brokerURL != "" {
				b, err := broker.New(broker.Config{Book: &market.Client{BaseURL: brokerURL}, Matcher: broker.HubMatcher{Hub: conn.hub, Tx: conn.sender},
					Pool: common.HexToAddress(pool), CanServe: svc.CanServe, Kinds: svc.AppKind, Logger: m.Logger})
				if err != nil {
					return err
				}
				fmt.Fprintf(m.Stdout, "brokering the request book of %s\n", brokerURL)
				g.Go(func() error { return b.Run(gctx) })
			}
			return g.Wait()
		},
	}
	cf.add(cmd)
	cmd.Flags().StringVar(&pool, "workerpool", "", "address of the workerpool")
	cmd.Flags().StringVar(&db, "db", "decloud-pool.db", "the scheduler's state: a SQLite file"+dbFlagHelp+"; one pool per database")
	lf.add(cmd, "127.0.0.1:8091", "the workers' API")
	cmd.Flags().StringVar(&storageURL, "storage", "http://127.0.0.1:8090", "storage the results go to")
	cmd.Flags().Uint64Var(&minStake, "min-stake", 0, "free escrow a worker must hold to be admitted, checked at login and while it works (0: none)")
	cmd.Flags().StringSliceVar(&allow, "allow-workers", nil, "the only worker addresses admitted (comma-separated; empty: any that meets --min-stake)")
	cmd.Flags().DurationVar(&recheck, "admission-recheck", time.Minute, "how often a working worker's stake is checked again")
	cmd.Flags().StringSliceVar(&trusted, "trusted-workers", nil, "workers you vouch for (your own machines, comma-separated): they anchor replicated tasks from the start (docs/trust.md)")
	cmd.Flags().StringSliceVar(&requireSandbox, "require-sandbox", nil, "sandbox layers a worker must have: landlock, namespaces (comma-separated)")
	cmd.Flags().StringVar(&brokerURL, "broker", "", "a market's URL: match the published requests your orders and workers can serve (docs/protocol.md, open brokering)")
	return cmd
}

// lying is a liar's switch, on.
func lying() *atomic.Bool {
	b := new(atomic.Bool)
	b.Store(true)
	return b
}

func (m *Main) workerCommand() *cobra.Command {
	var cf chainFlags
	var poolURL, storageURL, dir string
	var slots int
	var fetchAllow []string
	var maxInput int64
	var fetchTimeout time.Duration
	var sandboxUID int
	var lie string
	var squat bool
	var useOCI bool
	var gpuDevices []string
	var gpuMemory int
	var scratch string
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Run a worker for a workerpool",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			var allow []netip.Prefix
			for _, a := range fetchAllow {
				p, err := netip.ParsePrefix(strings.TrimSpace(a))
				if err != nil {
					return fmt.Errorf("--fetch-allow %q: a CIDR range such as 10.0.5.0/24: %w", a, err)
				}
				allow = append(allow, p)
			}
			if !useOCI && len(gpuDevices) > 0 {
				return errors.New("--gpu-devices are given to oci apps: they need the OCI sandbox (not --oci=false)")
			}
			conn, err := cf.connect(ctx, m.password)
			if err != nil {
				return err
			}
			defer conn.client.Close()
			// One warm sandbox child waits with the last app loaded: the next task of a bag
			// skips the process start and the module's load.
			if scratch == "" {
				scratch = worker.DefaultScratch(dir, int64(max(slots, 1))*executor.DefaultMaxOutput+64<<20)
			}
			wx, err := wasm.New(wasm.Config{CacheDir: dir + "/wasm-cache", JailDir: filepath.Join(scratch, "decloud-wasm"),
				UID: sandboxUID, GID: sandboxUID, Spares: 1, Logger: m.Logger})
			if err != nil {
				return err
			}
			defer func() { _ = wx.Close() }()
			var x executor.Executor = wx
			switch {
			case squat:
				x = devnet.Squatter{}
			case lie == "collude":
				x = devnet.Liar{Inner: wx, Lying: lying()}
			case lie == "alone":
				x = devnet.Liar{Inner: wx, Lying: lying(), Mark: "lie of " + conn.sender.Address().Hex()}
			case lie != "":
				return fmt.Errorf("--lie %q: collude or alone", lie)
			}
			ox, err := m.ociExecutor(ctx, useOCI, cmd.Flags().Changed("oci"), dir, sandboxUID)
			if err != nil {
				return err
			}
			if err := checkDevices(ox, gpuDevices); err != nil {
				return err
			}
			wcfg := worker.Config{PoolURL: poolURL, Key: conn.key, Hub: conn.hub, HubFrom: cf.from, Sender: conn.sender,
				Domain: conn.domain, Executor: x, Storage: &storage.Client{BaseURL: storageURL}, Dir: dir, ScratchDir: scratch, Slots: slots, Logger: m.Logger,
				FetchAllow: allow, MaxInputBytes: maxInput, FetchTimeout: fetchTimeout, Sandbox: wasm.Probe().Names(),
				GPUDevices: gpuDevices, GPUMemoryMB: gpuMemory}
			executors := "wasm"
			if ox != nil {
				wcfg.OCI = ox
				executors += ", oci (runc " + ox.Version() + ")"
			}
			w, err := worker.New(wcfg)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "worker %s working for %s\nsandbox: %v\nexecutors: %s\nscratch: %s\n", w.Address().Hex(), poolURL, wasm.Probe(), executors, scratch)
			m.Logger.Info("the worker's executors", "executors", executors, "gpu_devices", gpuDevices)
			if l := wasm.Probe(); l.Landlock == 0 || !l.Namespaces {
				m.Logger.Warn("the sandbox lacks a confinement layer on this machine (see docs/sandbox.md)", "layers", l.String())
			}
			return w.Run(ctx)
		},
	}
	cf.add(cmd)
	cmd.Flags().StringVar(&poolURL, "pool", "http://127.0.0.1:8091", "the scheduler's API")
	cmd.Flags().StringVar(&storageURL, "storage", "http://127.0.0.1:8090", "the storage server")
	cmd.Flags().StringVar(&dir, "dir", "decloud-worker", "task state and download cache")
	cmd.Flags().IntVar(&slots, "slots", 1, "tasks run at once")
	cmd.Flags().StringVar(&scratch, "scratch", "", "where the runs' transient files go (default: /dev/shm when it is a tmpfs with room"+
		" for every slot's largest output, else --dir)")
	// A cheating worker, for the adversary benchmark and tests only (hidden).
	cmd.Flags().StringVar(&lie, "lie", "", "return wrong results: collude (the same wrong result as other colluders) or alone")
	cmd.Flags().BoolVar(&squat, "squat", false, "take tasks and never run them")
	_ = cmd.Flags().MarkHidden("lie")
	_ = cmd.Flags().MarkHidden("squat")
	cmd.Flags().IntVar(&sandboxUID, "sandbox-uid", wasm.DefaultSandboxUID, "the uid and gid apps run as when the worker runs as root")
	cmd.Flags().StringSliceVar(&fetchAllow, "fetch-allow", nil, "non-public address ranges (CIDR, comma-separated) apps, datasets and inputs may be"+
		" downloaded from besides the pool's storage, e.g. a LAN mirror's 10.0.5.0/24 (default: public addresses only)")
	cmd.Flags().Int64Var(&maxInput, "max-input-bytes", worker.DefaultMaxInputBytes, "largest app, dataset or input file downloaded")
	cmd.Flags().DurationVar(&fetchTimeout, "fetch-timeout", worker.DefaultFetchTimeout, "longest download of an app, dataset or input file")
	cmd.Flags().BoolVar(&useOCI, "oci", true, "run oci apps (OCI images) in containers with runc: by default when runc is installed and the worker"+
		" runs as root (why not is logged otherwise); --oci fails when it cannot, --oci=false runs wasm apps only")
	cmd.Flags().StringSliceVar(&gpuDevices, "gpu-devices", nil, "Container Device Interface names (vendor/class=name, comma-separated, e.g."+
		" nvidia.com/gpu=0) given to the oci apps of deals that ask for a GPU, and advertised (default: none, no GPU task)")
	cmd.Flags().IntVar(&gpuMemory, "gpu-memory-mb", 0, "the memory of the GPUs offered, in MiB, advertised to requirements (gpu_memory_mb)")
	return cmd
}

// ociExecutor is the worker's OCI sandbox, in DIR/oci, or nil: with --oci=false; when runc
// or root is missing and --oci was not given (the reason is logged); an error when it was.
func (m *Main) ociExecutor(ctx context.Context, want, explicit bool, dir string, uid int) (*oci.Executor, error) {
	if !want {
		return nil, nil
	}
	x, err := oci.New(ctx, oci.Config{Dir: filepath.Join(dir, "oci"), UID: uid, GID: uid, Logger: m.Logger})
	switch {
	case err == nil:
		return x, nil
	case explicit:
		return nil, fmt.Errorf("--oci: %w", err)
	case errors.Is(err, oci.ErrUnavailable):
		m.Logger.Info("the worker runs no oci apps", "why", err)
		return nil, nil
	}
	return nil, err
}

// checkDevices refuses GPU device names that the OCI sandbox x does not know (its CDI
// specs), and any without one.
func checkDevices(x *oci.Executor, names []string) error {
	if len(names) == 0 {
		return nil
	}
	if x == nil {
		return errors.New("--gpu-devices: this worker has no OCI sandbox to give them to (runc, root: see the log)")
	}
	known := x.Devices()
	for _, n := range names {
		if !slices.Contains(known, n) {
			return fmt.Errorf("--gpu-devices: %q is not a device of this host's CDI specs (known: %v)", n, known)
		}
	}
	return nil
}
