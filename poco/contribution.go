package poco

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The batched path (docs/protocol.md, "Batched settlement"): a deal whose workerpool order
// has TagBatched is never initialized task by task; its workers sign Contributions off chain
// and its scheduler settles many tasks in one transaction, the hub checking every signature
// and recomputing every consensus. Workers back their votes with a bond to the pool.

// TagBatched (bit 1) in a workerpool order's tag makes the deals matched with it batched:
// the pool, which offers the bit, chooses the path (a request may also require it).
var TagBatched = common.BigToHash(big.NewInt(1 << 1))

// Contribution is a worker's vote for one task of a batched deal, signed by the worker as
// EIP-712 Contribution(bytes32 taskid,bytes32 resultHash,bytes32 resultSeal) and checked by
// the hub's settle. ResultHash and ResultSeal are contribute's: ResultHash(taskid, digest)
// and ResultSeal(worker, taskid, digest).
type Contribution struct {
	TaskID     common.Hash `json:"taskid"`
	ResultHash common.Hash `json:"resultHash"`
	ResultSeal common.Hash `json:"resultSeal"`
}

// NewContribution returns worker's vote for digest on taskid.
func NewContribution(worker common.Address, taskid, digest common.Hash) *Contribution {
	return &Contribution{TaskID: taskid, ResultHash: ResultHash(taskid, digest), ResultSeal: ResultSeal(worker, taskid, digest)}
}

func (*Contribution) primaryType() string { return "Contribution" }

// Votes reports whether c is worker's vote for digest: both its hash and its seal are those
// of digest (what settle requires of a winner).
func (c *Contribution) Votes(worker common.Address, digest common.Hash) bool {
	return c.ResultHash == ResultHash(c.TaskID, digest) && c.ResultSeal == ResultSeal(worker, c.TaskID, digest)
}

// StructHash returns hashStruct(c).
func (c *Contribution) StructHash() (common.Hash, error) { return structHash(c) }

// Hash returns the EIP-712 digest of c for d.
func (c *Contribution) Hash(d Domain) (common.Hash, error) { return digest(d, c) }

// Sign returns the 65-byte signature of c by key (the worker's) for d.
func (c *Contribution) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	return signStruct(d, c, key)
}

// Signer recovers who signed c for d (ErrBadSignature for a signature the hub refuses).
func (c *Contribution) Signer(d Domain, sig []byte) (common.Address, error) {
	return signerOf(d, c, sig)
}

// CompactSignature returns the EIP-2098 form of a 65-byte signature, as settle takes it:
// r, and vs = yParity << 255 | s. It refuses (ErrBadSignature) what Recover refuses for its
// form alone: a length other than 65, v outside {0, 1, 27, 28}, s above half the order.
func CompactSignature(sig []byte) (r, vs common.Hash, err error) {
	if len(sig) != SignatureLength {
		return r, vs, fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(sig), SignatureLength)
	}
	v := sig[crypto.RecoveryIDOffset]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return r, vs, fmt.Errorf("%w: v = %d", ErrBadSignature, sig[crypto.RecoveryIDOffset])
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
		return r, vs, fmt.Errorf("%w: s in the upper half of the curve order", ErrBadSignature)
	}
	copy(r[:], sig[:32])
	copy(vs[:], sig[32:64])
	vs[0] |= v << 7 // s < n/2 < 2^255: its top bit is free
	return r, vs, nil
}

// ExpandSignature returns the 65-byte signature (v in {27, 28}) of an EIP-2098 pair.
func ExpandSignature(r, vs common.Hash) []byte {
	sig := make([]byte, SignatureLength)
	copy(sig[:32], r[:])
	copy(sig[32:64], vs[:])
	sig[32] &= 0x7f
	sig[crypto.RecoveryIDOffset] = 27 + vs[0]>>7
	return sig
}

// UnbondDelay is how long an unbonded amount stays seizable on a hub whose largest category
// reference time is maxT: FinalDeadlineRatio·maxT, the longest a deal lasts from its start
// to its final deadline (saturated at the largest uint64).
func UnbondDelay(maxT uint64) uint64 { return after(0, FinalDeadlineRatio, maxT) }
