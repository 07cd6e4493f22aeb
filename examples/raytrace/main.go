// Command raytrace renders one tile of a small ray-traced scene (spheres on a checkered
// floor, a point light with shadows, Phong highlights and mirror reflections) and writes it
// as a PNG: the image is a TILES×TILES grid of tiles, so a requester can split a frame into
// TILES² tasks and stitch the PNGs. Every pixel depends only on its position in the whole
// image (fixed 2×2 supersampling, no randomness), so tiles from different workers agree
// bit for bit and join seamlessly.
//
// Usage: raytrace WIDTH HEIGHT TILE_X TILE_Y TILES
//
// renders tile (TILE_X, TILE_Y), 0 ≤ TILE_X, TILE_Y < TILES, of a WIDTH×HEIGHT image into
// tile-TILE_X-TILE_Y.png under $DECLOUD_OUT (to standard output when it is unset).
// Build: GOOS=wasip1 GOARCH=wasm go build -o raytrace.wasm .
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"strconv"

	"github.com/decloud/decloud/examples/internal/appio"
)

const usage = "usage: raytrace WIDTH HEIGHT TILE_X TILE_Y TILES"

func main() {
	if len(os.Args) != 6 {
		appio.Usage("raytrace", usage)
	}
	var v [5]int
	for i, a := range os.Args[1:] {
		n, err := strconv.Atoi(a)
		if err != nil || n < 0 {
			appio.Usage("raytrace", "%q is not a non-negative integer; %s", a, usage)
		}
		v[i] = n
	}
	w, h, tx, ty, tiles := v[0], v[1], v[2], v[3], v[4]
	switch {
	case w < 1 || h < 1 || w > 8192 || h > 8192:
		appio.Usage("raytrace", "WIDTH and HEIGHT must be between 1 and 8192")
	case tiles < 1 || tiles > w || tiles > h:
		appio.Usage("raytrace", "TILES must be between 1 and min(WIDTH, HEIGHT)")
	case tx >= tiles || ty >= tiles:
		appio.Usage("raytrace", "TILE_X and TILE_Y must be below TILES (%d)", tiles)
	}
	img := Render(w, h, TileBounds(w, h, tx, ty, tiles))
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		appio.Fatal("raytrace", err)
	}
	appio.Write("raytrace", appio.File{Name: fmt.Sprintf("tile-%d-%d.png", tx, ty), Data: buf.Bytes()})
}

// TileBounds is the rectangle of tile (tx, ty) of a w×h image cut into tiles×tiles.
func TileBounds(w, h, tx, ty, tiles int) image.Rectangle {
	return image.Rect(w*tx/tiles, h*ty/tiles, w*(tx+1)/tiles, h*(ty+1)/tiles)
}

// Render traces the pixels r of the w×h image; the result's bounds are r.
func Render(w, h int, r image.Rectangle) *image.NRGBA {
	img := image.NewNRGBA(r)
	cam := newCamera(w, h)
	const ss = 2 // ss×ss samples per pixel
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			var c vec
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					px := float64(x) + (float64(sx)+0.5)/ss
					py := float64(y) + (float64(sy)+0.5)/ss
					c = c.add(trace(cam.ray(px, py), 0))
				}
			}
			c = c.scale(1.0 / (ss * ss))
			img.SetNRGBA(x, y, color.NRGBA{R: toByte(c.x), G: toByte(c.y), B: toByte(c.z), A: 255})
		}
	}
	return img
}

// toByte applies gamma 2.2 and clamps.
func toByte(v float64) uint8 {
	v = math.Pow(math.Max(0, math.Min(1, v)), 1/2.2)
	return uint8(v*255 + 0.5)
}

type vec struct{ x, y, z float64 }

func (a vec) add(b vec) vec        { return vec{a.x + b.x, a.y + b.y, a.z + b.z} }
func (a vec) sub(b vec) vec        { return vec{a.x - b.x, a.y - b.y, a.z - b.z} }
func (a vec) scale(s float64) vec  { return vec{a.x * s, a.y * s, a.z * s} }
func (a vec) dot(b vec) float64    { return a.x*b.x + a.y*b.y + a.z*b.z }
func (a vec) norm() vec            { return a.scale(1 / math.Sqrt(a.dot(a))) }
func (a vec) cross(b vec) vec      { return vec{a.y*b.z - a.z*b.y, a.z*b.x - a.x*b.z, a.x*b.y - a.y*b.x} }
func (a vec) reflect(n vec) vec    { return a.sub(n.scale(2 * a.dot(n))) }
func (r ray) at(t float64) vec     { return r.o.add(r.d.scale(t)) }
func newRay(o, d vec) ray          { return ray{o, d.norm()} }
func (s sphere) normal(p vec) vec  { return p.sub(s.c).scale(1 / s.r) }
func lerp(a, b vec, t float64) vec { return a.scale(1 - t).add(b.scale(t)) }
func (c camera) ray(px, py float64) ray {
	u := (2*px/float64(c.w) - 1) * c.halfW
	v := (1 - 2*py/float64(c.h)) * c.halfH
	return newRay(c.eye, c.fwd.add(c.right.scale(u)).add(c.up.scale(v)))
}

