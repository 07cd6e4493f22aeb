package sdk_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/executor/wasm"
	"github.com/decloud/decloud/sdk"
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == wasm.ChildArg {
		os.Exit(wasm.ChildMain()) // the sandbox child of the grid tests
	}
	os.Exit(m.Run())
}

// Pool statistics come from an index that follows the hub: the same figures whether built
// in one go, brought up to date after more deals, reloaded from its file by another client,
// or rebuilt from a damaged file.
func TestPoolStatsIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	mod, _ := executortest.BuildWASM(t, "../examples/echo")
	n, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir(), WorkerAccounts: 2, Workers: 2, AppModule: mod,
		WasmCommand: []string{os.Args[0], wasm.ChildArg}})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	cache := filepath.Join(t.TempDir(), "poolstats.json")
	connect := func() *sdk.Client {
		c, err := sdk.Connect(ctx, sdk.Config{RPC: n.Chain.RPCURL(), Hub: n.Deployment.Hub, HubBlock: n.Deployment.Block,
			Market: n.MarketURL, Storage: n.StorageURL}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		c.StatsCache = cache
		return c
	}
	stats := func(c *sdk.Client) sdk.PoolStats {
		m, err := c.PoolStats(ctx, []common.Address{n.Pool}, 0)
		if err != nil {
			t.Fatal(err)
		}
		return *m[n.Pool]
	}
	run := func(volume int64) {
		d, err := n.Request(ctx, volume, 1, "stats")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := n.Wait(ctx, d, uint64(volume)); err != nil {
			t.Fatal(err)
		}
	}
	run(2)
	c := connect()
	first := stats(c)
	if first.Tasks != 2 || first.Finalized != 2 || first.Claimed != 0 || first.Workers == 0 || first.MedianSeconds <= 0 {
		t.Fatalf("after 2 tasks: %+v", first)
	}
	run(3)
	second := stats(c) // reads only the blocks since
	if second.Tasks != 5 || second.Finalized != 5 {
		t.Fatalf("after 5 tasks: %+v", second)
	}
	if again := stats(connect()); !reflect.DeepEqual(again, second) {
		t.Fatalf("reloaded from the file: %+v, want %+v", again, second)
	}
	if err := os.WriteFile(cache, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if rebuilt := stats(connect()); !reflect.DeepEqual(rebuilt, second) {
		t.Fatalf("rebuilt from a damaged file: %+v, want %+v", rebuilt, second)
	}
}
