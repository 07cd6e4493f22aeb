// Package ociimage turns an OCI app's code into a root filesystem runc can mount read-only.
//
// An OCI app is named on chain by its image manifest digest (sha256). Its code is an OCI
// image layout (a directory, or a tar archive of one: oci-layout, index.json, blobs/) or an
// image in a registry pulled by that digest. Everything here treats the image as a
// stranger's.
//
// What is verified, by Open (and by Pull, which ends with the same checks on what it
// wrote): the manifest hashes to the digest asked for and is an image manifest, not an
// index; the config blob and every layer blob hash to the digests and sizes the manifest
// gives (each read fully through sha256, without decompressing); every layer is a
// distributable tar layer (plain, gzip or zstd); the config says os linux and this
// machine's architecture. Tampering fails with an error wrapping ErrBadImage, which
// callers map to executor.ErrBadApp. The manifest pins the compressed layers, so the
// config's diff_ids are not recomputed.
//
// What is bounded (WithMaxBytes, WithMaxEntries; 8 GiB and 500,000 by default): the bytes
// and entries a layout archive may extract to, the bytes a pull may transfer (counted on
// the wire, whatever the registry announces), the layers' declared sizes, and the bytes and
// entries an unpacked root filesystem may hold. Fixed bounds: 256 layers, an 8 MiB config,
// names as long as Linux allows and at most 128 directories deep. Crossing a byte or entry
// bound fails with an error wrapping both ErrBadImage and ErrTooLarge.
//
// How a root filesystem is unpacked: the image is flattened by go-containerregistry's
// mutate.Extract (whiteouts and opaque directories applied, the upper layer's entry winning)
// and written by an unpacker that checks that every parent of an entry is a directory it
// created itself, and has the kernel resolve every path with openat2(RESOLVE_BENEATH|
// RESOLVE_NO_SYMLINKS) (Linux 5.6 or later): no entry lands outside the target directory
// and no symbolic link is ever followed, not even one pointing inside. Symbolic links
// are created as they are, but for relative ones climbing above the root, which
// mutate.Extract drops (runc resolves links inside the container's root; host code must
// not follow them: read the rootfs through an os.Root). Hard links are made only to
// regular files the unpack itself wrote (to one later in the stream once the stream is
// read), others are skipped. Device nodes, fifos and sockets are skipped and counted;
// setuid and setgid bits are dropped; ownership is not restored: every file belongs to the
// unpacking user (root on a worker), and the image's permission bits and modification
// times are kept. An entry with a ".." element, or one beneath something that is not a
// directory, fails the unpack.
//
// What the Cache guarantees: each digest is unpacked once into DIR/<hex>/rootfs, however
// many callers ask at the same time; an entry appears by an atomic rename after its
// files are synced to disk, so a crash leaves no half entry, and NewCache removes what an
// interrupted unpack or eviction left; least recently used entries are evicted when the
// total exceeds the cache's size, never while in use (between Rootfs and its release),
// so the total may exceed the size only while the entries in use alone exceed it. Last-use
// times are kept as the mtime of each entry's entry.json, so the order survives a restart.
package ociimage

import (
	"errors"
	"os"
)

// Errors callers tell apart. A refused image wraps ErrBadImage; one crossing a bound wraps
// ErrTooLarge as well, and one built for another platform ErrPlatform.
var (
	ErrBadImage = errors.New("image: the image is refused")
	ErrTooLarge = errors.New("image: the image exceeds a limit")
	ErrPlatform = errors.New("image: the image is built for another platform")
	// ErrBadRef is wrapped, with ErrBadImage, by Pull's error for a reference that does
	// not name the image by digest.
	ErrBadRef = errors.New("image: the reference must be registry/repository@sha256:<hex>")
)

// Defaults of the bounds.
const (
	DefaultMaxBytes   = 8 << 30
	DefaultMaxEntries = 500_000
)

// Attribute keys of the log lines.
const (
	keyBytes   = "bytes"
	keyDigest  = "digest"
	keyEntries = "entries"
	keyErr     = "err"
	keyPath    = "path"
	keySkipped = "skipped"
	keyStrip   = "setid_stripped"
)

// Option changes a bound or where temporary files go.
type Option func(*options)

type options struct {
	maxBytes   int64
	maxEntries int
	tempDir    string
}

// WithMaxBytes bounds the bytes a layout archive may extract to, a pull may transfer and a
// root filesystem may hold (default DefaultMaxBytes).
func WithMaxBytes(n int64) Option { return func(o *options) { o.maxBytes = n } }

// WithMaxEntries bounds the entries a layout archive or a root filesystem may hold
// (default DefaultMaxEntries).
func WithMaxEntries(n int) Option { return func(o *options) { o.maxEntries = n } }

// WithTempDir names where Open extracts a layout archive (default os.TempDir()).
func WithTempDir(dir string) Option { return func(o *options) { o.tempDir = dir } }

func makeOptions(opts []Option) options {
	o := options{maxBytes: DefaultMaxBytes, maxEntries: DefaultMaxEntries, tempDir: os.TempDir()}
	for _, f := range opts {
		f(&o)
	}
	if o.maxBytes <= 0 {
		o.maxBytes = DefaultMaxBytes
	}
	if o.maxEntries <= 0 {
		o.maxEntries = DefaultMaxEntries
	}
	return o
}
