package poco

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

const d1 = `"0x0000000000000000000000000000000000000000000000000000000000000001"`

func TestResultLink(t *testing.T) {
	l := ResultLink{Storage: "http://127.0.0.1:1", Location: "sha256:ab", Digest: common.HexToHash("0x01")}
	b := l.Marshal()
	if want := `{"storage":"http://127.0.0.1:1","location":"sha256:ab","digest":` + d1 + `}`; string(b) != want {
		t.Fatalf("Marshal %s, want %s", b, want)
	}
	for _, c := range []struct {
		name, in string
		ok       bool
	}{
		{"compact", string(b), true},
		{"spaces", " {\n \"digest\" : " + d1 + " } \n", true},
		{"digest only", `{"digest":` + d1 + `}`, true},
		{"no digest", `{"storage":"s","location":"l"}`, false},
		{"zero digest", `{"digest":"0x0000000000000000000000000000000000000000000000000000000000000000"}`, false},
		{"null digest", `{"digest":null}`, false},
		{"short digest", `{"digest":"0x01"}`, false},
		{"unknown field", `{"digest":` + d1 + `,"extra":1}`, false},
		{"other case", `{"Digest":` + d1 + `}`, false},
		{"duplicate", `{"digest":` + d1 + `,"digest":` + d1 + `}`, false},
		{"null storage", `{"storage":null,"digest":` + d1 + `}`, false},
		{"number storage", `{"storage":1,"digest":` + d1 + `}`, false},
		{"trailing", `{"digest":` + d1 + `}{}`, false},
		{"trailing junk", `{"digest":` + d1 + `}x`, false},
		{"array", `[]`, false},
		{"empty", ``, false},
		{"unclosed", `{"digest":` + d1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseResultLink([]byte(c.in))
			if (err == nil) != c.ok {
				t.Fatalf("ParseResultLink(%s): %v", c.in, err)
			}
			if err != nil && !errors.Is(err, ErrBadResultLink) {
				t.Fatalf("error %v does not wrap ErrBadResultLink", err)
			}
		})
	}
	var back ResultLink
	if err := json.Unmarshal(b, &back); err != nil || back != l {
		t.Fatalf("json.Unmarshal: %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"digest":`+d1+`,"x":1}`), &back); !errors.Is(err, ErrBadResultLink) {
		t.Fatalf("json.Unmarshal is not strict: %v", err)
	}
}

func FuzzParseResultLink(f *testing.F) {
	f.Add([]byte(`{"storage":"http://127.0.0.1:1","location":"sha256:ab","digest":` + d1 + `}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"digest":"0x01","extra":1}`))
	f.Add([]byte(`{"storage":"\u00e9\ud800","digest":` + d1 + `}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseResultLink(b)
		if err != nil {
			if !errors.Is(err, ErrBadResultLink) {
				t.Fatalf("error %v does not wrap ErrBadResultLink", err)
			}
			return
		}
		if l.Digest == (common.Hash{}) {
			t.Fatal("accepted a link without a digest")
		}
		again, err := ParseResultLink(l.Marshal())
		if err != nil || again != l {
			t.Fatalf("round trip: %+v, %v", again, err)
		}
	})
}
