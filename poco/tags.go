package poco

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Tags are the bytes32 of every order: each bit is a requirement of the execution. The hub
// matches a request only with a workerpool order whose tag holds every bit of the app's,
// the dataset's and the request's tags, and records the request's tag in the deal
// (DealCreated); a pool acts on the bits it knows (docs/protocol.md, "Tags").

// TagGPU (bit 8) asks for a GPU: a deal whose tag has it runs only on workers that
// advertise one, and those workers give the task the devices they offer to GPU tasks.
var TagGPU = common.BigToHash(big.NewInt(1 << 8))

// HasTag reports whether tag holds every bit of bits.
func HasTag(tag, bits common.Hash) bool {
	for i := range tag {
		if tag[i]&bits[i] != bits[i] {
			return false
		}
	}
	return true
}
