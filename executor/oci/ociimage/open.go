package ociimage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/validate"
)

// Bounds of a layout's structure, beyond the options' byte and entry bounds.
const (
	maxIndexDepth = 8   // nested indexes followed from index.json
	maxLayers     = 256 // layers of one image
	maxConfig     = 8 << 20
)

// Image is an opened and verified image. Close removes what Open extracted; the image
// cannot be read after.
type Image struct {
	v1.Image
	tmp string // the extracted layout archive, "" when Open read a directory
}

// Close removes the layout Open extracted from an archive, if any.
func (i *Image) Close() error {
	if i.tmp == "" {
		return nil
	}
	return os.RemoveAll(i.tmp)
}

// Open opens and verifies (see the package comment) the image whose manifest digest is
// digest in the OCI image layout at path: a directory, or a tar archive of one with
// oci-layout and index.json at its top, which is first extracted under WithTempDir within
// the bounds. The layout's index.json, or an index nested in it, must list the manifest.
// A directory is taken to be this machine's own (Pull's, or an extracted archive): its
// blobs are verified, not its structure. The layout must not change while the image is in
// use: the unpack reads the layers again, without hashing them. Errors caused by the image
// wrap ErrBadImage.
func Open(ctx context.Context, path string, digest v1.Hash, opts ...Option) (*Image, error) {
	o := makeOptions(opts)
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("opening image %s: %w", path, err)
	}
	if fi.IsDir() {
		img, err := openLayout(ctx, path, digest, o)
		if err != nil {
			return nil, fmt.Errorf("opening image %s: %w", path, err)
		}
		return &Image{Image: img}, nil
	}
	tmp, err := os.MkdirTemp(o.tempDir, "decloud-oci-layout-")
	if err != nil {
		return nil, fmt.Errorf("opening image %s: %w", path, err)
	}
	img, err := extractLayout(ctx, path, tmp, digest, o)
	if err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("opening image %s: %w", path, err)
	}
	return &Image{Image: img, tmp: tmp}, nil
}

// extractLayout extracts the layout archive at path into dir and opens the image in it.
func extractLayout(ctx context.Context, path, dir string, digest v1.Hash, o options) (v1.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := unpack(ctx, f, dir, o.maxBytes, o.maxEntries, true); err != nil {
		return nil, fmt.Errorf("extracting the layout archive: %w", err)
	}
	return openLayout(ctx, dir, digest, o)
}

// openLayout finds the image manifest digest in the layout at dir and verifies the image.
func openLayout(ctx context.Context, dir string, digest v1.Hash, o options) (v1.Image, error) {
	if digest.Algorithm != "sha256" {
		return nil, fmt.Errorf("%w: the digest %s is not a sha256", ErrBadImage, digest)
	}
	p, err := layout.FromPath(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: not an OCI image layout: %w", ErrBadImage, err)
	}
	idx, err := p.ImageIndex()
	if err != nil {
		return nil, fmt.Errorf("%w: reading index.json: %w", ErrBadImage, err)
	}
	img, err := findImage(idx, digest, 0, map[v1.Hash]bool{})
	if err != nil {
		return nil, err
	}
	if img == nil {
		return nil, fmt.Errorf("%w: the layout holds no image manifest %s", ErrBadImage, digest)
	}
	if err := verify(ctx, img, digest, o); err != nil {
		return nil, err
	}
	return img, nil
}

// findImage looks for the image manifest digest in idx and the indexes nested in it,
// visiting each index once; it returns nil, nil when it is not there. A nested index that
// cannot be read is passed over: a layout may hold only some of an index's children.
func findImage(idx v1.ImageIndex, digest v1.Hash, depth int, seen map[v1.Hash]bool) (v1.Image, error) {
	if depth > maxIndexDepth {
		return nil, nil
	}
	im, err := idx.IndexManifest()
	if err != nil {
		return nil, fmt.Errorf("%w: reading an index: %w", ErrBadImage, err)
	}
	for _, d := range im.Manifests {
		if d.Digest != digest {
			continue
		}
		if !d.MediaType.IsImage() {
			return nil, fmt.Errorf("%w: %s is a %q, not an image manifest", ErrBadImage, digest, d.MediaType)
		}
		img, err := idx.Image(digest)
		if err != nil {
			return nil, fmt.Errorf("%w: reading the manifest: %w", ErrBadImage, err)
		}
		return img, nil
	}
	for _, d := range im.Manifests {
		if !d.MediaType.IsIndex() || seen[d.Digest] {
			continue
		}
		seen[d.Digest] = true
		child, err := idx.ImageIndex(d.Digest)
		if err != nil {
			continue
		}
		if img, err := findImage(child, digest, depth+1, seen); img != nil || err != nil {
			return img, err
		}
	}
	return nil, nil
}

