package main

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// encode writes what go-ethereum's ABI encoder writes.
func TestEncodeIsABI(t *testing.T) {
	u256, _ := abi.NewType("uint256", "", nil)
	str, _ := abi.NewType("string", "", nil)
	args := abi.Arguments{{Type: u256}, {Type: u256}, {Type: str}}
	for _, label := range []string{"ETH/USD", "", strings.Repeat("x", 32), strings.Repeat("y", 33)} {
		want, err := args.Pack(new(big.Int).SetUint64(1<<64-1), big.NewInt(7), label)
		if err != nil {
			t.Fatal(err)
		}
		if got := encode(1<<64-1, 7, label); !bytes.Equal(got, want) {
			t.Fatalf("%q:\n%x\nwant\n%x", label, got, want)
		}
	}
}

func TestParseAndMedian(t *testing.T) {
	for s, want := range map[string]uint64{"0": 0, "1": 1_000_000, "3012.5": 3_012_500_000, "0.000001": 1, "18446744073709.551615": 1<<64 - 1} {
		if got, err := parseQuote(s); err != nil || got != want {
			t.Errorf("parseQuote(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", ".5", "1.", "-1", "1e3", "1.0000001", "18446744073709.551616", "1,5"} {
		if _, err := parseQuote(s); err == nil {
			t.Errorf("parseQuote(%q) accepted", s)
		}
	}
	if m := median([]uint64{1, 2, 4, 9}); m != 3 {
		t.Errorf("even median %d", m)
	}
	if m := median([]uint64{1, 2, 9}); m != 2 {
		t.Errorf("odd median %d", m)
	}
	if m := median([]uint64{1<<64 - 2, 1<<64 - 1}); m != 1<<64-2 {
		t.Errorf("median overflows: %d", m)
	}
}
