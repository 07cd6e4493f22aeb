package sdk

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"errors"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestDeclaredEnergy(t *testing.T) {
	for _, c := range []struct {
		desc string
		want float64
	}{
		{"green pool energy=12.5 Wh/task", 12.5},
		{`{"name":"p","energy":40}`, 40},
		{"ENERGY: 7", 7},
		{"no declaration", -1},
		{"synergy=5", -1},
	} {
		if got := DeclaredEnergy(c.desc); got != c.want {
			t.Errorf("%q: %g, want %g", c.desc, got, c.want)
		}
	}
}

func archive(t *testing.T, files map[string]string) []byte {
	var buf bytes.Buffer
	w := tar.NewWriter(&buf)
	for name, body := range files {
		w.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))})
		w.Write([]byte(body))
	}
	w.Close()
	return buf.Bytes()
}

// A result verifies against the sha256 of its archive, or (callback deals) the keccak256
// of its callback.bin; anything else is refused.
func TestVerifyArchive(t *testing.T) {
	plain := archive(t, map[string]string{"result.txt": "42"})
	cb := archive(t, map[string]string{"result.txt": "42", "callback.bin": "\x01\x02"})
	for _, c := range []struct {
		name   string
		data   []byte
		digest common.Hash
		ok     bool
	}{
		{"sha256 of the archive", plain, sha256.Sum256(plain), true},
		{"keccak256 of callback.bin", cb, crypto.Keccak256Hash([]byte{1, 2}), true},
		{"another digest", plain, common.Hash{1}, false},
		{"callback digest, no callback.bin", plain, crypto.Keccak256Hash([]byte{1, 2}), false},
		{"not a tar", []byte("garbage"), crypto.Keccak256Hash([]byte{1, 2}), false},
	} {
		if err := VerifyArchive(c.data, c.digest); (err == nil) != c.ok || (err != nil && !errors.Is(err, ErrDigestMismatch)) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func TestConfigAndWallets(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "decloud", "config.json")
	if _, err := LoadConfig(path); !errors.Is(err, ErrNoConfig) {
		t.Fatalf("a missing config: %v", err)
	}
	c := &Config{RPC: "http://127.0.0.1:1", Hub: common.HexToAddress("0x1"), LightKDF: true}
	if err := c.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := LoadConfig(path)
	if err != nil || got.RPC != c.RPC || got.Hub != c.Hub || got.Keystore != filepath.Join(dir, "decloud", "keystore") {
		t.Fatalf("loaded %+v (%v)", got, err)
	}
	w := OpenWallets(got.Keystore, true)
	if _, err := w.Create(""); err == nil {
		t.Fatal("an empty password was accepted")
	}
	a, err := w.Create("pw")
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	b, err := w.Import("0x"+common.Bytes2Hex(crypto.FromECDSA(key)), "pw2")
	if err != nil || b != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("import: %s %v", b, err)
	}
	if _, err := w.Import("0x1234", "pw"); err == nil {
		t.Fatal("a short key was imported")
	}
	if len(w.List()) != 2 {
		t.Fatalf("wallets %v", w.List())
	}
	if k, err := w.Key(b, "pw2"); err != nil || crypto.PubkeyToAddress(k.PublicKey) != b {
		t.Fatalf("key of %s: %v", b, err)
	}
	if _, err := w.Key(a, "wrong"); err == nil {
		t.Fatal("a wrong password opened the wallet")
	}
	if _, err := w.Key(common.HexToAddress("0x9"), "pw"); err == nil {
		t.Fatal("an unknown wallet opened")
	}
}
