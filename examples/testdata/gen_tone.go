//go:build ignore

// gen_tone writes testdata/tone.wav, the spectrum example's input: 8192 samples of PCM
// 16-bit mono at 8000 Hz, a 440 Hz tone (amplitude 0.5) plus a 1000 Hz tone (amplitude
// 0.25) plus a little deterministic noise. Run from examples/: go run testdata/gen_tone.go
package main

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"os"
)

func main() {
	const rate, n = 8000, 8192
	rng := rand.New(rand.NewPCG(440, 1000))
	data := make([]byte, 2*n)
	for i := 0; i < n; i++ {
		t := float64(i) / rate
		v := 0.5*math.Sin(2*math.Pi*440*t) + 0.25*math.Sin(2*math.Pi*1000*t+1) + 0.01*rng.NormFloat64()
		binary.LittleEndian.PutUint16(data[2*i:], uint16(int16(math.Round(v*32767))))
	}
	var h []byte
	h = append(h, "RIFF"...)
	h = binary.LittleEndian.AppendUint32(h, uint32(36+len(data)))
	h = append(h, "WAVE"...)
	h = append(h, "fmt "...)
	h = binary.LittleEndian.AppendUint32(h, 16)
	h = binary.LittleEndian.AppendUint16(h, 1) // PCM
	h = binary.LittleEndian.AppendUint16(h, 1) // mono
	h = binary.LittleEndian.AppendUint32(h, rate)
	h = binary.LittleEndian.AppendUint32(h, rate*2) // byte rate
	h = binary.LittleEndian.AppendUint16(h, 2)      // block align
	h = binary.LittleEndian.AppendUint16(h, 16)     // bits per sample
	h = append(h, "data"...)
	h = binary.LittleEndian.AppendUint32(h, uint32(len(data)))
	if err := os.WriteFile("testdata/tone.wav", append(h, data...), 0o644); err != nil {
		panic(err)
	}
}
