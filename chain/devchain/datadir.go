package devchain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/core"

	"github.com/decloud/decloud/internal/durable"
)

// stateFile, in the data dir, holds what the chain database does not: the genesis the chain
// was created with (written once, reused as is on every restart), the number of dev accounts
// it funds, and the Deploy result.
const stateFile = "devchain.json"

type dirState struct {
	// Accounts is the number of funded dev accounts in Genesis.
	Accounts int `json:"accounts"`
	// Genesis is kept byte for byte: restarts pass go-ethereum exactly this genesis, so a
	// newer DeveloperGenesisBlock can never change an existing chain.
	Genesis json.RawMessage `json:"genesis"`
	// Deployed says Deploy has completed; Deployment is its result.
	Deployed   bool            `json:"deployed"`
	Deployment json.RawMessage `json:"deployment,omitempty"`
}

// readState reads the data dir's state; ok is false when the data dir has none (a new chain).
func readState(dir string) (st dirState, ok bool, err error) {
	path := filepath.Join(dir, stateFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return dirState{}, false, nil
	}
	if err != nil {
		return dirState{}, false, fmt.Errorf("devchain: %w", err)
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return dirState{}, false, fmt.Errorf("devchain: corrupt %s: %w", path, err)
	}
	if st.Accounts <= 0 || len(st.Genesis) == 0 {
		return dirState{}, false, fmt.Errorf("devchain: corrupt %s: no genesis", path)
	}
	return st, true, nil
}

// genesis decodes the stored genesis.
func (st dirState) genesis() (*core.Genesis, error) {
	g := new(core.Genesis)
	if err := json.Unmarshal(st.Genesis, g); err != nil {
		return nil, fmt.Errorf("devchain: stored genesis: %w", err)
	}
	return g, nil
}

// writeState replaces the data dir's state atomically (write, sync, rename, sync the dir).
func writeState(dir string, st dirState) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep the stored JSON as it was given (compact)
	if err := enc.Encode(st); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	if err := durable.WriteFile(filepath.Join(dir, stateFile), buf.Bytes(), 0o600); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	return nil
}
