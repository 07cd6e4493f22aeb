// Command align searches a small sequence database in the spirit of BLAST, but exactly:
// it aligns a query against every record of the FASTA files in the input directory with
// the Smith-Waterman local alignment algorithm and writes hits.txt, the TOP best-scoring
// records with their score, identities, gaps and the aligned strings.
//
// Scoring (nucleotides or any letters, case-insensitive): match +2, mismatch -1, and a
// linear gap penalty of -2 per gap position. The best local alignment of each record is the
// first cell of highest score in row-major order; the traceback prefers a diagonal step,
// then a gap in the record, then a gap in the query, so the output is fully determined.
//
// Usage: align [QUERY [TOP]]
//
// QUERY is the name of a FASTA file in the input directory ($DECLOUD_IN, /in in the
// sandbox) whose first record is the query, or else a literal sequence of letters; it
// defaults to query.fasta. The database is every other *.fasta, *.fa or *.fna file there,
// in name order. TOP defaults to 3. The result goes to $DECLOUD_OUT (standard output when
// unset). Build: GOOS=wasip1 GOARCH=wasm go build -o align.wasm .
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/decloud/decloud/examples/internal/appio"
)

func main() {
	if len(os.Args) > 3 {
		appio.Usage("align", "usage: align [QUERY [TOP]]")
	}
	qarg := "query.fasta"
	if len(os.Args) > 1 {
		qarg = os.Args[1]
	}
	top := 3
	if len(os.Args) > 2 {
		v, err := strconv.Atoi(os.Args[2])
		if err != nil || v < 1 {
			appio.Usage("align", "TOP must be a positive integer, not %q", os.Args[2])
		}
		top = v
	}
	var query Record
	qfile := ""
	if qarg == filepath.Base(qarg) && fileExists(appio.InPath(qarg)) {
		recs, err := readFASTA(appio.InPath(qarg))
		if err != nil {
			appio.Usage("align", "%v", err)
		}
		query, qfile = recs[0], qarg
	} else if isSequence(qarg) {
		query = Record{ID: "query", Seq: strings.ToUpper(qarg)}
	} else {
		appio.Usage("align", "QUERY %q is neither a file in the input directory %s nor a sequence of letters", qarg, appio.InDir())
	}
	if len(query.Seq) > 10000 {
		appio.Usage("align", "the query is longer than 10000 letters")
	}

	var files []string
	for _, pat := range []string{"*.fasta", "*.fa", "*.fna"} {
		m, _ := filepath.Glob(appio.InPath(pat))
		files = append(files, m...)
	}
	sort.Strings(files)
	var db []Record
	var names []string
	for _, f := range files {
		if filepath.Base(f) == qfile {
			continue
		}
		recs, err := readFASTA(f)
		if err != nil {
			appio.Usage("align", "%v", err)
		}
		db = append(db, recs...)
		names = append(names, filepath.Base(f))
	}
	if len(db) == 0 {
		appio.Usage("align", "no database: no FASTA file (*.fasta, *.fa, *.fna) besides the query in %s", appio.InDir())
	}

	hits := make([]Hit, len(db))
	for i, r := range db {
		hits[i] = Align(query.Seq, r.Seq)
		hits[i].Record = r
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })

	var b strings.Builder
	fmt.Fprintf(&b, "query %s (%d letters) against %d records of %s\n", query.ID, len(query.Seq), len(db), strings.Join(names, ", "))
	fmt.Fprintf(&b, "Smith-Waterman local alignment: match %+d, mismatch %+d, gap %+d (linear)\n", Match, Mismatch, Gap)
	for i, h := range hits {
		if i == top {
			break
		}
		b.WriteString("\n")
		h.Format(&b, i+1)
	}
	appio.Write("align", appio.File{Name: "hits.txt", Data: []byte(b.String())})
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func isSequence(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

func readFASTA(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := ParseFASTA(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Base(path), err)
	}
	return recs, nil
}
