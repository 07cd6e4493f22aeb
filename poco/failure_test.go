package poco

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFailureRecord(t *testing.T) {
	archive := func(t *testing.T, files map[string]string) []byte {
		dir := t.TempDir()
		for name, body := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		a, err := CanonicalArchive(dir, 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	f := Failure{Kind: FailureExit, ExitCode: 2, Message: "the app exited with status 2", Stderr: "boom"}
	for _, cb := range []bool{false, true} {
		dir := filepath.Join(t.TempDir(), "out")
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "partial.txt"), []byte("half an output"), 0o600)
		if err := WriteFailure(dir, f, cb); err != nil {
			t.Fatal(err)
		}
		a, err := CanonicalArchive(dir, 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		got := ParseFailure(a)
		if got == nil || *got != f {
			t.Fatalf("callback %v: parsed %+v", cb, got)
		}
		// The same record gives the same bytes, whatever the app left in /out.
		dir2 := filepath.Join(t.TempDir(), "out")
		WriteFailure(dir2, f, cb)
		if a2, _ := CanonicalArchive(dir2, 1<<20); string(a2) != string(a) {
			t.Fatalf("callback %v: two records of one failure differ", cb)
		}
	}
	rec := `{"kind":"exit","exitCode":1,"message":"m"}`
	for name, files := range map[string]map[string]string{
		"an ordinary result":      {"result.txt": "42"},
		"a record and an output":  {FailureFile: rec, "result.txt": "42"},
		"a record and a callback": {FailureFile: rec, CallbackFile: "price=3"},
		"an unknown kind":         {FailureFile: `{"kind":"fine","message":"m"}`},
		"an unknown field":        {FailureFile: `{"kind":"exit","message":"m","paid":true}`},
		"not JSON":                {FailureFile: "exit 1"},
	} {
		if got := ParseFailure(archive(t, files)); got != nil {
			t.Errorf("%s is taken for a failure record: %+v", name, got)
		}
	}
	if ParseFailure([]byte("not a tar")) != nil {
		t.Error("garbage is taken for a failure record")
	}
}
