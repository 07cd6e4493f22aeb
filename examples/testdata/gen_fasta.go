//go:build ignore

// gen_fasta writes the align example's data: testdata/db.fasta, 20 random DNA records of
// 200 bases, and testdata/query.fasta, 80 bases cut from seq07 with 4 substitutions and a
// 2-base deletion. seq15 holds a more diverged copy of the same stretch (about 1 base in 5
// changed), a weaker hit. Run from examples/: go run testdata/gen_fasta.go
package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
)

var rng = rand.New(rand.NewPCG(7, 15))

func randSeq(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = "ACGT"[rng.IntN(4)]
	}
	return b
}

// mutate changes each base with probability p to another base.
func mutate(s []byte, p float64) []byte {
	out := append([]byte(nil), s...)
	for i := range out {
		if rng.Float64() < p {
			out[i] = strings.ReplaceAll("ACGT", string(out[i]), "")[rng.IntN(3)]
		}
	}
	return out
}

func wrap(b *strings.Builder, s []byte) {
	for len(s) > 60 {
		b.Write(s[:60])
		b.WriteByte('\n')
		s = s[60:]
	}
	b.Write(s)
	b.WriteByte('\n')
}

func main() {
	recs := make([][]byte, 20)
	for i := range recs {
		recs[i] = randSeq(200)
	}
	core := recs[6][50:130]
	copy(recs[14][100:180], mutate(core, 0.25))

	q := append([]byte(nil), core...)
	for _, i := range []int{9, 27, 44, 70} {
		q[i] = strings.ReplaceAll("ACGT", string(q[i]), "")[rng.IntN(3)]
	}
	q = append(q[:35:35], q[37:]...) // a 2-base deletion

	var db strings.Builder
	for i, r := range recs {
		fmt.Fprintf(&db, ">seq%02d synthetic record %d, 200 bp\n", i+1, i+1)
		wrap(&db, r)
	}
	var qf strings.Builder
	fmt.Fprintf(&qf, ">query1 78 bp from seq07 with 4 substitutions and a 2-base deletion\n")
	wrap(&qf, q)
	if err := os.WriteFile("testdata/db.fasta", []byte(db.String()), 0o644); err != nil {
		panic(err)
	}
	if err := os.WriteFile("testdata/query.fasta", []byte(qf.String()), 0o644); err != nil {
		panic(err)
	}
}
