package resultcrypt

import (
	"bytes"
	"errors"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	secret, public, err := NewIdentity()
	if err != nil {
		t.Fatal(err)
	}
	other, _, _ := NewIdentity()
	for _, archive := range [][]byte{nil, []byte("x"), bytes.Repeat([]byte("result "), 100_000)} {
		a, err := Encrypt(archive, public)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Encrypt(archive, public)
		if bytes.Equal(a, b) {
			t.Fatal("two encryptions gave the same ciphertext: not randomized")
		}
		if len(archive) >= 16 && bytes.Contains(a, archive) { // a short one may occur by chance
			t.Fatal("the plaintext shows through")
		}
		got, err := Decrypt(a, secret)
		if err != nil || !bytes.Equal(got, archive) {
			t.Fatalf("decrypted %d bytes (%v), want %d", len(got), err, len(archive))
		}
		if _, err := Decrypt(a, other); !errors.Is(err, ErrDecrypt) {
			t.Fatalf("another identity: %v", err)
		}
	}
}

func TestBadInputs(t *testing.T) {
	secret, public, _ := NewIdentity()
	for _, c := range []struct {
		name string
		err  error
		want error
	}{
		{"recipient", CheckRecipient("age1notakey"), ErrRecipient},
		{"secret as recipient", CheckRecipient(secret), ErrRecipient},
		{"encrypt to nothing", func() error { _, err := Encrypt([]byte("x"), ""); return err }(), ErrRecipient},
		{"garbage blob", func() error { _, err := Decrypt([]byte("not age"), secret); return err }(), ErrDecrypt},
	} {
		if !errors.Is(c.err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, c.err, c.want)
		}
	}
	if err := CheckRecipient(public); err != nil {
		t.Fatal(err)
	}
	if _, err := Decrypt([]byte("x"), public); err == nil {
		t.Fatal("a recipient taken as an identity")
	}
}
