// Command spectrum computes the magnitude spectrum of a sound: it reads a WAV file (PCM
// 16-bit mono, anything else is refused) from the input directory, applies a Hann window,
// zero-pads to a power of two and runs a radix-2 FFT, then writes
//
//   - spectrum.csv: frequency_hz,magnitude for every bin from 0 Hz to the Nyquist frequency,
//     the magnitude being the amplitude of a sine at that frequency (1 = full scale);
//   - peaks.txt: the file's format, the bin resolution and the PEAKS strongest local maxima,
//     each with its bin's frequency and a frequency refined by parabolic interpolation.
//
// Usage: spectrum [PEAKS [FILE]]
//
// PEAKS defaults to 5; FILE, a name in the input directory ($DECLOUD_IN, /in in the
// sandbox), defaults to the first *.wav there. Outputs go to $DECLOUD_OUT (standard
// output when unset). Build: GOOS=wasip1 GOARCH=wasm go build -o spectrum.wasm .
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/decloud/decloud/examples/internal/appio"
)

func main() {
	if len(os.Args) > 3 {
		appio.Usage("spectrum", "usage: spectrum [PEAKS [FILE]]")
	}
	npeaks := 5
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			appio.Usage("spectrum", "PEAKS must be a positive integer, not %q", os.Args[1])
		}
		npeaks = v
	}
	var name string
	if len(os.Args) > 2 {
		name = os.Args[2]
		if name != filepath.Base(name) {
			appio.Usage("spectrum", "FILE must be a file name in the input directory, not a path: %q", name)
		}
	} else {
		files, _ := filepath.Glob(appio.InPath("*.wav"))
		if len(files) == 0 {
			appio.Usage("spectrum", "no *.wav file in the input directory %s", appio.InDir())
		}
		name = filepath.Base(files[0]) // Glob sorts
	}
	b, err := os.ReadFile(appio.InPath(name))
	if err != nil {
		appio.Usage("spectrum", "%v", err)
	}
	w, err := ParseWAV(b)
	if err != nil {
		appio.Usage("spectrum", "%s: %v", name, err)
	}
	if len(w.Samples) < 2 {
		appio.Usage("spectrum", "%s: too few samples (%d)", name, len(w.Samples))
	}
	mag, n := Spectrum(w.Samples)
	binHz := float64(w.Rate) / float64(n)

	var csv strings.Builder
	csv.WriteString("frequency_hz,magnitude\n")
	for k, m := range mag {
		fmt.Fprintf(&csv, "%.3f,%.6f\n", float64(k)*binHz, m)
	}
	var p strings.Builder
	fmt.Fprintf(&p, "file %s\nsample_rate %d\nsamples %d\nfft_size %d\nresolution_hz %.4f\n", name, w.Rate, len(w.Samples), n, binHz)
	fmt.Fprintf(&p, "rank frequency_hz bin_hz magnitude\n")
	for i, pk := range Peaks(mag, npeaks) {
		fmt.Fprintf(&p, "%d %.2f %.2f %.6f\n", i+1, pk.Pos*binHz, float64(pk.Bin)*binHz, pk.Mag)
	}
	appio.Write("spectrum",
		appio.File{Name: "peaks.txt", Data: []byte(p.String())},
		appio.File{Name: "spectrum.csv", Data: []byte(csv.String())})
}
