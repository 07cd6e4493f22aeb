// Package sdk is what the decloud CLI (and any Go program) uses to act on the
// marketplace as a requester or a provider: a config file naming the endpoints, keystore
// wallets, escrow, assets, orders, deals, tasks and results, and the one-shot Run that
// picks orders, matches them, watches the tasks and verifies every result against the
// chain. It talks to a JSON-RPC node, the market (market.Book) and a storage server.
package sdk

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/durable"
)

// Config is what `decloud init` writes: where everything is.
type Config struct {
	RPC      string         `json:"rpc"`      // JSON-RPC endpoint of a node
	Hub      common.Address `json:"hub"`      // the hub contract
	HubBlock uint64         `json:"hubBlock"` // block the hub was created in (event scans start there)
	Market   string         `json:"market"`   // market API base URL
	Storage  string         `json:"storage"`  // storage API base URL
	Keystore string         `json:"keystore"` // keystore directory ("" = next to the config file)
	Wallet   common.Address `json:"wallet"`   // default account
	LightKDF bool           `json:"lightKdf"` // cheaper key encryption (dev chains only)
	// PoolAPI is the scheduler API asked for task reports when the deal's workerpool
	// publishes none in its description (decloud dev writes its own).
	PoolAPI string `json:"poolApi,omitempty"`
}

// ConfigEnv names the environment variable that overrides the config file's path.
const ConfigEnv = "DECLOUD_CONFIG"

// DefaultConfigPath is $DECLOUD_CONFIG, else decloud/config.json in the user's config
// directory.
func DefaultConfigPath() string {
	if p := os.Getenv(ConfigEnv); p != "" {
		return p
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = "."
	}
	return filepath.Join(dir, "decloud", "config.json")
}

// ErrNoConfig is returned by LoadConfig when the file does not exist.
var ErrNoConfig = errors.New("sdk: no config file (run `decloud init`, or `decloud dev` which writes one)")

// LoadConfig reads the config at path.
func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoConfig, path)
	}
	if err != nil {
		return nil, fmt.Errorf("sdk: config: %w", err)
	}
	var c Config
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("sdk: config %s: %w", path, err)
	}
	if c.Keystore == "" {
		c.Keystore = filepath.Join(filepath.Dir(path), "keystore")
	}
	return &c, nil
}

// Save writes c to path atomically and durably (0600: it names the wallet).
func (c *Config) Save(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("sdk: config: %w", err)
	}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	if err := durable.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("sdk: config: %w", err)
	}
	return nil
}
