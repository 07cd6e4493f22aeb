// Command wordcount reads every file of its dataset under /in and writes the most frequent
// words to /out/counts.txt: an app that reads a dataset.
// Usage: wordcount [TOP] (default 10). Build: GOOS=wasip1 GOARCH=wasm go build -o wordcount.wasm .
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	top := 10
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v <= 0 {
			fmt.Fprintln(os.Stderr, "wordcount: TOP must be a positive integer")
			os.Exit(2)
		}
		top = v
	}
	files, err := filepath.Glob("/in/*")
	if err != nil || len(files) == 0 {
		fmt.Fprintln(os.Stderr, "wordcount: no dataset under /in")
		os.Exit(2)
	}
	sort.Strings(files)
	counts := map[string]int{}
	total := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "wordcount:", err)
			os.Exit(1)
		}
		sc := bufio.NewScanner(fh)
		sc.Split(bufio.ScanWords)
		for sc.Scan() {
			w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
			if w != "" {
				counts[w]++
				total++
			}
		}
		fh.Close()
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	var b strings.Builder
	fmt.Fprintf(&b, "words %d distinct %d\n", total, len(counts))
	for i := 0; i < top && i < len(words); i++ {
		fmt.Fprintf(&b, "%s %d\n", words[i], counts[words[i]])
	}
	if err := os.WriteFile("/out/counts.txt", []byte(b.String()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "wordcount:", err)
		os.Exit(1)
	}
}
