package devnet

import (
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

func finalizeQuery(n *Net, taskid common.Hash) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(n.Deployment.Block),
		Addresses: []common.Address{n.Deployment.Hub},
		Topics:    [][]common.Hash{{n.Hub.ABI().GetABI().Events["TaskFinalize"].ID}, {taskid}},
	}
}
