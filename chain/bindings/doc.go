// Package bindings holds the abigen v2 bindings of the decloud contracts, generated from
// contracts/build/combined.json by `go generate ./contracts`. Do not edit bindings.go: a test
// regenerates it in memory and fails on any difference.
package bindings
