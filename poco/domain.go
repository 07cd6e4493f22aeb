package poco

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Domain name and version of every decloud hub.
const (
	DomainName    = "decloud"
	DomainVersion = "1"
)

// Errors at the package's edges; wrapped errors say more, errors.Is finds these.
var (
	// ErrBadDomain: a Domain without chain id, name or version, or with a negative chain id.
	ErrBadDomain = errors.New("poco: bad EIP-712 domain")
	// ErrBadField: a field that its EIP-712 type cannot hold (a negative or 257-bit integer).
	ErrBadField = errors.New("poco: field out of range")
	// ErrBadSignature: a signature the hub would refuse (length, v, high s, not on the curve).
	ErrBadSignature = errors.New("poco: malformed signature")
)

// Domain is the EIP-712 domain of one hub on one chain: what is signed for it cannot be
// replayed on another chain or against another hub.
type Domain struct {
	Name              string
	Version           string
	ChainID           *big.Int
	VerifyingContract common.Address
}

// NewDomain returns the domain of the hub at address hub on chain chainID.
func NewDomain(chainID *big.Int, hub common.Address) Domain {
	return Domain{Name: DomainName, Version: DomainVersion, ChainID: new(big.Int).Set(chainID), VerifyingContract: hub}
}

// apitypes converts d for go-ethereum, refusing what would not hash like the hub's
// EIP712Domain(string name,string version,uint256 chainId,address verifyingContract).
func (d Domain) apitypes() (apitypes.TypedDataDomain, error) {
	if d.ChainID == nil || d.ChainID.Sign() < 0 || d.ChainID.BitLen() > 256 || d.Name == "" || d.Version == "" {
		return apitypes.TypedDataDomain{}, fmt.Errorf("%w: %+v", ErrBadDomain, d)
	}
	id := math.HexOrDecimal256(*new(big.Int).Set(d.ChainID))
	return apitypes.TypedDataDomain{
		Name:              d.Name,
		Version:           d.Version,
		ChainId:           &id,
		VerifyingContract: d.VerifyingContract.Hex(),
	}, nil
}

// DomainSeparator returns hashStruct(EIP712Domain) of d, the hub's domain separator.
func DomainSeparator(d Domain) (common.Hash, error) {
	dom, err := d.apitypes()
	if err != nil {
		return common.Hash{}, err
	}
	td := apitypes.TypedData{Types: apitypes.Types{domainTypeName: eip712Types[domainTypeName]}, Domain: dom}
	h, err := td.HashStruct(domainTypeName, dom.Map())
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %v", ErrBadDomain, err)
	}
	return common.BytesToHash(h), nil
}
