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

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// childEnv makes the test binary a dev chain process on the data dir it names, for the crash test.
const childEnv = "DECLOUD_DEVCHAIN_CHILD"

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
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

// Every transaction whose receipt a client has seen survives a SIGKILL of the chain's process,
// the newest one included.
func TestSurvivesSIGKILL(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	dir := t.TempDir()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer cmd.Process.Kill()
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
	const n = 20
	for range n {
		sendTx(t, ctx, client, from, &to, nil, big.NewInt(1))
	}
	client.Close()
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	c := startChain(t, Config{DataDir: dir})
	if bal, err := c.Client().BalanceAt(ctx, to, nil); err != nil || bal.Int64() != n {
		t.Fatalf("after SIGKILL and restart the balance is %v (%v), want %d", bal, err, n)
	}
	if nonce, err := c.Client().NonceAt(ctx, from.Address, nil); err != nil || nonce != n {
		t.Fatalf("after SIGKILL and restart the nonce is %d (%v), want %d", nonce, err, n)
	}
}
