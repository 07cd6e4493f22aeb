package sdk

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/mutate"

	"github.com/decloud/decloud/executor/oci/ociimage"
)

// ociImage builds a one-file image whose file says body.
func ociImage(t *testing.T, body string) (v1.Image, common.Hash) {
	t.Helper()
	img, err := ociimage.Build([]ociimage.File{{Path: "app", Mode: 0o755, Data: []byte(body)}}, ociimage.BuildConfig{Entrypoint: []string{"/app"}})
	if err != nil {
		t.Fatal(err)
	}
	d, err := img.Digest()
	if err != nil {
		t.Fatal(err)
	}
	return img, common.HexToHash(d.Hex)
}

// layoutOf writes a layout directory holding imgs (the last ones in a nested index when
// nested is set).
func layoutOf(t *testing.T, nested bool, imgs ...v1.Image) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "layout")
	p, err := layout.Write(dir, empty.Index)
	if err != nil {
		t.Fatal(err)
	}
	if nested && len(imgs) > 1 {
		idx := mutate.AppendManifests(empty.Index, mutate.IndexAddendum{Add: imgs[1]})
		if err := p.AppendIndex(idx); err != nil {
			t.Fatal(err)
		}
		imgs = imgs[:1]
	}
	for _, img := range imgs {
		if err := p.AppendImage(img); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// An oci app's checksum is its image's manifest digest: from a layout directory (whose
// image is archived alone), a layout archive (uploaded as it is), or a registry reference
// by digest; a layout with several images needs --image-digest, and a reference must name
// a digest, never a tag.
func TestResolveOCI(t *testing.T) {
	one, d1 := ociImage(t, "one")
	two, d2 := ociImage(t, "two")
	single := layoutOf(t, false, one)
	archive := filepath.Join(t.TempDir(), "app.tar")
	if err := ociimage.WriteArchive(one, archive); err != nil {
		t.Fatal(err)
	}
	archived, _ := os.ReadFile(archive)
	garbage := filepath.Join(t.TempDir(), "garbage.tar")
	os.WriteFile(garbage, []byte("not a tar archive at all, not even close to one"), 0o600)
	both, nested := layoutOf(t, false, one, two), layoutOf(t, true, one, two)
	hex2 := strings.TrimPrefix(d2.Hex(), "0x")
	ref := "registry.example.com/apps/hello@sha256:" + hex2
	for _, c := range []struct {
		name, source, pick string
		digest             common.Hash
		ref                string
		err                string // in the error, when it fails
	}{
		{"a layout directory", single, "", d1, "", ""},
		{"a layout archive", archive, "", d1, "", ""},
		{"two images", both, "", common.Hash{}, "", "pick one with --image-digest"},
		{"two images, one picked", both, "sha256:" + hex2, d2, "", ""},
		{"an image in a nested index", nested, "sha256:" + hex2, d2, "", ""},
		{"an image the layout lacks", single, "sha256:" + hex2, common.Hash{}, "", "holds no image"},
		{"not a layout", t.TempDir(), "", common.Hash{}, "", "not an OCI image layout"},
		{"not an archive", garbage, "", common.Hash{}, "", "not a tar archive"},
		{"a reference by digest", ref, "", d2, ref, ""},
		{"an oci:// reference", "oci://" + ref, "", d2, ref, ""},
		{"a reference with a port", "127.0.0.1:5000/hello@sha256:" + hex2, "", d2, "127.0.0.1:5000/hello@sha256:" + hex2, ""},
		{"a tag", "registry.example.com/apps/hello:v1@sha256:" + hex2, "", common.Hash{}, "", "names a tag"},
		{"a tag alone", "oci://registry.example.com/apps/hello:v1", "", common.Hash{}, "", "names no digest"},
		{"another digest algorithm", "registry.example.com/hello@sha512:" + strings.Repeat("ab", 64), "", common.Hash{}, "", ""},
		{"no such file", filepath.Join(t.TempDir(), "missing.tar"), "", common.Hash{}, "", "no such file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			img, err := ResolveOCI(c.source, c.pick)
			if c.digest == (common.Hash{}) {
				if !errors.Is(err, ErrOCISource) || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want ErrOCISource saying %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if img.Digest != c.digest || img.Ref != c.ref {
				t.Fatalf("digest %s, ref %q; want %s, %q", img.Digest, img.Ref, c.digest, c.ref)
			}
			switch {
			case c.ref != "":
				if img.Archive != nil || img.URI() != "oci://"+c.ref {
					t.Fatalf("a reference with an archive, or URI %q", img.URI())
				}
			case c.source == archive:
				if !bytes.Equal(img.Archive, archived) {
					t.Fatal("a layout archive was not kept as it is")
				}
			default:
				// The archive written holds the image alone and opens at its digest.
				p := filepath.Join(t.TempDir(), "out.tar")
				os.WriteFile(p, img.Archive, 0o600)
				again, err := ResolveOCI(p, "")
				if err != nil || again.Digest != c.digest {
					t.Fatalf("the archive written: %v, digest %s", err, again.Digest)
				}
			}
		})
	}
}
