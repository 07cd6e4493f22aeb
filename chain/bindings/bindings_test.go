package bindings_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/ethereum/go-ethereum/common/compiler"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/contracts"
)

// TestBindingsInSync regenerates the bindings from the committed compiler output, the way
// `go generate ./contracts` does with cmd/abigen, and fails on any difference.
func TestBindingsInSync(t *testing.T) {
	parsed, err := compiler.ParseCombinedJSON(contracts.CombinedJSON, "", "", "", "")
	if err != nil {
		t.Fatalf("parse combined.json: %v", err)
	}
	var types, abis, bins []string
	libs := map[string]string{}
	for name, c := range parsed {
		if slices.Contains(contracts.Excluded, name) {
			continue
		}
		abiJSON, err := jsonMarshal(c.Info.AbiDefinition)
		if err != nil {
			t.Fatal(err)
		}
		typeName := name[strings.LastIndex(name, ":")+1:]
		types = append(types, typeName)
		abis = append(abis, abiJSON)
		bins = append(bins, c.Code)
		// cmd/abigen names every contract by its library placeholder pattern.
		libs[crypto.Keccak256Hash([]byte(name)).String()[2:36]] = typeName
	}
	want, err := abigen.BindV2(types, abis, bins, "bindings", libs, map[string]string{})
	if err != nil {
		t.Fatalf("bind: %v", err)
	}
	got, err := os.ReadFile("bindings.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("chain/bindings/bindings.go differs from what contracts/build/combined.json generates: run `go generate ./contracts`")
	}
}
