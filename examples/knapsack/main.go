// Command knapsack solves a 0/1 knapsack instance exactly by branch and bound: a
// depth-first search over the items sorted by value per unit of weight, taking an item
// before leaving it out, pruned by the fractional (Dantzig) bound, starting from the greedy
// solution. It writes result.txt: the optimal value and weight, the number of search
// nodes, and the chosen items (numbered from 1 in the file's order).
//
// The instance is a text file: the capacity on the first line, then one item per line,
// "value weight", non-negative integers; blank lines and lines starting with # are skipped.
//
// Usage: knapsack [FILE]
//
// FILE, a name in the input directory ($DECLOUD_IN, /in in the sandbox), defaults to the
// first *.txt there. The result goes to $DECLOUD_OUT (standard output when unset).
// Build: GOOS=wasip1 GOARCH=wasm go build -o knapsack.wasm .
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/decloud/decloud/examples/internal/appio"
)

func main() {
	if len(os.Args) > 2 {
		appio.Usage("knapsack", "usage: knapsack [FILE]")
	}
	var name string
	if len(os.Args) == 2 {
		name = os.Args[1]
		if name != filepath.Base(name) {
			appio.Usage("knapsack", "FILE must be a file name in the input directory, not a path: %q", name)
		}
	} else {
		files, _ := filepath.Glob(appio.InPath("*.txt"))
		if len(files) == 0 {
			appio.Usage("knapsack", "no *.txt instance in the input directory %s", appio.InDir())
		}
		name = filepath.Base(files[0])
	}
	f, err := os.Open(appio.InPath(name))
	if err != nil {
		appio.Usage("knapsack", "%v", err)
	}
	inst, err := Parse(f)
	f.Close()
	if err != nil {
		appio.Usage("knapsack", "%s: %v", name, err)
	}
	s := Solve(inst)
	var b strings.Builder
	fmt.Fprintf(&b, "instance %s\nitems %d capacity %d\n", name, len(inst.Items), inst.Capacity)
	fmt.Fprintf(&b, "optimal value %d weight %d\nnodes %d\n", s.Value, s.Weight, s.Nodes)
	fmt.Fprintf(&b, "chosen %d items:\n", len(s.Chosen))
	for _, i := range s.Chosen {
		fmt.Fprintf(&b, "%d value %d weight %d\n", i+1, inst.Items[i].Value, inst.Items[i].Weight)
	}
	appio.Write("knapsack", appio.File{Name: "result.txt", Data: []byte(b.String())})
}
