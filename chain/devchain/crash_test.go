package devchain

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestMain lets the test binary act as a dev chain process for the crash test.
func TestMain(m *testing.M) {
	if dir := os.Getenv("DECLOUD_DEVCHAIN_CHILD"); dir != "" {
		c, err := Start(context.Background(), Config{DataDir: dir, Accounts: 2})
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println("rpc", c.RPCURL())
		select {} // until killed
	}
	os.Exit(m.Run())
}

// Transactions confirmed before a SIGKILL are still there after a restart. go-ethereum writes
// asynchronously and the dev chain flushes after each block, so what is durable is every
// block but possibly the newest: the test seals one more block before killing.
func TestSurvivesSIGKILL(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "DECLOUD_DEVCHAIN_CHILD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "rpc ") {
		t.Fatalf("child said %q (%v)", line, err)
	}
	client, err := ethclient.Dial(strings.TrimSpace(strings.TrimPrefix(line, "rpc ")))
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000cc")
	from := DevAccounts(2)[0]
	for i := 0; i < 20; i++ {
		sendTx(t, ctx, client, from, &to, nil, big.NewInt(1))
	}
	marker := common.HexToAddress("0x00000000000000000000000000000000000000dd")
	sendTx(t, ctx, client, from, &marker, nil, big.NewInt(1)) // the newest block, maybe lost
	client.Close()
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()

	c, err := Start(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	bal, err := c.Client().BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 20 {
		t.Fatalf("after SIGKILL and restart the balance is %v (%v), want 20", bal, err)
	}
}
