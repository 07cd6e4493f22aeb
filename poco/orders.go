package poco

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// The four market orders carry exactly the fields of their EIP-712 types (docs/protocol.md),
// in the same order, with JSON tags equal to the EIP-712 field names. A nil *big.Int counts
// as zero. Signature (JSON "sign", 0x-hex) is not part of the typed data: 65 bytes r ‖ s ‖ v,
// or empty for an order presigned on chain. (The field cannot be called Sign: that is the
// method that fills it.)

// AppOrder is an app owner's offer: its app may run Volume times at AppPrice each.
type AppOrder struct {
	App                common.Address `json:"app"`
	AppPrice           *big.Int       `json:"appprice"`
	Volume             *big.Int       `json:"volume"`
	Tag                common.Hash    `json:"tag"`
	DatasetRestrict    common.Address `json:"datasetrestrict"`
	WorkerpoolRestrict common.Address `json:"workerpoolrestrict"`
	RequesterRestrict  common.Address `json:"requesterrestrict"`
	Salt               common.Hash    `json:"salt"`
	Signature          hexutil.Bytes  `json:"sign"`
}

// DatasetOrder is a dataset owner's offer.
type DatasetOrder struct {
	Dataset            common.Address `json:"dataset"`
	DatasetPrice       *big.Int       `json:"datasetprice"`
	Volume             *big.Int       `json:"volume"`
	Tag                common.Hash    `json:"tag"`
	AppRestrict        common.Address `json:"apprestrict"`
	WorkerpoolRestrict common.Address `json:"workerpoolrestrict"`
	RequesterRestrict  common.Address `json:"requesterrestrict"`
	Salt               common.Hash    `json:"salt"`
	Signature          hexutil.Bytes  `json:"sign"`
}

// WorkerpoolOrder is a workerpool owner's offer of computing in a category, up to a trust.
type WorkerpoolOrder struct {
	Workerpool        common.Address `json:"workerpool"`
	WorkerpoolPrice   *big.Int       `json:"workerpoolprice"`
	Volume            *big.Int       `json:"volume"`
	Tag               common.Hash    `json:"tag"`
	Category          *big.Int       `json:"category"`
	Trust             *big.Int       `json:"trust"`
	AppRestrict       common.Address `json:"apprestrict"`
	DatasetRestrict   common.Address `json:"datasetrestrict"`
	RequesterRestrict common.Address `json:"requesterrestrict"`
	Salt              common.Hash    `json:"salt"`
	Signature         hexutil.Bytes  `json:"sign"`
}

// RequestOrder is a requester's demand, with the most it will pay for each part.
type RequestOrder struct {
	App                common.Address `json:"app"`
	AppMaxPrice        *big.Int       `json:"appmaxprice"`
	Dataset            common.Address `json:"dataset"`
	DatasetMaxPrice    *big.Int       `json:"datasetmaxprice"`
	Workerpool         common.Address `json:"workerpool"`
	WorkerpoolMaxPrice *big.Int       `json:"workerpoolmaxprice"`
	Requester          common.Address `json:"requester"`
	Volume             *big.Int       `json:"volume"`
	Tag                common.Hash    `json:"tag"`
	Category           *big.Int       `json:"category"`
	Trust              *big.Int       `json:"trust"`
	Beneficiary        common.Address `json:"beneficiary"`
	Callback           common.Address `json:"callback"`
	Params             string         `json:"params"`
	Salt               common.Hash    `json:"salt"`
	Signature          hexutil.Bytes  `json:"sign"`
}

// Order is what the four orders have in common. Each method of each order is a one-line
// call to the shared EIP-712 helpers of eip712.go.
type Order interface {
	// TypedData returns the order as go-ethereum EIP-712 typed data for d
	// (ErrBadDomain for a bad domain).
	TypedData(d Domain) (apitypes.TypedData, error)
	// StructHash returns hashStruct(order) (ErrBadField for an out-of-range integer).
	StructHash() (common.Hash, error)
	// Hash returns the full EIP-712 digest for d: the hub's order hash
	// (ErrBadDomain, ErrBadField).
	Hash(d Domain) (common.Hash, error)
	// Sign sets the order's signature by key for d (ErrBadDomain, ErrBadField).
	Sign(d Domain, key *ecdsa.PrivateKey) error
	// Signer recovers who signed the order for d (ErrBadSignature for a missing or
	// malformed signature, ErrBadDomain, ErrBadField). A signature made for another
	// domain or another field value recovers some other address without an error.
	Signer(d Domain) (common.Address, error)
}

var (
	_ Order = (*AppOrder)(nil)
	_ Order = (*DatasetOrder)(nil)
	_ Order = (*WorkerpoolOrder)(nil)
	_ Order = (*RequestOrder)(nil)
)

func (*AppOrder) primaryType() string        { return "AppOrder" }
func (*DatasetOrder) primaryType() string    { return "DatasetOrder" }
func (*WorkerpoolOrder) primaryType() string { return "WorkerpoolOrder" }
func (*RequestOrder) primaryType() string    { return "RequestOrder" }

func (o *AppOrder) TypedData(d Domain) (apitypes.TypedData, error)        { return typedData(d, o) }
func (o *DatasetOrder) TypedData(d Domain) (apitypes.TypedData, error)    { return typedData(d, o) }
func (o *WorkerpoolOrder) TypedData(d Domain) (apitypes.TypedData, error) { return typedData(d, o) }
func (o *RequestOrder) TypedData(d Domain) (apitypes.TypedData, error)    { return typedData(d, o) }

func (o *AppOrder) StructHash() (common.Hash, error)        { return structHash(o) }
func (o *DatasetOrder) StructHash() (common.Hash, error)    { return structHash(o) }
func (o *WorkerpoolOrder) StructHash() (common.Hash, error) { return structHash(o) }
func (o *RequestOrder) StructHash() (common.Hash, error)    { return structHash(o) }

func (o *AppOrder) Hash(d Domain) (common.Hash, error)        { return digest(d, o) }
func (o *DatasetOrder) Hash(d Domain) (common.Hash, error)    { return digest(d, o) }
func (o *WorkerpoolOrder) Hash(d Domain) (common.Hash, error) { return digest(d, o) }
func (o *RequestOrder) Hash(d Domain) (common.Hash, error)    { return digest(d, o) }

func (o *AppOrder) Sign(d Domain, key *ecdsa.PrivateKey) (err error) {
	o.Signature, err = signStruct(d, o, key)
	return err
}

func (o *DatasetOrder) Sign(d Domain, key *ecdsa.PrivateKey) (err error) {
	o.Signature, err = signStruct(d, o, key)
	return err
}

func (o *WorkerpoolOrder) Sign(d Domain, key *ecdsa.PrivateKey) (err error) {
	o.Signature, err = signStruct(d, o, key)
	return err
}

func (o *RequestOrder) Sign(d Domain, key *ecdsa.PrivateKey) (err error) {
	o.Signature, err = signStruct(d, o, key)
	return err
}

func (o *AppOrder) Signer(d Domain) (common.Address, error)     { return signerOf(d, o, o.Signature) }
func (o *DatasetOrder) Signer(d Domain) (common.Address, error) { return signerOf(d, o, o.Signature) }
func (o *RequestOrder) Signer(d Domain) (common.Address, error) { return signerOf(d, o, o.Signature) }
func (o *WorkerpoolOrder) Signer(d Domain) (common.Address, error) {
	return signerOf(d, o, o.Signature)
}
