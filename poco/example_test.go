package poco_test

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// An app provider signs an order for the hub of one chain; anyone recovers who signed it,
// and the same order checked against another hub's domain names someone else.
func ExampleAppOrder_Sign() {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	hub := common.HexToAddress("0x00000000000000000000000000000000000000A1")
	domain := poco.NewDomain(big.NewInt(1337), hub)

	o := &poco.AppOrder{
		App:      common.HexToAddress("0x00000000000000000000000000000000000000B2"),
		AppPrice: big.NewInt(3),
		Volume:   big.NewInt(100),
		Salt:     common.HexToHash("0x01"),
	}
	if err := o.Sign(domain, key); err != nil {
		fmt.Println(err)
		return
	}
	signer, err := o.Signer(domain)
	fmt.Println(signer == crypto.PubkeyToAddress(key.PublicKey), err)

	other := poco.NewDomain(big.NewInt(1), hub) // the same hub address on another chain
	signer, _ = o.Signer(other)
	fmt.Println(signer == crypto.PubkeyToAddress(key.PublicKey))
	// Output:
	// true <nil>
	// false
}
