package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"sort"
)

// WAV is a decoded PCM 16-bit mono WAV file.
type WAV struct {
	Rate    int
	Samples []float64 // in [-1, 1)
}

// ParseWAV decodes a RIFF/WAVE file holding PCM 16-bit mono samples; any other format
// is an error that says what the file holds.
func ParseWAV(b []byte) (WAV, error) {
	if len(b) < 12 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		return WAV{}, errors.New("not a WAV file (no RIFF/WAVE header)")
	}
	var w WAV
	var haveFmt bool
	for p := 12; p+8 <= len(b); {
		id, size := string(b[p:p+4]), int(binary.LittleEndian.Uint32(b[p+4:p+8]))
		body := b[p+8:]
		if size > len(body) {
			if id != "data" {
				return WAV{}, fmt.Errorf("chunk %q is truncated", id)
			}
			size = len(body) &^ 1 // a truncated data chunk: keep what is there
		}
		body = body[:size]
		switch id {
		case "fmt ":
			if size < 16 {
				return WAV{}, errors.New("fmt chunk too short")
			}
			format := binary.LittleEndian.Uint16(body[0:])
			channels := binary.LittleEndian.Uint16(body[2:])
			rate := binary.LittleEndian.Uint32(body[4:])
			depth := binary.LittleEndian.Uint16(body[14:])
			switch {
			case format != 1:
				return WAV{}, fmt.Errorf("audio format %#x is not PCM (1); only PCM 16-bit mono is supported", format)
			case channels != 1:
				return WAV{}, fmt.Errorf("%d channels; only mono is supported", channels)
			case depth != 16:
				return WAV{}, fmt.Errorf("%d bits per sample; only 16-bit is supported", depth)
			case rate == 0 || rate > 1<<20:
				return WAV{}, fmt.Errorf("bad sample rate %d", rate)
			}
			w.Rate, haveFmt = int(rate), true
		case "data":
			if !haveFmt {
				return WAV{}, errors.New("data chunk before the fmt chunk")
			}
			w.Samples = make([]float64, size/2)
			for i := range w.Samples {
				w.Samples[i] = float64(int16(binary.LittleEndian.Uint16(body[2*i:]))) / 32768
			}
			return w, nil
		}
		p += 8 + size + size&1 // chunks are padded to an even size
	}
	if !haveFmt {
		return WAV{}, errors.New("no fmt chunk")
	}
	return WAV{}, errors.New("no data chunk")
}

// MaxFFT bounds the transform size (samples beyond it are an error for the caller to avoid).
const MaxFFT = 1 << 22

// Spectrum windows x with a Hann window, zero-pads it to n, the next power of two, and
// returns the n/2+1 magnitudes of its FFT scaled so that a full-scale sine reads 1.
func Spectrum(x []float64) (mag []float64, n int) {
	if len(x) > MaxFFT {
		x = x[:MaxFFT]
	}
	n = 1 << bits.Len(uint(len(x)-1))
	re, im := make([]float64, n), make([]float64, n)
	var wsum float64
	for i, v := range x {
		w := 0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(len(x)-1))
		re[i] = v * w
		wsum += w
	}
	FFT(re, im)
	mag = make([]float64, n/2+1)
	for k := range mag {
		m := math.Hypot(re[k], im[k]) / wsum
		if k != 0 && k != n/2 {
			m *= 2 // the energy of the negative frequency
		}
		mag[k] = m
	}
	return mag, n
}

// FFT transforms (re, im) in place; len(re) = len(im) must be a power of two.
func FFT(re, im []float64) {
	n := len(re)
	if n&(n-1) != 0 || len(im) != n {
		panic("FFT: length not a power of two")
	}
	shift := 64 - bits.Len(uint(n-1))
	for i := 0; i < n; i++ { // bit-reversal permutation
		if j := int(bits.Reverse64(uint64(i)) >> shift); j > i {
			re[i], re[j] = re[j], re[i]
			im[i], im[j] = im[j], im[i]
		}
	}
	cos, sin := make([]float64, n/2), make([]float64, n/2)
	for k := range cos {
		a := -2 * math.Pi * float64(k) / float64(n)
		cos[k], sin[k] = math.Cos(a), math.Sin(a)
	}
	for size := 2; size <= n; size <<= 1 {
		half, step := size/2, n/size
		for start := 0; start < n; start += size {
			for k := 0; k < half; k++ {
				wr, wi := cos[k*step], sin[k*step]
				a, b := start+k, start+k+half
				tr := re[b]*wr - im[b]*wi
				ti := re[b]*wi + im[b]*wr
				re[b], im[b] = re[a]-tr, im[a]-ti
				re[a], im[a] = re[a]+tr, im[a]+ti
			}
		}
	}
}

// Peak is a local maximum of a spectrum: the bin, its magnitude, and the peak's position
// in (fractional) bins, refined by fitting a parabola through the bin and its neighbours.
type Peak struct {
	Bin      int
	Mag, Pos float64
}

// Peaks returns the n largest local maxima of mag (bins higher than the left neighbour and
// at least the right one), strongest first.
func Peaks(mag []float64, n int) []Peak {
	var ps []Peak
	for k := 1; k+1 < len(mag); k++ {
		l, c, r := mag[k-1], mag[k], mag[k+1]
		if c > l && c >= r {
			d := 0.0
			if den := l - 2*c + r; den != 0 {
				d = 0.5 * (l - r) / den
			}
			ps = append(ps, Peak{Bin: k, Mag: c, Pos: float64(k) + d})
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Mag > ps[j].Mag })
	if len(ps) > n {
		ps = ps[:n]
	}
	return ps
}
