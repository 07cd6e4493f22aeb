package poco

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignatureLength is the length of a signature: r ‖ s ‖ v.
const SignatureLength = crypto.SignatureLength

// SignHash signs a 32-byte digest with key: 65 bytes r ‖ s ‖ v with v in {27, 28} and s in
// the lower half of the curve order, as the hub expects.
func SignHash(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	if key == nil {
		return nil, fmt.Errorf("poco: sign: no key")
	}
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("poco: sign: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

// secp256k1's half order: a signature with a larger s is the malleable twin of another
// and the hub refuses it.
var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Recover returns who signed digest. Like the hub, it refuses (with ErrBadSignature) a
// length other than 65, v outside {0, 1, 27, 28}, s above half the curve order, and r or s
// that recover no key. Any other signature recovers some address: the caller compares it
// with the expected signer.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLength {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(sig), SignatureLength)
	}
	v := sig[crypto.RecoveryIDOffset]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return common.Address{}, fmt.Errorf("%w: v = %d", ErrBadSignature, sig[crypto.RecoveryIDOffset])
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(halfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: s in the upper half of the curve order", ErrBadSignature)
	}
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	}
	norm := make([]byte, SignatureLength)
	copy(norm, sig)
	norm[crypto.RecoveryIDOffset] = v
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
