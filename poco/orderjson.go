package poco

import (
	"encoding/json"
	"fmt"
	"math/big"
)

// Orders' integers (prices, volume, category, trust) are written as JSON numbers; the
// market also reads them as decimal strings ("100", through OrderIntegers): a JavaScript
// client loses precision past 2^53, and prices go to 2^256. A string that is not a
// non-negative decimal integer is refused.

// quotedInts rewrites the named fields of a JSON object from decimal strings to numbers.
func quotedInts(b []byte, fields ...string) ([]byte, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil || obj == nil {
		return b, nil // not an object: the plain decoder says why
	}
	changed := false
	for _, f := range fields {
		raw, ok := obj[f]
		if !ok || len(raw) == 0 || raw[0] != '"' {
			continue
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, fmt.Errorf("poco: %s: %w", f, err)
		}
		v, ok := new(big.Int).SetString(s, 10)
		if !ok || v.Sign() < 0 || s == "" || s[0] == '+' {
			return nil, fmt.Errorf("poco: %s: %q is not a non-negative decimal integer", f, s)
		}
		obj[f] = json.RawMessage(v.String())
		changed = true
	}
	if !changed {
		return b, nil
	}
	return json.Marshal(obj)
}

// OrderIntegers rewrites the integers of an order's JSON (any kind) given as decimal
// strings into JSON numbers, for a decoder that then reads it as usual (strictly, in the
// market). JSON that is not an object is returned as it is: the decoder says why.
func OrderIntegers(b []byte) ([]byte, error) {
	return quotedInts(b, "appprice", "datasetprice", "workerpoolprice", "appmaxprice", "datasetmaxprice", "workerpoolmaxprice",
		"volume", "category", "trust")
}
