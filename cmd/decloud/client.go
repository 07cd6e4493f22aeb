package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/decloud/decloud/resultcrypt"
	"github.com/decloud/decloud/sdk"
)

// clientFlags are the flags of every command that acts on the marketplace.
type clientFlags struct {
	config       string
	json         bool
	wallet       string
	passwordFile string
}

func (m *Main) addClientFlags(root *cobra.Command) {
	root.PersistentFlags().StringVar(&m.client.config, "config", "", "config file (default $"+sdk.ConfigEnv+" or "+sdk.DefaultConfigPath()+")")
	root.PersistentFlags().BoolVar(&m.client.json, "json", false, "print JSON instead of text")
	root.PersistentFlags().StringVar(&m.client.wallet, "wallet", "", "account to act as (default: the config's wallet)")
	root.PersistentFlags().StringVar(&m.client.passwordFile, "password-file", "", "file holding the wallet's password (else $"+sdk.PasswordEnv+", else a prompt)")
}

func (m *Main) configPath() string {
	if m.client.config != "" {
		return m.client.config
	}
	return sdk.DefaultConfigPath()
}

func (m *Main) loadConfig() (*sdk.Config, error) { return sdk.LoadConfig(m.configPath()) }

// password reads the wallet password from --password-file, the environment or the
// terminal, in that order.
func (m *Main) password(prompt string) (string, error) {
	if m.client.passwordFile != "" {
		b, err := os.ReadFile(m.client.passwordFile)
		if err != nil {
			return "", fmt.Errorf("--password-file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if p, ok := os.LookupEnv(sdk.PasswordEnv); ok {
		return p, nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", fmt.Errorf("no password: give --password-file or set %s", sdk.PasswordEnv)
	}
	fmt.Fprint(m.Stderr, prompt)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(m.Stderr)
	return string(b), err
}

// walletAddress is --wallet, else the config's wallet.
func (m *Main) walletAddress(cfg *sdk.Config) (common.Address, error) {
	if m.client.wallet != "" {
		if !common.IsHexAddress(m.client.wallet) {
			return common.Address{}, fmt.Errorf("--wallet %q is not an address", m.client.wallet)
		}
		return common.HexToAddress(m.client.wallet), nil
	}
	if cfg.Wallet == (common.Address{}) {
		return common.Address{}, errors.New("no wallet: run `decloud wallet create` (or import), or pass --wallet")
	}
	return cfg.Wallet, nil
}

// connect opens the SDK client; withKey unlocks the wallet.
func (m *Main) connect(ctx context.Context, withKey bool) (*sdk.Client, error) {
	cfg, err := m.loadConfig()
	if err != nil {
		return nil, err
	}
	var key *ecdsa.PrivateKey
	if withKey {
		addr, err := m.walletAddress(cfg)
		if err != nil {
			return nil, err
		}
		pw, err := m.password("password for " + addr.Hex() + ": ")
		if err != nil {
			return nil, err
		}
		if key, err = sdk.OpenWallets(cfg.Keystore, cfg.LightKDF).Key(addr, pw); err != nil {
			return nil, err
		}
	}
	c, err := sdk.Connect(ctx, *cfg, key, m.Logger)
	if err != nil {
		return nil, err
	}
	// The pool statistics index lives next to the config: each run reads only new blocks.
	c.StatsCache = filepath.Join(filepath.Dir(m.configPath()), "poolstats.json")
	return c, nil
}

// withClient connects (with the wallet's key when withKey), runs run and disconnects.
func (m *Main) withClient(ctx context.Context, withKey bool, run func(*sdk.Client) error) error {
	c, err := m.connect(ctx, withKey)
	if err != nil {
		return err
	}
	defer c.Close()
	return run(c)
}

// onHash returns a command whose one argument is a 0x hash (what names it in errors) and
// whose run gets a connected client (with the wallet's key when withKey).
func (m *Main) onHash(use, short, what string, withKey bool, run func(ctx context.Context, c *sdk.Client, h common.Hash) error) *cobra.Command {
	return &cobra.Command{
		Use: use, Short: short, Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			h, err := parseHash(what, args[0])
			if err != nil {
				return err
			}
			return m.withClient(cmd.Context(), withKey, func(c *sdk.Client) error {
				return run(cmd.Context(), c, h)
			})
		},
	}
}

// print writes v as JSON with --json, else calls human.
func (m *Main) print(v any, human func(w io.Writer)) error {
	if m.client.json {
		b, err := sdk.MarshalIndent(v)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(m.Stdout, string(b))
		return err
	}
	human(m.Stdout)
	return nil
}

func parseAddress(name, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s %q is not an address (0x followed by 40 hex digits)", name, s)
	}
	return common.HexToAddress(s), nil
}

