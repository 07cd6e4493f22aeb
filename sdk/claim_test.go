package sdk_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/sdk"
)

// A deal nobody works on: claiming before its final deadline says when it comes; after it,
// every task is claimed and the requester gets back all it locked.
func TestClaimRefunds(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	n.StopScheduler() // nobody initializes or claims but the requester
	app, _, err := n.Hub.CreateApp(ctx, n.Senders[devnet.AppDev], "idle", 1, "storage:00", [32]byte{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := sdk.Connect(ctx, sdk.Config{RPC: n.Chain.RPCURL(), Hub: n.Deployment.Hub, HubBlock: n.Deployment.Block,
		Market: n.MarketURL, Storage: n.StorageURL}, n.Senders[devnet.Requester].Key(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	before, err := c.Account(ctx, c.Address())
	if err != nil {
		t.Fatal(err)
	}
	dealid, err := n.RequestApp(ctx, app, [20]byte{}, 3, 1, "never run")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Claim(ctx, dealid); err == nil || !strings.Contains(err.Error(), "final deadline") {
		t.Fatalf("a claim before the deadline: %v", err)
	}
	d, err := c.Deal(ctx, dealid)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Chain.AdjustTime(ctx, time.Duration(10*d.TimeRef+1)*time.Second); err != nil {
		t.Fatal(err)
	}
	claimed, err := c.Claim(ctx, dealid)
	if err != nil || claimed != 3 {
		t.Fatalf("claimed %d tasks (%v), want 3", claimed, err)
	}
	after, err := c.Account(ctx, c.Address())
	if err != nil {
		t.Fatal(err)
	}
	if after.Balance.Cmp(before.Balance) != 0 || after.Frozen.Sign() != 0 {
		t.Fatalf("escrow %s (frozen %s) after the claim, %s before the deal", after.Balance, after.Frozen, before.Balance)
	}
	if again, err := c.Claim(ctx, dealid); err != nil || again != 0 {
		t.Fatalf("a second claim: %d %v", again, err)
	}
}
