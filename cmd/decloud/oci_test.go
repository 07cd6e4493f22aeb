package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"

	"github.com/decloud/decloud/executor/oci/ociimage"
	"github.com/decloud/decloud/sdk"
)

// ociLayout writes a layout directory holding one image per body, and returns it with the
// images' manifest digests.
func ociLayout(t *testing.T, bodies ...string) (string, []v1.Hash) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "layout")
	p, err := layout.Write(dir, empty.Index)
	if err != nil {
		t.Fatal(err)
	}
	var digests []v1.Hash
	for _, body := range bodies {
		img, err := ociimage.Build([]ociimage.File{{Path: "app", Mode: 0o755, Data: []byte(body)}}, ociimage.BuildConfig{Entrypoint: []string{"/app"}})
		if err != nil {
			t.Fatal(err)
		}
		if err := p.AppendImage(img); err != nil {
			t.Fatal(err)
		}
		d, err := img.Digest()
		if err != nil {
			t.Fatal(err)
		}
		digests = append(digests, d)
	}
	return dir, digests
}

// deployOCIApps registers oci apps through `decloud dev`'s stack: a layout picked among
// two images, whose archive goes to storage, and a registry reference, kept as oci://.
func deployOCIApps(t *testing.T, e *cliEnv) {
	lay, digests := ociLayout(t, "one", "two")
	var stored, shown, ref sdk.Asset
	e.must(&stored, "app", "deploy", "oci-app", "--oci", lay, "--image-digest", digests[1].String(), "--json")
	if stored.AppKind != "oci" || stored.Checksum != common.HexToHash(digests[1].Hex) || !strings.HasPrefix(stored.URI, "storage:") {
		t.Fatalf("deployed %+v, want an oci app of digest %s in storage", stored, digests[1])
	}
	e.must(&shown, "app", "show", stored.Address.Hex(), "--json")
	if shown.AppKind != "oci" || shown.Checksum != stored.Checksum || shown.URI != stored.URI {
		t.Fatalf("app show: %+v, deployed %+v", shown, stored)
	}
	reference := "registry.example.com/apps/hello@" + digests[0].String()
	e.must(&ref, "app", "deploy", "oci-ref", "--oci", reference, "--json")
	if ref.AppKind != "oci" || ref.URI != "oci://"+reference || ref.Checksum != common.HexToHash(digests[0].Hex) {
		t.Fatalf("deployed %+v from %s", ref, reference)
	}
}

// `app deploy --oci` and the worker's OCI flags refuse what cannot work before any chain
// is reached: a tag instead of a digest, a layout holding several images without
// --image-digest, a file besides --oci, GPU devices without the OCI sandbox.
func TestOCIFlagsRefuseEarly(t *testing.T) {
	dir := t.TempDir()
	lay, _ := ociLayout(t, "one", "two")
	const digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"a tag", []string{"app", "deploy", "x", "--oci", "registry.example.com/apps/hello:v1"}, "names no digest"},
		{"a tag and a digest", []string{"app", "deploy", "x", "--oci", "registry.example.com/apps/hello:v1@" + digest}, "names a tag"},
		{"two images", []string{"app", "deploy", "x", "--oci", lay}, "pick one with --image-digest"},
		{"an image the layout lacks", []string{"app", "deploy", "x", "--oci", lay, "--image-digest", digest}, "holds no image"},
		{"a file besides --oci", []string{"app", "deploy", "x", "app.wasm", "--oci", lay}, "give NAME alone"},
		{"no file", []string{"app", "deploy", "x"}, "accepts NAME FILE"},
		{"GPU devices without OCI", []string{"worker", "--oci=false", "--gpu-devices", "nvidia.com/gpu=0", "--hub", "0x00000000000000000000000000000000000000aa",
			"--dir", filepath.Join(dir, "worker")}, "need the OCI sandbox"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := (&Main{Stdout: &syncBuffer{}, Stderr: &syncBuffer{}}).Run(context.Background(), append(c.args, "--config", filepath.Join(dir, "config.json")))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}