func parseHash(name, s string) (common.Hash, error) {
	b := strings.TrimPrefix(s, "0x")
	if len(b) != 64 {
		return common.Hash{}, fmt.Errorf("%s %q is not a 32-byte 0x-hex hash", name, s)
	}
	return common.HexToHash(s), nil
}

func parseAmount(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("amount %q is not a positive integer (token units)", s)
	}
	return v, nil
}

// ---------------------------------------------------------------- init, wallet

func (m *Main) initCommand() *cobra.Command {
	var cfg sdk.Config
	var hub, deployment string
	var force bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write the config file: RPC URL, hub address, market URL, storage URL",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := m.configPath()
			if _, err := os.Stat(path); err == nil && !force {
				return fmt.Errorf("%s exists (--force replaces it)", path)
			}
			var err error
			if deployment != "" {
				dep, err := readDeployment(deployment)
				if err != nil {
					return err
				}
				if hub == "" {
					hub = dep.Hub.Hex()
				}
				if !cmd.Flags().Changed("hub-block") {
					cfg.HubBlock = dep.Block
				}
			}
			if cfg.Hub, err = parseAddress("--hub", hub); err != nil {
				return err
			}
			if old, err := sdk.LoadConfig(path); err == nil {
				cfg.Wallet = old.Wallet
			}
			if err := cfg.Save(path); err != nil {
				return err
			}
			return m.print(map[string]any{"config": path, "settings": cfg}, func(w io.Writer) {
				fmt.Fprintf(w, "wrote %s\n  rpc      %s\n  hub      %s\n  market   %s\n  storage  %s\n", path, cfg.RPC, cfg.Hub.Hex(), cfg.Market, cfg.Storage)
			})
		},
	}
	cmd.Flags().StringVar(&cfg.RPC, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint")
	cmd.Flags().StringVar(&hub, "hub", "", "hub address (required, unless --deployment gives it)")
	cmd.Flags().StringVar(&deployment, "deployment", "", "a deployment file (decloud deploy): the hub and its block")
	cmd.Flags().Uint64Var(&cfg.HubBlock, "hub-block", 0, "block of the hub's deployment")
	cmd.Flags().StringVar(&cfg.Market, "market", "http://127.0.0.1:8700", "market API URL")
	cmd.Flags().StringVar(&cfg.Storage, "storage", "http://127.0.0.1:8090", "storage API URL (decloud storage listens on :8090 by default)")
	cmd.Flags().StringVar(&cfg.Keystore, "keystore", "", "keystore directory (default: next to the config)")
	cmd.Flags().BoolVar(&cfg.LightKDF, "light-kdf", false, "encrypt keys with cheaper scrypt parameters (dev chains only)")
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing config")
	return cmd
}

func (m *Main) walletCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "wallet", Short: "Keystore wallets: create, import, show"}
	save := func(cfg *sdk.Config, addr common.Address) error {
		if cfg.Wallet == (common.Address{}) {
			cfg.Wallet = addr
			return cfg.Save(m.configPath())
		}
		return nil
	}
	create := &cobra.Command{
		Use: "create", Short: "Create a new key in the keystore (the first becomes the config's wallet)", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := m.loadConfig()
			if err != nil {
				return err
			}
			pw, err := m.password("new password: ")
			if err != nil {
				return err
			}
			addr, err := sdk.OpenWallets(cfg.Keystore, cfg.LightKDF).Create(pw)
			if err != nil {
				return err
			}
			if err := save(cfg, addr); err != nil {
				return err
			}
			return m.print(map[string]any{"address": addr, "keystore": cfg.Keystore}, func(w io.Writer) {
				fmt.Fprintf(w, "created wallet %s in %s\n", addr.Hex(), cfg.Keystore)
			})
		},
	}
	var keyArg string
	imp := &cobra.Command{
		Use: "import", Short: "Import a private key (--key @FILE, or --key - from standard input)", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := m.loadConfig()
			if err != nil {
				return err
			}
			raw := keyArg
			switch {
			case raw == "":
				return errors.New("--key is required: --key @FILE, or --key - to read it from standard input")
			case raw == "-":
				b, err := io.ReadAll(io.LimitReader(cmd.InOrStdin(), 4096))
				if err != nil {
					return fmt.Errorf("--key -: %w", err)
				}
				raw = strings.TrimSpace(string(b))
			case strings.HasPrefix(raw, "@"):
				b, err := os.ReadFile(raw[1:])
				if err != nil {
					return fmt.Errorf("--key: %w", err)
				}
				raw = strings.TrimSpace(string(b))
			default:
				// A key on the command line is visible to every local user (ps, /proc).
				return errors.New("--key takes no raw private key (every local user sees a command line): use --key @FILE or --key - (standard input)")
			}
			pw, err := m.password("new password: ")
			if err != nil {
				return err
			}
			addr, err := sdk.OpenWallets(cfg.Keystore, cfg.LightKDF).Import(raw, pw)
			if err != nil {
				return err
			}
			if err := save(cfg, addr); err != nil {
				return err
			}
			return m.print(map[string]any{"address": addr}, func(w io.Writer) { fmt.Fprintf(w, "imported wallet %s\n", addr.Hex()) })
		},
	}
	imp.Flags().StringVar(&keyArg, "key", "", "@FILE holding the 0x-hex private key, or - to read it from standard input (never the key itself)")
	show := &cobra.Command{
		Use: "show", Short: "List the keystore's wallets", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := m.loadConfig()
			if err != nil {
				return err
			}
			list := sdk.OpenWallets(cfg.Keystore, cfg.LightKDF).List()
			return m.print(map[string]any{"wallets": list, "default": cfg.Wallet}, func(w io.Writer) {
				for _, a := range list {
					mark := " "
					if a == cfg.Wallet {
						mark = "*"
					}
					fmt.Fprintf(w, "%s %s\n", mark, a.Hex())
				}
			})
		},
	}
	cmd.AddCommand(create, imp, show)
	return cmd
}

