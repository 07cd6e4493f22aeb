package sdk_test

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"os"

	"github.com/decloud/decloud/sdk"
)

// Connect a requester: the config `decloud init` (or `decloud dev`) wrote names the node,
// the hub, the market and storage; the key comes from the config's keystore, unlocked
// with the wallet's password.
func ExampleConnect() {
	ctx := context.Background()
	cfg, err := sdk.LoadConfig(sdk.DefaultConfigPath())
	if err != nil {
		log.Fatal(err)
	}
	key, err := sdk.OpenWallets(cfg.Keystore, cfg.LightKDF).Key(cfg.Wallet, os.Getenv("DECLOUD_PASSWORD"))
	if err != nil {
		log.Fatal(err)
	}
	c, err := sdk.Connect(ctx, *cfg, key, slog.Default())
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	acc, err := c.Account(ctx, c.Address())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s holds %v in escrow (%v frozen)\n", c.Address(), acc.Balance, acc.Frozen)
}
