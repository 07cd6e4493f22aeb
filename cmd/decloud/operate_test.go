package main

import (
	"archive/tar"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/chain/devchain"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
)

// hosts says where the processes of a whole-deal test run: every one on this machine's
// loopback, or each role in its own network namespace, joined by veth pairs on a bridge.
type hosts struct {
	services []string // command prefix of chain, storage, market and pool ("" on loopback)
	client   []string // of the CLI (deployer, providers, requester)
	worker   func(int) []string
	addr     string   // where the services listen
	tlsDir   string   // self-signed certificate of the services ("" on loopback)
	env      []string // added to every process's environment
}

// startProcess runs this binary as `decloud args...` (after prefix, e.g. `ip netns exec NS`)
// in its own process and waits until its output matches ready; it returns the first
// submatch. The process is killed at the end of the test, and by the kernel if this test
// process dies first.
func startProcess(t *testing.T, h hosts, ready *regexp.Regexp, args ...string) string {
	t.Helper()
	cmd := h.command(context.Background(), args...)
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if m := ready.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		if time.Now().After(deadline) || cmd.ProcessState != nil {
			t.Fatalf("decloud %s not ready:\n%s", strings.Join(args, " "), out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// command is `decloud args...` as h runs it (the prefix is in args' front when set by the
// caller through h.services etc.).
func (h hosts) command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Env = append(append(os.Environ(), runMainEnv+"=1"), h.env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	return cmd
}

// on returns the command line of `decloud args...` behind prefix.
func on(prefix []string, args ...string) []string {
	return append(append(append([]string(nil), prefix...), os.Args[0]), args...)
}

// runTo runs `decloud args...` behind prefix to its end and returns its standard output.
func runTo(t *testing.T, h hosts, prefix []string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testBudget(t))
	defer cancel()
	cmd := h.command(ctx, on(prefix, args...)...)
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("decloud %s: %v\n%s%s", strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// testBudget is what is left of the test binary's -timeout, less a margin for the report.
func testBudget(t *testing.T) time.Duration {
	if d, ok := t.Deadline(); ok {
		return time.Until(d) - 10*time.Second
	}
	return 10 * time.Minute
}

// The operator's path of docs/operations.md, each part its own process, as a new user
// follows it: a bare chain (as an external node would be), `decloud deploy`, storage and
// market from the deployment file, a pool registered and its order published, three
// workers with a stake, and a trust-3 bag of tasks bought with `decloud run`.
func TestWholeDealAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts separate processes (full tier only)")
	}
	wholeDeal(t, hosts{addr: "127.0.0.1", worker: func(int) []string { return nil }})
}

// The same path with every machine its own network namespace: the services (chain, storage,
// market, pool) on one, the CLI on another, each worker on its own, joined by veth pairs on
// a bridge, so every request crosses an interface; the services listen on the bridge's
// address and serve HTTPS with a self-signed certificate that every client verifies.
func TestWholeDealAcrossNamespaces(t *testing.T) {
	if testing.Short() {
		t.Skip("starts separate processes (full tier only)")
	}
	wholeDeal(t, namespaces(t, 3))
}

// namespaces makes a network namespace for the services (10.77.0.1 on bridge br0), one for
// the CLI (10.77.0.10) and one per worker (10.77.0.11…), each joined to the bridge by a veth
// pair; all are deleted at the end of the test. It skips the test where that is not
// possible (not root, no iproute2, no network namespaces).
func namespaces(t *testing.T, workers int) hosts {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("network namespaces need root")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		t.Skip("network namespaces need iproute2's ip")
	}
	id := randomName()
	ip := func(args ...string) error {
		out, err := exec.CommandContext(context.Background(), "ip", args...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("ip %s: %v: %s", strings.Join(args, " "), err, out)
		}
		return nil
	}
	must := func(args ...string) {
		t.Helper()
		if err := ip(args...); err != nil {
			t.Fatal(err)
		}
	}
	svc := "dc" + id + "s"
	if err := ip("netns", "add", svc); err != nil {
		t.Skipf("cannot make a network namespace here: %v", err)
	}
	t.Cleanup(func() { _ = ip("netns", "del", svc) })
	must("-n", svc, "link", "set", "lo", "up")
	must("-n", svc, "link", "add", "br0", "type", "bridge")
	must("-n", svc, "addr", "add", "10.77.0.1/24", "dev", "br0")
	must("-n", svc, "link", "set", "br0", "up")
	host := func(name string, k int) []string {
		ns := "dc" + id + name
		must("netns", "add", ns)
		t.Cleanup(func() { _ = ip("netns", "del", ns) })
		must("-n", ns, "link", "set", "lo", "up")
		veth := "v" + id + name
		must("-n", svc, "link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns)
		must("-n", svc, "link", "set", veth, "master", "br0", "up")
		must("-n", ns, "addr", "add", fmt.Sprintf("10.77.0.%d/24", k), "dev", "eth0")
		must("-n", ns, "link", "set", "eth0", "up")
		return []string{"ip", "netns", "exec", ns}
	}
	h := hosts{services: []string{"ip", "netns", "exec", svc}, client: host("c", 10), addr: "10.77.0.1", tlsDir: filepath.Join(t.TempDir(), "tls")}
	var ws [][]string
	for i := range workers {
		ws = append(ws, host(fmt.Sprintf("w%d", i), 11+i))
	}
	h.worker = func(i int) []string { return ws[i] }
	h.env = []string{"SSL_CERT_FILE=" + filepath.Join(h.tlsDir, "cert.pem")}
	return h
}

// wholeDeal runs the operator's path on h and checks the bag of tasks' results.
func wholeDeal(t *testing.T, h hosts) {
	dir := t.TempDir()
	h.env = append(h.env, "DECLOUD_PASSWORD=e2e")
	t0 := time.Now()
	step := func(what string) { t.Logf("%-28s at %5.1f s", what, time.Since(t0).Seconds()) }
	listen := []string{"--http", h.addr + ":0"}
	if h.tlsDir != "" {
		listen = append(listen, "--tls-self-signed", h.tlsDir)
	}
	url := regexp.MustCompile(`(https?://[0-9.]+:\d+)`)
	// The chain: an external node when DECLOUD_E2E_RPC names one (scripts/e2e-external.sh),
	// with the deployer's funded key in DECLOUD_E2E_DEPLOYER_KEY; else decloud's own, bare.
	rpc, deployerKey := os.Getenv("DECLOUD_E2E_RPC"), os.Getenv("DECLOUD_E2E_DEPLOYER_KEY")
	if rpc == "" {
		rpc = startProcess(t, h, regexp.MustCompile(`rpc\s+(https?://[0-9.]+:\d+)`), on(h.services, append([]string{"chain", "--bare", "--accounts", "1"}, listen...)...)...)
		deployerKey = filepath.Join(dir, "deployer.key")
		writeKey(t, deployerKey, devchain.DevAccounts(1)[0].Key)
	} else if h.tlsDir != "" || deployerKey == "" {
		t.Skip("an external node is used on loopback only, with DECLOUD_E2E_DEPLOYER_KEY")
	}
	step("chain")

	// Keys: a new one per role, each in a file only its owner reads; the deployer gives
	// each role tokens and coin for gas.
	roles := []string{"pool", "appdev", "requester", "worker0", "worker1", "worker2"}
	keyFile, addr := map[string]string{}, map[string]string{}
	for _, r := range roles {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keyFile[r], addr[r] = filepath.Join(dir, r+".key"), crypto.PubkeyToAddress(key.PublicKey).Hex()
		writeKey(t, keyFile[r], key)
	}
	dep := filepath.Join(dir, "deployment.json")
	var participants []string
	for _, r := range roles {
		participants = append(participants, addr[r])
	}
	runTo(t, h, h.client, "deploy", "--rpc", rpc, "--key", "@"+deployerKey, "--out", dep, "--mint", strings.Join(participants, ","), "--mint-eth", "1000000000000000000")
	step("deploy")

	storageURL := startProcess(t, h, regexp.MustCompile(`storage on `+url.String()),
		on(h.services, append([]string{"storage", "--rpc", rpc, "--deployment", dep, "--dir", filepath.Join(dir, "storage")}, listen...)...)...)
	marketURL := startProcess(t, h, regexp.MustCompile(`market on `+url.String()),
		on(h.services, append([]string{"market", "--rpc", rpc, "--deployment", dep, "--db", filepath.Join(dir, "market.db")}, listen...)...)...)
	step("storage and market")

	// The CLI's config and wallets (one keystore, each role by --wallet).
	config := filepath.Join(dir, "config.json")
	cli := func(args ...string) string {
		t.Helper()
		return runTo(t, h, h.client, append(args, "--config", config)...)
	}
	cli("init", "--deployment", dep, "--rpc", rpc, "--market", marketURL, "--storage", storageURL, "--light-kdf")
	if h.tlsDir != "" {
		// Across machines every service is HTTPS, and a client that does not trust the
		// services' certificate refuses to talk to them.
		for _, u := range []string{rpc, storageURL, marketURL} {
			if !strings.HasPrefix(u, "https://"+h.addr+":") {
				t.Fatalf("a service at %s, want https on %s", u, h.addr)
			}
		}
		untrusting := h
		untrusting.env = nil
		cmd := untrusting.command(context.Background(), on(h.client, "orderbook", "workerpool", "--config", config)...)
		if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "certificate") {
			t.Fatalf("a client without the services' certificate: %v\n%s", err, out)
		}
	}
	for _, r := range roles {
		cli("wallet", "import", "--key", "@"+keyFile[r])
	}
	var pool, app struct{ Address string }
	decode := func(out string, v any) {
		t.Helper()
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("%v in %q", err, out)
		}
	}
	// Escrow first (the market lists only orders it covers): the scheduler's stake, the workers' stakes, the requester's payment.
	for _, r := range roles {
		if r != "appdev" {
			cli("account", "deposit", "1000", "--wallet", addr[r])
		}
	}
	decode(cli("workerpool", "deploy", "e2e pool", "--wallet", addr["pool"], "--json"), &pool)
	module, _ := executortest.BuildWASM(t, "../../examples/echo")
	decode(cli("app", "deploy", "echo", module, "--wallet", addr["appdev"], "--json"), &app)
	for _, o := range []struct{ kind, wallet string }{{"workerpool", "pool"}, {"app", "appdev"}} {
		unsigned, signed := filepath.Join(dir, o.kind+".json"), filepath.Join(dir, o.kind+".signed.json")
		asset, price := pool.Address, "5"
		initArgs := []string{"order", "init", o.kind, "--asset", asset, "--price", price, "--volume", "100", "--out", unsigned, "--wallet", addr[o.wallet]}
		if o.kind == "app" {
			initArgs[4], initArgs[6] = app.Address, "2"
		} else {
			initArgs = append(initArgs, "--trust", "3")
		}
		cli(initArgs...)
		cli("order", "sign", o.kind, unsigned, "--out", signed, "--wallet", addr[o.wallet])
		cli("order", "publish", o.kind, signed, "--wallet", addr[o.wallet])
	}
	step("pool, app, orders, escrow")

	poolURL := startProcess(t, h, regexp.MustCompile(`scheduler of \S+ on `+url.String()),
		on(h.services, append([]string{"pool", "--rpc", rpc, "--deployment", dep, "--key", "@" + keyFile["pool"], "--workerpool", pool.Address,
			"--storage", storageURL, "--db", filepath.Join(dir, "pool.db"), "--broker", marketURL}, listen...)...)...)
	for i := range 3 {
		w := fmt.Sprintf("worker%d", i)
		startProcess(t, h, regexp.MustCompile(`(logged in|sandbox)`), on(h.worker(i), "worker", "--rpc", rpc, "--deployment", dep, "--key", "@"+keyFile[w],
			"--pool", poolURL, "--storage", storageURL, "--dir", filepath.Join(dir, w),
			// Killed at the end: their scratch stays in the test's directory, not /dev/shm.
			"--scratch", filepath.Join(dir, "scratch"))...)
	}
	step("pool and 3 workers")

	// The requester buys a trust-3 bag of three tasks and checks every result.
	var rep runReport
	decode(cli("run", app.Address, "--trust", "3", "--volume", "3", "--args", "across processes", "--out", filepath.Join(dir, "results"),
		"--wallet", addr["requester"], "--json"), &rep)
	step("trust-3 bag of 3 tasks")
	if len(rep.Results) != 3 || rep.Progress == nil || rep.Progress.Completed != 3 {
		t.Fatalf("run: %d results, progress %+v", len(rep.Results), rep.Progress)
	}
	for _, r := range rep.Results {
		if !r.Verified || r.Failure != nil {
			t.Fatalf("task %d: verified %v, failure %+v", r.Index, r.Verified, r.Failure)
		}
		got := fileInTar(t, r.Path, "result.txt")
		if want := fmt.Sprintf("across processes\ntask %s index %d\n", r.Task.Hex(), r.Index); string(got) != want {
			t.Fatalf("task %d's result %q, want %q", r.Index, got, want)
		}
	}

	// A request published on the market, that no one matches by hand: the pool's broker
	// matches it with its own order and the app's, and the task runs.
	unsigned, signed := filepath.Join(dir, "request.json"), filepath.Join(dir, "request.signed.json")
	cli("order", "init", "request", "--asset", app.Address, "--price", "5", "--field", "appmaxprice=2",
		"--field", `params={"args":"brokered"}`, "--out", unsigned, "--wallet", addr["requester"])
	cli("order", "sign", "request", unsigned, "--out", signed, "--wallet", addr["requester"])
	var entry struct{ OrderHash common.Hash }
	decode(cli("order", "publish", "request", signed, "--wallet", addr["requester"], "--json"), &entry)
	deal := poco.DealID(entry.OrderHash, new(big.Int)).Hex()
	for {
		cmd := h.command(context.Background(), on(h.client, "deal", "show", deal, "--config", config)...)
		if cmd.Run() == nil {
			break // matched
		}
		if time.Since(t0) > testBudget(t) {
			t.Fatal("the broker never matched the published request")
		}
		time.Sleep(200 * time.Millisecond)
	}
	var progress sdk.Progress
	decode(cli("task", "show", deal, "--watch", "--json"), &progress)
	if progress.Completed != 1 {
		t.Fatalf("the brokered deal: %+v", progress)
	}
	step("a published request, brokered")

	if h.tlsDir == "" { // this process reaches the chain only on loopback
		logGas(t, rpc, dep)
	}
}

