package main

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/decloud/decloud/chain/gasreport"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader in different goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runChain starts `decloud chain` in-process and returns its printed rpc URL and hub.
func runChain(t *testing.T, args ...string) (rpcURL string, hub common.Address, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	m := &Main{Stdout: out, Stderr: &syncBuffer{}}
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, append([]string{"chain", "--http", "127.0.0.1:0"}, args...)) }()
	re := regexp.MustCompile(`rpc\s+(http://127\.0\.0\.1:\d+)[\s\S]*hub\s+(0x[0-9a-fA-F]{40})`)
	deadline := time.Now().Add(time.Minute)
	for {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			rpcURL, hub = m[1], common.HexToAddress(m[2])
			break
		}
		select {
		case err := <-done:
			t.Fatalf("decloud chain exited: %v\n%s", err, out.String())
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no endpoint printed:\n%s", out.String())
		}
	}
	if !strings.Contains(out.String(), "key 0x") {
		t.Fatalf("dev accounts not printed:\n%s", out.String())
	}
	return rpcURL, hub, func() {
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("decloud chain: %v", err)
		}
	}
}

// `decloud chain` serves JSON-RPC on 127.0.0.1 to other processes, with the hub deployed,
// and a data dir keeps the chain and its deployment across a restart.
func TestChainCommand(t *testing.T) {
	dir := t.TempDir()
	url, hub, stop := runChain(t, "--datadir", dir)
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	code, err := client.CodeAt(context.Background(), hub, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("no hub code at %s: %v", hub, err)
	}
	head, err := client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	client.Close()
	stop()

	url2, hub2, stop2 := runChain(t, "--datadir", dir)
	defer stop2()
	if hub2 != hub {
		t.Fatalf("hub moved from %s to %s after a restart", hub, hub2)
	}
	client, err = ethclient.Dial(url2)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if head2, err := client.BlockNumber(context.Background()); err != nil || head2 < head {
		t.Fatalf("head %d after restart, was %d (%v)", head2, head, err)
	}
}

func TestChainCommandRejectsPublicAddress(t *testing.T) {
	m := &Main{Stdout: &syncBuffer{}, Stderr: &syncBuffer{}}
	err := m.Run(context.Background(), []string{"chain", "--http", "0.0.0.0:8545"})
	if err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Fatalf("a public address was accepted: %v", err)
	}
}

func TestBenchGasJSON(t *testing.T) {
	out := &syncBuffer{}
	m := &Main{Stdout: out, Stderr: &syncBuffer{}}
	if err := m.Run(context.Background(), []string{"bench", "gas", "--json"}); err != nil {
		t.Fatal(err)
	}
	var rep gasreport.Report
	dec := json.NewDecoder(strings.NewReader(out.String()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("bench gas --json printed %q: %v", out.String(), err)
	}
	// Every top-level figure is a positive number, but the batched ones' objects (by batch
	// size, and the split of their cost), each with its three trusts.
	var keys map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out.String()), &keys); err != nil || len(keys) != 24 {
		t.Fatalf("%d keys: %v", len(keys), err)
	}
	for k, raw := range keys {
		if k == "batched" || k == "batchedCost" {
			continue
		}
		var v uint64
		if err := json.Unmarshal(raw, &v); err != nil || v == 0 {
			t.Errorf("%s is %s (%v)", k, raw, err)
		}
	}
	for _, size := range []string{"1", "10", "100", "1000"} {
		if _, ok := rep.Batched[size]; !ok {
			t.Errorf("no batched figures for batch size %s", size)
		}
	}
	if b := rep.Batched["100"]; rep.PerTaskBatchedTrust1 == 0 || rep.PerTaskBatchedTrust1 >= rep.PerTaskTrust1 {
		t.Errorf("batched trust 1 at %d gas a task against %d per task unbatched (%+v)", rep.PerTaskBatchedTrust1, rep.PerTaskTrust1, b)
	}
}
