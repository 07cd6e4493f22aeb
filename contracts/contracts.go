// Package contracts holds the Solidity sources of the decloud protocol (src/), test
// contracts (test/), the pinned compiler (package.json and its lock file) and the compiled
// output (build/combined.json), which is committed so that `go build` and `go test` never need
// Node. `go generate ./contracts` recompiles and regenerates the abigen v2 bindings in
// chain/bindings with go-ethereum's abigen at the version go.mod pins.
package contracts

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:generate npm ci --silent --no-audit --no-fund
//go:generate node compile.js
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --combined-json build/combined.json --pkg bindings --out ../chain/bindings/bindings.go --exc src/HubBase.sol:*,src/HubBatch.sol:HubBatch,src/HubBonds.sol:HubBonds,src/IHub.sol:IHubBatch,src/IHub.sol:IHubBonds,src/IHub.sol:IHubEscrow,src/IHub.sol:IHubEvents,src/IHub.sol:IHubMarket,src/IHub.sol:IHubTasks,src/IHub.sol:IOracleConsumer

// Excluded lists the compiled contracts that get no Go binding (abstract bases and the
// partial interfaces that IHub unites); it must match the --exc flag above.
var Excluded = []string{
	"src/HubBase.sol:HubBase",
	"src/HubBase.sol:IERC20Minimal",
	"src/HubBatch.sol:HubBatch",
	"src/HubBonds.sol:HubBonds",
	"src/IHub.sol:IHubBatch",
	"src/IHub.sol:IHubBonds",
	"src/IHub.sol:IHubEscrow",
	"src/IHub.sol:IHubEvents",
	"src/IHub.sol:IHubMarket",
	"src/IHub.sol:IHubTasks",
	"src/IHub.sol:IOracleConsumer",
}

// CombinedJSON is build/combined.json: the compiler's output for every contract.
//
//go:embed build/combined.json
var CombinedJSON []byte

// MaxCodeSize is EIP-170's limit on a deployed contract's code.
const MaxCodeSize = 24576

// Compiled is one contract of CombinedJSON.
type Compiled struct {
	ABI        json.RawMessage `json:"abi"`
	Bin        string          `json:"bin"`
	BinRuntime string          `json:"bin-runtime"`
}

// All parses CombinedJSON, keyed by "path:Name".
func All() (map[string]Compiled, error) {
	var out struct {
		Contracts map[string]Compiled `json:"contracts"`
		Version   string              `json:"version"`
	}
	if err := json.Unmarshal(CombinedJSON, &out); err != nil {
		return nil, fmt.Errorf("contracts: parse combined.json: %w", err)
	}
	return out.Contracts, nil
}
