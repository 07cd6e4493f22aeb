// Package bindgen generates abigen v2 Go bindings from a solc combined JSON in memory, the
// way `go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --combined-json …` does, so
// that a test can check committed bindings against committed compiler output without Node.
package bindgen

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/ethereum/go-ethereum/common/compiler"
	"github.com/ethereum/go-ethereum/crypto"
)

// Generate returns the bindings of package pkg for every contract of combinedJSON but those
// named in exclude ("file:Contract", as abigen's --exc takes them).
func Generate(combinedJSON []byte, pkg string, exclude []string) (string, error) {
	parsed, err := compiler.ParseCombinedJSON(combinedJSON, "", "", "", "")
	if err != nil {
		return "", fmt.Errorf("bindgen: parse combined json: %w", err)
	}
	names := make([]string, 0, len(parsed))
	for name := range parsed {
		if !slices.Contains(exclude, name) {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	var types, abis, bins []string
	libs := map[string]string{}
	for _, name := range names {
		c := parsed[name]
		abiJSON, err := json.Marshal(c.Info.AbiDefinition)
		if err != nil {
			return "", fmt.Errorf("bindgen: %s: %w", name, err)
		}
		typeName := name[strings.LastIndex(name, ":")+1:]
		types = append(types, typeName)
		abis = append(abis, string(abiJSON))
		bins = append(bins, c.Code)
		// cmd/abigen names every contract by its library placeholder pattern.
		libs[crypto.Keccak256Hash([]byte(name)).String()[2:36]] = typeName
	}
	out, err := abigen.BindV2(types, abis, bins, pkg, libs, map[string]string{})
	if err != nil {
		return "", fmt.Errorf("bindgen: %w", err)
	}
	return out, nil
}
