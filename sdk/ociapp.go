package sdk

import (
	"archive/tar"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/layout"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/executor/oci/ociimage"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/storage"
)

// OCIImage is an oci app's code as it is registered: the image's manifest digest (the
// app's checksum on chain) and either an OCI image layout archive to upload to storage or
// the image's reference in a registry.
type OCIImage struct {
	Digest  common.Hash // sha256 of the image manifest
	Archive []byte      // a tar archive of an OCI image layout holding the image (nil with Ref)
	Ref     string      // registry/repository@sha256:<hex> ("" with Archive)
}

// URI is where workers fetch the image from: oci://REF for a registry's, else "" (the
// archive's place in storage is known once it is uploaded).
func (i OCIImage) URI() string {
	if i.Ref == "" {
		return ""
	}
	return ociScheme + i.Ref
}

const ociScheme = "oci://"

// ErrOCISource is wrapped by the errors of ResolveOCI about what it was given.
var ErrOCISource = errors.New("sdk: bad OCI image source")

// Bounds on what ResolveOCI reads of a layout archive to find its images: index.json and
// the blobs that may be manifests or indexes, each at most maxOCIMeta bytes (the OCI
// distribution spec's manifest limit), at most maxOCIMetaTotal in all.
const (
	maxOCIMeta      = 4 << 20
	maxOCIMetaTotal = 64 << 20
	maxIndexDepth   = 4
)

// ResolveOCI reads source: an OCI image layout directory (its image is written alone into
// a layout archive, entries sorted, times the epoch), a tar archive of a layout (uploaded
// as it is), or a registry reference by digest, registry/repository@sha256:<hex> (an
// oci:// prefix is allowed; a tag is refused: only a digest names an image for good). In a
// layout, the image is the one image manifest that index.json lists or an index there
// lists; with several, pick ("sha256:<hex>") says which. The image's blobs are not checked
// here: every worker verifies them against the digest before it runs the app.
func ResolveOCI(source, pick string) (OCIImage, error) {
	fi, err := os.Stat(source)
	switch {
	case err == nil && fi.IsDir():
		return layoutImage(source, pick)
	case err == nil:
		return archiveImage(source, pick)
	case strings.HasPrefix(source, ociScheme) || strings.Contains(source, "@"):
		ref, digest, err := ParseOCIRef(source)
		return OCIImage{Digest: digest, Ref: ref}, err
	}
	_, _, refErr := ParseOCIRef(source)
	return OCIImage{}, fmt.Errorf("%w (as a layout: %v)", refErr, err)
}

// ParseOCIRef checks a registry reference by digest (registry/repository@sha256:<hex>, an
// oci:// prefix allowed) and returns it without the prefix, with the digest.
func ParseOCIRef(s string) (string, common.Hash, error) {
	ref := strings.TrimPrefix(s, ociScheme)
	repo, _, ok := strings.Cut(ref, "@")
	if !ok {
		return "", common.Hash{}, fmt.Errorf("%w: %q names no digest: registry/repository@sha256:<hex>", ErrOCISource, s)
	}
	if last := repo[strings.LastIndex(repo, "/")+1:]; strings.Contains(last, ":") {
		return "", common.Hash{}, fmt.Errorf("%w: %q names a tag: name the image by its digest alone (a tag can be moved)", ErrOCISource, s)
	}
	d, err := name.NewDigest(ref, name.StrictValidation)
	if err != nil {
		return "", common.Hash{}, fmt.Errorf("%w: %q: %w", ErrOCISource, s, err)
	}
	h, err := v1.NewHash(d.DigestStr())
	if err != nil || h.Algorithm != "sha256" {
		return "", common.Hash{}, fmt.Errorf("%w: %q: the digest must be a sha256", ErrOCISource, s)
	}
	return ref, common.HexToHash(h.Hex), nil
}

// layoutImage finds the image in the layout directory dir and writes it alone as a layout
// archive.
func layoutImage(dir, pick string) (OCIImage, error) {
	found, err := chooseImage(dir, pick)
	if err != nil {
		return OCIImage{}, err
	}
	img, err := found.index.Image(found.digest)
	if err != nil {
		return OCIImage{}, fmt.Errorf("%w: %s: image %s: %w", ErrOCISource, dir, found.digest, err)
	}
	tmp, err := os.MkdirTemp("", "decloud-oci-")
	if err != nil {
		return OCIImage{}, err
	}
	defer os.RemoveAll(tmp)
	archive := filepath.Join(tmp, "layout.tar")
	if err := ociimage.WriteArchive(img, archive); err != nil {
		return OCIImage{}, fmt.Errorf("sdk: archiving %s: %w", dir, err)
	}
	data, err := os.ReadFile(archive)
	if err != nil {
		return OCIImage{}, err
	}
	return OCIImage{Digest: common.HexToHash(found.digest.Hex), Archive: data}, nil
}

// archiveImage finds the image in the layout archive at file, from its index.json and the
// small blobs that may be manifests or indexes (extracted, under names checked against the
// layout's, into a temporary layout).
func archiveImage(file, pick string) (OCIImage, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return OCIImage{}, err
	}
	tmp, err := os.MkdirTemp("", "decloud-oci-")
	if err != nil {
		return OCIImage{}, err
	}
	defer os.RemoveAll(tmp)
	if err := extractLayoutMeta(file, tmp); err != nil {
		return OCIImage{}, fmt.Errorf("%w: %s: %w", ErrOCISource, file, err)
	}
	found, err := chooseImage(tmp, pick)
	if err != nil {
		return OCIImage{}, fmt.Errorf("%s: %w", file, err)
	}
	return OCIImage{Digest: common.HexToHash(found.digest.Hex), Archive: data}, nil
}

