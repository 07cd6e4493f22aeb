package devchain

import (
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// ChainID of every dev chain: 1337, go-ethereum's dev chain id (what wallets and tools expect
// of a local dev node). It is also the network id answered by net_version.
const ChainID = 1337

// GasLimit of every block: room for batch transactions. A single transaction is still capped at
// 2^24 gas by Osaka's EIP-7825, as on mainnet.
const GasLimit = 100_000_000

// DefaultAccounts is the number of funded dev accounts when Config.Accounts is 0.
const DefaultAccounts = 10

// accountFunds is what the genesis gives every dev account: 10^12 ETH.
var accountFunds = new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)

// Account is a funded dev account. Its key is public knowledge: never use it on a real chain.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// DevAccounts returns the first n dev accounts. Key i is keccak256("decloud dev account i"), so
// every dev chain, in memory or on disk, has the same accounts.
func DevAccounts(n int) []Account {
	out := make([]Account, n)
	for i := range out {
		seed := crypto.Keccak256([]byte("decloud dev account " + strconv.Itoa(i)))
		key, err := crypto.ToECDSA(seed)
		if err != nil {
			// Only a seed of zero or at least the curve order fails: not a keccak output in practice.
			panic(fmt.Sprintf("devchain: dev account %d: %v", i, err))
		}
		out[i] = Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
	}
	return out
}

// Genesis returns the dev genesis for the given funded accounts: go-ethereum's dev chain
// (core.DeveloperGenesisBlock: every fork through Osaka active from block 0, precompiles and
// system contracts allocated) with chain id 1337, a GasLimit block gas limit, and the
// experimental Bogota fork switched off. Bogota (params.AllDevChainProtocolChanges enables it
// in go-ethereum v1.17) charges roughly 88k more gas per new storage slot than mainnet; with
// it off, gas is measured under mainnet rules.
func Genesis(accounts []Account) *core.Genesis {
	g := core.DeveloperGenesisBlock(GasLimit, nil)
	cfg := *g.Config // DeveloperGenesisBlock copies the shared config; copy again to be sure
	cfg.ChainID = big.NewInt(ChainID)
	cfg.BogotaTime = nil
	g.Config = &cfg
	g.Timestamp = 0
	for _, a := range accounts {
		g.Alloc[a.Address] = types.Account{Balance: new(big.Int).Set(accountFunds)}
	}
	return g
}

// PrintAccounts writes one line per account: its index, address and private key.
func PrintAccounts(w io.Writer, accounts []Account) error {
	for i, a := range accounts {
		if _, err := fmt.Fprintf(w, "(%d) %s  private key 0x%x\n", i, a.Address.Hex(), crypto.FromECDSA(a.Key)); err != nil {
			return err
		}
	}
	return nil
}
