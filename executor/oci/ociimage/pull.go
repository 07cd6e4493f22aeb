package ociimage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/remote/transport"
)

// Pull fetches the image ref names, registry/repository@sha256:<hex> (no tag, the registry
// spelled out), into a new OCI image layout at dir, which must not exist; on error nothing
// is left at dir. Every request goes through transport: the worker passes its transport
// that refuses non-public addresses. Pulls are anonymous: no credentials are sent, so only
// public images can be pulled. At most WithMaxBytes bytes are transferred, counted on the
// wire. The digest must name an image manifest, not an index. What was written is then
// verified as Open verifies it, platform included, so the caller may Open dir with the
// same digest.
//
// Errors that say something about the image (a manifest, a layer or a size that does not
// match, the bounds, the platform) wrap ErrBadImage; a malformed reference wraps ErrBadRef
// as well. Errors of the network, of the registry's HTTP status and of the local disk are
// returned without it.
func Pull(ctx context.Context, ref, dir string, transport http.RoundTripper, opts ...Option) error {
	o := makeOptions(opts)
	if transport == nil {
		return fmt.Errorf("pulling %s: no transport", ref)
	}
	if err := pull(ctx, ref, dir, transport, o); err != nil {
		return fmt.Errorf("pulling %s: %w", ref, err)
	}
	return nil
}

func pull(ctx context.Context, ref, dir string, rt http.RoundTripper, o options) error {
	d, err := parseRef(ref)
	if err != nil {
		return err
	}
	digest, err := v1.NewHash(d.DigestStr())
	if err != nil {
		return fmt.Errorf("%w: %w: %w", ErrBadImage, ErrBadRef, err)
	}
	if _, err := os.Lstat(dir); err == nil {
		return fmt.Errorf("%s exists: Pull makes the layout directory", dir)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	counted := &countingTransport{base: rt, max: o.maxBytes}
	img, err := fetch(ctx, d, counted, o)
	if err != nil {
		return counted.classify(err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".pull-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp) // after the rename, nothing is left to remove
	p, err := layout.Write(tmp, empty.Index)
	if err != nil {
		return err
	}
	if err := p.AppendImage(img); err != nil {
		return counted.classify(err)
	}
	if _, err := openLayout(ctx, tmp, digest, o); err != nil {
		return err
	}
	return os.Rename(tmp, dir)
}

// parseRef parses a reference that must name an image by sha256 digest only.
func parseRef(ref string) (name.Digest, error) {
	repo, dig, ok := strings.Cut(ref, "@")
	if !ok || !strings.HasPrefix(dig, "sha256:") {
		return name.Digest{}, fmt.Errorf("%w: %w: %q names no sha256 digest", ErrBadImage, ErrBadRef, ref)
	}
	if strings.Contains(repo[strings.LastIndex(repo, "/")+1:], ":") {
		return name.Digest{}, fmt.Errorf("%w: %w: %q names a tag; name the image by its digest only", ErrBadImage, ErrBadRef, ref)
	}
	d, err := name.NewDigest(ref, name.StrictValidation)
	if err != nil {
		return name.Digest{}, fmt.Errorf("%w: %w: %w", ErrBadImage, ErrBadRef, err)
	}
	return d, nil
}

// fetch reads the manifest d names and checks it before any layer is fetched.
func fetch(ctx context.Context, d name.Digest, rt http.RoundTripper, o options) (v1.Image, error) {
	desc, err := remote.Get(d, remote.WithContext(ctx), remote.WithTransport(rt), remote.WithAuth(authn.Anonymous))
	if err != nil {
		return nil, err
	}
	if !desc.MediaType.IsImage() {
		return nil, fmt.Errorf("%w: %s is a %q, not an image manifest", ErrBadImage, d.DigestStr(), desc.MediaType)
	}
	img, err := desc.Image()
	if err != nil {
		return nil, err
	}
	m, err := img.Manifest()
	if err != nil {
		return nil, err
	}
	if err := checkManifest(m, o); err != nil {
		return nil, err
	}
	return img, nil
}

// countingTransport counts the bytes of every response body and fails the reads past max.
type countingTransport struct {
	base http.RoundTripper
	max  int64
	n    atomic.Int64
}

func (t *countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	resp.Body = &countingBody{ReadCloser: resp.Body, t: t}
	return resp, nil
}

func (t *countingTransport) tooLarge() error {
	return fmt.Errorf("%w: %w: the pull transferred more than %d bytes", ErrBadImage, ErrTooLarge, t.max)
}

// classify says whether err is the image's fault (see Pull).
func (t *countingTransport) classify(err error) error {
	var (
		pathErr *fs.PathError
		linkErr *os.LinkError
		netErr  net.Error
		httpErr *transport.Error
	)
	switch {
	case t.n.Load() > t.max:
		return t.tooLarge()
	case errors.Is(err, ErrBadImage):
		return err
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded), errors.Is(err, io.ErrUnexpectedEOF),
		errors.As(err, &pathErr), errors.As(err, &linkErr), errors.As(err, &netErr), errors.As(err, &httpErr):
		return err
	}
	return fmt.Errorf("%w: %w", ErrBadImage, err)
}

type countingBody struct {
	io.ReadCloser
	t *countingTransport
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if b.t.n.Add(int64(n)) > b.t.max {
		return n, b.t.tooLarge()
	}
	return n, err
}