// verify checks that img's manifest hashes to digest, that its manifest and config are
// consistent and within the bounds, that every layer blob hashes to its digest and size,
// and that the image is built for this machine.
func verify(ctx context.Context, img v1.Image, digest v1.Hash, o options) error {
	got, err := img.Digest()
	if err != nil {
		return fmt.Errorf("%w: reading the manifest: %w", ErrBadImage, err)
	}
	if got != digest {
		return fmt.Errorf("%w: the manifest hashes to %s, not %s", ErrBadImage, got, digest)
	}
	m, err := img.Manifest()
	if err != nil {
		return fmt.Errorf("%w: parsing the manifest: %w", ErrBadImage, err)
	}
	if err := checkManifest(m, o); err != nil {
		return err
	}
	// validate.Image hashes the config without comparing it with the manifest's digest
	// (only the sizes), and Fast skips the layers: every blob is hashed here, compressed.
	if err := verifyBlob(ctx, img, m.Config); err != nil {
		return fmt.Errorf("the config: %w", err)
	}
	for i, d := range m.Layers {
		if err := verifyBlob(ctx, img, d); err != nil {
			return fmt.Errorf("layer %d: %w", i, err)
		}
	}
	// The manifest and the config parse and agree with what was read, the layers exist.
	if err := validate.Image(img, validate.Fast); err != nil {
		return fmt.Errorf("%w: %w", ErrBadImage, err)
	}
	cf, err := img.ConfigFile()
	if err != nil {
		return fmt.Errorf("%w: parsing the config: %w", ErrBadImage, err)
	}
	if cf.OS != "linux" || cf.Architecture != runtime.GOARCH {
		return fmt.Errorf("%w: %w: it is built for %s/%s and this worker runs linux/%s",
			ErrBadImage, ErrPlatform, cf.OS, cf.Architecture, runtime.GOARCH)
	}
	return nil
}

// checkManifest checks what a manifest announces: an image config of at most maxConfig
// bytes, at most maxLayers
// distributable tar layers, and declared sizes within the byte bound.
func checkManifest(m *v1.Manifest, o options) error {
	if !m.Config.MediaType.IsConfig() {
		return fmt.Errorf("%w: the config's media type %q is not an image config's", ErrBadImage, m.Config.MediaType)
	}
	if m.Config.Size < 0 || m.Config.Size > maxConfig {
		return fmt.Errorf("%w: %w: the config announces %d bytes, over the limit of %d", ErrBadImage, ErrTooLarge, m.Config.Size, maxConfig)
	}
	if len(m.Layers) > maxLayers {
		return fmt.Errorf("%w: %d layers, more than %d", ErrBadImage, len(m.Layers), maxLayers)
	}
	total := m.Config.Size
	for i, d := range m.Layers {
		if !d.MediaType.IsLayer() || !d.MediaType.IsDistributable() {
			return fmt.Errorf("%w: layer %d's media type %q is not a distributable tar layer's", ErrBadImage, i, d.MediaType)
		}
		if d.Size < 0 || d.Size > o.maxBytes {
			return fmt.Errorf("%w: %w: layer %d announces %d bytes", ErrBadImage, ErrTooLarge, i, d.Size)
		}
		total += d.Size
	}
	if total > o.maxBytes {
		return fmt.Errorf("%w: %w: the image announces %d bytes, over the limit of %d", ErrBadImage, ErrTooLarge, total, o.maxBytes)
	}
	return nil
}

// verifyBlob reads the blob d describes (a layer compressed, or the config) through
// sha256 and compares the sum and the length with the descriptor's.
func verifyBlob(ctx context.Context, img v1.Image, d v1.Descriptor) error {
	l, err := img.LayerByDigest(d.Digest)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadImage, err)
	}
	rc, err := l.Compressed()
	if err != nil {
		return blobError(err)
	}
	defer rc.Close()
	got, n, err := v1.SHA256(io.LimitReader(ctxReader{ctx, rc}, d.Size+1))
	if err != nil {
		return blobError(err)
	}
	if n != d.Size || got != d.Digest {
		return fmt.Errorf("%w: the blob %s holds %d bytes hashing to %s: it is tampered with or corrupt", ErrBadImage, d.Digest, n, got)
	}
	return nil
}

// blobError is the error of reading a blob: a missing blob is the image's fault, other
// file system errors this machine's.
func blobError(err error) error {
	var pathErr *fs.PathError
	if errors.Is(err, fs.ErrNotExist) || !errors.As(err, &pathErr) && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w: reading a blob: %w", ErrBadImage, err)
	}
	return fmt.Errorf("reading a blob: %w", err)
}

// ctxReader stops reading once ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// ImageConfig is what an image's config says about running it; callers decide what to
// do with it.
type ImageConfig struct {
	Entrypoint []string
	Cmd        []string
	Env        []string // KEY=value
	WorkingDir string
	User       string // user[:group], names or ids, as the image says
}

// Config returns what img's config says about running it.
func Config(img v1.Image) (ImageConfig, error) {
	cf, err := img.ConfigFile()
	if err != nil {
		return ImageConfig{}, fmt.Errorf("%w: parsing the config: %w", ErrBadImage, err)
	}
	c := cf.Config
	return ImageConfig{Entrypoint: c.Entrypoint, Cmd: c.Cmd, Env: c.Env, WorkingDir: c.WorkingDir, User: c.User}, nil
}
