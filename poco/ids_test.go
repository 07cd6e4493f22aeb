package poco

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// word pads b on the left to 32 bytes (abi.encode of a static value).
func word(b []byte) []byte { return common.LeftPadBytes(b, 32) }

// dyn is the tail part of abi.encode for bytes or string: length, then data padded right.
func dyn(b []byte) []byte {
	out := word(big.NewInt(int64(len(b))).Bytes())
	return append(out, common.RightPadBytes(b, (len(b)+31)/32*32)...)
}

func TestIDs(t *testing.T) {
	req := common.HexToHash("0x01")
	deal := DealID(req, big.NewInt(3))
	if want := crypto.Keccak256Hash(req[:], word([]byte{3})); deal != want {
		t.Fatalf("DealID %s, want %s", deal, want)
	}
	if DealID(req, nil) != DealID(req, new(big.Int)) {
		t.Fatal("nil consumedBefore is not zero")
	}
	if want := crypto.Keccak256Hash(deal[:], word([]byte{1, 0})); TaskID(deal, 256) != want {
		t.Fatalf("TaskID %s, want %s", TaskID(deal, 256), want)
	}
	w, digest := common.HexToAddress("0x05"), common.HexToHash("0xd1")
	if got, want := ResultHash(deal, digest), crypto.Keccak256Hash(append(deal.Bytes(), digest.Bytes()...)); got != want {
		t.Fatalf("ResultHash %s, want %s", got, want)
	}
	packed := bytes.Join([][]byte{w.Bytes(), deal[:], digest[:]}, nil)
	if len(packed) != 84 || ResultSeal(w, deal, digest) != crypto.Keccak256Hash(packed) {
		t.Fatal("ResultSeal is not keccak256(worker (20 bytes) ‖ taskid ‖ digest)")
	}
}

func TestAssetIDAndMetaHashes(t *testing.T) {
	creator := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	name := "an app whose name is longer than thirty-two bytes"
	enc := bytes.Join([][]byte{word([]byte{KindApp}), word(creator.Bytes()), word([]byte{0x60}), dyn([]byte(name))}, nil)
	if got, want := AssetID(KindApp, creator, name), common.BytesToAddress(crypto.Keccak256(enc)[12:]); got != want {
		t.Fatalf("AssetID %s, want %s", got, want)
	}
	ids := map[common.Address]bool{}
	for _, k := range []uint8{KindApp, KindDataset, KindWorkerpool} {
		for _, n := range []string{"x", "y"} {
			ids[AssetID(k, creator, n)] = true
		}
	}
	if len(ids) != 6 {
		t.Fatal("asset ids collide")
	}

	uri, extra := "http://h/x.wasm", []byte{1, 2, 3}
	enc = bytes.Join([][]byte{word([]byte{0x60}), word([]byte{0xa0}), word([]byte{0xe0}), dyn([]byte("n")), dyn([]byte(uri)), dyn(extra)}, nil)
	if AppMetaHash("n", uri, extra) != crypto.Keccak256Hash(enc) {
		t.Fatal("AppMetaHash")
	}
	if AppMetaHash("n", uri, nil) != AppMetaHash("n", uri, []byte{}) {
		t.Fatal("nil extra is not empty extra")
	}
	enc = bytes.Join([][]byte{word([]byte{0x40}), word([]byte{0x80}), dyn([]byte("d")), dyn([]byte("file:///d"))}, nil)
	if DatasetMetaHash("d", "file:///d") != crypto.Keccak256Hash(enc) {
		t.Fatal("DatasetMetaHash")
	}
	enc = append(word([]byte{0x20}), dyn([]byte("pool"))...)
	if WorkerpoolMetaHash("pool") != crypto.Keccak256Hash(enc) {
		t.Fatal("WorkerpoolMetaHash")
	}
}
