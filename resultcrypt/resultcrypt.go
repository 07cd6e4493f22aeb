// Package resultcrypt encrypts task results to their beneficiary with age (X25519
// recipients), so that only the beneficiary can read what storage keeps.
//
// age encryption is randomized (a fresh file key and ephemeral share per message), so two
// replicas of a task never produce the same ciphertext. Consensus is therefore on the
// plaintext: the digest a worker contributes is the canonical archive's
// (poco.ResultDigest), the blob stored is the ciphertext, and the beneficiary decrypts it
// and checks the plaintext's digest against the chain.
package resultcrypt

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"filippo.io/age"
)

// ErrRecipient is wrapped by the errors for a recipient that is not an age X25519 one.
var ErrRecipient = errors.New("resultcrypt: bad recipient")

// ErrDecrypt is wrapped by the errors for a blob that the identity cannot open.
var ErrDecrypt = errors.New("resultcrypt: cannot decrypt")

// CheckRecipient says whether recipient is an age X25519 recipient ("age1…").
func CheckRecipient(recipient string) error {
	if _, err := age.ParseX25519Recipient(recipient); err != nil {
		return fmt.Errorf("%w: %v", ErrRecipient, err)
	}
	return nil
}

// Encrypt encrypts archive to recipient (an age X25519 recipient, "age1…").
func Encrypt(archive []byte, recipient string) ([]byte, error) {
	r, err := age.ParseX25519Recipient(recipient)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRecipient, err)
	}
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		return nil, fmt.Errorf("resultcrypt: encrypt: %w", err)
	}
	if _, err := w.Write(archive); err != nil {
		return nil, fmt.Errorf("resultcrypt: encrypt: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("resultcrypt: encrypt: %w", err)
	}
	return buf.Bytes(), nil
}

// Decrypt opens blob with identity (an age X25519 secret key, "AGE-SECRET-KEY-1…").
func Decrypt(blob []byte, identity string) ([]byte, error) {
	id, err := age.ParseX25519Identity(identity)
	if err != nil {
		return nil, fmt.Errorf("resultcrypt: bad identity: %w", err)
	}
	r, err := age.Decrypt(bytes.NewReader(blob), id)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDecrypt, err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDecrypt, err)
	}
	return out, nil
}

// NewIdentity makes a new key pair: the secret identity (for Decrypt) and its public
// recipient (for Encrypt and a request's encryptTo).
func NewIdentity() (secret, public string, err error) {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return "", "", fmt.Errorf("resultcrypt: %w", err)
	}
	return id.String(), id.Recipient().String(), nil
}
