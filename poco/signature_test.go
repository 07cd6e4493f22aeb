package poco

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func sampleOrders() []Order {
	var orders []Order
	for _, v := range sampleStructs() {
		if o, ok := v.(Order); ok {
			orders = append(orders, o)
		}
	}
	return orders
}

func TestSignRecoverEachOrder(t *testing.T) {
	key, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(key.PublicKey)
	for _, o := range sampleOrders() {
		t.Run(reflect.TypeOf(o).Elem().Name(), func(t *testing.T) {
			if _, err := o.Signer(testDomain); !errors.Is(err, ErrBadSignature) {
				t.Fatalf("unsigned: %v", err)
			}
			if err := o.Sign(testDomain, key); err != nil {
				t.Fatal(err)
			}
			sig := reflect.ValueOf(o).Elem().FieldByName("Signature").Bytes()
			if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
				t.Fatalf("signature %x", sig)
			}
			if got, err := o.Signer(testDomain); err != nil || got != signer {
				t.Fatalf("Signer = %s, %v; want %s", got, err, signer)
			}
			h, _ := o.Hash(testDomain)
			if got, err := Recover(h, sig); err != nil || got != signer {
				t.Fatalf("Recover(Hash) = %s, %v", got, err)
			}
			// Another chain or another hub: another digest, another recovered address.
			for _, d := range []Domain{
				NewDomain(big.NewInt(1), testDomain.VerifyingContract),
				NewDomain(testDomain.ChainID, common.HexToAddress("0xbeef")),
			} {
				h2, _ := o.Hash(d)
				if h2 == h {
					t.Fatalf("same digest for %+v", d)
				}
				if got, err := o.Signer(d); err != nil || got == signer {
					t.Fatalf("signature valid for %+v (%v)", d, err)
				}
			}
		})
	}
}

func TestWorkerAuthorization(t *testing.T) {
	key, _ := crypto.GenerateKey()
	sched := crypto.PubkeyToAddress(key.PublicKey)
	worker, taskid := common.HexToAddress("0x05"), common.HexToHash("0x06")
	sig, err := Authorize(testDomain, worker, taskid, key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := AuthorizationSigner(testDomain, worker, taskid, sig); err != nil || got != sched {
		t.Fatalf("signer %s, %v", got, err)
	}
	for _, c := range []struct {
		d      Domain
		worker common.Address
		taskid common.Hash
	}{
		{testDomain, common.HexToAddress("0x07"), taskid},
		{testDomain, worker, common.HexToHash("0x08")},
		{NewDomain(big.NewInt(1), testDomain.VerifyingContract), worker, taskid},
	} {
		if got, _ := AuthorizationSigner(c.d, c.worker, c.taskid, sig); got == sched {
			t.Errorf("authorization valid for %+v", c)
		}
	}
}

// tamper returns a copy of the struct v with field i changed.
func tamper(v eip712Struct, i int) eip712Struct {
	c := reflect.New(reflect.TypeOf(v).Elem())
	c.Elem().Set(reflect.ValueOf(v).Elem())
	f := c.Elem().Field(i)
	switch x := f.Interface().(type) {
	case common.Address:
		x[19] ^= 1
		f.Set(reflect.ValueOf(x))
	case common.Hash:
		x[31] ^= 1
		f.Set(reflect.ValueOf(x))
	case *big.Int:
		f.Set(reflect.ValueOf(new(big.Int).Add(x, big.NewInt(1))))
	case string:
		f.SetString(x + " ")
	}
	return c.Interface().(eip712Struct)
}

// Changing any signed field changes the digest and breaks the signature.
func TestTamperingAnyField(t *testing.T) {
	key, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(key.PublicKey)
	for _, v := range sampleStructs() {
		h, _ := digest(testDomain, v)
		sig, err := signStruct(testDomain, v, key)
		if err != nil {
			t.Fatal(err)
		}
		for i, f := range eip712Types[v.primaryType()] {
			w := tamper(v, i)
			h2, err := digest(testDomain, w)
			if err != nil || h2 == h {
				t.Errorf("%s.%s: digest unchanged (%v)", v.primaryType(), f.Name, err)
			}
			if got, _ := signerOf(testDomain, w, sig); got == signer {
				t.Errorf("%s.%s: signature still valid", v.primaryType(), f.Name)
			}
		}
	}
}

func TestOrderJSON(t *testing.T) {
	key, _ := crypto.GenerateKey()
	o := sampleStructs()[3].(*RequestOrder)
	if err := o.Sign(testDomain, key); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"sign":"0x`)) || !bytes.Contains(b, []byte(`"appmaxprice":5`)) {
		t.Fatalf("JSON %s", b)
	}
	var back RequestOrder
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if got, err := back.Signer(testDomain); err != nil || got != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("after a JSON round trip: %s, %v", got, err)
	}
}

func TestRecoverRejectsMalformed(t *testing.T) {
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256Hash([]byte("x"))
	sig, _ := SignHash(h, key)
	with := func(f func(s []byte)) []byte { s := bytes.Clone(sig); f(s); return s }
	highS := with(func(s []byte) {
		n := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(s[32:64]))
		n.FillBytes(s[32:64])
		s[64] ^= 1 // the twin signature of the same key
	})
	for _, c := range []struct {
		name string
		sig  []byte
	}{
		{"empty", nil},
		{"short", sig[:64]},
		{"long", append(bytes.Clone(sig), 0)},
		{"v = 29", with(func(s []byte) { s[64] = 29 })},
		{"v = 2", with(func(s []byte) { s[64] = 2 })},
		{"high s", highS},
		{"zero r", with(func(s []byte) { clear(s[:32]) })},
		{"zero s", with(func(s []byte) { clear(s[32:64]) })},
		{"r = N", with(func(s []byte) { crypto.S256().Params().N.FillBytes(s[:32]) })},
	} {
		if a, err := Recover(h, c.sig); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: %s, %v", c.name, a, err)
		}
	}
	v01 := with(func(s []byte) { s[64] -= 27 })
	if a, err := Recover(h, v01); err != nil || a != crypto.PubkeyToAddress(key.PublicKey) {
		t.Errorf("v in {0, 1} refused: %v", err)
	}
}

func FuzzRecover(f *testing.F) {
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256Hash([]byte("fuzz"))
	sig, _ := SignHash(h, key)
	f.Add(h[:], sig)
	f.Add(h[:], sig[:64])
	f.Add(h[:], []byte{})
	f.Add([]byte{1}, make([]byte, 65))
	f.Add([]byte{}, bytes.Repeat([]byte{0xff}, 65))
	f.Fuzz(func(t *testing.T, digest, sig []byte) {
		a, err := Recover(common.BytesToHash(digest), sig)
		if err != nil {
			if !errors.Is(err, ErrBadSignature) {
				t.Fatalf("error %v does not wrap ErrBadSignature", err)
			}
			return
		}
		if len(sig) != 65 || (sig[64] != 0 && sig[64] != 1 && sig[64] != 27 && sig[64] != 28) {
			t.Fatalf("accepted a malformed signature %x", sig)
		}
		if new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
			t.Fatal("accepted a high s")
		}
		if a == (common.Address{}) {
			t.Fatal("recovered the zero address without an error")
		}
	})
}
