// Package poco is the vocabulary of decloud's Proof-of-Contribution protocol in pure Go:
// the four market orders, the scheduler's worker authorization and the batched path's signed
// contribution as EIP-712 typed data (hashing, signing, recovering, through go-ethereum's
// apitypes; compact EIP-2098 signatures for settle), deal, task and asset ids,
// result hashes and seals, the trust math mirrored exactly from the hub (weights, consensus
// tally, replicas needed, reward shares), deadlines from categories, and the result link
// that finalize stores on chain. docs/protocol.md fixes every encoding used here.
//
// It depends on nothing of decloud's and on go-ethereum only for its primitives (common,
// crypto, abi encoding, EIP-712 typed data). Everything is a pure function of its inputs.
package poco
