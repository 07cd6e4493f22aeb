package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// testCtx is the test's context with a deadline well inside the package's time budget.
func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// startChain starts a chain that is closed when the test ends.
func startChain(t *testing.T, cfg Config) *Chain {
	t.Helper()
	c, err := Start(testCtx(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// sendTx signs and sends a transaction and returns its receipt (eth_sendRawTransactionSync).
func sendTx(t *testing.T, ctx context.Context, client *ethclient.Client, from Account, to *common.Address, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	nonce, err := client.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11),
		Gas: 1_000_000, To: to, Value: value, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(ChainID)), from.Key)
	if err != nil {
		t.Fatal(err)
	}
	r, err := client.SendTransactionSync(ctx, signed, nil)
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s failed", signed.Hash())
	}
	return r
}

func TestInMemoryTransferOverHTTP(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	begin := time.Now()
	c := startChain(t, Config{})
	t.Logf("in-memory start: %v", time.Since(begin))

	client, err := ethclient.Dial(c.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if !strings.HasPrefix(c.RPCURL(), "http://127.0.0.1:") {
		t.Errorf("RPC URL %s", c.RPCURL())
	}
	if id, err := client.ChainID(ctx); err != nil || id.Cmp(c.ChainID()) != 0 || id.Int64() != 1337 {
		t.Fatalf("chain id %v, %v", id, err)
	}
	if id, err := client.NetworkID(ctx); err != nil || id.Int64() != ChainID {
		t.Fatalf("net_version %v, %v", id, err)
	}
	var status map[string]any
	if err := client.Client().CallContext(ctx, &status, "txpool_status"); err != nil {
		t.Fatalf("txpool_status: %v", err)
	}
	if len(c.Accounts()) != DefaultAccounts {
		t.Fatalf("%d accounts", len(c.Accounts()))
	}

	from := c.Accounts()[0]
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	before, err := client.BalanceAt(ctx, from.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := sendTx(t, ctx, client, from, &to, nil, big.NewInt(12345))
	if r.BlockNumber.Sign() == 0 {
		t.Fatal("receipt without a block")
	}
	if bal, err := client.BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 12345 {
		t.Fatalf("recipient balance %v, %v", bal, err)
	}
	// The sender pays value and gas, nothing more: fees go to FeeRecipient, no dev account.
	after, err := client.BalanceAt(ctx, from.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if spent := new(big.Int).Sub(before, after); spent.Cmp(new(big.Int).Add(fee, big.NewInt(12345))) != 0 {
		t.Fatalf("sender spent %v, want %v + 12345", spent, fee)
	}
}

func TestDeployHook(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	to := common.HexToAddress("0x00000000000000000000000000000000000000ab")
	calls := 0
	c := startChain(t, Config{Accounts: 2, Deploy: func(ctx context.Context, c *Chain) (json.RawMessage, error) {
		calls++
		// Blocks are sealed while Deploy runs.
		r := sendTx(t, ctx, c.Client(), c.Accounts()[1], &to, nil, big.NewInt(1))
		return json.RawMessage(`{"block":` + r.BlockNumber.String() + `}`), nil
	}})
	if calls != 1 {
		t.Fatalf("Deploy called %d times", calls)
	}
	var dep struct{ Block int64 }
	if err := json.Unmarshal(c.Deployment(), &dep); err != nil || dep.Block == 0 {
		t.Fatalf("deployment %s (%v)", c.Deployment(), err)
	}
	if bal, err := c.Client().BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 1 {
		t.Fatalf("balance %v, %v", bal, err)
	}

	boom := errors.New("boom")
	_, err := Start(ctx, Config{Deploy: func(context.Context, *Chain) (json.RawMessage, error) { return nil, boom }})
	if !errors.Is(err, boom) {
		t.Fatalf("a failing Deploy gave %v", err)
	}
	_, err = Start(ctx, Config{Deploy: func(context.Context, *Chain) (json.RawMessage, error) { return json.RawMessage("{"), nil }})
	if err == nil {
		t.Fatal("invalid JSON from Deploy accepted")
	}
}

func TestDataDirSurvivesRestart(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	dir := t.TempDir()
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	calls := 0
	deploy := func(ctx context.Context, c *Chain) (json.RawMessage, error) {
		calls++
		sendTx(t, ctx, c.Client(), c.Accounts()[0], &to, nil, big.NewInt(7))
		return json.RawMessage(`{"hub": "0x01", "note": "a<b"}`), nil
	}
	const wantDeployment = `{"hub":"0x01","note":"a<b"}`
	begin := time.Now()
	c, err := Start(ctx, Config{DataDir: dir, Accounts: 3, Deploy: deploy})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("new data dir start (with Deploy): %v", time.Since(begin))
	if string(c.Deployment()) != wantDeployment {
		t.Fatalf("deployment %s", c.Deployment())
	}
	sendTx(t, ctx, c.Client(), c.Accounts()[2], &to, nil, big.NewInt(5))
	head, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	genesis, err := c.Client().HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	state, err := os.ReadFile(filepath.Join(dir, stateFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	begin = time.Now()
	c, err = Start(ctx, Config{DataDir: dir, Accounts: 9, Deploy: deploy})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	t.Logf("reopening the data dir: %v", time.Since(begin))
	if calls != 1 {
		t.Fatalf("Deploy called %d times", calls)
	}
	if string(c.Deployment()) != wantDeployment {
		t.Fatalf("deployment %s", c.Deployment())
	}
	if len(c.Accounts()) != 3 {
		t.Fatalf("a data dir keeps its account count: got %d", len(c.Accounts()))
	}
	if after, err := os.ReadFile(filepath.Join(dir, stateFile)); err != nil || !bytes.Equal(after, state) {
		t.Fatalf("the data dir's state changed on restart (%v)", err)
	}
	g2, err := c.Client().HeaderByNumber(ctx, big.NewInt(0))
	if err != nil || g2.Hash() != genesis.Hash() {
		t.Fatalf("genesis changed: %v (%v)", g2, err)
	}
	h2, err := c.Client().HeaderByNumber(ctx, head.Number)
	if err != nil || h2.Hash() != head.Hash() {
		t.Fatalf("block %v lost: %v (%v)", head.Number, h2, err)
	}
	if bal, err := c.Client().BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 12 {
		t.Fatalf("balance after restart %v, %v", bal, err)
	}
	// The reopened chain seals new transactions.
	sendTx(t, ctx, c.Client(), c.Accounts()[2], &to, nil, big.NewInt(1))
}

func TestAdjustTime(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	c := startChain(t, Config{Accounts: 1})
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
		t.Fatalf("head time moved from %d to %d, want at least +3600", before.Time, after.Time)
	}
	// Later blocks stay in the future too.
	to := common.HexToAddress("0x00000000000000000000000000000000000000ac")
	r := sendTx(t, ctx, c.Client(), c.Accounts()[0], &to, nil, big.NewInt(1))
	next, err := c.Client().HeaderByHash(ctx, r.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if next.Time <= after.Time {
		t.Fatalf("the next block's time %d is not after %d", next.Time, after.Time)
	}
	if err := c.AdjustTime(ctx, -time.Second); err == nil {
		t.Fatal("a negative adjustment was accepted")
	}
	c.Close()
	if err := c.AdjustTime(ctx, time.Second); !errors.Is(err, ErrClosed) {
		t.Fatalf("AdjustTime after Close: %v", err)
	}
}

func TestPeriod(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	if _, err := Start(ctx, Config{Period: 500 * time.Millisecond}); err == nil {
		t.Fatal("a sub-second period was accepted")
	}
	c := startChain(t, Config{Accounts: 1, Period: time.Second})
	heads := make(chan *types.Header, 4)
	sub, err := c.Client().SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	// Blocks come without transactions.
	for range 2 {
		select {
		case <-heads:
		case err := <-sub.Err():
			t.Fatal(err)
		case <-ctx.Done():
			t.Fatal("no block sealed in period mode")
		}
	}
	// AdjustTime works beside the period loop.
	before, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AdjustTime(ctx, time.Minute); err != nil {
		t.Fatal(err)
	}
	after, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil || after.Time < before.Time+60 {
		t.Fatalf("head time %d after adjusting %d by a minute (%v)", after.Time, before.Time, err)
	}
}

func TestHTTPAddr(t *testing.T) {
	t.Parallel()
	for _, addr := range []string{"", "127.0.0.1:0", "127.0.0.1:8545", "localhost:0", "127.0.0.2:0", "[::1]:0"} {
		if _, _, err := parseHTTPAddr(addr); err != nil {
			t.Errorf("%q: %v", addr, err)
		}
	}
	for _, addr := range []string{"0.0.0.0:8545", ":8545", "10.0.0.1:8545", "192.168.1.2:1", "[::]:8545", "example.com:80"} {
		_, err := Start(context.Background(), Config{HTTPAddr: addr})
		if !errors.Is(err, ErrNotLoopback) {
			t.Errorf("%q: %v, want ErrNotLoopback", addr, err)
		}
	}
	for _, addr := range []string{"nonsense", "127.0.0.1", "127.0.0.1:99999", "127.0.0.1:http"} {
		if _, err := Start(context.Background(), Config{HTTPAddr: addr}); err == nil {
			t.Errorf("%q accepted", addr)
		}
	}
}

func TestAccounts(t *testing.T) {
	t.Parallel()
	a := DevAccounts(3)
	// Pinned: scripts and docs may name the first dev account.
	if got, want := a[0].Address, common.HexToAddress(firstAccount); got != want {
		t.Fatalf("dev account 0 is %s, want %s", got.Hex(), want.Hex())
	}
	if b := DevAccounts(3); b[2].Address != a[2].Address {
		t.Fatal("dev accounts are not deterministic")
	}
	var buf bytes.Buffer
	if err := PrintAccounts(&buf, a); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(buf.String()), "\n"); len(lines) != 3 || !strings.Contains(lines[0], a[0].Address.Hex()) {
		t.Fatalf("printed:\n%s", buf.String())
	}
	g := Genesis(a)
	if g.Config.BogotaTime != nil || g.Config.OsakaTime == nil || *g.Config.OsakaTime != 0 || g.Config.ChainID.Int64() != ChainID {
		t.Fatalf("genesis config %v", g.Config)
	}
	if Genesis(a).Config == g.Config {
		t.Fatal("Genesis shares its chain config")
	}
}

const firstAccount = "0xa3fF5A32AB620B1614a9cDB5F469A38d13aC395F"

// A burst of transactions from many senders is all sealed: the pool's event feed, which
// blocks its reorg until every subscriber takes each event, is drained apart from sealing
// (once the sealer drained it itself, and a burst that filled the buffer while it waited for
// the pool stopped the chain for good: 100 workers of the pool benchmark hung there).
func TestBurstOfTransactions(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	const senders, each = 160, 4
	c := startChain(t, Config{Accounts: senders})
	ctx := testCtx(t)
	client := c.Client()
	signer := types.LatestSignerForChainID(big.NewInt(ChainID))
	to := common.HexToAddress("0x00000000000000000000000000000000000000ee")
	errs := make(chan error, senders)
	for _, acc := range c.Accounts()[:senders] {
		go func() {
			var last common.Hash
			for nonce := range uint64(each) {
				tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(ChainID), Nonce: nonce,
					GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &to, Value: big.NewInt(1)}), signer, acc.Key)
				if err == nil {
					err = client.SendTransaction(ctx, tx)
				}
				if err != nil {
					errs <- err
					return
				}
				last = tx.Hash()
			}
			for {
				if _, err := client.TransactionReceipt(ctx, last); err == nil {
					errs <- nil
					return
				} else if ctx.Err() != nil {
					errs <- errors.New("a burst of transactions was not sealed")
					return
				}
				select {
				case <-ctx.Done():
				case <-time.After(20 * time.Millisecond):
				}
			}
		}()
	}
	for range senders {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	bal, err := client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Int64() != senders*each {
		t.Fatalf("the recipient got %s wei, want %d", bal, senders*each)
	}
}

// An idle on-demand chain seals an empty block after Idle, so chain time moves.
func TestIdleBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	c := startChain(t, Config{Idle: time.Second})
	ctx := testCtx(t)
	start, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for {
		n, err := c.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n > start {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("an idle chain with Idle set sealed no block")
		case <-time.After(50 * time.Millisecond):
		}
	}
}
