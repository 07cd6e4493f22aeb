// Package chain talks to an EVM chain: the typed hub client, transaction sending with nonce
// management and receipts, event following from a saved block cursor, and deployment of
// the protocol's contracts. It works with the embedded dev chain (chain/devchain) and with
// any other EVM JSON-RPC endpoint alike.
package chain
