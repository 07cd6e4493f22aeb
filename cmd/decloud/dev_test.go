package main

import (
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
	"github.com/decloud/decloud/taskparams"
)

// runMainEnv makes this test binary act as the decloud binary (see TestMain).
const runMainEnv = "DECLOUD_TEST_RUN_MAIN"

// startDevProcess runs `decloud dev` as a separate process and waits until it is ready.
func startDevProcess(t *testing.T, dir, config string) *exec.Cmd {
	t.Helper()
	cmd := exec.CommandContext(context.Background(), os.Args[0], "dev", "--data-dir", dir, "--workers", "2", "--config", config)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	deadline := time.Now().Add(2 * time.Minute)
	for !strings.Contains(out.String(), "Ctrl-C stops") {
		if time.Now().After(deadline) {
			t.Fatalf("decloud dev not ready:\n%s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return cmd
}

// escrowTotal is every dev account's escrow (free and frozen) plus the hub's pot.
func escrowTotal(t *testing.T, ctx context.Context, c *sdk.Client, accounts []common.Address) *big.Int {
	t.Helper()
	total, err := c.Hub.Pot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range accounts {
		v, err := c.Hub.Account(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		total.Add(total, v.Balance).Add(total, v.Frozen)
	}
	return total
}

// `decloud dev` killed with SIGKILL in the middle of a deal resumes from its data
// directory: the deal completes, every result verifies, and no token is created or lost.
func TestDevSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts decloud dev twice as a separate process")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	data, config := filepath.Join(dir, "dev"), filepath.Join(dir, "config.json")
	proc := startDevProcess(t, data, config)

	cfg, err := sdk.LoadConfig(config)
	if err != nil {
		t.Fatal(err)
	}
	pw := "dev"
	key, err := sdk.OpenWallets(cfg.Keystore, cfg.LightKDF).Key(cfg.Wallet, pw)
	if err != nil {
		t.Fatal(err)
	}
	c, err := sdk.Connect(ctx, *cfg, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	module, _ := executortest.BuildWASM(t, "../../examples/montecarlo")
	b, _ := os.ReadFile(module)
	app, err := c.DeployApp(ctx, "montecarlo", b)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := c.Plan(ctx, sdk.RunOptions{App: app.Address, Trust: 1, Volume: 6, Params: taskparams.Params{Args: "3000000"}})
	if err != nil {
		t.Fatal(err)
	}
	// The accounts whose escrow moves: every one that ever had some (the deal adds none:
	// its workers and scheduler deposited at the dev chain's creation).
	accounts := escrowAccounts(t, ctx, c)
	before := escrowTotal(t, ctx, c, accounts)
	dealid, err := c.Execute(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()

	// Kill it once the deal is under way: some task handed out or past UNSET (the pool's
	// deals are batched: their tasks stay UNSET on chain until settled), not all completed.
	waitFor(t, ctx, func() bool {
		c, err := sdk.Connect(ctx, *cfg, key, nil)
		if err != nil {
			return false
		}
		defer c.Close()
		started, done := 0, 0
		for i := uint64(0); i < 6; i++ {
			ti, err := c.Task(ctx, dealid, i)
			if err != nil {
				return false
			}
			if ti.Status != poco.TaskUnset.String() {
				started++
			} else if rep, err := c.TaskReport(ctx, dealid, i); err == nil && len(rep.Replicates) > 0 {
				started++
			}
			if ti.Status == poco.TaskCompleted.String() {
				done++
			}
		}
		if started > 0 && done < 6 {
			t.Logf("killing decloud dev with %d tasks started, %d completed", started, done)
			return true
		}
		return false
	})
	if err := proc.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	proc.Wait()

	startDevProcess(t, data, config)
	cfg, err = sdk.LoadConfig(config) // new ports
	if err != nil {
		t.Fatal(err)
	}
	c, err = sdk.Connect(ctx, *cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	prog, err := c.Watch(ctx, dealid, 200*time.Millisecond, nil)
	if err != nil {
		t.Fatal(err)
	}
	if prog.Completed != 6 {
		t.Fatalf("after the restart: %+v", prog)
	}
	for _, task := range prog.Tasks {
		r, err := c.Download(ctx, task, t.TempDir(), "")
		if err != nil || !r.Verified {
			t.Fatalf("task %d: %+v %v", task.Index, r, err)
		}
	}
	if len(escrowAccounts(t, ctx, c)) != len(accounts) {
		t.Fatal("an account appeared during the deal")
	}
	if after := escrowTotal(t, ctx, c, accounts); after.Cmp(before) != 0 {
		t.Fatalf("escrow plus pot was %s before the deal, %s after", before, after)
	}
}

// escrowAccounts lists every account that ever held escrow (AccountUpdated events).
func escrowAccounts(t *testing.T, ctx context.Context, c *sdk.Client) []common.Address {
	t.Helper()
	logs, err := c.Eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(c.Cfg.HubBlock), Addresses: []common.Address{c.Cfg.Hub},
		Topics: [][]common.Hash{{c.Hub.ABI().GetABI().Events["AccountUpdated"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, l := range logs {
		a := common.BytesToAddress(l.Topics[1][:])
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}

func waitFor(t *testing.T, ctx context.Context, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatal("timed out")
		case <-time.After(50 * time.Millisecond):
		}
	}
}
