// Command gen writes examples/efast/prices.csv, the eFast dataset (see package efast).
// Run from the repository root: go run ./examples/efast/gen [OUTPUT]
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/decloud/decloud/examples/efast"
)

func main() {
	out := "examples/efast/prices.csv"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	var b bytes.Buffer
	if err := efast.Generate(&b); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
