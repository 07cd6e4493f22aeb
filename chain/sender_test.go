package chain_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/devchain"
)

// boomCode is runtime code that always reverts with Error("boom"), ABI-encoded as
// selector 08c379a0, offset 32, length 4, "boom".
func boomCode() []byte {
	selector := "7f08c379a0" + strings.Repeat("00", 28)
	boom := "7f" + hex.EncodeToString([]byte("boom")) + strings.Repeat("00", 28)
	return asm(
		selector, // PUSH32 the selector, left-aligned
		"6000",   // PUSH1 0
		"52",     // MSTORE         memory[0:4] = selector
		"6020",   // PUSH1 32
		"6004",   // PUSH1 4
		"52",     // MSTORE         memory[4:36] = 32, the string's offset
		"6004",   // PUSH1 4
		"6024",   // PUSH1 36
		"52",     // MSTORE         memory[36:68] = 4, its length
		boom,     // PUSH32 "boom", left-aligned
		"6044",   // PUSH1 68
		"52",     // MSTORE         memory[68:100] = "boom"
		"6064",   // PUSH1 100      size
		"6000",   // PUSH1 0        offset
		"fd",     // REVERT         revert with memory[0:100]
	)
}

// bareRevertCode reverts with no data.
var bareRevertCode = asm(
	"6000", // PUSH1 0
	"6000", // PUSH1 0
	"fd",   // REVERT         revert with memory[0:0]
)

func TestSendReverts(t *testing.T) {
	s := newSim(t, 1)
	snd := s.sender(0)
	boom, _ := s.deploy(snd, boomCode())
	bare, _ := s.deploy(snd, bareRevertCode)
	emitter, _ := s.deploy(snd, emitterCode())
	boomData, err := (abi.Arguments{{Type: mustType(t, "string")}}).Pack("boom")
	if err != nil {
		t.Fatal(err)
	}
	boomData = append([]byte{0x08, 0xc3, 0x79, 0xa0}, boomData...)

	for _, tc := range []struct {
		name   string
		send   func() (*types.Receipt, error)
		reason string
		data   []byte
		mined  bool // the transaction was mined (and failed) rather than refused at estimate
	}{
		{"estimate/Error(string)", func() (*types.Receipt, error) { return snd.Send(s.ctx, &boom, nil, nil) }, "boom", boomData, false},
		{"estimate/no reason", func() (*types.Receipt, error) { return snd.Send(s.ctx, &bare, nil, nil) }, "", nil, false},
		{"mined/Error(string)", func() (*types.Receipt, error) { return snd.SendWithGas(s.ctx, &boom, nil, nil, 100_000) }, "boom", boomData, true},
		{"mined/no reason", func() (*types.Receipt, error) { return snd.SendWithGas(s.ctx, &bare, nil, nil, 100_000) }, "", nil, true},
		{"mined/out of gas", func() (*types.Receipt, error) { return snd.SendWithGas(s.ctx, &emitter, word(7), nil, 21_500) }, "out of gas", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := pendingNonce(t, s, snd.Address())
			r, err := tc.send()
			var re *chain.RevertError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want a *RevertError", err)
			}
			if reason, ok := chain.RevertReason(fmt.Errorf("wrapped: %w", err)); !ok || reason != tc.reason || re.Reason != tc.reason {
				t.Fatalf("reason %q (%v), want %q", reason, ok, tc.reason)
			}
			if !bytes.Equal(re.Data, tc.data) {
				t.Fatalf("data %x, want %x", re.Data, tc.data)
			}
			used := pendingNonce(t, s, snd.Address()) - before
			if !tc.mined {
				if r != nil || re.Tx != (common.Hash{}) || used != 0 {
					t.Fatalf("refused at estimate, yet receipt %v, tx %s, %d nonces used", r, re.Tx, used)
				}
				return
			}
			if r == nil || r.Status != types.ReceiptStatusFailed || re.Tx != r.TxHash || used != 1 {
				t.Fatalf("mined failure: receipt %+v, error tx %s, %d nonces used", r, re.Tx, used)
			}
		})
	}
}

