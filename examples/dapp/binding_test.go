package dapp_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/ethereum/go-ethereum/common/compiler"
	"github.com/ethereum/go-ethereum/crypto"

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
	parsed, err := compiler.ParseCombinedJSON(dapp.CombinedJSON, "", "", "", "")
	if err != nil {
		t.Fatalf("parse combined.json: %v", err)
	}
	names := make([]string, 0, len(parsed))
	for name := range parsed {
		names = append(names, name)
	}
	slices.Sort(names)
	var types, abis, bins []string
	libs := map[string]string{}
	for _, name := range names {
		c := parsed[name]
		abiJSON, err := json.Marshal(c.Info.AbiDefinition)
		if err != nil {
			t.Fatal(err)
		}
		typeName := name[strings.LastIndex(name, ":")+1:]
		types = append(types, typeName)
		abis = append(abis, string(abiJSON))
		bins = append(bins, c.Code)
		// cmd/abigen names every contract by its library placeholder pattern.
		libs[crypto.Keccak256Hash([]byte(name)).String()[2:36]] = typeName
	}
	want, err := abigen.BindV2(types, abis, bins, "dapp", libs, map[string]string{})
	if err != nil {
		t.Fatalf("bind: %v", err)
	}
	got, err := os.ReadFile("binding.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("examples/dapp/binding.go differs from what build/combined.json generates: run go generate ./examples/dapp")
	}
}
