package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain/bindings"
)

func TestTokenAndConstructorRejections(t *testing.T) {
	e := newEnv(t)
	token := bindings.NewToken()
	none := common.Hash{}
	send := func(from *actor, to common.Address, data []byte) func() (*types.Receipt, error) {
		return func() (*types.Receipt, error) { return from.tx.SendWithGas(e.ctx, &to, data, nil, 500_000) }
	}
	w := e.workers[0]
	e.rejected("token: not the owner", none, send(w, e.dep.Token, token.PackMint(w.addr, big.NewInt(1))))
	e.rejected("token: mint to the zero address", none, send(e.owner, e.dep.Token, token.PackMint(common.Address{}, big.NewInt(1))))
	e.rejected("token: transfer to the zero address", none, send(w, e.dep.Token, token.PackTransfer(common.Address{}, big.NewInt(1))))
	e.rejected("token: balance too low", none, send(w, e.dep.Token, token.PackTransfer(e.owner.addr, big.NewInt(mintEach))))
	e.rejected("token: allowance too low", none, send(w, e.dep.Token, token.PackTransferFrom(e.owner.addr, w.addr, big.NewInt(1))))
	// The hub refuses a zero token, owner or module.
	code := common.FromHex(bindings.HubMetaData.Bin)
	args := bindings.NewHub().PackConstructor(common.Address{}, e.owner.addr, e.dep.HubTasks)
	_, err := e.owner.tx.SendWithGas(e.ctx, nil, append(code, args...), nil, 1_000_000)
	e.reverts(err, "hub: zero address in constructor")
}

// A score so large that its weight no longer fits the packed contribution is refused.
func TestScoreTooLarge(t *testing.T) {
	e := newEnv(t)
	a := e.createAssets()
	w := e.workers[0]
	e.setScore(w.addr, 3*(1<<32+1))
	taskid := e.initialize(e.deal(a, 1, 1), 0)
	e.rejected("hub: score too large", taskid, func() (*types.Receipt, error) {
		return e.contributeVia(e.forced(w), w, taskid, digestOf("x"))
	})
}
