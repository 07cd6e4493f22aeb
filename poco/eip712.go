package poco

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// The EIP-712 type strings, verbatim from docs/protocol.md (and the hub's type hashes).
// They are the one table of type definitions: field names equal the Go structs' JSON tags,
// in the same order, which TestStructsMatchTypes checks.
const (
	domainTypeName = "EIP712Domain"

	domainType              = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	appOrderType            = "AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
	datasetOrderType        = "DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
	workerpoolOrderType     = "WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)"
	requestOrderType        = "RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)"
	workerAuthorizationType = "WorkerAuthorization(address worker,bytes32 taskid)"
	contributionType        = "Contribution(bytes32 taskid,bytes32 resultHash,bytes32 resultSeal)"
)

// eip712Types holds every struct's fields in signing order, parsed from the strings above.
var eip712Types = mustParseTypes(domainType, appOrderType, datasetOrderType, workerpoolOrderType, requestOrderType,
	workerAuthorizationType, contributionType)

// mustParseTypes turns "Name(type name,…)" strings into apitypes.Types. The strings are
// constants of this file: a parse failure is a programming error.
func mustParseTypes(defs ...string) apitypes.Types {
	types := apitypes.Types{}
	for _, def := range defs {
		name, rest, ok := strings.Cut(def, "(")
		fields, ok2 := strings.CutSuffix(rest, ")")
		if !ok || !ok2 || name == "" {
			panic("poco: bad EIP-712 type string " + def)
		}
		for _, f := range strings.Split(fields, ",") {
			typ, fname, ok := strings.Cut(f, " ")
			if !ok || typ == "" || fname == "" {
				panic("poco: bad EIP-712 field " + f + " in " + def)
			}
			types[name] = append(types[name], apitypes.Type{Name: fname, Type: typ})
		}
	}
	return types
}

// TypeHash returns keccak256 of the EIP-712 encodeType of a struct ("AppOrder", …,
// "WorkerAuthorization", "Contribution", "EIP712Domain"), as go-ethereum computes it. It panics on an
// unknown name.
func TypeHash(name string) common.Hash {
	fields, ok := eip712Types[name]
	if !ok {
		panic("poco: unknown EIP-712 type " + name)
	}
	td := apitypes.TypedData{Types: apitypes.Types{name: fields}}
	return common.BytesToHash(td.TypeHash(name))
}

// eip712Struct is what the shared helpers below need of a signable struct: its type name.
// Its fields are read by reflection through their JSON tags (the "sign" field excepted).
type eip712Struct interface {
	primaryType() string
}

// message maps v's fields, by JSON tag, to the values apitypes encodes. A nil *big.Int is
// zero, as the hub sees an absent integer.
func message(v eip712Struct) apitypes.TypedDataMessage {
	rv := reflect.ValueOf(v).Elem()
	rt := rv.Type()
	m := make(apitypes.TypedDataMessage, rt.NumField())
	for i := range rt.NumField() {
		name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
		if name == "sign" {
			continue
		}
		switch x := rv.Field(i).Interface().(type) {
		case common.Address:
			m[name] = x.Hex()
		case common.Hash:
			m[name] = x.Bytes()
		case *big.Int:
			if x == nil {
				x = new(big.Int)
			}
			m[name] = x
		case string:
			m[name] = x
		default:
			panic(fmt.Sprintf("poco: %s.%s: no EIP-712 encoding for %T", rt.Name(), rt.Field(i).Name, x))
		}
	}
	return m
}

// typedData returns v as go-ethereum's EIP-712 typed data for domain d.
func typedData(d Domain, v eip712Struct) (apitypes.TypedData, error) {
	dom, err := d.apitypes()
	if err != nil {
		return apitypes.TypedData{}, err
	}
	name := v.primaryType()
	return apitypes.TypedData{
		Types: apitypes.Types{
			domainTypeName: eip712Types[domainTypeName],
			name:           eip712Types[name],
		},
		PrimaryType: name,
		Domain:      dom,
		Message:     message(v),
	}, nil
}

// structHash returns hashStruct(v), the part of the digest that does not depend on the domain.
func structHash(v eip712Struct) (common.Hash, error) {
	name := v.primaryType()
	// apitypes refuses to encode without some domain, which hashStruct does not use.
	td := apitypes.TypedData{Types: apitypes.Types{name: eip712Types[name]}, Domain: apitypes.TypedDataDomain{Name: DomainName}}
	h, err := td.HashStruct(name, message(v))
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %s: %v", ErrBadField, name, err)
	}
	return common.BytesToHash(h), nil
}

// digest returns keccak256("\x19\x01" ‖ domainSeparator ‖ hashStruct(v)).
func digest(d Domain, v eip712Struct) (common.Hash, error) {
	td, err := typedData(d, v)
	if err != nil {
		return common.Hash{}, err
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %s: %v", ErrBadField, td.PrimaryType, err)
	}
	return common.BytesToHash(h), nil
}

// signStruct signs v's digest for d with key.
func signStruct(d Domain, v eip712Struct, key *ecdsa.PrivateKey) ([]byte, error) {
	h, err := digest(d, v)
	if err != nil {
		return nil, err
	}
	return SignHash(h, key)
}

// signerOf recovers who signed v's digest for d.
func signerOf(d Domain, v eip712Struct, sig []byte) (common.Address, error) {
	h, err := digest(d, v)
	if err != nil {
		return common.Address{}, err
	}
	return Recover(h, sig)
}
