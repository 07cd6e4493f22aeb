package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain/devchain"
)

// startProcess runs this binary as `decloud args...` in its own process and waits until its
// output matches ready; it returns the first submatch. The process is killed at the end.
func startProcess(t *testing.T, ready *regexp.Regexp, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(context.Background(), os.Args[0], args...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
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
		if time.Now().After(deadline) {
			t.Fatalf("decloud %s not ready:\n%s", strings.Join(args, " "), out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The operator's path of docs/operations.md, each part its own process: a bare chain (as an
// external node would be), `decloud deploy`, then storage and market started from the
// deployment file alone.
func TestOperatorPath(t *testing.T) {
	if testing.Short() {
		t.Skip("starts separate processes (full tier only)")
	}
	dir := t.TempDir()
	rpc := startProcess(t, regexp.MustCompile(`rpc\s+(http://127\.0\.0\.1:\d+)`), "chain", "--bare", "--http", "127.0.0.1:0", "--idle-block", "0")
	keyFile := filepath.Join(dir, "deployer.key")
	key := devchain.DevAccounts(1)[0].Key
	if err := os.WriteFile(keyFile, []byte(fmt.Sprintf("0x%x", crypto.FromECDSA(key))), 0o600); err != nil {
		t.Fatal(err)
	}
	dep := filepath.Join(dir, "deployment.json")
	if out, err := (&Main{Stdout: &syncBuffer{}, Stderr: &syncBuffer{}}).runOut("deploy", "--rpc", rpc, "--key", "@"+keyFile, "--out", dep); err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	storageURL := startProcess(t, regexp.MustCompile(`storage on (http://127\.0\.0\.1:\d+)`),
		"storage", "--rpc", rpc, "--deployment", dep, "--http", "127.0.0.1:0", "--dir", filepath.Join(dir, "storage"))
	marketURL := startProcess(t, regexp.MustCompile(`market on (http://127\.0\.0\.1:\d+)`),
		"market", "--rpc", rpc, "--deployment", dep, "--http", "127.0.0.1:0", "--db", filepath.Join(dir, "market.db"))
	for _, u := range []struct{ url, want string }{
		{storageURL + "/blobs/" + strings.Repeat("ab", 32), "404"},
		{marketURL + "/v1/orderbook/app", "200"},
	} {
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, u.url, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if !strings.HasPrefix(resp.Status, u.want) {
			t.Fatalf("GET %s: %s, want %s", u.url, resp.Status, u.want)
		}
	}
}

// runOut runs one command line and returns its output.
func (m *Main) runOut(args ...string) (string, error) {
	out := &syncBuffer{}
	m.Stdout = out
	err := m.Run(context.Background(), args)
	return out.String(), err
}
