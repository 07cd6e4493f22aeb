package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Record is one FASTA record.
type Record struct {
	ID, Desc, Seq string
}

// ParseFASTA reads FASTA records: a ">id description" line, then the sequence on any
// number of lines (letters only; upper-cased). Blank lines and ';' comments are skipped.
func ParseFASTA(r io.Reader) ([]Record, error) {
	var recs []Record
	var seq strings.Builder
	flush := func() {
		if len(recs) > 0 {
			recs[len(recs)-1].Seq = seq.String()
		}
		seq.Reset()
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		switch {
		case t == "" || strings.HasPrefix(t, ";"):
		case strings.HasPrefix(t, ">"):
			flush()
			id, desc, _ := strings.Cut(strings.TrimSpace(t[1:]), " ")
			if id == "" {
				return nil, fmt.Errorf("line %d: a record without an id", line)
			}
			recs = append(recs, Record{ID: id, Desc: strings.TrimSpace(desc)})
		case len(recs) == 0:
			return nil, fmt.Errorf("line %d: sequence before the first '>' header", line)
		default:
			for _, c := range t {
				if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '*' || c == '-') {
					return nil, fmt.Errorf("line %d: %q is not a sequence letter", line, c)
				}
			}
			seq.WriteString(strings.ToUpper(t))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	if len(recs) == 0 {
		return nil, errors.New("no FASTA record")
	}
	return recs, nil
}

// The scoring scheme.
const (
	Match    = 2
	Mismatch = -1
	Gap      = -2
)

// Hit is the best local alignment of the query with a record.
type Hit struct {
	Record
	Score int
	// QStart, QEnd, SStart, SEnd: the aligned ranges, 1-based and inclusive (0 when Score is 0).
	QStart, QEnd, SStart, SEnd int
	// QAln and SAln are the aligned strings, '-' for a gap; Mid marks identities with '|'.
	QAln, Mid, SAln string
}

// Align computes the Smith-Waterman alignment of q (rows) and s (columns).
func Align(q, s string) Hit {
	m, n := len(q), len(s)
	w := n + 1
	h := make([]int32, (m+1)*w)
	var best int32
	bi, bj := 0, 0
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			d := h[(i-1)*w+j-1] + sub(q[i-1], s[j-1])
			v := max(0, d, h[(i-1)*w+j]+Gap, h[i*w+j-1]+Gap)
			h[i*w+j] = v
			if v > best {
				best, bi, bj = v, i, j
			}
		}
	}
	hit := Hit{Score: int(best)}
	if best == 0 {
		return hit
	}
	var qa, mid, sa []byte
	i, j := bi, bj
	for i > 0 && j > 0 && h[i*w+j] > 0 {
		v := h[i*w+j]
		switch {
		case v == h[(i-1)*w+j-1]+sub(q[i-1], s[j-1]):
			i, j = i-1, j-1
			qa, sa = append(qa, q[i]), append(sa, s[j])
			if q[i] == s[j] {
				mid = append(mid, '|')
			} else {
				mid = append(mid, ' ')
			}
		case v == h[(i-1)*w+j]+Gap:
			i--
			qa, mid, sa = append(qa, q[i]), append(mid, ' '), append(sa, '-')
		default:
			j--
			qa, mid, sa = append(qa, '-'), append(mid, ' '), append(sa, s[j])
		}
	}
	hit.QStart, hit.QEnd, hit.SStart, hit.SEnd = i+1, bi, j+1, bj
	hit.QAln, hit.Mid, hit.SAln = reverse(qa), reverse(mid), reverse(sa)
	return hit
}

func sub(a, b byte) int32 {
	if a == b {
		return Match
	}
	return Mismatch
}

func reverse(b []byte) string {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// Format writes the hit as BLAST does: a summary line, then the alignment in blocks of
// 60 columns with the positions of each line's first and last letters.
func (h Hit) Format(b *strings.Builder, rank int) {
	fmt.Fprintf(b, "%d. %s %s\n", rank, h.ID, h.Desc)
	if h.Score == 0 {
		fmt.Fprintf(b, "   score 0: no local similarity\n")
		return
	}
	ident, gaps := strings.Count(h.Mid, "|"), strings.Count(h.QAln, "-")+strings.Count(h.SAln, "-")
	n := len(h.Mid)
	fmt.Fprintf(b, "   score %d, identities %d/%d (%d%%), gaps %d/%d, query %d-%d, subject %d-%d\n",
		h.Score, ident, n, 100*ident/n, gaps, n, h.QStart, h.QEnd, h.SStart, h.SEnd)
	qi, si := h.QStart, h.SStart
	for k := 0; k < n; k += 60 {
		e := min(k+60, n)
		qa, sa := h.QAln[k:e], h.SAln[k:e]
		ql, sl := len(qa)-strings.Count(qa, "-"), len(sa)-strings.Count(sa, "-")
		fmt.Fprintf(b, "   Query  %-5d %s %d\n", qi, qa, qi+ql-1)
		fmt.Fprintf(b, "   %-12s %s\n", "", h.Mid[k:e])
		fmt.Fprintf(b, "   Sbjct  %-5d %s %d\n", si, sa, si+sl-1)
		qi, si = qi+ql, si+sl
	}
}
