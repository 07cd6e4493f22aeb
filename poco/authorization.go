package poco

import (
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// WorkerAuthorization is the scheduler's permission for a worker to contribute to a task,
// signed with the key of the deal's scheduler and checked by the hub's contribute.
type WorkerAuthorization struct {
	Worker common.Address `json:"worker"`
	TaskID common.Hash    `json:"taskid"`
}

func (*WorkerAuthorization) primaryType() string { return "WorkerAuthorization" }

// TypedData returns the authorization as EIP-712 typed data for d.
func (a *WorkerAuthorization) TypedData(d Domain) (apitypes.TypedData, error) {
	return typedData(d, a)
}

// StructHash returns hashStruct(a).
func (a *WorkerAuthorization) StructHash() (common.Hash, error) { return structHash(a) }

// Hash returns the EIP-712 digest of a for d.
func (a *WorkerAuthorization) Hash(d Domain) (common.Hash, error) { return digest(d, a) }

// Sign returns the 65-byte signature of a by key (the scheduler's) for d.
func (a *WorkerAuthorization) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	return signStruct(d, a, key)
}

// Signer recovers who signed a for d (ErrBadSignature for a malformed signature).
func (a *WorkerAuthorization) Signer(d Domain, sig []byte) (common.Address, error) {
	return signerOf(d, a, sig)
}

// Authorize returns the scheduler's signature allowing worker to contribute to taskid.
func Authorize(d Domain, worker common.Address, taskid common.Hash, schedulerKey *ecdsa.PrivateKey) ([]byte, error) {
	return (&WorkerAuthorization{Worker: worker, TaskID: taskid}).Sign(d, schedulerKey)
}

// AuthorizationSigner recovers who signed an authorization of worker for taskid.
func AuthorizationSigner(d Domain, worker common.Address, taskid common.Hash, sig []byte) (common.Address, error) {
	return (&WorkerAuthorization{Worker: worker, TaskID: taskid}).Signer(d, sig)
}
