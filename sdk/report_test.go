package sdk

import "testing"

func TestDeclaredAPI(t *testing.T) {
	for _, tc := range []struct{ desc, want string }{
		{`{"api": "https://pool.example/", "energy": 3}`, "https://pool.example/"},
		{"fast pool api=http://10.0.0.5:8091 energy=4", "http://10.0.0.5:8091"},
		{"a pool without an API", ""},
		{"api=ftp://nope", ""},
		{`{"api": 7}`, ""},
	} {
		if got := DeclaredAPI(tc.desc); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.desc, got, tc.want)
		}
	}
}
