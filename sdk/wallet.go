package sdk

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// PasswordEnv is the environment variable a password may come from.
const PasswordEnv = "DECLOUD_PASSWORD"

// Wallets are go-ethereum keystore files (Web3 Secret Storage) in one directory.
type Wallets struct {
	ks *keystore.KeyStore
}

// OpenWallets opens the keystore in dir; light selects the cheaper scrypt parameters.
func OpenWallets(dir string, light bool) *Wallets {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	return &Wallets{ks: keystore.NewKeyStore(dir, n, p)}
}

// Create makes a new key encrypted with password.
func (w *Wallets) Create(password string) (common.Address, error) {
	if password == "" {
		return common.Address{}, errors.New("sdk: an empty password is refused")
	}
	a, err := w.ks.NewAccount(password)
	if err != nil {
		return common.Address{}, fmt.Errorf("sdk: wallet: %w", err)
	}
	return a.Address, nil
}

// Import stores a hex private key encrypted with password.
func (w *Wallets) Import(hexKey, password string) (common.Address, error) {
	if password == "" {
		return common.Address{}, errors.New("sdk: an empty password is refused")
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
	if err != nil {
		return common.Address{}, fmt.Errorf("sdk: the private key is not 32 bytes of hex: %w", err)
	}
	a, err := w.ks.ImportECDSA(key, password)
	if errors.Is(err, keystore.ErrAccountAlreadyExists) {
		return crypto.PubkeyToAddress(key.PublicKey), nil
	}
	if err != nil {
		return common.Address{}, fmt.Errorf("sdk: wallet: %w", err)
	}
	return a.Address, nil
}

// List returns the addresses in the keystore.
func (w *Wallets) List() []common.Address {
	var out []common.Address
	for _, a := range w.ks.Accounts() {
		out = append(out, a.Address)
	}
	return out
}

// Key decrypts the key of addr.
func (w *Wallets) Key(addr common.Address, password string) (*ecdsa.PrivateKey, error) {
	acc, err := w.ks.Find(accounts.Account{Address: addr})
	if err != nil {
		return nil, fmt.Errorf("sdk: no wallet %s in the keystore (decloud wallet create or import)", addr.Hex())
	}
	b, err := os.ReadFile(acc.URL.Path)
	if err != nil {
		return nil, fmt.Errorf("sdk: wallet: %w", err)
	}
	k, err := keystore.DecryptKey(b, password)
	if err != nil {
		return nil, fmt.Errorf("sdk: cannot open wallet %s: %w", addr.Hex(), err)
	}
	return k.PrivateKey, nil
}