// ---------------------------------------------------------------- account

func (m *Main) accountCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "account", Short: "Escrow: show, deposit, withdraw"}
	show := &cobra.Command{
		Use: "show [ADDRESS]", Short: "Tokens in the wallet and in escrow", Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return m.withClient(cmd.Context(), false, func(c *sdk.Client) error {
				var who common.Address
				var err error
				if len(args) == 1 {
					if who, err = parseAddress("address", args[0]); err != nil {
						return err
					}
				} else if who, err = m.walletAddress(&c.Cfg); err != nil {
					return err
				}
				a, err := c.Account(cmd.Context(), who)
				if err != nil {
					return err
				}
				return m.print(a, func(w io.Writer) {
					fmt.Fprintf(w, "account %s\n  wallet   %s\n  escrow   %s\n  frozen   %s\n  score    %s\n", a.Address.Hex(), a.Wallet, a.Balance, a.Frozen, a.Score)
				})
			})
		},
	}
	move := func(use, short string, f func(*sdk.Client, context.Context, *big.Int) error) *cobra.Command {
		return &cobra.Command{
			Use: use + " AMOUNT", Short: short, Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				amount, err := parseAmount(args[0])
				if err != nil {
					return err
				}
				return m.withClient(cmd.Context(), true, func(c *sdk.Client) error {
					if err := f(c, cmd.Context(), amount); err != nil {
						return err
					}
					a, err := c.Account(cmd.Context(), c.Address())
					if err != nil {
						return err
					}
					return m.print(a, func(w io.Writer) {
						fmt.Fprintf(w, "%s %s: escrow now %s, wallet %s\n", use, amount, a.Balance, a.Wallet)
					})
				})
			},
		}
	}
	cmd.AddCommand(show,
		move("deposit", "Move tokens from the wallet into escrow", (*sdk.Client).Deposit),
		move("withdraw", "Move free escrow back to the wallet", (*sdk.Client).Withdraw),
		m.bondCommand())
	return cmd
}

