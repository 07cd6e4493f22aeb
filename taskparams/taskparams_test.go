package taskparams

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/decloud/decloud/resultcrypt"
)

const sum = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Params
	}{
		{"", Params{}},
		{"  ", Params{}},
		{"{}", Params{}},
		{`{"args": "a b c"}`, Params{Args: "a b c"}},
		{`{"args": null}`, Params{}},
		{`{"args": "x", "requirements": "memory_mb >= 8192", "rank": "speed", "encryptTo": "age1x"}`,
			Params{Args: "x", Requirements: "memory_mb >= 8192", Rank: "speed", EncryptTo: "age1x"}},
		{`{"inputFiles": [{"name": "x.txt", "uri": "storage:` + sum + `", "sha256": "` + sum + `"}, {"name": "y", "uri": "https://example.org/y"}]}`,
			Params{InputFiles: []InputFile{{"x.txt", "storage:" + sum, sum}, {"y", "https://example.org/y", ""}}}},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, err := Parse(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("got %+v, want %+v", got, c.want)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	file := func(name, uri, sha string) string {
		return `{"inputFiles": [{"name": "` + name + `", "uri": "` + uri + `", "sha256": "` + sha + `"}]}`
	}
	for _, c := range []struct{ in, want string }{
		{"hello", "not a JSON object"},
		{"[]", "not a JSON object"},
		{"null", "not a JSON object"},
		{`{"args": "x"`, "not JSON"},
		{`{"args": "x"} {}`, "data after the JSON object"},
		{`{"args": "x", "inputs": []}`, `unknown key "inputs"`},
		{`{"Args": "x"}`, `unknown key "Args"`},
		{`{"args": "x", "args": "y"}`, `key "args" given twice`},
		{`{"args": ["x"]}`, `"args" must be a string`},
		{`{"inputFiles": {}}`, `"inputFiles" must be a list of objects`},
		{`{"inputFiles": [{"name": "x", "uri": "storage:` + sum + `", "size": 3}]}`, `inputFiles[0]: unknown key "size"`},
		{file("", "storage:"+sum, ""), "a name is needed"},
		{file("a/b", "storage:"+sum, ""), "no path separators"},
		{file(`a\\b`, "storage:"+sum, ""), "no path separators"},
		{file("..", "storage:"+sum, ""), "no path separators nor '..'"},
		{file("x", "file:///etc/passwd", ""), "storage:, http:// or https:// only"},
		{file("x", "storage:abc", ""), "storage:<sha256"},
		{file("x", "https://h/x", "ABC"), "not 64 lowercase hex"},
		{file("x", "storage:"+sum, strings.Repeat("0", 64)), "differ"},
		{`{"inputFiles": [{"name": "x", "uri": "https://h/1"}, {"name": "x", "uri": "https://h/2"}]}`, `name "x" given twice`},
	} {
		t.Run(c.in, func(t *testing.T) {
			_, err := Parse(c.in)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	_, recipient, err := resultcrypt.NewIdentity()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		p    Params
		want string // "" for valid
	}{
		{Params{}, ""},
		{Params{Requirements: "memory_mb >= 8192 && os == 'linux'", Rank: "speed", EncryptTo: recipient}, ""},
		{Params{Requirements: "memory_mb >="}, "requirements"},
		{Params{Requirements: "memory_mb"}, "requirements must be bool"},
		{Params{Rank: "arch"}, "rank must be"},
		{Params{EncryptTo: "age1nope"}, "encryptTo"},
		{Params{InputFiles: []InputFile{{Name: "../x", URI: "storage:" + sum}}}, "no path separators"},
	} {
		err := c.p.Validate()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%+v: %v", c.p, err)
		case c.want != "" && (!errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%+v: error %v, want one containing %q", c.p, err, c.want)
		}
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	for _, p := range []Params{
		{},
		{Args: `quotes " and \ back`},
		{Args: "a", InputFiles: []InputFile{{"x", "storage:" + sum, sum}}, Requirements: "cpu > 1", Rank: "-energy", EncryptTo: "age1x"},
	} {
		got, err := Parse(p.Encode())
		if err != nil || !reflect.DeepEqual(got, p) {
			t.Fatalf("%s read back as %+v (%v)", p.Encode(), got, err)
		}
	}
	if s := (Params{Args: "a"}).Encode(); s != `{"args":"a"}` {
		t.Fatalf("encoded %s", s)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "{}", `{"args":"x"}`, `{"inputFiles":[{"name":"a","uri":"https://h/a"}]}`, `{"rank":"cpu"}`, `{"a":1}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s)
		if err != nil {
			return
		}
		p.Validate()
		back, err := Parse(p.Encode())
		if err != nil {
			t.Fatalf("%q parsed, but its encoding %q does not: %v", s, p.Encode(), err)
		}
		if !reflect.DeepEqual(back, p) {
			t.Fatalf("%q: %+v read back as %+v", s, p, back)
		}
	})
}

func TestParseValid(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{``, true},
		{`{"args":"a b","requirements":"memory_mb >= 1024","rank":"speed"}`, true},
		{`{"requirements":"memory_mb >="}`, false}, // parses, does not compile
		{`{"encryptTo":"age1nope"}`, false},
		{`{"args":1}`, false},
	} {
		if _, err := ParseValid(c.in); (err == nil) != c.ok {
			t.Errorf("%s: %v", c.in, err)
		}
	}
}
