package poco

import (
	"bytes"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The digest of a Contribution, by hand: keccak256("\x19\x01" ‖ separator ‖
// keccak256(typehash ‖ taskid ‖ resultHash ‖ resultSeal)), as HubBatch computes it.
func TestContributionDigestKnownAnswer(t *testing.T) {
	worker := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	taskid, digestValue := crypto.Keccak256Hash([]byte("task")), crypto.Keccak256Hash([]byte("result"))
	c := NewContribution(worker, taskid, digestValue)
	if c.ResultHash != crypto.Keccak256Hash(taskid[:], digestValue[:]) || c.ResultSeal != crypto.Keccak256Hash(worker[:], taskid[:], digestValue[:]) {
		t.Fatalf("hash or seal differ from contribute's: %+v", c)
	}
	typehash := crypto.Keccak256([]byte("Contribution(bytes32 taskid,bytes32 resultHash,bytes32 resultSeal)"))
	sh := crypto.Keccak256Hash(typehash, taskid[:], c.ResultHash[:], c.ResultSeal[:])
	sep, _ := DomainSeparator(testDomain)
	want := crypto.Keccak256Hash([]byte("\x19\x01"), sep[:], sh[:])
	if got, err := c.StructHash(); err != nil || got != sh {
		t.Fatalf("StructHash = %s, %v; want %s", got, err, sh)
	}
	if got, err := c.Hash(testDomain); err != nil || got != want {
		t.Fatalf("Hash = %s, %v; want %s", got, err, want)
	}
}

func TestContributionSignCompactAndVotes(t *testing.T) {
	key, _ := crypto.GenerateKey()
	worker := crypto.PubkeyToAddress(key.PublicKey)
	taskid, good, bad := crypto.Keccak256Hash([]byte("t")), crypto.Keccak256Hash([]byte("good")), crypto.Keccak256Hash([]byte("bad"))
	copied := NewContribution(common.HexToAddress("0xc0"), taskid, good) // another worker's seal
	for _, c := range []struct {
		name  string
		c     *Contribution
		votes bool // for good, by worker
	}{
		{"a vote for the digest", NewContribution(worker, taskid, good), true},
		{"a vote for another digest", NewContribution(worker, taskid, bad), false},
		{"a copied hash with another's seal", &Contribution{TaskID: taskid, ResultHash: copied.ResultHash, ResultSeal: copied.ResultSeal}, false},
		{"the right hash with another digest's seal", &Contribution{TaskID: taskid, ResultHash: ResultHash(taskid, good), ResultSeal: ResultSeal(worker, taskid, bad)}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.c.Votes(worker, good); got != c.votes {
				t.Fatalf("Votes = %v, want %v", got, c.votes)
			}
			sig, err := c.c.Sign(testDomain, key)
			if err != nil {
				t.Fatal(err)
			}
			if got, err := c.c.Signer(testDomain, sig); err != nil || got != worker {
				t.Fatalf("Signer = %s, %v; want %s", got, err, worker)
			}
			r, vs, err := CompactSignature(sig)
			if err != nil {
				t.Fatal(err)
			}
			if back := ExpandSignature(r, vs); !bytes.Equal(back, sig) {
				t.Fatalf("compact round trip %x, want %x", back, sig)
			}
			other := *c.c
			other.TaskID = crypto.Keccak256Hash([]byte("another task"))
			if got, _ := other.Signer(testDomain, sig); got == worker {
				t.Fatal("the signature is valid for another task")
			}
		})
	}
}

func TestCompactSignatureRejects(t *testing.T) {
	key, _ := crypto.GenerateKey()
	sig, _ := SignHash(crypto.Keccak256Hash([]byte("x")), key)
	high := bytes.Clone(sig)
	copy(high[32:64], common.BigToHash(new(big.Int).Add(halfN, big.NewInt(1))).Bytes())
	badV := bytes.Clone(sig)
	badV[64] = 29
	for _, c := range []struct {
		name string
		sig  []byte
	}{
		{"64 bytes", sig[:64]},
		{"empty", nil},
		{"v 29", badV},
		{"high s", high},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, _, err := CompactSignature(c.sig); !errors.Is(err, ErrBadSignature) {
				t.Fatalf("CompactSignature: %v, want ErrBadSignature", err)
			}
		})
	}
	low := bytes.Clone(sig)
	low[64] -= 27 // v in {0, 1} is accepted like 27, 28
	r, vs, err := CompactSignature(low)
	if err != nil || !bytes.Equal(ExpandSignature(r, vs), sig) {
		t.Fatalf("v 0/1: %v", err)
	}
}

func TestUnbondDelay(t *testing.T) {
	for _, c := range []struct {
		maxT, want uint64
	}{
		{0, 0},
		{300, 3000},
		{36000, 360000}, // XL: 100 hours
		{math.MaxUint64 / 10, math.MaxUint64 / 10 * 10},
		{math.MaxUint64/10 + 1, math.MaxUint64},
	} {
		if got := UnbondDelay(c.maxT); got != c.want {
			t.Errorf("UnbondDelay(%d) = %d, want %d", c.maxT, got, c.want)
		}
	}
	if !HasTag(TagBatched, common.BigToHash(big.NewInt(2))) || HasTag(TagBatched, TagGPU) {
		t.Fatal("TagBatched is not bit 1")
	}
}

// FuzzContributionSigner feeds arbitrary contributions and signatures to the check a
// scheduler makes before it puts a contribution in a batch: either ErrBadSignature, or a
// non-zero signer whose compact form recovers the same signer, as settle would.
func FuzzContributionSigner(f *testing.F) {
	key, _ := crypto.GenerateKey()
	c := NewContribution(crypto.PubkeyToAddress(key.PublicKey), crypto.Keccak256Hash([]byte("t")), crypto.Keccak256Hash([]byte("d")))
	sig, _ := c.Sign(testDomain, key)
	f.Add(c.TaskID[:], c.ResultHash[:], c.ResultSeal[:], sig)
	f.Add(c.TaskID[:], c.ResultHash[:], c.ResultSeal[:], sig[:64])
	f.Add([]byte{}, []byte{1}, []byte{2}, make([]byte, 65))
	f.Add([]byte{3}, []byte{}, []byte{}, bytes.Repeat([]byte{0xff}, 65))
	f.Fuzz(func(t *testing.T, taskid, resultHash, resultSeal, sig []byte) {
		c := &Contribution{TaskID: common.BytesToHash(taskid), ResultHash: common.BytesToHash(resultHash), ResultSeal: common.BytesToHash(resultSeal)}
		signer, err := c.Signer(testDomain, sig)
		r, vs, cerr := CompactSignature(sig)
		if err != nil {
			if !errors.Is(err, ErrBadSignature) {
				t.Fatalf("error %v does not wrap ErrBadSignature", err)
			}
			return
		}
		if signer == (common.Address{}) {
			t.Fatal("recovered the zero address without an error")
		}
		if cerr != nil {
			t.Fatalf("Signer accepted what CompactSignature refuses: %v", cerr)
		}
		again, err := c.Signer(testDomain, ExpandSignature(r, vs))
		if err != nil || again != signer {
			t.Fatalf("the compact form recovers %s (%v), the signature %s", again, err, signer)
		}
	})
}
