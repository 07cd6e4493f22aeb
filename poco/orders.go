package poco

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// AppOrder is an app provider's offer: its app may run `Volume` times at `AppPrice`.
type AppOrder struct {
	App                common.Address `json:"app"`
	AppPrice           *big.Int       `json:"appprice"`
	Volume             *big.Int       `json:"volume"`
	Tag                common.Hash    `json:"tag"`
	DatasetRestrict    common.Address `json:"datasetrestrict"`
	WorkerpoolRestrict common.Address `json:"workerpoolrestrict"`
	RequesterRestrict  common.Address `json:"requesterrestrict"`
	Salt               common.Hash    `json:"salt"`
	Signature          []byte         `json:"sign"`
}

// DatasetOrder is a dataset provider's offer.
type DatasetOrder struct {
	Dataset            common.Address `json:"dataset"`
	DatasetPrice       *big.Int       `json:"datasetprice"`
	Volume             *big.Int       `json:"volume"`
	Tag                common.Hash    `json:"tag"`
	AppRestrict        common.Address `json:"apprestrict"`
	WorkerpoolRestrict common.Address `json:"workerpoolrestrict"`
	RequesterRestrict  common.Address `json:"requesterrestrict"`
	Salt               common.Hash    `json:"salt"`
	Signature          []byte         `json:"sign"`
}

// WorkerpoolOrder is a workerpool's offer of computing in a category, at a trust level.
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
	Signature         []byte         `json:"sign"`
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
	Signature          []byte         `json:"sign"`
}

// WorkerAuthorization is the scheduler's permission for a worker to contribute to a task.
type WorkerAuthorization struct {
	Worker common.Address `json:"worker"`
	TaskID common.Hash    `json:"taskid"`
}

func (*AppOrder) typeName() string            { return "AppOrder" }
func (*DatasetOrder) typeName() string        { return "DatasetOrder" }
func (*WorkerpoolOrder) typeName() string     { return "WorkerpoolOrder" }
func (*RequestOrder) typeName() string        { return "RequestOrder" }
func (*WorkerAuthorization) typeName() string { return "WorkerAuthorization" }

func (o *AppOrder) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"app":                o.App.Hex(),
		"appprice":           bigOrZero(o.AppPrice),
		"volume":             bigOrZero(o.Volume),
		"tag":                hex32(o.Tag),
		"datasetrestrict":    o.DatasetRestrict.Hex(),
		"workerpoolrestrict": o.WorkerpoolRestrict.Hex(),
		"requesterrestrict":  o.RequesterRestrict.Hex(),
		"salt":               hex32(o.Salt),
	}
}

func (o *DatasetOrder) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"dataset":            o.Dataset.Hex(),
		"datasetprice":       bigOrZero(o.DatasetPrice),
		"volume":             bigOrZero(o.Volume),
		"tag":                hex32(o.Tag),
		"apprestrict":        o.AppRestrict.Hex(),
		"workerpoolrestrict": o.WorkerpoolRestrict.Hex(),
		"requesterrestrict":  o.RequesterRestrict.Hex(),
		"salt":               hex32(o.Salt),
	}
}

func (o *WorkerpoolOrder) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"workerpool":        o.Workerpool.Hex(),
		"workerpoolprice":   bigOrZero(o.WorkerpoolPrice),
		"volume":            bigOrZero(o.Volume),
		"tag":               hex32(o.Tag),
		"category":          bigOrZero(o.Category),
		"trust":             bigOrZero(o.Trust),
		"apprestrict":       o.AppRestrict.Hex(),
		"datasetrestrict":   o.DatasetRestrict.Hex(),
		"requesterrestrict": o.RequesterRestrict.Hex(),
		"salt":              hex32(o.Salt),
	}
}