var metaName = regexp.MustCompile(`^(oci-layout|index\.json|blobs/sha256/[0-9a-f]{64})$`)

// extractLayoutMeta writes into dir the entries of the archive at file that a layout's
// images are found from: oci-layout, index.json and the blobs of at most maxOCIMeta bytes.
func extractLayoutMeta(file, dir string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := os.MkdirAll(filepath.Join(dir, "blobs", "sha256"), 0o700); err != nil {
		return err
	}
	tr := tar.NewReader(f)
	var total int64
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("not a tar archive: %w", err)
		}
		entry := path.Clean(strings.TrimPrefix(h.Name, "./"))
		if h.Typeflag != tar.TypeReg || !metaName.MatchString(entry) || h.Size > maxOCIMeta {
			continue
		}
		if total += h.Size; total > maxOCIMetaTotal {
			return fmt.Errorf("over %d bytes of manifests and indexes", maxOCIMetaTotal)
		}
		b, err := io.ReadAll(io.LimitReader(tr, maxOCIMeta))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(entry)), b, 0o600); err != nil {
			return err
		}
	}
}

// layoutEntry is an image manifest of a layout and the index that lists it.
type layoutEntry struct {
	digest v1.Hash
	index  v1.ImageIndex
}

// chooseImage opens the layout at dir and returns its image: the only one, or pick among
// them.
func chooseImage(dir, pick string) (layoutEntry, error) {
	p, err := layout.FromPath(dir)
	if err != nil {
		return layoutEntry{}, fmt.Errorf("%w: not an OCI image layout: %w", ErrOCISource, err)
	}
	idx, err := p.ImageIndex()
	if err != nil {
		return layoutEntry{}, fmt.Errorf("%w: reading index.json: %w", ErrOCISource, err)
	}
	var images []layoutEntry
	if err := listImages(idx, 0, map[v1.Hash]bool{}, &images); err != nil {
		return layoutEntry{}, err
	}
	digests := make([]string, len(images))
	for i, e := range images {
		digests[i] = e.digest.String()
	}
	if pick != "" {
		want, err := v1.NewHash(pick)
		if err != nil {
			return layoutEntry{}, fmt.Errorf("%w: --image-digest %q: %w", ErrOCISource, pick, err)
		}
		for _, e := range images {
			if e.digest == want {
				return e, nil
			}
		}
		return layoutEntry{}, fmt.Errorf("%w: the layout holds no image %s (it holds %v)", ErrOCISource, pick, digests)
	}
	switch len(images) {
	case 1:
		return images[0], nil
	case 0:
		return layoutEntry{}, fmt.Errorf("%w: the layout holds no image manifest", ErrOCISource)
	}
	return layoutEntry{}, fmt.Errorf("%w: the layout holds %d images (%v): pick one with --image-digest", ErrOCISource, len(images), digests)
}

// listImages appends to out the image manifests idx lists, and those of the indexes it
// lists (to maxIndexDepth), each once. A nested index the layout does not hold is passed
// over: a layout may keep only some of an index's children.
func listImages(idx v1.ImageIndex, depth int, seen map[v1.Hash]bool, out *[]layoutEntry) error {
	m, err := idx.IndexManifest()
	if err != nil {
		return fmt.Errorf("%w: reading an index: %w", ErrOCISource, err)
	}
	for _, d := range m.Manifests {
		if seen[d.Digest] {
			continue
		}
		seen[d.Digest] = true
		switch {
		case d.MediaType.IsImage():
			*out = append(*out, layoutEntry{d.Digest, idx})
		case d.MediaType.IsIndex() && depth < maxIndexDepth:
			child, err := idx.ImageIndex(d.Digest)
			if err != nil {
				continue
			}
			if err := listImages(child, depth+1, seen, out); err != nil {
				return err
			}
		}
	}
	return nil
}

// DeployOCIApp registers an oci app named name whose code is img: by its registry
// reference (URI oci://REF), or by its layout archive, uploaded to storage (URI
// storage:SHA256 of the archive); its checksum is the image's manifest digest either way.
func (c *Client) DeployOCIApp(ctx context.Context, name string, img OCIImage) (Asset, error) {
	s, err := c.sender()
	if err != nil {
		return Asset{}, err
	}
	return PublishOCIApp(ctx, c.Hub, s, c.Storage, name, img)
}

// PublishOCIApp is DeployOCIApp for owner (st is not used for a registry's image).
func PublishOCIApp(ctx context.Context, hub *chain.Hub, owner *chain.Sender, st *storage.Client, name string, img OCIImage) (Asset, error) {
	a := Asset{Kind: "app", AppKind: poco.AppKindName(poco.AppOCI), Owner: owner.Address(), Name: name, URI: img.URI(), Checksum: img.Digest}
	var sum string
	if a.URI == "" {
		s := sha256.Sum256(img.Archive)
		sum = common.Bytes2Hex(s[:])
		a.URI = "storage:" + sum
	}
	var err error
	if a.Address, _, err = hub.CreateApp(ctx, owner, name, poco.AppOCI, a.URI, img.Digest, nil); err != nil {
		return Asset{}, fmt.Errorf("sdk: registering app %q: %w", name, err)
	}
	if sum != "" {
		if err := uploadAsset(ctx, st, owner, a, sum, img.Archive); err != nil {
			return Asset{}, err
		}
	}
	return a, nil
}
