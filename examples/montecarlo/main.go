// Command montecarlo estimates π by sampling points in the unit square: a CPU-bound app.
// Usage: montecarlo [SAMPLES] (default 10,000,000). Its random numbers come from the
// sandbox's random source, which decloud seeds from the task, so replicas agree.
// Build: GOOS=wasip1 GOARCH=wasm go build -o montecarlo.wasm .
package main

import (
	crand "crypto/rand"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
)

func main() {
	n := uint64(10_000_000)
	if len(os.Args) > 1 {
		v, err := strconv.ParseUint(os.Args[1], 10, 64)
		if err != nil || v == 0 {
			fmt.Fprintln(os.Stderr, "montecarlo: SAMPLES must be a positive integer")
			os.Exit(2)
		}
		n = v
	}
	var seed [16]byte
	if _, err := crand.Read(seed[:]); err != nil {
		fmt.Fprintln(os.Stderr, "montecarlo:", err)
		os.Exit(1)
	}
	pi, inside := estimate(n, binary.LittleEndian.Uint64(seed[:8]), binary.LittleEndian.Uint64(seed[8:]))
	out := fmt.Sprintf("samples %d\ninside %d\npi %.6f\n", n, inside, pi)
	if dir := os.Getenv("DECLOUD_OUT"); dir != "" {
		if err := os.WriteFile(dir+"/pi.txt", []byte(out), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "montecarlo:", err)
			os.Exit(1)
		}
		return
	}
	fmt.Print(out)
}

// estimate draws n points with a PCG seeded by (s1, s2).
func estimate(n, s1, s2 uint64) (float64, uint64) {
	r := rand.New(rand.NewPCG(s1, s2))
	var inside uint64
	for i := uint64(0); i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return 4 * float64(inside) / float64(n), inside
}