func (o *RequestOrder) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"app":                o.App.Hex(),
		"appmaxprice":        bigOrZero(o.AppMaxPrice),
		"dataset":            o.Dataset.Hex(),
		"datasetmaxprice":    bigOrZero(o.DatasetMaxPrice),
		"workerpool":         o.Workerpool.Hex(),
		"workerpoolmaxprice": bigOrZero(o.WorkerpoolMaxPrice),
		"requester":          o.Requester.Hex(),
		"volume":             bigOrZero(o.Volume),
		"tag":                hex32(o.Tag),
		"category":           bigOrZero(o.Category),
		"trust":              bigOrZero(o.Trust),
		"beneficiary":        o.Beneficiary.Hex(),
		"callback":           o.Callback.Hex(),
		"params":             o.Params,
		"salt":               hex32(o.Salt),
	}
}

func (a *WorkerAuthorization) message() apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{"worker": a.Worker.Hex(), "taskid": hex32(a.TaskID)}
}

// Hash returns the order's EIP-712 digest for domain d (the hub's order hash).
func (o *AppOrder) Hash(d Domain) (common.Hash, error)        { return Hash(d, o) }
func (o *DatasetOrder) Hash(d Domain) (common.Hash, error)    { return Hash(d, o) }
func (o *WorkerpoolOrder) Hash(d Domain) (common.Hash, error) { return Hash(d, o) }
func (o *RequestOrder) Hash(d Domain) (common.Hash, error)    { return Hash(d, o) }
func (a *WorkerAuthorization) Hash(d Domain) (common.Hash, error) {
	return Hash(d, a)
}

// signInto hashes v for d and signs the digest with key.
func signInto(d Domain, v typed, key *ecdsa.PrivateKey) ([]byte, error) {
	h, err := Hash(d, v)
	if err != nil {
		return nil, err
	}
	return SignHash(h, key)
}

// signerOf recovers who signed v for d.
func signerOf(d Domain, v typed, sig []byte) (common.Address, error) {
	h, err := Hash(d, v)
	if err != nil {
		return common.Address{}, err
	}
	return Recover(h, sig)
}

// Sign fills o.Signature with key's signature for domain d.
func (o *AppOrder) Sign(d Domain, key *ecdsa.PrivateKey) (err error) {
	o.Signature, err = signInto(d, o, key)
	return err
}

func (o *DatasetOrder) Sign(d Domain, key *ecdsa.PrivateKey) (err error) {
	o.Signature, err = signInto(d, o, key)
	return err
}

func (o *WorkerpoolOrder) Sign(d Domain, key *ecdsa.PrivateKey) (err error) {
	o.Signature, err = signInto(d, o, key)
	return err
}

func (o *RequestOrder) Sign(d Domain, key *ecdsa.PrivateKey) (err error) {
	o.Signature, err = signInto(d, o, key)
	return err
}

// Signer recovers the address that signed the order for domain d.
func (o *AppOrder) Signer(d Domain) (common.Address, error)     { return signerOf(d, o, o.Signature) }
func (o *DatasetOrder) Signer(d Domain) (common.Address, error) { return signerOf(d, o, o.Signature) }
func (o *WorkerpoolOrder) Signer(d Domain) (common.Address, error) {
	return signerOf(d, o, o.Signature)
}
func (o *RequestOrder) Signer(d Domain) (common.Address, error) { return signerOf(d, o, o.Signature) }

// Authorize returns the scheduler's signature allowing worker to contribute to taskid.
func Authorize(d Domain, worker common.Address, taskid common.Hash, schedulerKey *ecdsa.PrivateKey) ([]byte, error) {
	return signInto(d, &WorkerAuthorization{Worker: worker, TaskID: taskid}, schedulerKey)
}

// AuthorizationSigner recovers who signed an authorization for (worker, taskid).
func AuthorizationSigner(d Domain, worker common.Address, taskid common.Hash, sig []byte) (common.Address, error) {
	return signerOf(d, &WorkerAuthorization{Worker: worker, TaskID: taskid}, sig)
}
