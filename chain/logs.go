package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// MaxLogRange is the most blocks one eth_getLogs request spans: public RPC providers refuse
// wider ranges (commonly above 10,000 blocks, some above 2,000), so scans go in windows.
const MaxLogRange = 2000

// LogBackend reads logs and the chain's head: an ethclient, or a Hub's backend.
type LogBackend interface {
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ScanLogs runs q (its block range ignored) from block from to the current head, in
// windows of at most window blocks (MaxLogRange when 0), oldest first, handing each
// window's logs to each; each returns false to stop the scan.
func ScanLogs(ctx context.Context, b LogBackend, q ethereum.FilterQuery, from, window uint64, each func([]types.Log) (bool, error)) error {
	if window == 0 {
		window = MaxLogRange
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("chain: reading the head: %w", err)
	}
	last := head.Number.Uint64()
	for lo := from; lo <= last; lo += window {
		hi := min(lo+window-1, last)
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi)
		logs, err := b.FilterLogs(ctx, q)
		if err != nil {
			return fmt.Errorf("chain: logs of blocks %d-%d: %w", lo, hi, err)
		}
		more, err := each(logs)
		if err != nil || !more {
			return err
		}
	}
	return nil
}
