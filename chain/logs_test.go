package chain

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// fakeLogs is a node whose head is at block head and which refuses log ranges wider than
// limit blocks, as public RPC providers do; it answers one log per block.
type fakeLogs struct {
	head, limit uint64
	asked       [][2]uint64
}

func (f *fakeLogs) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: new(big.Int).SetUint64(f.head)}, nil
}

func (f *fakeLogs) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	lo, hi := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	f.asked = append(f.asked, [2]uint64{lo, hi})
	if hi-lo+1 > f.limit {
		return nil, errors.New("query exceeds max block range")
	}
	var out []types.Log
	for b := lo; b <= hi; b++ {
		out = append(out, types.Log{BlockNumber: b})
	}
	return out, nil
}

func (f *fakeLogs) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("not served")
}

func TestScanLogsInWindows(t *testing.T) {
	for _, tc := range []struct {
		name              string
		from, head, win   uint64
		stopAt            uint64 // stop once a log of this block is seen (0: never)
		wantBlocks, calls int
	}{
		{"from genesis", 0, 9999, 2000, 0, 10000, 5},
		{"from deployment", 1234, 5000, 2000, 0, 3767, 2},
		{"one block", 7, 7, 2000, 0, 1, 1},
		{"deployment beyond the head", 10, 5, 2000, 0, 0, 0},
		{"stops when found", 0, 9999, 2000, 2500, 2501, 2},
		{"default window", 0, 4500, 0, 0, 4501, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeLogs{head: tc.head, limit: 2000}
			seen, next := 0, tc.from
			err := ScanLogs(context.Background(), f, ethereum.FilterQuery{}, tc.from, tc.win, func(logs []types.Log) (bool, error) {
				for _, l := range logs {
					if l.BlockNumber != next {
						t.Fatalf("block %d after %d: windows overlap or leave a gap", l.BlockNumber, next-1)
					}
					next++
					seen++
					if tc.stopAt != 0 && l.BlockNumber == tc.stopAt {
						return false, nil
					}
				}
				return true, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if seen != tc.wantBlocks || len(f.asked) != tc.calls {
				t.Fatalf("saw %d blocks in %d requests %v, want %d in %d", seen, len(f.asked), f.asked, tc.wantBlocks, tc.calls)
			}
		})
	}
}

// A node error names the window that failed and ends the scan.
func TestScanLogsNodeError(t *testing.T) {
	f := &fakeLogs{head: 5000, limit: 100}
	err := ScanLogs(context.Background(), f, ethereum.FilterQuery{}, 0, 2000, func([]types.Log) (bool, error) { return true, nil })
	if err == nil || len(f.asked) != 1 {
		t.Fatalf("err %v after %d requests", err, len(f.asked))
	}
}
