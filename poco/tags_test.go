package poco

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestTagsAndAppKinds(t *testing.T) {
	if TagGPU.Big().Cmp(big.NewInt(256)) != 0 || TagGPU[30] != 1 {
		t.Fatalf("TagGPU is %s, want bit 8 of the bytes32", TagGPU)
	}
	for _, c := range []struct {
		tag, bits common.Hash
		want      bool
	}{
		{common.Hash{}, TagGPU, false},
		{TagGPU, TagGPU, true},
		{common.BigToHash(big.NewInt(1<<8 | 1)), TagGPU, true},
		{common.BigToHash(big.NewInt(1)), TagGPU, false},
		{common.BigToHash(big.NewInt(1)), common.Hash{}, true}, // no bit asked
	} {
		if got := HasTag(c.tag, c.bits); got != c.want {
			t.Errorf("HasTag(%s, %s) = %v, want %v", c.tag, c.bits, got, c.want)
		}
	}
	for kind, want := range map[uint8]string{AppWASM: "wasm", AppOCI: "oci", 0: "", 3: ""} {
		if got := AppKindName(kind); got != want {
			t.Errorf("AppKindName(%d) = %q, want %q", kind, got, want)
		}
	}
}
