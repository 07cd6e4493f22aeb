// Package dapp is an example of a dapp that calls off-chain computing: PriceOracle.sol, a
// price feed that the hub updates through its callback with the median that the
// examples/oracle app computes, and its abigen v2 binding (binding.go).
//
// The compiled contract (build/combined.json) is committed, so `go build` and `go test` never
// need Node; `go generate ./examples/dapp` recompiles it with the compiler that contracts/
// pins and regenerates the binding with go-ethereum's abigen at the version go.mod pins. A
// test fails when a source (imports included) changed since the last compilation or when the
// binding differs from what the compiled contract generates.
package dapp

import _ "embed"

//go:generate npm ci --prefix ../../contracts --silent --no-audit --no-fund
//go:generate node compile.js
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --combined-json build/combined.json --pkg dapp --out binding.go

// CombinedJSON is build/combined.json: the compiler's output for the dapp's contracts.
//
//go:embed build/combined.json
var CombinedJSON []byte
