// Command oracle is the off-chain half of a price feed (the on-chain half is
// examples/dapp's PriceOracle contract): it takes a label and quotes from several sources,
// computes their median, and writes it twice: result.txt for people, and callback.bin,
// the bytes the hub hands to the dapp's receiveResult, abi.encode(uint256 value, uint256
// sources, string label) with value in millionths. Quotes are decimal numbers with at most 6
// decimals; integer arithmetic only, so every replica writes the same bytes.
// Usage: oracle LABEL QUOTE [QUOTE...]
// Build: GOOS=wasip1 GOARCH=wasm go build -o oracle.wasm .
package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/decloud/decloud/examples/internal/appio"
)

// Decimals is the number of decimals of quotes and of the value (PriceOracle.DECIMALS).
const Decimals = 6

const app = "oracle"

func main() {
	if len(os.Args) < 3 {
		appio.Usage(app, "usage: oracle LABEL QUOTE [QUOTE...]")
	}
	label := os.Args[1]
	if label == "" {
		appio.Usage(app, "LABEL must not be empty")
	}
	var quotes []uint64
	for _, s := range os.Args[2:] {
		q, err := parseQuote(s)
		if err != nil {
			appio.Usage(app, "%v", err)
		}
		quotes = append(quotes, q)
	}
	slices.Sort(quotes)
	med := median(quotes)
	report := fmt.Sprintf("label %s\nquotes %d\nmedian %s\nmin %s\nmax %s\n",
		label, len(quotes), format(med), format(quotes[0]), format(quotes[len(quotes)-1]))
	appio.Write(app,
		appio.File{Name: "result.txt", Data: []byte(report)},
		appio.File{Name: "callback.bin", Data: encode(med, uint64(len(quotes)), label)})
}

// parseQuote reads a non-negative decimal number with at most Decimals decimals, in
// millionths.
func parseQuote(s string) (uint64, error) {
	bad := fmt.Errorf("quote %q is not a decimal number with at most %d decimals", s, Decimals)
	whole, frac, dot := strings.Cut(s, ".")
	if whole == "" || dot && frac == "" || len(frac) > Decimals {
		return 0, bad
	}
	frac += strings.Repeat("0", Decimals-len(frac))
	var v uint64
	for _, c := range whole + frac {
		if c < '0' || c > '9' {
			return 0, bad
		}
		d := uint64(c - '0')
		if v > (1<<64-1-d)/10 {
			return 0, fmt.Errorf("quote %q is too large", s)
		}
		v = v*10 + d
	}
	return v, nil
}

// median of sorted values; the mean of the two middle ones, rounded down, for an even count.
func median(sorted []uint64) uint64 {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	a, b := sorted[n/2-1], sorted[n/2]
	return a + (b-a)/2
}

func format(v uint64) string {
	const unit = 1_000_000
	return fmt.Sprintf("%d.%06d", v/unit, v%unit)
}

// encode is Solidity's abi.encode(uint256 value, uint256 sources, string label): two words,
// the offset of the string (3 words), its length, its bytes padded to a whole word.
func encode(value, sources uint64, label string) []byte {
	padded := (len(label) + 31) / 32 * 32
	out := make([]byte, 4*32+padded)
	word := func(i int, v uint64) { binary.BigEndian.PutUint64(out[i*32+24:], v) }
	word(0, value)
	word(1, sources)
	word(2, 3*32)
	word(3, uint64(len(label)))
	copy(out[4*32:], label)
	return out
}