// bondCommand is `account bond`: a worker's bond to a pool, which backs its votes on the
// pool's batched deals (docs/protocol.md, Batched settlement).
func (m *Main) bondCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "bond", Short: "Bonds to pools (the stakes of batched deals): show, add, unbond, withdraw"}
	onPool := func(use, short string, nargs int, mutate bool, f func(ctx context.Context, c *sdk.Client, pool common.Address, amount *big.Int) error) *cobra.Command {
		return &cobra.Command{
			Use: use, Short: short, Args: cobra.ExactArgs(nargs),
			RunE: func(cmd *cobra.Command, args []string) error {
				pool, err := parseAddress("workerpool", args[0])
				if err != nil {
					return err
				}
				var amount *big.Int
				if nargs == 2 {
					if amount, err = parseAmount(args[1]); err != nil {
						return err
					}
				}
				return m.withClient(cmd.Context(), mutate, func(c *sdk.Client) error {
					if err := f(cmd.Context(), c, pool, amount); err != nil {
						return err
					}
					who, err := m.walletAddress(&c.Cfg)
					if err != nil {
						return err
					}
					b, err := c.BondOf(cmd.Context(), who, pool)
					if err != nil {
						return err
					}
					return m.print(b, func(w io.Writer) {
						fmt.Fprintf(w, "bond of %s to %s\n  bonded     %s\n  unbonding  %s", b.Worker.Hex(), b.Pool.Hex(), b.Bonded, b.Unbonding)
						if !b.ReleaseAt.IsZero() && b.Unbonding.Sign() > 0 {
							fmt.Fprintf(w, " (withdrawable from %s)", b.ReleaseAt.Format(time.RFC3339))
						}
						fmt.Fprintln(w)
					})
				})
			},
		}
	}
	none := func(context.Context, *sdk.Client, common.Address, *big.Int) error { return nil }
	cmd.AddCommand(
		onPool("show POOL", "The wallet's bond to a workerpool", 1, false, none),
		onPool("add POOL AMOUNT", "Move free escrow into the bond to a workerpool", 2, true, func(ctx context.Context, c *sdk.Client, p common.Address, a *big.Int) error {
			return c.BondTo(ctx, p, a)
		}),
		onPool("unbond POOL AMOUNT", "Start releasing part of the bond (seizable until the hub's unbonding delay is over)", 2, true, func(ctx context.Context, c *sdk.Client, p common.Address, a *big.Int) error {
			return c.Unbond(ctx, p, a)
		}),
		onPool("withdraw POOL", "Return what was unbonded to the free escrow, once the delay is over", 1, true, func(ctx context.Context, c *sdk.Client, p common.Address, _ *big.Int) error {
			return c.WithdrawUnbonded(ctx, p)
		}),
	)
	return cmd
}

// ---------------------------------------------------------------- assets

// deployOCI registers an oci app named args[0] (the one argument) from source (see
// sdk.ResolveOCI), checked before any chain is reached.
func (m *Main) deployOCI(ctx context.Context, args []string, source, pick string) error {
	if len(args) != 1 {
		return fmt.Errorf("--oci names the image: give NAME alone, not %d arguments", len(args))
	}
	img, err := sdk.ResolveOCI(source, pick)
	if err != nil {
		return err
	}
	return m.withClient(ctx, true, func(c *sdk.Client) error {
		a, err := c.DeployOCIApp(ctx, args[0], img)
		if err != nil {
			return err
		}
		return m.printDeployed("app", a)
	})
}

// printDeployed says where an app or dataset was registered.
func (m *Main) printDeployed(kind string, a sdk.Asset) error {
	return m.print(a, func(w io.Writer) { fmt.Fprintf(w, "%s %q deployed at %s (%s)\n", kind, a.Name, a.Address.Hex(), a.URI) })
}

