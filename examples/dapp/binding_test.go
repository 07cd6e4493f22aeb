package dapp_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/decloud/decloud/contracts/bindgen"
	"github.com/decloud/decloud/examples/dapp"
)

// TestSourcesCompiled fails when a Solidity source of the dapp, or a file it imports, changed
// (or one was added or removed here) since build/combined.json was generated: the compiler
// records the names and a hash of every file it read.
func TestSourcesCompiled(t *testing.T) {
	var out struct {
		Sources     []string `json:"sources"`
		SourcesHash string   `json:"sourcesHash"`
	}
	if err := json.Unmarshal(dapp.CombinedJSON, &out); err != nil {
		t.Fatal(err)
	}
	own, err := filepath.Glob("*.sol")
	if err != nil {
		t.Fatal(err)
	}
	var recorded []string
	for _, name := range out.Sources {
		if dir, file := filepath.Split(name); dir == "examples/dapp/" {
			recorded = append(recorded, file)
		}
	}
	if !slices.Equal(own, recorded) {
		t.Fatalf("the sources here are %q, combined.json has %q: run go generate ./examples/dapp", own, recorded)
	}
	h := sha256.New()
	for _, name := range out.Sources { // sorted by the compiler script
		content, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s\n%s\n", name, content)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != out.SourcesHash {
		t.Fatalf("Solidity sources changed since build/combined.json was generated (hash %s, recorded %s): run go generate ./examples/dapp", got, out.SourcesHash)
	}
}

// TestBindingInSync regenerates binding.go from the committed compiler output, the way
// `go generate ./examples/dapp` does with cmd/abigen, and fails on any difference.
func TestBindingInSync(t *testing.T) {
	want, err := bindgen.Generate(dapp.CombinedJSON, "dapp", nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("binding.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("examples/dapp/binding.go differs from what build/combined.json generates: run go generate ./examples/dapp")
	}
}
