package devchain

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

func sendTx(t *testing.T, ctx context.Context, client *ethclient.Client, from Account, to *common.Address, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	nonce, err := client.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11),
		Gas: 200_000, To: to, Value: value, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(ChainID)), from.Key)
	if err != nil {
		t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	for {
		r, err := client.TransactionReceipt(ctx, signed.Hash())
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt: %v", err)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func TestTransferOverHTTP(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	start := time.Now()
	c, err := Start(ctx, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	t.Logf("in-memory start: %v", time.Since(start))
	client, err := ethclient.Dial(c.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	id, err := client.ChainID(ctx)
	if err != nil || id.Int64() != ChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	r := sendTx(t, ctx, client, c.Accounts()[0], &to, nil, big.NewInt(12345))
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("transfer failed")
	}
	bal, err := client.BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 12345 {
		t.Fatalf("balance %v, %v", bal, err)
	}
}

// One SSTORE of a nonzero value into a fresh slot must cost mainnet gas (~22k + deployment),
// not the ~100k more the experimental fork charges.
func TestMainnetGasRules(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := Start(ctx, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// init code: PUSH1 1, PUSH1 0, SSTORE, STOP — stores 1 at slot 0, deploys empty code.
	initCode := []byte{0x60, 0x01, 0x60, 0x00, 0x55, 0x00}
	r := sendTx(t, ctx, c.Client(), c.Accounts()[1], nil, initCode, nil)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deployment failed")
	}
	// 21000 + 32000 (create) + calldata + 22100 (cold fresh SSTORE) ≈ 75k under mainnet rules.
	if r.GasUsed > 90_000 {
		t.Fatalf("a fresh SSTORE deployment used %d gas: the experimental fork is on", r.GasUsed)
	}
	t.Logf("deployment with one fresh SSTORE: %d gas", r.GasUsed)
}

func TestDataDirSurvivesRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	calls := 0
	deploy := func(ctx context.Context, c *Chain) (json.RawMessage, error) {
		calls++
		to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
		sendTx(t, ctx, c.Client(), c.Accounts()[0], &to, nil, big.NewInt(7))
		return json.RawMessage(`{"hub":"0x01"}`), nil
	}
	c, err := Start(ctx, Config{DataDir: dir, Accounts: 3, Deploy: deploy})
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.Client().BlockNumber(ctx)
	if err != nil || head == 0 {
		t.Fatalf("head %d, %v", head, err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	c, err = Start(ctx, Config{DataDir: dir, Accounts: 9, Deploy: deploy})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	t.Logf("reopening the data dir: %v", time.Since(start))
	if calls != 1 {
		t.Fatalf("deploy called %d times", calls)
	}
	if string(c.Deployment()) != `{"hub":"0x01"}` {
		t.Fatalf("deployment %s", c.Deployment())
	}
	if len(c.Accounts()) != 3 {
		t.Fatalf("a data dir keeps its account count: got %d", len(c.Accounts()))
	}
	head2, err := c.Client().BlockNumber(ctx)
	if err != nil || head2 < head {
		t.Fatalf("head after restart %d < %d (%v)", head2, head, err)
	}
	bal, err := c.Client().BalanceAt(ctx, common.HexToAddress("0x00000000000000000000000000000000000000bb"), nil)
	if err != nil || bal.Int64() != 7 {
		t.Fatalf("balance after restart %v, %v", bal, err)
	}
}

func TestAdjustTime(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := Start(ctx, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	before, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AdjustTime(ctx, time.Hour); err != nil {
		t.Fatal(err)
	}
	after, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Time < before.Time+3600 {
		t.Fatalf("time moved from %d to %d, want at least +3600", before.Time, after.Time)
	}
}

func TestRejectsNonLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:8545", "10.0.0.1:8545", "192.168.1.2:1", "example.com:80", "nonsense"} {
		_, err := Start(context.Background(), Config{HTTPAddr: addr})
		if err == nil {
			t.Fatalf("%s accepted", addr)
		}
		if addr != "nonsense" && !errors.Is(err, ErrNotLoopback) {
			t.Fatalf("%s: %v", addr, err)
		}
	}
}