func (m *Main) assetCommand(kind string) *cobra.Command {
	cmd := &cobra.Command{Use: kind, Short: "Register, show or transfer " + kind + "s"}
	var ociSource, imageDigest string
	deploy := &cobra.Command{
		Use: "deploy NAME FILE", Short: "Register a " + kind + " and upload its file to storage", Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if ociSource != "" {
				return m.deployOCI(cmd.Context(), args, ociSource, imageDigest)
			}
			if len(args) != 2 {
				return fmt.Errorf("accepts NAME FILE, received %d arguments", len(args))
			}
			data, err := os.ReadFile(args[1])
			if err != nil {
				return err
			}
			return m.withClient(cmd.Context(), true, func(c *sdk.Client) error {
				var a sdk.Asset
				if kind == "app" {
					a, err = c.DeployApp(cmd.Context(), args[0], data)
				} else {
					a, err = c.DeployDataset(cmd.Context(), args[0], data)
				}
				if err != nil {
					return err
				}
				return m.printDeployed(kind, a)
			})
		},
	}
	if kind == "app" {
		deploy.Use, deploy.Args = "deploy NAME FILE | deploy NAME --oci LAYOUT_OR_REF", cobra.RangeArgs(1, 2)
		deploy.Short = "Register an app: a WASM module uploaded to storage, or an OCI image (--oci)"
		deploy.Flags().StringVar(&ociSource, "oci", "", "an OCI image: a layout directory or its tar archive (uploaded to storage), or a"+
			" registry reference by digest, registry/repository@sha256:<hex> (no tag); the app's checksum is the image's manifest digest")
		deploy.Flags().StringVar(&imageDigest, "image-digest", "", "with --oci, the image of a layout holding several (sha256:<hex>)")
	}
	var stake, reward uint64
	if kind == "workerpool" {
		deploy = &cobra.Command{
			Use: "deploy DESCRIPTION", Short: "Register a workerpool (declare energy with \"energy=N\" in the description)", Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				return m.withClient(cmd.Context(), true, func(c *sdk.Client) error {
					a, err := c.DeployWorkerpool(cmd.Context(), args[0], stake, reward)
					if err != nil {
						return err
					}
					return m.print(a, func(w io.Writer) { fmt.Fprintf(w, "workerpool deployed at %s\n", a.Address.Hex()) })
				})
			},
		}
		deploy.Flags().Uint64Var(&stake, "worker-stake-ratio", 10, "% of the price each worker stakes per contribution")
		deploy.Flags().Uint64Var(&reward, "scheduler-reward-ratio", 20, "% of the price the scheduler keeps")
	}
	show := &cobra.Command{
		Use: "show ADDRESS", Short: "Describe a " + kind, Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := parseAddress(kind, args[0])
			if err != nil {
				return err
			}
			return m.withClient(cmd.Context(), false, func(c *sdk.Client) error {
				a, err := c.ShowAsset(cmd.Context(), kind, addr)
				if err != nil {
					return err
				}
				return m.print(a, func(w io.Writer) {
					fmt.Fprintf(w, "%s %s\n  owner     %s\n", kind, a.Address.Hex(), a.Owner.Hex())
					if kind == "workerpool" {
						fmt.Fprintf(w, "  description  %s\n  stake ratio  %d%%\n  reward ratio %d%%\n", a.Description, a.WorkerStakeRatio, a.SchedulerRewardRatio)
					} else {
						fmt.Fprintf(w, "  name      %s\n  uri       %s\n  checksum  %s\n", a.Name, a.URI, a.Checksum.Hex())
						if a.AppKind != "" {
							fmt.Fprintf(w, "  runs as   %s\n", a.AppKind)
						}
					}
				})
			})
		},
	}
	transfer := &cobra.Command{
		Use: "transfer ADDRESS NEW_OWNER", Short: "Give a " + kind + " to another owner", Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := parseAddress(kind, args[0])
			if err != nil {
				return err
			}
			to, err := parseAddress("new owner", args[1])
			if err != nil {
				return err
			}
			return m.withClient(cmd.Context(), true, func(c *sdk.Client) error {
				if err := c.TransferAsset(cmd.Context(), kind, addr, to); err != nil {
					return err
				}
				return m.print(map[string]any{kind: addr, "owner": to}, func(w io.Writer) { fmt.Fprintf(w, "%s %s now belongs to %s\n", kind, addr.Hex(), to.Hex()) })
			})
		},
	}
	cmd.AddCommand(deploy, show, transfer)
	return cmd
}

func (m *Main) categoryCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "category", Short: "The hub's categories"}
	cmd.AddCommand(&cobra.Command{
		Use: "show", Short: "List categories and their reference times", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return m.withClient(cmd.Context(), false, func(c *sdk.Client) error {
				cats, err := c.Categories(cmd.Context())
				if err != nil {
					return err
				}
				return m.print(cats, func(w io.Writer) {
					for _, x := range cats {
						fmt.Fprintf(w, "%d  %-8s T=%ds  %s\n", x.ID, x.Name, x.TimeRef, x.Description)
					}
				})
			})
		},
	})
	return cmd
}

// identityPath is where the wallet's age identity (for encrypted results) lives.
func identityPath(cfg *sdk.Config, addr common.Address) string {
	return filepath.Join(cfg.Keystore, "age-"+strings.ToLower(addr.Hex())+".txt")
}

// ensureIdentity returns the wallet's age recipient, creating its identity on first use.
func ensureIdentity(cfg *sdk.Config, addr common.Address) (string, error) {
	p := identityPath(cfg, addr)
	if b, err := os.ReadFile(p); err == nil {
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			if r, ok := strings.CutPrefix(sc.Text(), "# public key: "); ok {
				return r, nil
			}
		}
		return "", fmt.Errorf("%s holds no public key line", p)
	}
	secret, public, err := resultcrypt.NewIdentity()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return "", err
	}
	if err := os.WriteFile(p, []byte("# public key: "+public+"\n"+secret+"\n"), 0o600); err != nil {
		return "", err
	}
	return public, nil
}

// readIdentity returns the secret key of an age identity file.
func readIdentity(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("identity: %w", err)
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if strings.HasPrefix(line, "AGE-SECRET-KEY-") {
			return strings.TrimSpace(line), nil
		}
	}
	return "", fmt.Errorf("%s holds no AGE-SECRET-KEY line", path)
}

func readJSONFile(path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(os.Stdin)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !json.Valid(b) {
		return nil, fmt.Errorf("%s is not JSON", path)
	}
	return b, nil
}