// logGas logs the gas of every hub transaction since the deployment, by method: the same
// figures on decloud's chain and on an external node (scripts/e2e-external.sh), side by side.
func logGas(t *testing.T, rpc, depFile string) {
	t.Helper()
	ctx := context.Background()
	d, err := readDeployment(depFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	hubABI := bindings.NewIHub().GetABI()
	gas, count := map[string]uint64{}, map[string]uint64{}
	for n := d.Block + 1; n <= head; n++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != d.Hub || len(tx.Data()) < 4 {
				continue
			}
			m, err := hubABI.MethodById(tx.Data()[:4])
			if err != nil {
				t.Fatal(err)
			}
			r, err := c.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			gas[m.Name] += r.GasUsed
			count[m.Name]++
		}
	}
	names := slices.Sorted(maps.Keys(gas))
	var line strings.Builder
	for _, name := range names {
		fmt.Fprintf(&line, " %s %d×%d", name, count[name], gas[name]/count[name])
	}
	t.Logf("hub gas by method (calls×mean):%s", line.String())
}

// writeKey writes key as 0x-hex into a file only its owner reads.
func writeKey(t *testing.T, path string, key *ecdsa.PrivateKey) {
	t.Helper()
	if err := os.WriteFile(path, fmt.Appendf(nil, "0x%x", crypto.FromECDSA(key)), 0o600); err != nil {
		t.Fatal(err)
	}
}

// randomName is a short random suffix for names the test creates on the host.
func randomName() string {
	b := make([]byte, 3)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// fileInTar returns the content of name in the tar archive at path.
func fileInTar(t *testing.T, path, name string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tr := tar.NewReader(f)
	for {
		hdr, err := tr.Next()
		if err != nil {
			t.Fatalf("%s in %s: %v", name, path, err)
		}
		if hdr.Name == name {
			b, err := io.ReadAll(tr)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
}