type ray struct{ o, d vec }

type camera struct {
	eye, fwd, right, up vec
	halfW, halfH        float64
	w, h                int
}

func newCamera(w, h int) camera {
	eye, look := vec{0, 1.6, -6}, vec{0, 0.8, 0}
	fwd := look.sub(eye).norm()
	right := vec{0, 1, 0}.cross(fwd).norm()
	up := fwd.cross(right)
	halfH := math.Tan(35.0 / 2 * math.Pi / 180) // a 35° vertical field of view
	return camera{eye: eye, fwd: fwd, right: right, up: up, halfH: halfH, halfW: halfH * float64(w) / float64(h), w: w, h: h}
}

type material struct {
	color             vec
	diffuse, specular float64
	shine, mirror     float64
}

type sphere struct {
	c vec
	r float64
	m material
}

var (
	spheres = []sphere{
		{vec{0, 1, 0}, 1, material{vec{0.9, 0.15, 0.1}, 0.8, 0.5, 40, 0.25}},
		{vec{-2.1, 0.7, 0.9}, 0.7, material{vec{0.1, 0.35, 0.9}, 0.8, 0.6, 60, 0.1}},
		{vec{1.9, 0.6, -0.6}, 0.6, material{vec{0.95, 0.95, 0.95}, 0.1, 0.9, 120, 0.8}},
		{vec{0.9, 0.35, -1.8}, 0.35, material{vec{0.2, 0.8, 0.25}, 0.9, 0.3, 20, 0}},
		{vec{-0.9, 0.3, -1.9}, 0.3, material{vec{0.95, 0.75, 0.1}, 0.9, 0.4, 30, 0.05}},
	}
	light    = vec{-4, 6, -5}
	ambient  = 0.12
	skyLow   = vec{0.85, 0.9, 1}
	skyHigh  = vec{0.25, 0.45, 0.85}
	floorMat = material{diffuse: 0.9, specular: 0.1, shine: 10, mirror: 0.15}
)

const (
	maxDepth = 3
	eps      = 1e-6
)

// hit finds the nearest intersection of r: its distance, normal and material.
func hit(r ray) (t float64, n vec, m material, ok bool) {
	t = math.Inf(1)
	for _, s := range spheres {
		oc := r.o.sub(s.c)
		b := oc.dot(r.d)
		disc := b*b - oc.dot(oc) + s.r*s.r
		if disc < 0 {
			continue
		}
		sq := math.Sqrt(disc)
		d := -b - sq
		if d < 1e-4 {
			d = -b + sq
		}
		if d > 1e-4 && d < t {
			t, n, m, ok = d, s.normal(r.at(d)), s.m, true
		}
	}
	if r.d.y < -eps { // the floor, y = 0
		if d := -r.o.y / r.d.y; d > 1e-4 && d < t {
			p := r.at(d)
			m = floorMat
			if (int(math.Floor(p.x))+int(math.Floor(p.z)))&1 == 0 {
				m.color = vec{0.9, 0.9, 0.85}
			} else {
				m.color = vec{0.15, 0.15, 0.18}
			}
			t, n, ok = d, vec{0, 1, 0}, true
		}
	}
	return t, n, m, ok
}

func trace(r ray, depth int) vec {
	t, n, m, ok := hit(r)
	if !ok || t > 60 {
		return lerp(skyLow, skyHigh, math.Max(0, r.d.y))
	}
	p := r.at(t)
	if n.dot(r.d) > 0 {
		n = n.scale(-1)
	}
	c := m.color.scale(ambient)
	toLight := light.sub(p)
	dist := math.Sqrt(toLight.dot(toLight))
	l := toLight.scale(1 / dist)
	if st, _, _, blocked := hit(ray{p.add(n.scale(1e-4)), l}); !blocked || st > dist {
		if diff := n.dot(l); diff > 0 {
			c = c.add(m.color.scale(m.diffuse * diff))
		}
		if spec := l.reflect(n).dot(r.d); spec > 0 {
			c = c.add(vec{1, 1, 1}.scale(m.specular * math.Pow(spec, m.shine)))
		}
	}
	if m.mirror > 0 && depth < maxDepth {
		refl := trace(newRay(p.add(n.scale(1e-4)), r.d.reflect(n)), depth+1)
		c = lerp(c, refl, m.mirror)
	}
	return c
}
