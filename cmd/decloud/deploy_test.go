package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/devchain"
	"github.com/decloud/decloud/sdk"
)

// decloud deploy puts the protocol on a chain that has none (here a bare dev chain, as an
// external node would be), writes the deployment file, and init --deployment reads it.
func TestDeploy(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain (full tier only)")
	}
	ctx := context.Background()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "deployer.key")
	if err := os.WriteFile(keyFile, []byte(fmt.Sprintf("0x%x", crypto.FromECDSA(c.Accounts()[1].Key))), 0o600); err != nil {
		t.Fatal(err)
	}
	config, depFile := filepath.Join(dir, "config.json"), filepath.Join(dir, "deployment.json")
	run := func(args ...string) (string, error) {
		out := &syncBuffer{}
		err := (&Main{Stdout: out, Stderr: &syncBuffer{}}).Run(ctx, append(args, "--config", config))
		return out.String(), err
	}
	if _, err := run("deploy", "--rpc", c.RPCURL(), "--key", "@"+keyFile, "--out", depFile, "--token", "0x00000000000000000000000000000000000000aa"); err == nil ||
		!strings.Contains(err.Error(), "no contract") {
		t.Fatalf("deploy with a token address that holds no contract: %v", err)
	}
	if _, err := run("deploy", "--rpc", c.RPCURL(), "--key", "@"+keyFile, "--out", depFile); err != nil {
		t.Fatal(err)
	}
	var dep chain.Deployment
	b, _ := os.ReadFile(depFile)
	if err := json.Unmarshal(b, &dep); err != nil || dep.ChainID != devchain.ChainID || dep.Block == 0 {
		t.Fatalf("deployment file %s (%v)", b, err)
	}
	client, err := ethclient.Dial(c.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	for _, a := range []common.Address{dep.Hub, dep.Token, dep.HubTasks} {
		if code, err := client.CodeAt(ctx, a, nil); err != nil || len(code) == 0 {
			t.Fatalf("no contract at %s (%v)", a, err)
		}
	}
	hub := chain.NewHub(client, dep.Hub)
	last := big.NewInt(int64(len(chain.DefaultCategories) - 1))
	if cat, err := hub.Category(ctx, last); err != nil || cat.Name != chain.DefaultCategories[len(chain.DefaultCategories)-1].Name {
		t.Fatalf("category %v: %+v (%v)", last, cat, err)
	}
	if _, err := run("deploy", "--rpc", c.RPCURL(), "--key", "@"+keyFile, "--out", depFile); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("deploy over an existing file: %v", err)
	}
	if _, err := run("init", "--deployment", depFile, "--rpc", c.RPCURL()); err != nil {
		t.Fatal(err)
	}
	if cfg, err := sdk.LoadConfig(config); err != nil || cfg.Hub != dep.Hub || cfg.HubBlock != dep.Block {
		t.Fatalf("init --deployment wrote %+v (%v)", cfg, err)
	}
}
