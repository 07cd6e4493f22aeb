package poco

import (
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

var testDomain = NewDomain(big.NewInt(1337), common.HexToAddress("0x1234567890abcdef1234567890abcdef12345678"))

// sampleStructs returns one of each signable struct with every field set.
func sampleStructs() []eip712Struct {
	a := func(b byte) common.Address { return common.BytesToAddress([]byte{0xa0, b}) }
	h := func(b byte) common.Hash { return common.BytesToHash([]byte{0xb0, b}) }
	return []eip712Struct{
		&AppOrder{App: a(1), AppPrice: big.NewInt(5), Volume: big.NewInt(10), Tag: h(1), DatasetRestrict: a(2),
			WorkerpoolRestrict: a(3), RequesterRestrict: a(4), Salt: h(2)},
		&DatasetOrder{Dataset: a(5), DatasetPrice: big.NewInt(3), Volume: big.NewInt(1), Tag: h(3), AppRestrict: a(6),
			WorkerpoolRestrict: a(7), RequesterRestrict: a(8), Salt: h(4)},
		&WorkerpoolOrder{Workerpool: a(9), WorkerpoolPrice: big.NewInt(7), Volume: big.NewInt(4), Tag: h(5),
			Category: big.NewInt(1), Trust: big.NewInt(100), AppRestrict: a(10), DatasetRestrict: a(11),
			RequesterRestrict: a(12), Salt: h(6)},
		&RequestOrder{App: a(1), AppMaxPrice: big.NewInt(5), Dataset: a(5), DatasetMaxPrice: big.NewInt(3),
			Workerpool: a(9), WorkerpoolMaxPrice: big.NewInt(7), Requester: a(13), Volume: big.NewInt(4), Tag: h(7),
			Category: big.NewInt(1), Trust: big.NewInt(100), Beneficiary: a(14), Callback: a(15),
			Params: `{"args":"x"}`, Salt: h(8)},
		&WorkerAuthorization{Worker: a(16), TaskID: h(9)},
		&Contribution{TaskID: h(10), ResultHash: h(11), ResultSeal: h(12)},
	}
}

// The type hashes computed by apitypes equal keccak256 of the type strings of
// docs/protocol.md, written out here again independently.
func TestTypeHashes(t *testing.T) {
	for name, def := range map[string]string{
		"EIP712Domain":        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)",
		"AppOrder":            "AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)",
		"DatasetOrder":        "DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)",
		"WorkerpoolOrder":     "WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)",
		"RequestOrder":        "RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)",
		"WorkerAuthorization": "WorkerAuthorization(address worker,bytes32 taskid)",
		"Contribution":        "Contribution(bytes32 taskid,bytes32 resultHash,bytes32 resultSeal)",
	} {
		if got, want := TypeHash(name), crypto.Keccak256Hash([]byte(def)); got != want {
			t.Errorf("%s: type hash %s, want keccak(%q) = %s", name, got, def, want)
		}
	}
	// A known answer that does not depend on this package's strings at all.
	if got, want := TypeHash("EIP712Domain"), common.HexToHash("0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f"); got != want {
		t.Errorf("EIP712Domain type hash %s, want %s", got, want)
	}
}

// Every struct has exactly its EIP-712 fields, in order, with JSON tags equal to the
// field names and Go types that encode as the EIP-712 types, plus "sign" for orders.
func TestStructsMatchTypes(t *testing.T) {
	goType := map[string]reflect.Type{
		"address": reflect.TypeFor[common.Address](),
		"uint256": reflect.TypeFor[*big.Int](),
		"bytes32": reflect.TypeFor[common.Hash](),
		"string":  reflect.TypeFor[string](),
	}
	for _, v := range sampleStructs() {
		rt := reflect.TypeOf(v).Elem()
		fields := eip712Types[v.primaryType()]
		if rt.Name() != v.primaryType() {
			t.Errorf("%s: primary type %s", rt.Name(), v.primaryType())
		}
		n := rt.NumField()
		if _, isOrder := v.(Order); isOrder {
			last := rt.Field(n - 1)
			if last.Name != "Signature" || last.Tag.Get("json") != "sign" {
				t.Errorf("%s: last field %s %q, want Signature \"sign\"", rt.Name(), last.Name, last.Tag.Get("json"))
			}
			n--
		}
		if n != len(fields) {
			t.Fatalf("%s: %d fields, EIP-712 type has %d", rt.Name(), n, len(fields))
		}
		for i, f := range fields {
			sf := rt.Field(i)
			if tag := sf.Tag.Get("json"); tag != f.Name {
				t.Errorf("%s field %d: json %q, want %q", rt.Name(), i, tag, f.Name)
			}
			if sf.Type != goType[f.Type] {
				t.Errorf("%s.%s: Go type %s for %s", rt.Name(), sf.Name, sf.Type, f.Type)
			}
		}
	}
}

// The domain separator, computed by hand from the EIP-712 rules.
func TestDomainSeparatorKnownAnswer(t *testing.T) {
	d := testDomain
	want := crypto.Keccak256Hash(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte("decloud")),
		crypto.Keccak256([]byte("1")),
		common.BigToHash(big.NewInt(1337)).Bytes(),
		common.BytesToHash(d.VerifyingContract.Bytes()).Bytes(),
	)
	got, err := DomainSeparator(d)
	if err != nil || got != want {
		t.Fatalf("DomainSeparator = %s, %v; want %s", got, err, want)
	}
}

