// Package poco is the vocabulary of decloud's Proof-of-Contribution protocol in pure Go:
// the four market orders and the worker authorization as EIP-712 typed data (hashing,
// signing, recovering), deal, task and asset ids, result hashes and seals, the trust math
// mirrored exactly from the hub (weights, consensus, replicas needed), deadlines from
// categories, and the result link stored on chain. docs/protocol.md fixes every encoding.
//
// It depends on nothing of decloud's and on go-ethereum only for its primitives.
package poco
