package main

import (
	"image"
	"image/draw"
	"testing"
)

// Tiles rendered separately join into exactly the whole image.
func TestTilesStitch(t *testing.T) {
	const w, h, tiles = 48, 30, 3
	whole := Render(w, h, image.Rect(0, 0, w, h))
	joined := image.NewNRGBA(whole.Bounds())
	area := 0
	for ty := 0; ty < tiles; ty++ {
		for tx := 0; tx < tiles; tx++ {
			r := TileBounds(w, h, tx, ty, tiles)
			area += r.Dx() * r.Dy()
			draw.Draw(joined, r, Render(w, h, r), r.Min, draw.Src)
		}
	}
	if area != w*h {
		t.Fatalf("tiles cover %d pixels, want %d", area, w*h)
	}
	for i := range whole.Pix {
		if whole.Pix[i] != joined.Pix[i] {
			t.Fatalf("byte %d differs: whole %d, tiles %d", i, whole.Pix[i], joined.Pix[i])
		}
	}
}
