// Command montecarlo estimates π by sampling points in the unit square: a CPU-bound app.
// Usage: montecarlo [SAMPLES] (default 10,000,000). Its random numbers come from the
// sandbox's random source, which decloud seeds from the task, so replicas agree.
// Build: GOOS=wasip1 GOARCH=wasm go build -o montecarlo.wasm .
package main

import (
	crand "crypto/rand"
	"encoding/binary"
	"fmt"
	"math/bits"
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

// estimate draws n points with xoshiro256** seeded by (s1, s2). The generator is written
// inline, with 64-bit operations only: under WebAssembly a call per number and 128-bit
// multiplication (math/rand/v2's PCG) cost several times more than natively.
func estimate(n, s1, s2 uint64) (float64, uint64) {
	var r xoshiro
	r.seed(s1, s2)
	s0, s1_, s2_, s3 := r.s[0], r.s[1], r.s[2], r.s[3]
	var inside uint64
	var last float64
	for i := uint64(0); i < 2*n; i++ {
		v := bits.RotateLeft64(s1_*5, 7) * 9
		t := s1_ << 17
		s2_ ^= s0
		s3 ^= s1_
		s1_ ^= s2_
		s0 ^= s3
		s2_ ^= t
		s3 = bits.RotateLeft64(s3, 45)
		if i&1 == 0 {
			last = float64(v>>11) / (1 << 53)
			continue
		}
		y := float64(v>>11) / (1 << 53)
		if last*last+y*y <= 1 {
			inside++
		}
	}
	return 4 * float64(inside) / float64(n), inside
}

type xoshiro struct{ s [4]uint64 }

func (x *xoshiro) seed(a, b uint64) {
	sm := a ^ b<<1
	for i := range x.s {
		sm += 0x9e3779b97f4a7c15
		z := sm
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		x.s[i] = z ^ z>>31
	}
}
