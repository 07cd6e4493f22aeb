package market

import (
	"bytes"
	"testing"
)

// decodeOrder never panics; what it accepts it re-encodes into an order that decodes to
// the same entry.
func FuzzDecodeOrder(f *testing.F) {
	f.Add("app", []byte(`{"app":"0x0000000000000000000000000000000000000001","appprice":3,"volume":5,"sign":"0x"}`))
	f.Add("workerpool", []byte(`{"workerpool":"0x0000000000000000000000000000000000000002","workerpoolprice":100,"volume":1,"category":0,"trust":3}`))
	f.Add("request", []byte(`{"app":"0x0000000000000000000000000000000000000001","volume":2,"params":"{\"args\":\"x\"}"}`))
	f.Add("dataset", []byte(`{"dataset":"0x0000000000000000000000000000000000000003","volume":-1}`))
	f.Add("request", []byte(`{"volume":1,"params":"{\"requirements\":\"cpu >\"}"}`))
	f.Fuzz(func(t *testing.T, kind string, raw []byte) {
		e, _, err := decodeOrder(Kind(kind), raw)
		if err != nil {
			if CodeOf(err) != CodeBadRequest {
				t.Fatalf("a decoding error with code %s: %v", CodeOf(err), err)
			}
			return
		}
		again, _, err := decodeOrder(Kind(kind), e.Order)
		if err != nil {
			t.Fatalf("the re-encoded order %s does not decode: %v", e.Order, err)
		}
		if !bytes.Equal(again.Order, e.Order) || again.Price != e.Price || again.Volume != e.Volume || again.Trust != e.Trust {
			t.Fatalf("re-decoding changed the entry: %+v vs %+v", again, e)
		}
	})
}
