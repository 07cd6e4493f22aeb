package poco

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
)

// Orders' integers (prices, volume, category, trust) are written as JSON numbers and read
// as numbers or as decimal strings ("100"): a JavaScript client loses precision past 2^53,
// and prices go to 2^256. A string that is not a non-negative decimal integer is refused.

// quotedInts rewrites the named fields of a JSON object from decimal strings to numbers.
func quotedInts(b []byte, fields ...string) ([]byte, error) {
	if !bytes.Contains(b, []byte(`"`)) {
		return b, nil
	}
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

// UnmarshalJSON accepts decimal strings for the order's integers.
func (o *AppOrder) UnmarshalJSON(b []byte) error {
	type plain AppOrder
	b, err := quotedInts(b, "appprice", "volume")
	if err != nil {
		return err
	}
	return json.Unmarshal(b, (*plain)(o))
}

// UnmarshalJSON accepts decimal strings for the order's integers.
func (o *DatasetOrder) UnmarshalJSON(b []byte) error {
	type plain DatasetOrder
	b, err := quotedInts(b, "datasetprice", "volume")
	if err != nil {
		return err
	}
	return json.Unmarshal(b, (*plain)(o))
}

// UnmarshalJSON accepts decimal strings for the order's integers.
func (o *WorkerpoolOrder) UnmarshalJSON(b []byte) error {
	type plain WorkerpoolOrder
	b, err := quotedInts(b, "workerpoolprice", "volume", "category", "trust")
	if err != nil {
		return err
	}
	return json.Unmarshal(b, (*plain)(o))
}

// UnmarshalJSON accepts decimal strings for the order's integers.
func (o *RequestOrder) UnmarshalJSON(b []byte) error {
	type plain RequestOrder
	b, err := quotedInts(b, "appmaxprice", "datasetmaxprice", "workerpoolmaxprice", "volume", "category", "trust")
	if err != nil {
		return err
	}
	return json.Unmarshal(b, (*plain)(o))
}