func mustType(t *testing.T, name string) abi.Type {
	t.Helper()
	typ, err := abi.NewType(name, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return typ
}

func pendingNonce(t *testing.T, s *sim, a common.Address) uint64 {
	t.Helper()
	n, err := s.client.PendingNonceAt(s.ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// 200 transactions sent without waiting get consecutive nonces and are all mined.
func TestSendAsyncPipelined(t *testing.T) {
	s := newSim(t, 1)
	snd := s.sender(0)
	emitter, _ := s.deploy(snd, emitterCode())
	first := pendingNonce(t, s, snd.Address())
	const n = 200
	start := time.Now()
	pending := make([]*chain.Pending, n)
	for i := range pending {
		p, err := snd.SendAsync(s.ctx, &emitter, word(uint64(i)), nil)
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
		if p.Tx.Nonce() != first+uint64(i) {
			t.Fatalf("transaction %d has nonce %d, want %d", i, p.Tx.Nonce(), first+uint64(i))
		}
		pending[i] = p
	}
	if _, err := pending[n-1].Wait(s.ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pipelined transactions mined in %v", n, time.Since(start))
	for i, p := range pending {
		r, err := p.Wait(s.ctx)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %d: %v", i, err)
		}
	}
	if got := pendingNonce(t, s, snd.Address()); got != first+n {
		t.Fatalf("account nonce %d, want %d", got, first+n)
	}
}

// Sends from several goroutines share one nonce sequence without gaps or duplicates.
func TestSendConcurrent(t *testing.T) {
	s := newSim(t, 1)
	snd := s.sender(0)
	emitter, _ := s.deploy(snd, emitterCode())
	first := pendingNonce(t, s, snd.Address())
	const goroutines, each = 4, 25
	var wg sync.WaitGroup
	errs := make(chan error, goroutines*each)
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				r, err := snd.Send(s.ctx, &emitter, word(uint64(g*each+i)), nil)
				if err == nil && r.Status != types.ReceiptStatusSuccessful {
					err = errors.New("failed receipt")
				}
				if err != nil {
					errs <- fmt.Errorf("goroutine %d, send %d: %w", g, i, err)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := pendingNonce(t, s, snd.Address()); got != first+goroutines*each {
		t.Fatalf("account nonce %d, want %d", got, first+goroutines*each)
	}
}

// A sender whose nonce went stale (another client used the key) resyncs and goes on.
func TestSendResyncsNonce(t *testing.T) {
	s := newSim(t, 1)
	a, b := s.sender(0), s.sender(0) // two clients, one key
	to := common.HexToAddress("0x1234")
	one := big.NewInt(1)
	for i, snd := range []*chain.Sender{a, b, a, b} {
		p, err := snd.SendAsync(s.ctx, &to, nil, one)
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
		if p.Tx.Nonce() != uint64(i) {
			t.Fatalf("send %d used nonce %d", i, p.Tx.Nonce())
		}
		if _, err := p.Wait(s.ctx); err != nil {
			t.Fatal(err)
		}
	}
}

// A transaction the node refuses does not use up its nonce.
func TestSendRefusedKeepsNonce(t *testing.T) {
	s := newSim(t, 1)
	snd := s.sender(0)
	to := common.HexToAddress("0x1234")
	if _, err := snd.Send(s.ctx, &to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	tooMuch := new(big.Int).Lsh(big.NewInt(1), 101) // more than the account holds
	_, err := snd.SendWithGas(s.ctx, &to, nil, tooMuch, 21_000)
	if err == nil {
		t.Fatal("an unaffordable transfer was accepted")
	}
	if _, ok := chain.RevertReason(err); ok {
		t.Fatalf("a refused transaction reported as a revert: %v", err)
	}
	p, err := snd.SendAsync(s.ctx, &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if p.Tx.Nonce() != 1 {
		t.Fatalf("next transaction has nonce %d, want 1", p.Tx.Nonce())
	}
	if _, err := p.Wait(s.ctx); err != nil {
		t.Fatal(err)
	}
}

// Wait gives up with ctx.
func TestWaitHonoursContext(t *testing.T) {
	s := newSim(t, 1)
	snd, err := chain.NewSender(s.client, s.keys[0], nil) // no sealer: never mined
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x1234")
	p, err := snd.SendAsync(s.ctx, &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(s.ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := p.Wait(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want the context's deadline", err)
	}
}

// BenchmarkSend measures one account's transactions on the dev chain over HTTP, as the
// services use it: serially (each waits for its receipt) and pipelined (send all, wait
// for the last).
func BenchmarkSend(b *testing.B) {
	ctx := context.Background()
	dc, err := devchain.Start(ctx, devchain.Config{Accounts: 2})
	if err != nil {
		b.Fatal(err)
	}
	defer dc.Close()
	client, err := ethclient.Dial(dc.RPCURL())
	if err != nil {
		b.Fatal(err)
	}
	defer client.Close()
	for i, mode := range []string{"serial", "pipelined"} {
		b.Run(mode, func(b *testing.B) {
			snd, err := chain.NewSender(client, dc.Accounts()[i].Key, nil)
			if err != nil {
				b.Fatal(err)
			}
			to := crypto.PubkeyToAddress(dc.Accounts()[1-i].Key.PublicKey)
			var last *chain.Pending
			for b.Loop() {
				if mode == "serial" {
					if _, err := snd.Send(ctx, &to, nil, big.NewInt(1)); err != nil {
						b.Fatal(err)
					}
					continue
				}
				if last, err = snd.SendAsync(ctx, &to, nil, big.NewInt(1)); err != nil {
					b.Fatal(err)
				}
			}
			if last != nil {
				if _, err := last.Wait(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
