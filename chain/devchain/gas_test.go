package devchain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// Storing into a fresh slot costs mainnet gas (a cold SSTORE from zero: 22,100), not what
// go-ethereum's experimental Bogota fork charges on its dev chain: with Bogota on, the same
// creation used 163,100 gas and the same call 131,169 (87,920 more each).
func TestMainnetGasRules(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	c := startChain(t, Config{Accounts: 1})
	from := c.Accounts()[0]

	// Init code that stores 1 in slot 0 and deploys no code: PUSH1 1 PUSH1 0 SSTORE STOP.
	r := sendTx(t, ctx, c.Client(), from, nil, []byte{0x60, 0x01, 0x60, 0x00, 0x55, 0x00}, nil)
	t.Logf("creation with one fresh SSTORE: %d gas", r.GasUsed)
	// 21,000 + 32,000 (creation) + calldata and init code words + 22,106 = 75,180 under mainnet rules.
	if r.GasUsed > 80_000 {
		t.Errorf("a creation with one fresh SSTORE used %d gas: not mainnet rules", r.GasUsed)
	}

	// A contract that stores 1 in the slot named by the call data:
	// runtime PUSH1 1 PUSH1 0 CALLDATALOAD SSTORE STOP, deployed by CODECOPY and RETURN.
	runtime := []byte{0x60, 0x01, 0x60, 0x00, 0x35, 0x55, 0x00}
	initCode := append([]byte{0x60, byte(len(runtime)), 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, byte(len(runtime)), 0x60, 0x00, 0xf3}, runtime...)
	r = sendTx(t, ctx, c.Client(), from, nil, initCode, nil)
	store := r.ContractAddress
	code, err := c.Client().CodeAt(ctx, store, nil)
	if err != nil || string(code) != string(runtime) {
		t.Fatalf("deployed code %x (%v)", code, err)
	}
	slot := common.BigToHash(big.NewInt(42))
	r = sendTx(t, ctx, c.Client(), from, &store, slot[:], nil)
	t.Logf("call with one fresh SSTORE: %d gas", r.GasUsed)
	// 21,000 + 140 (call data) + 22,109 = 43,249 under mainnet rules.
	if r.GasUsed >= 50_000 {
		t.Errorf("a call with one fresh SSTORE used %d gas: not mainnet rules", r.GasUsed)
	}
	if v, err := c.Client().StorageAt(ctx, store, slot, nil); err != nil || new(big.Int).SetBytes(v).Int64() != 1 {
		t.Fatalf("slot 42 holds %x (%v), want 1", v, err)
	}
}
