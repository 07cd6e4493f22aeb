package poco

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Domain is the EIP-712 domain of one hub on one chain: an order signed for it cannot be
// replayed on another chain or against another hub.
type Domain struct {
	Name              string
	Version           string
	ChainID           *big.Int
	VerifyingContract common.Address
}

// Domain name and version of every decloud hub.
const (
	DomainName    = "decloud"
	DomainVersion = "1"
)

// NewDomain returns the domain of the hub at address hub on chain chainID.
func NewDomain(chainID *big.Int, hub common.Address) Domain {
	return Domain{Name: DomainName, Version: DomainVersion, ChainID: new(big.Int).Set(chainID), VerifyingContract: hub}
}

func (d Domain) apitypes() apitypes.TypedDataDomain {
	id := math.HexOrDecimal256(*d.ChainID)
	return apitypes.TypedDataDomain{
		Name:              d.Name,
		Version:           d.Version,
		ChainId:           &id,
		VerifyingContract: d.VerifyingContract.Hex(),
	}
}

// Errors returned by signature checks.
var (
	ErrBadSignature = errors.New("poco: malformed signature")
	ErrNoDomain     = errors.New("poco: domain has no chain id")
)

// typed is what every signable type provides: its EIP-712 name and message.
type typed interface {
	typeName() string
	message() apitypes.TypedDataMessage
}

// eip712Types lists the field types of every struct, in signing order (docs/protocol.md).
var eip712Types = apitypes.Types{
	"EIP712Domain": {
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "verifyingContract", Type: "address"},
	},
	"AppOrder": {
		{Name: "app", Type: "address"},
		{Name: "appprice", Type: "uint256"},
		{Name: "volume", Type: "uint256"},
		{Name: "tag", Type: "bytes32"},
		{Name: "datasetrestrict", Type: "address"},
		{Name: "workerpoolrestrict", Type: "address"},
		{Name: "requesterrestrict", Type: "address"},
		{Name: "salt", Type: "bytes32"},
	},
	"DatasetOrder": {
		{Name: "dataset", Type: "address"},
		{Name: "datasetprice", Type: "uint256"},
		{Name: "volume", Type: "uint256"},
		{Name: "tag", Type: "bytes32"},
		{Name: "apprestrict", Type: "address"},
		{Name: "workerpoolrestrict", Type: "address"},
		{Name: "requesterrestrict", Type: "address"},
		{Name: "salt", Type: "bytes32"},
	},
	"WorkerpoolOrder": {
		{Name: "workerpool", Type: "address"},
		{Name: "workerpoolprice", Type: "uint256"},
		{Name: "volume", Type: "uint256"},
		{Name: "tag", Type: "bytes32"},
		{Name: "category", Type: "uint256"},
		{Name: "trust", Type: "uint256"},
		{Name: "apprestrict", Type: "address"},
		{Name: "datasetrestrict", Type: "address"},
		{Name: "requesterrestrict", Type: "address"},
		{Name: "salt", Type: "bytes32"},
	},
	"RequestOrder": {
		{Name: "app", Type: "address"},
		{Name: "appmaxprice", Type: "uint256"},
		{Name: "dataset", Type: "address"},
		{Name: "datasetmaxprice", Type: "uint256"},
		{Name: "workerpool", Type: "address"},
		{Name: "workerpoolmaxprice", Type: "uint256"},
		{Name: "requester", Type: "address"},
		{Name: "volume", Type: "uint256"},
		{Name: "tag", Type: "bytes32"},
		{Name: "category", Type: "uint256"},
		{Name: "trust", Type: "uint256"},
		{Name: "beneficiary", Type: "address"},
		{Name: "callback", Type: "address"},
		{Name: "params", Type: "string"},
		{Name: "salt", Type: "bytes32"},
	},
	"WorkerAuthorization": {
		{Name: "worker", Type: "address"},
		{Name: "taskid", Type: "bytes32"},
	},
}

// TypedData returns v as go-ethereum's EIP-712 typed data for domain d.
func TypedData(d Domain, v typed) (apitypes.TypedData, error) {
	if d.ChainID == nil {
		return apitypes.TypedData{}, ErrNoDomain
	}
	name := v.typeName()
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712Types["EIP712Domain"],
			name:           eip712Types[name],
		},
		PrimaryType: name,
		Domain:      d.apitypes(),
		Message:     v.message(),
	}, nil
}

// Hash returns the EIP-712 digest of v for domain d: the order hash the hub uses.
func Hash(d Domain, v typed) (common.Hash, error) {
	td, err := TypedData(d, v)
	if err != nil {
		return common.Hash{}, err
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("poco: hash %s: %w", v.typeName(), err)
	}
	return common.BytesToHash(h), nil
}

// TypeHash returns keccak256 of the EIP-712 type string of a type ("AppOrder", …).
func TypeHash(name string) common.Hash {
	td := apitypes.TypedData{Types: apitypes.Types{name: eip712Types[name]}}
	return common.BytesToHash(td.TypeHash(name))
}

// SignHash signs a digest with key: 65 bytes r ‖ s ‖ v with v in {27, 28}.
func SignHash(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("poco: sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// secp256k1 half order: signatures with a larger s are malleable and refused, as on chain.
var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Recover returns the signer of digest. It refuses what the hub refuses: a length other
// than 65, v outside {0, 1, 27, 28}, s in the upper half of the curve order.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrBadSignature, len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return common.Address{}, fmt.Errorf("%w: v = %d", ErrBadSignature, sig[64])
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: s in the upper half", ErrBadSignature)
	}
	norm := make([]byte, 65)
	copy(norm, sig)
	norm[64] = v
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

func hex32(b [32]byte) string { return hexutil.Encode(b[:]) }

func bigOrZero(x *big.Int) *math.HexOrDecimal256 {
	if x == nil {
		x = new(big.Int)
	}
	v := math.HexOrDecimal256(*x)
	return &v
}
