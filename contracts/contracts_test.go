package contracts

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestCodeSizeLimit fails when a deployable contract's runtime code exceeds EIP-170's limit.
func TestCodeSizeLimit(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	deployable := 0
	for name, c := range all {
		code, err := hex.DecodeString(c.BinRuntime)
		if err != nil {
			t.Fatalf("%s: bad runtime hex: %v", name, err)
		}
		if len(code) > MaxCodeSize {
			t.Errorf("%s: runtime code is %d bytes, over EIP-170's %d", name, len(code), MaxCodeSize)
		}
		if len(code) > 0 {
			deployable++
			t.Logf("%-40s %6d bytes", name, len(code))
		}
	}
	if deployable < 5 {
		t.Fatalf("only %d deployable contracts in combined.json", deployable)
	}
}

// TestSourcesCompiled fails when a Solidity source changed (or was added or removed) since
// build/combined.json was generated: the compiler records a hash of every source it compiled.
func TestSourcesCompiled(t *testing.T) {
	var out struct {
		SourcesHash string `json:"sourcesHash"`
	}
	if err := json.Unmarshal(CombinedJSON, &out); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, dir := range []string{"src", "test"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.sol"))
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, files...)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		content, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s\n%s\n", filepath.ToSlash(name), content)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != out.SourcesHash {
		t.Fatalf("Solidity sources changed since build/combined.json was generated (hash %s, recorded %s): run go generate ./contracts", got, out.SourcesHash)
	}
	if _, err := os.Stat("package-lock.json"); err != nil {
		t.Errorf("the compiler is not pinned: %v", err)
	}
}
