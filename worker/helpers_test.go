package worker_test

import (
	"bytes"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

func bytesIndex(b, sub []byte) int { return bytes.Index(b, sub) }

func filterFinalize(g *grid, taskid common.Hash) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(g.dep.Block),
		Addresses: []common.Address{g.dep.Hub},
		Topics:    [][]common.Hash{{g.hub.ABI().GetABI().Events["TaskFinalize"].ID}, {taskid}},
	}
}
