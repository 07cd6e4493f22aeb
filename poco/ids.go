package poco

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// Asset kinds: the tag in an asset's id.
const (
	KindApp        uint8 = 1
	KindDataset    uint8 = 2
	KindWorkerpool uint8 = 3
)

// App kinds: how an app runs, the kind an app is registered with (createApp) and that its
// on-chain checksum is read by. A worker advertises the kinds it runs by their names
// (AppKindName); a deal's tasks go only to workers that run its app's kind.
const (
	// AppWASM: a WebAssembly module (WASI preview 1); the checksum is the sha256 of its bytes.
	AppWASM uint8 = 1
	// AppOCI: an OCI image, run as a container; the checksum is the sha256 of its image
	// manifest (the manifest digest), not of any file that carries the image.
	AppOCI uint8 = 2
)

// AppKindName is the name of an app kind ("wasm", "oci"), "" for a kind that has none.
func AppKindName(kind uint8) string {
	switch kind {
	case AppWASM:
		return "wasm"
	case AppOCI:
		return "oci"
	}
	return ""
}

// DealID is keccak256(requestHash ‖ uint256(consumedBefore)), consumedBefore being the
// request order's consumed volume before the match (nil counts as zero).
func DealID(requestHash common.Hash, consumedBefore *big.Int) common.Hash {
	n := new(big.Int)
	if consumedBefore != nil {
		n.Set(consumedBefore)
	}
	return crypto.Keccak256Hash(requestHash[:], math.U256Bytes(n))
}

// TaskID is keccak256(dealid ‖ uint256(index)), index in [0, deal volume).
func TaskID(dealid common.Hash, index uint64) common.Hash {
	return crypto.Keccak256Hash(dealid[:], math.U256Bytes(new(big.Int).SetUint64(index)))
}

// ResultHash is a worker's vote: keccak256(taskid ‖ digest).
func ResultHash(taskid, digest common.Hash) common.Hash {
	return crypto.Keccak256Hash(taskid[:], digest[:])
}

// ResultSeal proves the worker knew the digest: keccak256(worker ‖ taskid ‖ digest).
func ResultSeal(worker common.Address, taskid, digest common.Hash) common.Hash {
	return crypto.Keccak256Hash(worker[:], taskid[:], digest[:])
}

var (
	tUint8   = mustABIType("uint8")
	tAddress = mustABIType("address")
	tString  = mustABIType("string")
	tBytes   = mustABIType("bytes")
)

func mustABIType(name string) abi.Type {
	t, err := abi.NewType(name, "", nil)
	if err != nil {
		panic("poco: abi type " + name + ": " + err.Error())
	}
	return t
}

func abiEncode(types []abi.Type, values ...any) []byte {
	args := make(abi.Arguments, len(types))
	for i, t := range types {
		args[i] = abi.Argument{Type: t}
	}
	out, err := args.Pack(values...)
	if err != nil {
		panic("poco: abi encode: " + err.Error()) // only reachable with a programming error
	}
	return out
}

// AssetID is the id the hub gives an asset of kind (KindApp, …) created by creator under
// name: the low 160 bits of keccak256(abi.encode(uint8 kind, address creator, string name)).
func AssetID(kind uint8, creator common.Address, name string) common.Address {
	h := crypto.Keccak256(abiEncode([]abi.Type{tUint8, tAddress, tString}, kind, creator, name))
	return common.BytesToAddress(h[12:])
}

// AppMetaHash commits to an app's text fields: keccak256(abi.encode(name, uri, extra)).
func AppMetaHash(name, uri string, extra []byte) common.Hash {
	if extra == nil {
		extra = []byte{}
	}
	return crypto.Keccak256Hash(abiEncode([]abi.Type{tString, tString, tBytes}, name, uri, extra))
}

// DatasetMetaHash is keccak256(abi.encode(name, uri)).
func DatasetMetaHash(name, uri string) common.Hash {
	return crypto.Keccak256Hash(abiEncode([]abi.Type{tString, tString}, name, uri))
}

// WorkerpoolMetaHash is keccak256(abi.encode(description)).
func WorkerpoolMetaHash(description string) common.Hash {
	return crypto.Keccak256Hash(abiEncode([]abi.Type{tString}, description))
}