// The full digest of an AppOrder and a RequestOrder (which has a string), by hand.
func TestDigestKnownAnswer(t *testing.T) {
	sep, _ := DomainSeparator(testDomain)
	word := func(v any) []byte {
		switch x := v.(type) {
		case common.Address:
			return common.BytesToHash(x.Bytes()).Bytes()
		case common.Hash:
			return x.Bytes()
		case *big.Int:
			return math.U256Bytes(new(big.Int).Set(x))
		case string:
			return crypto.Keccak256([]byte(x))
		}
		panic("word")
	}
	structs := sampleStructs()
	ao, ro := structs[0].(*AppOrder), structs[3].(*RequestOrder)
	for _, c := range []struct {
		v      Order
		def    string
		values []any
	}{
		{ao, appOrderType, []any{ao.App, ao.AppPrice, ao.Volume, ao.Tag, ao.DatasetRestrict, ao.WorkerpoolRestrict, ao.RequesterRestrict, ao.Salt}},
		{ro, requestOrderType, []any{ro.App, ro.AppMaxPrice, ro.Dataset, ro.DatasetMaxPrice, ro.Workerpool,
			ro.WorkerpoolMaxPrice, ro.Requester, ro.Volume, ro.Tag, ro.Category, ro.Trust, ro.Beneficiary,
			ro.Callback, ro.Params, ro.Salt}},
	} {
		enc := crypto.Keccak256([]byte(c.def))
		for _, v := range c.values {
			enc = append(enc, word(v)...)
		}
		sh := crypto.Keccak256Hash(enc)
		want := crypto.Keccak256Hash([]byte("\x19\x01"), sep[:], sh[:])
		if got, err := c.v.StructHash(); err != nil || got != sh {
			t.Errorf("%T: StructHash %s, %v; want %s", c.v, got, err, sh)
		}
		if got, err := c.v.Hash(testDomain); err != nil || got != want {
			t.Errorf("%T: Hash %s, %v; want %s", c.v, got, err, want)
		}
	}
}

func TestTypedData(t *testing.T) {
	for _, v := range sampleStructs() {
		td, err := typedData(testDomain, v)
		if err != nil {
			t.Fatal(err)
		}
		if td.PrimaryType != v.primaryType() || len(td.Message) != len(eip712Types[v.primaryType()]) {
			t.Errorf("%s: primary type %s, %d message fields", v.primaryType(), td.PrimaryType, len(td.Message))
		}
		if _, ok := td.Message["sign"]; ok {
			t.Errorf("%s: the signature is in the typed data", v.primaryType())
		}
	}
	o := sampleStructs()[0].(*AppOrder)
	td, err := o.TypedData(testDomain)
	if err != nil || td.Domain.Name != "decloud" || td.Domain.Version != "1" || (*big.Int)(td.Domain.ChainId).Int64() != 1337 {
		t.Fatalf("TypedData domain %+v, %v", td.Domain, err)
	}
}

func TestNilIntegersAreZero(t *testing.T) {
	zero := &WorkerpoolOrder{}
	explicit := &WorkerpoolOrder{WorkerpoolPrice: new(big.Int), Volume: new(big.Int), Category: new(big.Int), Trust: new(big.Int)}
	a, err1 := zero.Hash(testDomain)
	b, err2 := explicit.Hash(testDomain)
	if err1 != nil || err2 != nil || a != b {
		t.Fatalf("nil vs zero: %s %v, %s %v", a, err1, b, err2)
	}
}

func TestBadInputs(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 256)
	for _, c := range []struct {
		name string
		d    Domain
		o    Order
		want error
	}{
		{"negative price", testDomain, &AppOrder{AppPrice: big.NewInt(-1)}, ErrBadField},
		{"257-bit volume", testDomain, &RequestOrder{Volume: huge}, ErrBadField},
		{"no chain id", Domain{Name: "decloud", Version: "1"}, &AppOrder{}, ErrBadDomain},
		{"no name", Domain{Version: "1", ChainID: big.NewInt(1)}, &AppOrder{}, ErrBadDomain},
		{"negative chain id", NewDomain(big.NewInt(-1), common.Address{}), &AppOrder{}, ErrBadDomain},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := c.o.Hash(c.d); !errors.Is(err, c.want) {
				t.Errorf("Hash: %v, want %v", err, c.want)
			}
			key, _ := crypto.GenerateKey()
			if err := c.o.Sign(c.d, key); !errors.Is(err, c.want) {
				t.Errorf("Sign: %v, want %v", err, c.want)
			}
		})
	}
	if _, err := (&AppOrder{AppPrice: big.NewInt(-1)}).StructHash(); !errors.Is(err, ErrBadField) {
		t.Errorf("StructHash: %v", err)
	}
}

func TestMustParseTypesRejects(t *testing.T) {
	for _, def := range []string{"Foo", "Foo(", "(uint256 a)", "Foo(uint256)", "Foo(uint256 a,)"} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(r.(string), "poco:") {
					t.Errorf("%q: no panic", def)
				}
			}()
			mustParseTypes(def)
		}()
	}
}
