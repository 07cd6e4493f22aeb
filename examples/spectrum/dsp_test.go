package main

import (
	"encoding/binary"
	"math"
	"math/cmplx"
	"os"
	"strings"
	"testing"
)

func TestFFTMatchesDFT(t *testing.T) {
	for _, n := range []int{1, 2, 8, 64} {
		re, im := make([]float64, n), make([]float64, n)
		x := make([]complex128, n)
		for i := range re {
			re[i], im[i] = math.Sin(float64(i*i)+1), math.Cos(float64(3*i))
			x[i] = complex(re[i], im[i])
		}
		FFT(re, im)
		for k := 0; k < n; k++ {
			var want complex128
			for j, v := range x {
				want += v * cmplx.Exp(complex(0, -2*math.Pi*float64(j*k)/float64(n)))
			}
			if cmplx.Abs(want-complex(re[k], im[k])) > 1e-9 {
				t.Fatalf("n=%d bin %d: FFT %v, DFT %v", n, k, complex(re[k], im[k]), want)
			}
		}
	}
}

// The shipped tone's two strongest peaks are its 440 Hz and 1000 Hz tones.
func TestTonePeaks(t *testing.T) {
	b, err := os.ReadFile("../testdata/tone.wav")
	if err != nil {
		t.Fatal(err)
	}
	w, err := ParseWAV(b)
	if err != nil {
		t.Fatal(err)
	}
	if w.Rate != 8000 || len(w.Samples) != 8192 {
		t.Fatalf("rate %d, %d samples", w.Rate, len(w.Samples))
	}
	mag, n := Spectrum(w.Samples)
	res := float64(w.Rate) / float64(n)
	ps := Peaks(mag, 2)
	for i, want := range []float64{440, 1000} {
		if got := ps[i].Pos * res; math.Abs(got-want) > res {
			t.Errorf("peak %d at %.2f Hz, want %.0f ± %.2f", i+1, got, want, res)
		}
	}
}

func wav(format, channels uint16, rate uint32, depth uint16, data []byte) []byte {
	var h []byte
	h = append(h, "RIFF"...)
	h = binary.LittleEndian.AppendUint32(h, uint32(36+len(data)))
	h = append(h, "WAVEfmt "...)
	h = binary.LittleEndian.AppendUint32(h, 16)
	h = binary.LittleEndian.AppendUint16(h, format)
	h = binary.LittleEndian.AppendUint16(h, channels)
	h = binary.LittleEndian.AppendUint32(h, rate)
	h = binary.LittleEndian.AppendUint32(h, rate*uint32(channels*depth/8))
	h = binary.LittleEndian.AppendUint16(h, channels*depth/8)
	h = binary.LittleEndian.AppendUint16(h, depth)
	h = append(h, "data"...)
	h = binary.LittleEndian.AppendUint32(h, uint32(len(data)))
	return append(h, data...)
}

func TestParseWAV(t *testing.T) {
	w, err := ParseWAV(wav(1, 1, 8000, 16, []byte{0, 0x40, 0, 0xc0}))
	if err != nil || w.Rate != 8000 || len(w.Samples) != 2 || w.Samples[0] != 0.5 || w.Samples[1] != -0.5 {
		t.Fatalf("%+v %v", w, err)
	}
	for _, c := range []struct {
		b    []byte
		want string
	}{
		{[]byte("hello, world"), "not a WAV"},
		{wav(3, 1, 8000, 32, make([]byte, 8)), "not PCM"},
		{wav(1, 2, 8000, 16, make([]byte, 8)), "2 channels"},
		{wav(1, 1, 8000, 8, make([]byte, 8)), "8 bits"},
		{wav(1, 1, 8000, 16, nil)[:36], "no data chunk"},
	} {
		if _, err := ParseWAV(c.b); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one saying %q", err, c.want)
		}
	}
}
