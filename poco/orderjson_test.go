package poco

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"
)

func TestOrderIntegersAsStrings(t *testing.T) {
	big1 := "115792089237316195423570985008687907853269984665640564039457584007913129639935" // 2^256-1
	for _, tc := range []struct {
		json string
		want *big.Int // appmaxprice; nil: refused
	}{
		{`{"appmaxprice": 100, "volume": 1}`, big.NewInt(100)},
		{`{"appmaxprice": "100", "volume": "1"}`, big.NewInt(100)},
		{`{"appmaxprice": "` + big1 + `", "volume": 1}`, func() *big.Int { v, _ := new(big.Int).SetString(big1, 10); return v }()},
		{`{"appmaxprice": "9007199254740993", "volume": 1}`, big.NewInt(9007199254740993)}, // 2^53+1, lost by a JS number
		{`{"appmaxprice": "-1", "volume": 1}`, nil},
		{`{"appmaxprice": "+1", "volume": 1}`, nil},
		{`{"appmaxprice": "0x10", "volume": 1}`, nil},
		{`{"appmaxprice": "1e3", "volume": 1}`, nil},
		{`{"appmaxprice": "", "volume": 1}`, nil},
		{`{"appmaxprice": " 1", "volume": 1}`, nil},
	} {
		var o RequestOrder
		b, err := OrderIntegers([]byte(tc.json))
		if err == nil {
			err = json.Unmarshal(b, &o)
		}
		switch {
		case tc.want == nil && err == nil:
			t.Errorf("%s: accepted (%v)", tc.json, o.AppMaxPrice)
		case tc.want != nil && (err != nil || o.AppMaxPrice.Cmp(tc.want) != 0 || o.Volume.Int64() != 1):
			t.Errorf("%s: %v %v", tc.json, o.AppMaxPrice, err)
		}
	}
	// Written as numbers, and read back the same.
	o := AppOrder{AppPrice: big.NewInt(3), Volume: big.NewInt(7)}
	b, _ := json.Marshal(o)
	if !strings.Contains(string(b), `"appprice":3`) {
		t.Fatalf("written %s", b)
	}
	var back AppOrder
	if b, err := OrderIntegers(b); err != nil || json.Unmarshal(b, &back) != nil || back.AppPrice.Int64() != 3 || back.Volume.Int64() != 7 {
		t.Fatalf("read back %+v %v", back, err)
	}
}

func FuzzOrderJSON(f *testing.F) {
	f.Add([]byte(`{"workerpoolprice": "5", "volume": 2, "category": "0", "trust": "3"}`))
	f.Add([]byte(`{"workerpoolprice": [], "volume": {}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var o WorkerpoolOrder
		b, err := OrderIntegers(b)
		if err != nil || json.Unmarshal(b, &o) != nil {
			return
		}
		for _, v := range []*big.Int{o.WorkerpoolPrice, o.Volume, o.Category, o.Trust} {
			if v != nil && v.Sign() < 0 && strings.Contains(string(b), `"-`) {
				t.Fatalf("a negative decimal string was accepted: %s", b)
			}
		}
	})
}
