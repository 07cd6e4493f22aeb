package poco

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func testOrders() []interface {
	typed
	Hash(Domain) (common.Hash, error)
} {
	return []interface {
		typed
		Hash(Domain) (common.Hash, error)
	}{
		&AppOrder{App: common.HexToAddress("0x01"), AppPrice: big.NewInt(5), Volume: big.NewInt(10), Salt: common.HexToHash("0x99")},
		&DatasetOrder{Dataset: common.HexToAddress("0x02"), DatasetPrice: big.NewInt(3), Volume: big.NewInt(1)},
		&WorkerpoolOrder{Workerpool: common.HexToAddress("0x03"), WorkerpoolPrice: big.NewInt(7), Volume: big.NewInt(4), Category: big.NewInt(1), Trust: big.NewInt(100)},
		&RequestOrder{App: common.HexToAddress("0x01"), Requester: common.HexToAddress("0x04"), Volume: big.NewInt(4), Params: `{"args":"x"}`},
		&WorkerAuthorization{Worker: common.HexToAddress("0x05"), TaskID: common.HexToHash("0x06")},
	}
}

func TestTypeHashes(t *testing.T) {
	for name, def := range map[string]string{
		"AppOrder":            "AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)",
		"DatasetOrder":        "DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)",
		"WorkerpoolOrder":     "WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)",
		"RequestOrder":        "RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)",
		"WorkerAuthorization": "WorkerAuthorization(address worker,bytes32 taskid)",
	} {
		if got, want := TypeHash(name), crypto.Keccak256Hash([]byte(def)); got != want {
			t.Errorf("%s: type hash %s, want keccak(%q) = %s", name, got, def, want)
		}
	}
}

func TestSignRecoverAndTamper(t *testing.T) {
	key, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(key.PublicKey)
	d := NewDomain(big.NewInt(1337), common.HexToAddress("0xhub"))
	other := []Domain{
		NewDomain(big.NewInt(1), d.VerifyingContract),
		NewDomain(d.ChainID, common.HexToAddress("0xbeef")),
	}
	for _, o := range testOrders() {
		h, err := o.Hash(d)
		if err != nil {
			t.Fatalf("%s: %v", o.typeName(), err)
		}
		sig, err := SignHash(h, key)
		if err != nil {
			t.Fatal(err)
		}
		if sig[64] != 27 && sig[64] != 28 {
			t.Fatalf("v = %d", sig[64])
		}
		got, err := Recover(h, sig)
		if err != nil || got != signer {
			t.Fatalf("%s: recovered %s, %v", o.typeName(), got, err)
		}
		for _, od := range other {
			h2, _ := o.Hash(od)
			if h2 == h {
				t.Fatalf("%s: same hash for another domain", o.typeName())
			}
			if a, _ := Recover(h2, sig); a == signer {
				t.Fatalf("%s: signature valid for another domain", o.typeName())
			}
		}
	}
}

func TestTamperedOrderChangesSigner(t *testing.T) {
	key, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(key.PublicKey)
	d := NewDomain(big.NewInt(1337), common.HexToAddress("0x1234"))
	o := &RequestOrder{App: common.HexToAddress("0x01"), Requester: signer, Volume: big.NewInt(1), Params: "a"}
	if err := o.Sign(d, key); err != nil {
		t.Fatal(err)
	}
	if got, err := o.Signer(d); err != nil || got != signer {
		t.Fatalf("signer %s, %v", got, err)
	}
	for name, mutate := range map[string]func(*RequestOrder){
		"params":  func(o *RequestOrder) { o.Params = "b" },
		"volume":  func(o *RequestOrder) { o.Volume = big.NewInt(2) },
		"trust":   func(o *RequestOrder) { o.Trust = big.NewInt(5) },
		"salt":    func(o *RequestOrder) { o.Salt[0] = 1 },
		"maxcost": func(o *RequestOrder) { o.AppMaxPrice = big.NewInt(1) },
	} {
		c := *o
		mutate(&c)
		if got, _ := c.Signer(d); got == signer {
			t.Errorf("tampering %s kept the signer", name)
		}
	}
}

func TestRecoverRejectsMalformed(t *testing.T) {
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256Hash([]byte("x"))
	sig, _ := SignHash(h, key)
	highS := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(highS[32:64])
	badV := bytes.Clone(sig)
	badV[64] = 29
	for name, b := range map[string][]byte{"short": sig[:64], "long": append(bytes.Clone(sig), 0), "high s": highS, "bad v": badV, "empty": nil} {
		if _, err := Recover(h, b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	v01 := bytes.Clone(sig)
	v01[64] -= 27
	if a, err := Recover(h, v01); err != nil || a != crypto.PubkeyToAddress(key.PublicKey) {
		t.Errorf("v in {0,1} refused: %v", err)
	}
}

func TestIDs(t *testing.T) {
	deal := DealID(common.HexToHash("0x01"), big.NewInt(3))
	want := crypto.Keccak256Hash(common.HexToHash("0x01").Bytes(), common.BigToHash(big.NewInt(3)).Bytes())
	if deal != want {
		t.Fatalf("DealID %s, want %s", deal, want)
	}
	if TaskID(deal, 0) == TaskID(deal, 1) {
		t.Fatal("task ids collide")
	}
	w := common.HexToAddress("0x05")
	if ResultSeal(w, deal, deal) != crypto.Keccak256Hash(w.Bytes(), deal[:], deal[:]) {
		t.Fatal("seal encoding")
	}
	if AssetID(KindApp, w, "x") == AssetID(KindDataset, w, "x") || AssetID(KindApp, w, "x") == AssetID(KindApp, w, "y") {
		t.Fatal("asset ids collide")
	}
}

func FuzzRecover(f *testing.F) {
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256Hash([]byte("fuzz"))
	sig, _ := SignHash(h, key)
	f.Add(h[:], sig)
	f.Add(h[:], []byte{})
	f.Add([]byte{1}, make([]byte, 65))
	f.Fuzz(func(t *testing.T, digest, sig []byte) {
		a, err := Recover(common.BytesToHash(digest), sig)
		if err == nil && a == (common.Address{}) {
			t.Fatal("recovered the zero address without an error")
		}
		if err == nil && len(sig) != 65 {
			t.Fatal("accepted a signature that is not 65 bytes")
		}
	})
}

func FuzzParseResultLink(f *testing.F) {
	f.Add([]byte(`{"storage":"http://127.0.0.1:1","location":"sha256:ab","digest":"0x0000000000000000000000000000000000000000000000000000000000000001"}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"digest":"0x01","extra":1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseResultLink(b)
		if err != nil {
			return
		}
		if l.Digest == (common.Hash{}) || l.Location == "" {
			t.Fatal("accepted a link without digest or location")
		}
		again, err := ParseResultLink(l.Marshal())
		if err != nil || again != l {
			t.Fatalf("round trip: %v %v", again, err)
		}
	})
}
