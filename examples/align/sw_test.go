package main

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// rescore is the score of an alignment's strings under the scheme.
func rescore(h Hit) int {
	s := 0
	for i := range h.QAln {
		switch {
		case h.QAln[i] == '-' || h.SAln[i] == '-':
			s += Gap
		case h.QAln[i] == h.SAln[i]:
			s += Match
		default:
			s += Mismatch
		}
	}
	return s
}

func TestAlignSmall(t *testing.T) {
	h := Align("TTACGTACGTTT", "GGGACGTACGGG")
	if h.Score != 14 || h.QAln != "ACGTACG" || h.SAln != "ACGTACG" || h.QStart != 3 || h.SStart != 4 {
		t.Fatalf("%+v", h)
	}
	h = Align("ACGTTACGT", "ACGTACGT") // one deletion: 8 matches, one gap
	if h.Score != 14 || h.SAln != "ACGT-ACGT" && h.SAln != "ACG-TACGT" && h.SAln != "ACGTA-CGT" {
		t.Fatalf("%+v", h)
	}
	if h := Align("AAAA", "CCCC"); h.Score != 0 || h.QAln != "" {
		t.Fatalf("%+v", h)
	}
}

// On random pairs, every alignment's strings rescore to its score and spell the aligned
// ranges of both sequences.
func TestAlignConsistent(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	seq := func() string {
		b := make([]byte, 1+rng.IntN(40))
		for i := range b {
			b[i] = "ACGT"[rng.IntN(4)]
		}
		return string(b)
	}
	for n := 0; n < 300; n++ {
		q, s := seq(), seq()
		h := Align(q, s)
		if h.Score == 0 {
			continue
		}
		if got := rescore(h); got != h.Score {
			t.Fatalf("%s vs %s: strings score %d, hit %d\n%s\n%s", q, s, got, h.Score, h.QAln, h.SAln)
		}
		if strings.ReplaceAll(h.QAln, "-", "") != q[h.QStart-1:h.QEnd] || strings.ReplaceAll(h.SAln, "-", "") != s[h.SStart-1:h.SEnd] {
			t.Fatalf("%s vs %s: ranges do not match the strings: %+v", q, s, h)
		}
	}
}

// The shipped query is found in seq07 where it was cut, then in seq15's diverged copy.
func TestShippedQuery(t *testing.T) {
	read := func(p string) []Record {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := ParseFASTA(f)
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	q, db := read("../testdata/query.fasta")[0], read("../testdata/db.fasta")
	if len(db) != 20 {
		t.Fatalf("%d records", len(db))
	}
	best, second := Hit{}, Hit{}
	for _, r := range db {
		h := Align(q.Seq, r.Seq)
		h.Record = r
		if h.Score > best.Score {
			best, second = h, best
		} else if h.Score > second.Score {
			second = h
		}
	}
	if best.ID != "seq07" || best.SStart != 51 || best.SEnd != 130 || second.ID != "seq15" {
		t.Fatalf("best %s %d-%d, second %s", best.ID, best.SStart, best.SEnd, second.ID)
	}
}

func TestParseFASTAErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "no FASTA record"},
		{"ACGT\n", "before the first"},
		{">a\nAC1T\n", "not a sequence letter"},
		{">\nACGT\n", "without an id"},
	} {
		if _, err := ParseFASTA(strings.NewReader(c.in)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
	}
}
