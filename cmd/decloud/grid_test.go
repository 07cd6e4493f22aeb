package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/sdk"
)

// `decloud worker` and `decloud pool` take their key from an encrypted keystore, or from a
// key file only its owner can read; never from the command line. No chain is needed: a key
// that loads fails next at the chain (nothing listens at --rpc).
func TestServiceKeys(t *testing.T) {
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	raw := fmt.Sprintf("0x%x", crypto.FromECDSA(key))
	ks := keystore.NewKeyStore(filepath.Join(dir, "keystore"), keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(key, "secret")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, content string, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil { // whatever the umask
			t.Fatal(err)
		}
		return p
	}
	open := write("key-0644", raw+"\n", 0o644)
	private := write("key-0600", raw+"\n", 0o600)
	good, bad := write("password", "secret\n", 0o600), write("wrong", "not it\n", 0o600)
	const hub, pool = "0x00000000000000000000000000000000000000aa", "0x00000000000000000000000000000000000000bb"
	const noChain = "chain id from http://127.0.0.1:1" // past the key: the chain is not there
	for _, c := range []struct {
		name string
		args []string
		env  string // $DECLOUD_PASSWORD, if not ""
		want string // in the error
	}{
		{"worker, raw key", []string{"worker", "--key", raw}, "", "--key takes no raw private key"},
		{"pool, raw key", []string{"pool", "--workerpool", pool, "--key", raw}, "", "--key takes no raw private key"},
		{"worker, raw key without 0x", []string{"worker", "--key", raw[2:]}, "", "use --keystore"},
		{"worker, key file readable by others", []string{"worker", "--key", "@" + open}, "", "readable by others than its owner (mode 0644)"},
		{"pool, key file readable by others", []string{"pool", "--workerpool", pool, "--key", "@" + open}, "", "chmod 600"},
		{"worker, private key file", []string{"worker", "--key", "@" + private}, "", noChain},
		{"worker, no key", []string{"worker"}, "", "--keystore is required"},
		{"worker, both", []string{"worker", "--keystore", acc.URL.Path, "--key", "@" + private}, "", "not both"},
		{"worker, keystore", []string{"worker", "--keystore", acc.URL.Path, "--password-file", good}, "", noChain},
		{"pool, keystore", []string{"pool", "--workerpool", pool, "--keystore", acc.URL.Path, "--password-file", good}, "", noChain},
		{"worker, keystore, password from the environment", []string{"worker", "--keystore", acc.URL.Path}, "secret", noChain},
		{"worker, keystore, wrong password", []string{"worker", "--keystore", acc.URL.Path, "--password-file", bad}, "", "could not decrypt"},
		{"worker, no keystore", []string{"worker", "--keystore", filepath.Join(dir, "nope")}, "", "--keystore: open"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.env != "" {
				t.Setenv(sdk.PasswordEnv, c.env)
			}
			args := append(c.args, "--hub", hub, "--rpc", "http://127.0.0.1:1", "--config", filepath.Join(dir, "config.json"))
			if c.args[0] == "worker" {
				args = append(args, "--dir", filepath.Join(t.TempDir(), "worker"))
			} else {
				args = append(args, "--db", filepath.Join(t.TempDir(), "pool.db"))
			}
			err := (&Main{Stdout: &syncBuffer{}, Stderr: &syncBuffer{}}).Run(context.Background(), args)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
			if c.want != noChain && strings.Contains(err.Error(), strings.TrimPrefix(raw, "0x")) {
				t.Fatalf("the error shows the key: %v", err)
			}
		})
	}
}

// `result download` without --out saves into results/ (as the README writes it), whatever
// `result decrypt` declares for its own --out; `decloud init` points at the port `decloud
// storage` listens on.
func TestFlagDefaults(t *testing.T) {
	m := &Main{Stdout: &syncBuffer{}, Stderr: &syncBuffer{}}
	res := m.resultCommand()
	for _, c := range res.Commands() {
		if c.Name() == "download" {
			if got := c.Flags().Lookup("out").Value.String(); got != "results" {
				t.Fatalf("result download --out defaults to %q", got)
			}
		}
	}
	storageDefault := ""
	for _, c := range []*cobra.Command{m.initCommand(), m.storageCommand()} {
		f := c.Flags().Lookup("storage")
		if f == nil {
			f = c.Flags().Lookup("http")
			if !strings.HasSuffix(storageDefault, ":"+strings.Split(f.DefValue, ":")[1]) {
				t.Fatalf("decloud init's storage %q, decloud storage listens on %q", storageDefault, f.DefValue)
			}
			continue
		}
		storageDefault = f.DefValue
	}
}

// wallet import takes a key from a file (or standard input), never from the command line.
func TestWalletImportKeepsKeysOffTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	config := filepath.Join(dir, "config.json")
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, error) {
		out := &syncBuffer{}
		err := (&Main{Stdout: out, Stderr: &syncBuffer{}}).Run(context.Background(), append(args, "--config", config, "--password-file", pwFile))
		return out.String(), err
	}
	if _, err := run("init", "--hub", "0x00000000000000000000000000000000000000aa", "--light-kdf"); err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	hexKey := fmt.Sprintf("0x%x", crypto.FromECDSA(key))
	if _, err := run("wallet", "import", "--key", hexKey); err == nil || !strings.Contains(err.Error(), "no raw private key") {
		t.Fatalf("a raw key on the command line: %v", err)
	}
	keyFile := filepath.Join(dir, "key")
	if err := os.WriteFile(keyFile, []byte(hexKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := run("wallet", "import", "--key", "@"+keyFile)
	if err != nil || !strings.Contains(out, crypto.PubkeyToAddress(key.PublicKey).Hex()) {
		t.Fatalf("import from a file: %q %v", out, err)
	}
}
