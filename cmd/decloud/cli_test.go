package main

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/examples/dapp"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/executor/wasm"
	"github.com/decloud/decloud/internal/pgtest"
	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/sdk"
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == wasm.ChildArg {
		os.Exit(wasm.ChildMain()) // the sandbox children of `decloud dev`'s workers
	}
	if os.Getenv(runMainEnv) == "1" {
		main() // this binary as the decloud command (dev_test.go's separate processes)
		os.Exit(0)
	}
	os.Exit(pgtest.Main(m)) // stops the PostgreSQL server db_test.go may have started
}

// cliEnv is `decloud dev` running in this process and the files a user would have.
type cliEnv struct {
	t        *testing.T
	config   string
	password string
	devOut   string // what decloud dev printed
}

func startDev(t *testing.T) *cliEnv {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	t.Helper()
	dir := t.TempDir()
	// The CLI uses the config dev writes into its data dir; the --config given to dev gets
	// a copy.
	e := &cliEnv{t: t, config: filepath.Join(dir, "dev", "config.json"), password: filepath.Join(dir, "password")}
	copyPath := filepath.Join(dir, "copy.json")
	if err := os.WriteFile(e.password, []byte("dev\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	m := &Main{Stdout: out, Stderr: &syncBuffer{}}
	done := make(chan error, 1)
	go func() {
		done <- m.Run(ctx, []string{"dev", "--data-dir", filepath.Join(dir, "dev"), "--workers", "3", "--config", copyPath})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("decloud dev: %v", err)
		}
	})
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(out.String(), "Ctrl-C stops") {
		select {
		case err := <-done:
			t.Fatalf("decloud dev exited: %v\n%s", err, out.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("decloud dev not ready:\n%s", out.String())
		}
	}
	e.devOut = out.String()
	a, errA := os.ReadFile(e.config)
	b, errB := os.ReadFile(copyPath)
	if errA != nil || errB != nil || !bytes.Equal(a, b) {
		t.Fatalf("dev's config in its data dir (%v) and its copy at --config (%v) differ or are missing", errA, errB)
	}
	return e
}

// run runs one CLI command as a user would and returns its standard output; with --json
// in args, the output must be JSON and is decoded into v.
func (e *cliEnv) run(v any, args ...string) (string, error) {
	e.t.Helper()
	out, errOut := &syncBuffer{}, &syncBuffer{}
	m := &Main{Stdout: out, Stderr: errOut}
	err := m.Run(context.Background(), append(args, "--config", e.config, "--password-file", e.password))
	if err == nil && v != nil {
		if jerr := json.Unmarshal([]byte(out.String()), v); jerr != nil {
			e.t.Fatalf("decloud %s: the --json output does not parse: %v\n%s", strings.Join(args, " "), jerr, out.String())
		}
	}
	return out.String(), err
}

func (e *cliEnv) must(v any, args ...string) string {
	e.t.Helper()
	out, err := e.run(v, args...)
	if err != nil {
		e.t.Fatalf("decloud %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// tarFile returns a file of a result archive.
func tarFile(t *testing.T, path, name string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(bytes.NewReader(b))
	for {
		h, err := tr.Next()
		if err != nil {
			t.Fatalf("no %s in %s: %v", name, path, err)
		}
		if strings.TrimPrefix(h.Name, "./") == name {
			data, _ := io.ReadAll(tr)
			return string(data)
		}
	}
}

// The CLI as a user drives it against `decloud dev`: wallets, escrow, an app, orders
// published and listed, runs at trust 1 and 3 (one through a market app order, one
// encrypted), results downloaded and verified, errors that say what to do, and a withdraw.
func TestCLIAgainstDev(t *testing.T) {
	e := startDev(t)
	var cfg sdk.Config
	b, err := os.ReadFile(e.config)
	if err != nil || json.Unmarshal(b, &cfg) != nil {
		t.Fatalf("decloud dev wrote no config: %v", err)
	}
	requester := cfg.Wallet

	// A new wallet joins the keystore; the config keeps its default (the dev requester).
	var created struct{ Address common.Address }
	e.must(&created, "wallet", "create", "--json")
	var wallets struct {
		Wallets []common.Address
		Default common.Address
	}
	e.must(&wallets, "wallet", "show", "--json")
	if len(wallets.Wallets) != 5 || wallets.Default != requester {
		t.Fatalf("wallets %v (default %s), want the 4 dev ones and %s", wallets.Wallets, wallets.Default, created.Address)
	}

	var before, after sdk.AccountInfo
	e.must(&before, "account", "show", "--json")
	e.must(&after, "account", "deposit", "1000", "--json")
	if after.Balance.Int64()-before.Balance.Int64() != 1000 || before.Wallet.Int64()-after.Wallet.Int64() != 1000 {
		t.Fatalf("deposit 1000: escrow %s → %s, wallet %s → %s", before.Balance, after.Balance, before.Wallet, after.Wallet)
	}

	module, _ := executortest.BuildWASM(t, "../../examples/echo")
	var mine sdk.Asset
	e.must(&mine, "app", "deploy", "echo", module, "--json")
	var shown sdk.Asset
	e.must(&shown, "app", "show", mine.Address.Hex(), "--json")
	if shown.Owner != requester || shown.Checksum != mine.Checksum || shown.AppKind != "wasm" {
		t.Fatalf("app show: %+v, deployed %+v", shown, mine)
	}
	deployOCIApps(t, e)

	// The app developer (whose key decloud dev printed) sells another app through an
	// order in the market, and has one more app with no order at all.
	appDev := regexp.MustCompile(`app developer\s+(0x[0-9a-fA-F]{40})`).FindStringSubmatch(e.devOut)[1]
	var sold sdk.Asset
	e.must(&sold, "app", "deploy", "echo-for-sale", module, "--json", "--wallet", appDev)
	dir := t.TempDir()
	unsigned, signed := filepath.Join(dir, "order.json"), filepath.Join(dir, "signed.json")
	e.must(nil, "order", "init", "app", "--asset", sold.Address.Hex(), "--price", "3", "--volume", "10", "--out", unsigned, "--wallet", appDev)
	e.must(nil, "order", "sign", "app", unsigned, "--out", signed, "--wallet", appDev)
	var unsold sdk.Asset
	e.must(&unsold, "app", "deploy", "echo-unsold", module, "--json", "--wallet", appDev)
	var published market.Entry
	e.must(&published, "order", "publish", "app", signed, "--json")
	if published.Status != market.StatusOpen || published.Remaining != 10 || published.Signer.Hex() != appDev {
		t.Fatalf("published %+v", published)
	}
	other := filepath.Join(dir, "other.json")
	e.must(nil, "order", "init", "app", "--asset", sold.Address.Hex(), "--price", "1", "--out", other, "--wallet", appDev)
	if _, err := e.run(nil, "order", "publish", "app", other); market.CodeOf(err) != market.CodeBadSignature {
		t.Fatalf("an unsigned order was published: %v", err)
	}
	// A workerpool order gets its trust and category from flags; an app order has none.
	poolOrder := filepath.Join(dir, "pool.json")
	e.must(nil, "order", "init", "workerpool", "--asset", sold.Address.Hex(), "--price", "2", "--trust", "5", "--category", "1", "--out", poolOrder, "--wallet", appDev)
	if b, err := os.ReadFile(poolOrder); err != nil || !strings.Contains(string(b), `"trust": 5`) || !strings.Contains(string(b), `"category": 1`) {
		t.Fatalf("workerpool order template %s (%v)", b, err)
	}
	if _, err := e.run(nil, "order", "init", "app", "--asset", sold.Address.Hex(), "--trust", "3", "--wallet", appDev); err == nil || !strings.Contains(err.Error(), "belong to workerpool and request") {
		t.Fatalf("an app order took --trust: %v", err)
	}
	// --batched sets the workerpool order's batched bit (and nothing else); other orders refuse it.
	e.must(nil, "order", "init", "workerpool", "--asset", sold.Address.Hex(), "--price", "2", "--batched", "--field", "tag=0x0000000000000000000000000000000000000000000000000000000000000100", "--out", poolOrder, "--wallet", appDev)
	if b, err := os.ReadFile(poolOrder); err != nil || !strings.Contains(string(b), `"tag": "0x0000000000000000000000000000000000000000000000000000000000000102"`) {
		t.Fatalf("batched workerpool order template %s (%v)", b, err)
	}
	if _, err := e.run(nil, "order", "init", "request", "--asset", sold.Address.Hex(), "--batched", "--wallet", appDev); err == nil || !strings.Contains(err.Error(), "--batched belongs to workerpool orders") {
		t.Fatalf("a request order took --batched: %v", err)
	}

	// Trust 1 on the requester's own app: orders self-signed, result verified.
	type report struct {
		Plan struct {
			Volume       uint64
			PricePerTask uint64
			SelfSigned   []string
		}
		Deal     common.Hash `json:"dealid"`
		Progress struct{ Completed int }
		Results  []sdk.Result
	}
	var r1 report
	out1 := filepath.Join(dir, "r1")
	e.must(&r1, "run", mine.Address.Hex(), "--args", "hello cli", "--trust", "1", "--out", out1, "--json")
	if len(r1.Results) != 1 || !r1.Results[0].Verified || len(r1.Plan.SelfSigned) != 1 || r1.Plan.PricePerTask != 100 {
		t.Fatalf("run at trust 1: %+v", r1)
	}
	if got := tarFile(t, r1.Results[0].Path, "result.txt"); !strings.HasPrefix(got, "hello cli\n") {
		t.Fatalf("result.txt: %q", got)
	}

	// Trust 3 on the app bought in the market, two tasks, encrypted for the requester.
	var r2 report
	e.must(&r2, "run", sold.Address.Hex(), "--args", "bought", "--trust", "3", "--volume", "2", "--encrypt-result", "--out", filepath.Join(dir, "r2"), "--json")
	if len(r2.Results) != 2 || r2.Plan.PricePerTask != 103 || len(r2.Plan.SelfSigned) != 0 {
		t.Fatalf("run at trust 3: %+v", r2)
	}
	for _, r := range r2.Results {
		if !r.Encrypted || !r.Verified {
			t.Fatalf("an encrypted result not decrypted and verified: %+v", r)
		}
		if got := tarFile(t, r.Path, "result.txt"); !strings.HasPrefix(got, "bought\n") {
			t.Fatalf("result.txt: %q", got)
		}
	}
	// The book shows the remaining volume at once.
	var page market.Page
	e.must(&page, "orderbook", "app", "--app", sold.Address.Hex(), "--json")
	if len(page.Orders) != 1 || page.Orders[0].Remaining != 8 {
		t.Fatalf("after the match the app book shows %+v", page.Orders)
	}

	// Download again, verify, and refuse a tampered file.
	var dl sdk.Result
	e.must(&dl, "result", "download", r1.Deal.Hex(), "--out", filepath.Join(dir, "dl"), "--json")
	e.must(nil, "result", "verify", dl.Path, r1.Deal.Hex(), "--json")
	tampered := filepath.Join(dir, "tampered.tar")
	data, _ := os.ReadFile(dl.Path)
	data[600] ^= 1
	os.WriteFile(tampered, data, 0o644)
	if _, err := e.run(nil, "result", "verify", tampered, r1.Deal.Hex()); err == nil {
		t.Fatal("a tampered result verified")
	}

	// An encrypted result downloaded by someone without the identity stays encrypted;
	// `result decrypt` opens it with the requester's identity, then it verifies.
	var enc sdk.Result
	e.must(&enc, "result", "download", r2.Deal.Hex(), "--index", "1", "--out", filepath.Join(dir, "enc"), "--wallet", created.Address.Hex(), "--json")
	if !enc.Encrypted || enc.Verified || !strings.HasSuffix(enc.Path, ".age") {
		t.Fatalf("encrypted download without the identity: %+v", enc)
	}
	if _, err := e.run(nil, "result", "verify", enc.Path, r2.Deal.Hex(), "--index", "1"); err == nil {
		t.Fatal("a ciphertext verified as the result")
	}
	identity := filepath.Join(cfg.Keystore, "age-"+strings.ToLower(requester.Hex())+".txt")
	var dec struct{ File string }
	e.must(&dec, "result", "decrypt", enc.Path, "--identity", identity, "--json")
	e.must(nil, "result", "verify", dec.File, r2.Deal.Hex(), "--index", "1")

	var deal sdk.DealView
	e.must(&deal, "deal", "show", r2.Deal.Hex(), "--json")
	if deal.Volume != 2 || deal.Trust != 3 || deal.Tasks[1].Status != "COMPLETED" {
		t.Fatalf("deal show: %+v", deal)
	}
	var task sdk.TaskInfo
	e.must(&task, "task", "show", r2.Deal.Hex(), "--index", "1", "--json")
	if task.Status != "COMPLETED" || task.ResultDigest == (common.Hash{}) {
		t.Fatalf("task show: %+v", task)
	}
	var ranking struct{ Ranking []sdk.Candidate }
	e.must(&ranking, "orderbook", "workerpool", "--explain", "--prefer", "price=1,reliability=1", "--json")
	if len(ranking.Ranking) != 1 || ranking.Ranking[0].Stats.Finalized < 3 {
		t.Fatalf("workerpool ranking: %+v", ranking.Ranking)
	}
	var cats []sdk.Category
	e.must(&cats, "category", "show", "--json")

	// Errors that say what to do, and change nothing.
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"run", mine.Address.Hex(), "--requirements", "memory_mb >="}, "Syntax error"},
		{[]string{"run", mine.Address.Hex(), "--trust", "5000"}, "accepts trust 5000"},
		{[]string{"run", mine.Address.Hex(), "--max-price", "50"}, "--max-price 50"},
		{[]string{"run", sold.Address.Hex(), "--dry-run", "--wallet", created.Address.Hex()}, "deposit 103 more"},
		{[]string{"run", unsold.Address.Hex()}, "no app order"},
		{[]string{"account", "withdraw", "999999999999999"}, "balance"},
		{[]string{"app", "deploy", "x", filepath.Join(dir, "missing.wasm")}, "no such file"},
	} {
		if out, err := e.run(nil, c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("decloud %s: %v (output %s), want an error with %q", strings.Join(c.args, " "), err, out, c.want)
		}
	}

	// A dapp's contract receives a certified result through the hub's callback.
	oracle, _ := executortest.BuildWASM(t, "../../examples/oracle")
	var oracleApp sdk.Asset
	e.must(&oracleApp, "app", "deploy", "oracle", oracle, "--json")
	feed := deployFeed(t, &cfg)
	var r3 report
	e.must(&r3, "run", oracleApp.Address.Hex(), "--args", "ETH/USD 3000 3001 3002", "--trust", "1", "--callback", feed.Hex(),
		"--out", filepath.Join(dir, "r3"), "--json")
	if len(r3.Results) != 1 || !r3.Results[0].Verified {
		t.Fatalf("run with a callback: %+v", r3)
	}
	if v := latest(t, &cfg, feed); v.Value.Int64() != 3001_000000 || v.Updates.Int64() != 1 || common.Hash(v.Taskid) != r3.Results[0].Task {
		t.Fatalf("the feed holds %+v after task %s", v, r3.Results[0].Task)
	}

	// Verified file transfer: the data provider sells a file; the built-in transfer app
	// delivers it encrypted for the requester, checked against its checksum on chain.
	dataDev := regexp.MustCompile(`data provider\s+(0x[0-9a-fA-F]{40})`).FindStringSubmatch(e.devOut)[1]
	transferApp := regexp.MustCompile(`transfer\s+(0x[0-9a-fA-F]{40})`).FindStringSubmatch(e.devOut)[1]
	file := filepath.Join(dir, "ticks.csv")
	os.WriteFile(file, []byte("date,ticker,close\n2026-12-01,ACME,101.5\n"), 0o644)
	var ds sdk.Asset
	e.must(&ds, "dataset", "deploy", "ticks.csv", file, "--json", "--wallet", dataDev)
	dsOrder, dsSigned := filepath.Join(dir, "ds.json"), filepath.Join(dir, "ds-signed.json")
	e.must(nil, "order", "init", "dataset", "--asset", ds.Address.Hex(), "--price", "7", "--volume", "5", "--out", dsOrder, "--wallet", dataDev)
	e.must(nil, "order", "sign", "dataset", dsOrder, "--out", dsSigned, "--wallet", dataDev)
	e.must(nil, "order", "publish", "dataset", dsSigned)
	var r4 report
	e.must(&r4, "run", transferApp, "--dataset", ds.Address.Hex(), "--encrypt-result", "--out", filepath.Join(dir, "r4"), "--json")
	if len(r4.Results) != 1 || !r4.Results[0].Verified || !r4.Results[0].Encrypted || r4.Plan.PricePerTask != 107 {
		t.Fatalf("transfer: %+v", r4)
	}
	if got := tarFile(t, r4.Results[0].Path, "ticks.csv"); got != "date,ticker,close\n2026-12-01,ACME,101.5\n" {
		t.Fatalf("the transferred file: %q", got)
	}
	if m := tarFile(t, r4.Results[0].Path, "manifest.json"); !strings.Contains(m, ds.Checksum.Hex()[2:]) {
		t.Fatalf("the manifest %s does not state the checksum %s", m, ds.Checksum.Hex())
	}

	// The app developer's order: shown, unpublished (it leaves the book), published again,
	// then cancelled on chain.
	var st sdk.OrderStatus
	e.must(&st, "order", "show", published.Hash.Hex(), "--json")
	if st.Remaining != 8 || st.Consumed.Int64() != 2 {
		t.Fatalf("order show: %+v", st)
	}
	e.must(nil, "order", "unpublish", published.Hash.Hex(), "--wallet", appDev)
	e.must(&page, "orderbook", "app", "--app", sold.Address.Hex(), "--json")
	if len(page.Orders) != 0 {
		t.Fatalf("an unpublished order is listed: %+v", page.Orders)
	}
	e.must(nil, "order", "publish", "app", signed)
	e.must(nil, "order", "cancel", "app", signed, "--wallet", appDev)
	e.must(&st, "order", "show", published.Hash.Hex(), "--json")
	if st.Status != market.StatusCancelled {
		t.Fatalf("after the cancel the order is %s", st.Status)
	}

	// The remaining --json outputs parse and say what they should.
	pool := regexp.MustCompile(`workerpool\s+(0x[0-9a-fA-F]{40})`).FindStringSubmatch(e.devOut)[1]
	var wp sdk.Asset
	e.must(&wp, "workerpool", "show", pool, "--json")
	if wp.Kind != "workerpool" || wp.Description == "" {
		t.Fatalf("workerpool show: %+v", wp)
	}
	var dsShown sdk.Asset
	e.must(&dsShown, "dataset", "show", ds.Address.Hex(), "--json")
	if dsShown.Owner.Hex() != dataDev || dsShown.Checksum != ds.Checksum {
		t.Fatalf("dataset show: %+v", dsShown)
	}
	e.must(&page, "orderbook", "dataset", "--dataset", ds.Address.Hex(), "--json")
	if len(page.Orders) != 1 || page.Orders[0].Remaining != 4 {
		t.Fatalf("the dataset book after one transfer: %+v", page.Orders)
	}
	e.must(&page, "orderbook", "request", "--json")
	var moved map[string]common.Address
	e.must(&moved, "app", "transfer", unsold.Address.Hex(), requester.Hex(), "--wallet", appDev, "--json")
	e.must(&shown, "app", "show", unsold.Address.Hex(), "--json")
	if shown.Owner != requester {
		t.Fatalf("after the transfer the app belongs to %s", shown.Owner)
	}

	var final sdk.AccountInfo
	e.must(&final, "account", "show", "--json")
	var w sdk.AccountInfo
	e.must(&w, "account", "withdraw", "500", "--json")
	if final.Balance.Int64()-w.Balance.Int64() != 500 || w.Wallet.Int64()-final.Wallet.Int64() != 500 {
		t.Fatalf("withdraw 500: escrow %s → %s, wallet %s → %s", final.Balance, w.Balance, final.Wallet, w.Wallet)
	}
	// The requester paid exactly: 100 for the first run, 2 × 103 for the second, 100 for
	// the callback, 107 for the transfer.
	if spent := after.Balance.Int64() - final.Balance.Int64(); spent != 100+2*103+100+107 {
		t.Fatalf("the requester's escrow went down by %d, want %d", spent, 100+2*103+100+107)
	}
}

// deployFeed deploys the example PriceOracle contract (examples/dapp) from the requester.
func deployFeed(t *testing.T, cfg *sdk.Config) common.Address {
	t.Helper()
	ctx := context.Background()
	key, err := sdk.OpenWallets(cfg.Keystore, cfg.LightKDF).Key(cfg.Wallet, "dev")
	if err != nil {
		t.Fatal(err)
	}
	c, err := sdk.Connect(ctx, *cfg, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r, err := c.Sender.Send(ctx, nil, append(common.FromHex(dapp.PriceOracleMetaData.Bin), dapp.NewPriceOracle().PackConstructor(cfg.Hub, "ETH/USD")...), nil)
	if err != nil {
		t.Fatal(err)
	}
	return r.ContractAddress
}

func latest(t *testing.T, cfg *sdk.Config, feed common.Address) dapp.LatestOutput {
	t.Helper()
	ctx := context.Background()
	c, err := sdk.Connect(ctx, *cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	o := dapp.NewPriceOracle()
	out, err := c.Eth.CallContract(ctx, ethereum.CallMsg{To: &feed, Data: o.PackLatest()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := o.UnpackLatest(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// `decloud init` writes the config the other commands read, and keeps an existing one
// unless told to replace it.
func TestInit(t *testing.T) {
	config := filepath.Join(t.TempDir(), "decloud", "config.json")
	run := func(args ...string) (string, error) {
		out := &syncBuffer{}
		err := (&Main{Stdout: out, Stderr: &syncBuffer{}}).Run(context.Background(), append(args, "--config", config))
		return out.String(), err
	}
	hub := "0x00000000000000000000000000000000000000aa"
	out, err := run("init", "--rpc", "http://127.0.0.1:1", "--hub", hub, "--market", "http://127.0.0.1:2", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Config   string
		Settings sdk.Config
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Config != config || got.Settings.Hub != common.HexToAddress(hub) {
		t.Fatalf("init --json: %s (%v)", out, err)
	}
	if cfg, err := sdk.LoadConfig(config); err != nil || cfg.Market != "http://127.0.0.1:2" {
		t.Fatalf("the written config: %+v %v", cfg, err)
	}
	if _, err := run("init", "--hub", hub); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("init over an existing config: %v", err)
	}
	if _, err := run("init", "--hub", "nope", "--force"); err == nil {
		t.Fatal("a bad hub address was written")
	}
	if _, err := run("init", "--hub", hub, "--rpc", "http://127.0.0.1:3", "--force"); err != nil {
		t.Fatal(err)
	}
	if cfg, _ := sdk.LoadConfig(config); cfg.RPC != "http://127.0.0.1:3" {
		t.Fatalf("init --force kept %s", cfg.RPC)
	}
}
