package bindings_test

import (
	"os"
	"testing"

	"github.com/decloud/decloud/contracts"
	"github.com/decloud/decloud/contracts/bindgen"
)

// TestBindingsInSync regenerates the bindings from the committed compiler output, the way
// `go generate ./contracts` does with cmd/abigen, and fails on any difference.
func TestBindingsInSync(t *testing.T) {
	want, err := bindgen.Generate(contracts.CombinedJSON, "bindings", contracts.Excluded)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("bindings.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("chain/bindings/bindings.go differs from what contracts/build/combined.json generates: run `go generate ./contracts`")
	}
}
