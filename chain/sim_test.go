package chain_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/decloud/decloud/chain"
)

// sim is go-ethereum's simulated chain (a real node, in process) that seals blocks as
// soon as transactions arrive, the way the dev chain does, with funded accounts.
type sim struct {
	t       *testing.T
	ctx     context.Context
	backend *simulated.Backend
	client  simulated.Client // plain client: reads, logs, head subscriptions
	sealing sealingClient    // the client senders use: every accepted transaction is sealed
	keys    []*ecdsa.PrivateKey
}

// sealingClient is the simulated client whose accepted transactions kick the sealer.
type sealingClient struct {
	simulated.Client
	kick chan<- struct{}
}

func (c sealingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := c.Client.SendTransaction(ctx, tx)
	if err == nil {
		select {
		case c.kick <- struct{}{}:
		default: // a seal is already due; it will include this transaction
		}
	}
	return err
}

func newSim(t *testing.T, accounts int) *sim {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	s := &sim{t: t, ctx: ctx}
	alloc := types.GenesisAlloc{}
	for i := range accounts {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("sim account %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		s.keys = append(s.keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	s.backend = simulated.NewBackend(alloc)
	s.client = s.backend.Client()
	kick := make(chan struct{}, 1)
	s.sealing = sealingClient{Client: s.client, kick: kick}
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-quit:
				return
			case <-kick:
			}
			// Seal until a block comes out empty, in case the pool held more than a block.
			for {
				n, err := s.client.TransactionCount(ctx, s.backend.Commit())
				if err != nil || n == 0 {
					break
				}
			}
		}
	}()
	t.Cleanup(func() {
		close(quit)
		<-done
		s.backend.Close()
	})
	return s
}

// sender returns a sender for account i.
func (s *sim) sender(i int) *chain.Sender {
	s.t.Helper()
	snd, err := chain.NewSender(s.sealing, s.keys[i], nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return snd
}

// deploy creates a contract whose runtime code is runtime and returns its address and
// the block it was created in.
func (s *sim) deploy(snd *chain.Sender, runtime []byte) (common.Address, uint64) {
	s.t.Helper()
	r, err := snd.Send(s.ctx, nil, initCode(runtime), nil)
	if err != nil {
		s.t.Fatalf("deploy: %v", err)
	}
	return r.ContractAddress, r.BlockNumber.Uint64()
}

// head is the latest block number.
func (s *sim) head() uint64 {
	s.t.Helper()
	n, err := s.client.BlockNumber(s.ctx)
	if err != nil {
		s.t.Fatal(err)
	}
	return n
}

// initCode returns creation code that deploys runtime (at most 255 bytes) as is.
func initCode(runtime []byte) []byte {
	if len(runtime) > 255 {
		panic("runtime too long for PUSH1")
	}
	size := fmt.Sprintf("60%02x", len(runtime))
	return append(asm(
		size,   // PUSH1 len      size, for RETURN
		"80",   // DUP1           size, for CODECOPY
		"600b", // PUSH1 11       where the runtime starts: right after these 11 bytes
		"6000", // PUSH1 0        memory destination
		"39",   // CODECOPY       memory[0:len] = code[11:11+len]
		"6000", // PUSH1 0        memory offset
		"f3",   // RETURN         memory[0:len] is the contract's code
	), runtime...)
}

// asm joins hex-encoded instructions into code.
func asm(instructions ...string) []byte { return common.FromHex(strings.Join(instructions, "")) }

// emitterTopic is the topic of the one event the emitter logs.
var emitterTopic = crypto.Keccak256Hash([]byte("Emitted(uint256)"))

// emitterCode is runtime code that logs the first word of its calldata on every call:
// LOG1(topic emitterTopic, data calldata[0:32]).
func emitterCode() []byte {
	topic := "7f" + hex.EncodeToString(emitterTopic[:])
	return asm(
		"6000", // PUSH1 0
		"35",   // CALLDATALOAD   calldata[0:32]
		"6000", // PUSH1 0
		"52",   // MSTORE         memory[0:32] = that word
		topic,  // PUSH32 emitterTopic
		"6020", // PUSH1 32       size
		"6000", // PUSH1 0        offset
		"a1",   // LOG1           log memory[0:32] with one topic
		"00",   // STOP
	)
}

// word is the calldata that makes the emitter log v.
func word(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }

// emitted is the value an emitter log carries.
func emitted(l types.Log) uint64 { return new(big.Int).SetBytes(l.Data).Uint64() }
