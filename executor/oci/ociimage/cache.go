package ociimage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"golang.org/x/sys/unix"
)

// The names in a cache directory: DIR/<hex>/{rootfs,entry.json} for each complete entry,
// DIR/.unpack-* for an unpack under way, DIR/.evict-* for an eviction under way.
const (
	rootfsName   = "rootfs"
	entryName    = "entry.json"
	unpackPrefix = ".unpack-"
	evictPrefix  = ".evict-"
)

// Cache holds the unpacked root filesystems of images under a directory, one per
// manifest digest (see the package comment for its guarantees). Its methods are safe for
// concurrent use.
type Cache struct {
	dir  string
	max  int64
	log  *slog.Logger
	opts options

	mu      sync.Mutex
	entries map[string]*entry // by digest hex
	total   int64             // bytes of the complete entries
}

// entry is one digest's root filesystem, complete or being unpacked.
type entry struct {
	hex   string
	ready chan struct{} // closed when the unpack ends
	done  bool          // complete: DIR/<hex>/rootfs holds the image
	err   error         // the unpack's failure, set before ready is closed
	bytes int64
	refs  int // callers between Rootfs and their release
	used  time.Time
}

// entryInfo is entry.json; its mtime is the entry's last use.
type entryInfo struct {
	Digest  string `json:"digest"`
	Bytes   int64  `json:"bytes"`
	Entries int    `json:"entries"`
}

// NewCache opens the cache in dir (made if missing) holding at most maxBytes of unpacked
// files besides the entries in use. It removes what an interrupted unpack or eviction
// left and any entry without a readable entry.json, then evicts down to maxBytes. Names
// that are not the cache's are left alone. Sizes count the bytes of the files unpacked.
// The options bound each unpack (an image larger than maxBytes is refused as well). One
// Cache, in one process, owns dir. log may be nil.
func NewCache(dir string, maxBytes int64, log *slog.Logger, opts ...Option) (*Cache, error) {
	if maxBytes <= 0 {
		return nil, fmt.Errorf("image cache: size %d is not positive", maxBytes)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("image cache: %w", err)
	}
	c := &Cache{dir: dir, max: maxBytes, log: log, opts: makeOptions(opts), entries: map[string]*entry{}}
	names, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("image cache: %w", err)
	}
	for _, d := range names {
		name := d.Name()
		switch {
		case strings.HasPrefix(name, unpackPrefix), strings.HasPrefix(name, evictPrefix):
			c.log.Info("image cache: removing a leftover", keyPath, name)
			if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
				return nil, fmt.Errorf("image cache: %w", err)
			}
		case isDigestHex(name) && d.IsDir():
			if err := c.load(name); err != nil {
				c.log.Warn("image cache: removing a damaged entry", keyDigest, name, keyErr, err)
				if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
					return nil, fmt.Errorf("image cache: %w", err)
				}
			}
		default:
			c.log.Warn("image cache: leaving alone a file that is not the cache's", keyPath, name)
		}
	}
	c.mu.Lock()
	trash := c.evictLocked()
	c.mu.Unlock()
	c.remove(trash)
	entries, bytes := c.Usage()
	c.log.Info("image cache", keyPath, dir, keyEntries, entries, keyBytes, bytes, "max_bytes", maxBytes)
	return c, nil
}

// load adds the complete entry hex found on disk.
func (c *Cache) load(hex string) error {
	b, err := os.ReadFile(filepath.Join(c.dir, hex, entryName))
	if err != nil {
		return err
	}
	var info entryInfo
	if err := json.Unmarshal(b, &info); err != nil {
		return err
	}
	if info.Digest != "sha256:"+hex || info.Bytes < 0 {
		return errors.New("entry.json does not describe this entry")
	}
	fi, err := os.Stat(filepath.Join(c.dir, hex, entryName))
	if err != nil {
		return err
	}
	if rfi, err := os.Lstat(filepath.Join(c.dir, hex, rootfsName)); err != nil || !rfi.IsDir() {
		return fmt.Errorf("no rootfs directory (%v)", err)
	}
	c.entries[hex] = &entry{hex: hex, done: true, bytes: info.Bytes, used: fi.ModTime()}
	c.total += info.Bytes
	return nil
}

// isDigestHex reports whether s is 64 lowercase hex digits.
func isDigestHex(s string) bool {
	return len(s) == 64 && strings.Trim(s, "0123456789abcdef") == ""
}

// Rootfs returns the directory holding img's flattened root filesystem, unpacking it
// first unless the cache holds it; digest is img's manifest digest. Callers asking for the
// same digest at the same time wait for one unpack (or for their ctx). release ends the
// caller's use: until then the entry is not evicted; it may be called more than once.
// The rootfs is meant to be mounted read-only: it must not be changed. An unpack that
// fails because of the image returns an error wrapping ErrBadImage, and so do the callers
// that waited for it.
func (c *Cache) Rootfs(ctx context.Context, img v1.Image, digest v1.Hash) (rootfs string, release func(), err error) {
	if digest.Algorithm != "sha256" || !isDigestHex(digest.Hex) {
		return "", nil, fmt.Errorf("image cache: %w: %q is not a sha256 digest", ErrBadImage, digest)
	}
	got, err := img.Digest()
	if err != nil {
		return "", nil, fmt.Errorf("image cache: %w: %w", ErrBadImage, err)
	}
	if got != digest {
		return "", nil, fmt.Errorf("image cache: %w: the image's digest is %s, not %s", ErrBadImage, got, digest)
	}
	for {
		c.mu.Lock()
		e := c.entries[digest.Hex]
		if e == nil {
			e = &entry{hex: digest.Hex, ready: make(chan struct{})}
			c.entries[digest.Hex] = e
			c.mu.Unlock()
			return c.fill(ctx, e, img)
		}
		if e.done {
			e.refs++
			c.touchLocked(e)
			c.mu.Unlock()
			return c.rootfs(e.hex), c.releaser(e), nil
		}
		ready := e.ready
		c.mu.Unlock()
		select {
		case <-ready:
		case <-ctx.Done():
			return "", nil, fmt.Errorf("image cache: waiting for the unpack of %s: %w", digest, ctx.Err())
		}
		// Another caller's cancelled unpack says nothing of the image: try again.
		if e.err != nil && !errors.Is(e.err, context.Canceled) && !errors.Is(e.err, context.DeadlineExceeded) {
			return "", nil, e.err
		}
	}
}

// Lookup returns the root filesystem of the image whose manifest digest is digest when the
// cache holds it (ok false otherwise), in use until release is called: a caller that
// already knows how to run that image (its config) need not open and verify it again.
func (c *Cache) Lookup(digest v1.Hash) (rootfs string, release func(), ok bool) {
	if digest.Algorithm != "sha256" || !isDigestHex(digest.Hex) {
		return "", nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[digest.Hex]
	if e == nil || !e.done {
		return "", nil, false
	}
	e.refs++
	c.touchLocked(e)
	return c.rootfs(e.hex), c.releaser(e), true
}

func (c *Cache) rootfs(hex string) string { return filepath.Join(c.dir, hex, rootfsName) }

// fill unpacks img for the new entry e and hands it to the caller in use.
func (c *Cache) fill(ctx context.Context, e *entry, img v1.Image) (string, func(), error) {
	stats, err := c.unpack(ctx, e.hex, img)
	c.mu.Lock()
	if err != nil {
		delete(c.entries, e.hex)
		e.err = fmt.Errorf("image cache: unpacking sha256:%s: %w", e.hex, err)
		close(e.ready)
		c.mu.Unlock()
		return "", nil, e.err
	}
	e.done, e.bytes, e.refs, e.used = true, stats.Bytes, 1, time.Now()
	c.total += e.bytes
	close(e.ready)
	trash := c.evictLocked()
	c.mu.Unlock()
	c.remove(trash)
	c.log.Info("image cache: unpacked", keyDigest, "sha256:"+e.hex, keyBytes, stats.Bytes, keyEntries, stats.Entries,
		"special_skipped", stats.Special, keySkipped, stats.Skipped, keyStrip, stats.Stripped)
	return c.rootfs(e.hex), c.releaser(e), nil
}

// unpack writes img's root filesystem and entry.json into a new DIR/.unpack-* directory,
// syncs the file system, and renames the directory to DIR/<hex>.
func (c *Cache) unpack(ctx context.Context, hex string, img v1.Image) (unpackStats, error) {
	tmp, err := os.MkdirTemp(c.dir, unpackPrefix+hex+"-")
	if err != nil {
		return unpackStats{}, err
	}
	stats, err := c.unpackInto(ctx, tmp, hex, img)
	if err == nil {
		err = os.Rename(tmp, filepath.Join(c.dir, hex))
	}
	if err != nil {
		os.RemoveAll(tmp)
	}
	return stats, err
}

func (c *Cache) unpackInto(ctx context.Context, tmp, hex string, img v1.Image) (unpackStats, error) {
	rootfs := filepath.Join(tmp, rootfsName)
	if err := os.Mkdir(rootfs, 0o755); err != nil {
		return unpackStats{}, err
	}
	flat := mutate.Extract(img)
	stats, err := unpack(ctx, flat, rootfs, min(c.opts.maxBytes, c.max), c.opts.maxEntries, false)
	flat.Close() // stops Extract's goroutine if the unpack stopped early
	if err != nil {
		return stats, err
	}
	b, err := json.Marshal(entryInfo{Digest: "sha256:" + hex, Bytes: stats.Bytes, Entries: stats.Entries})
	if err != nil {
		return stats, err
	}
	if err := os.WriteFile(filepath.Join(tmp, entryName), b, 0o644); err != nil {
		return stats, err
	}
	return stats, syncFS(tmp)
}

// syncFS flushes the file system holding dir to disk.
func syncFS(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fmt.Errorf("syncfs %s: %w", dir, err)
	}
	return nil
}

// releaser returns the release function of one use of e.
func (c *Cache) releaser(e *entry) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			c.mu.Lock()
			e.refs--
			c.touchLocked(e)
			trash := c.evictLocked()
			c.mu.Unlock()
			c.remove(trash)
		})
	}
}

// touchLocked records a use of e now, in memory and as entry.json's mtime.
func (c *Cache) touchLocked(e *entry) {
	e.used = time.Now()
	if err := os.Chtimes(filepath.Join(c.dir, e.hex, entryName), e.used, e.used); err != nil {
		c.log.Warn("image cache: recording a use", keyDigest, "sha256:"+e.hex, keyErr, err)
	}
}

// evictLocked evicts the least recently used entries not in use until the total is
// within the size, moving each out of the way; it returns the directories to remove once
// the lock is released.
func (c *Cache) evictLocked() (trash []string) {
	if c.total <= c.max {
		return nil
	}
	var idle []*entry
	for _, e := range c.entries {
		if e.done && e.refs == 0 {
			idle = append(idle, e)
		}
	}
	slices.SortFunc(idle, func(a, b *entry) int { return a.used.Compare(b.used) })
	for _, e := range idle {
		if c.total <= c.max {
			break
		}
		t, err := os.MkdirTemp(c.dir, evictPrefix)
		if err != nil {
			c.log.Warn("image cache: evicting", keyDigest, "sha256:"+e.hex, keyErr, err)
			continue
		}
		trash = append(trash, t)
		if err := os.Rename(filepath.Join(c.dir, e.hex), filepath.Join(t, e.hex)); err != nil {
			c.log.Warn("image cache: evicting", keyDigest, "sha256:"+e.hex, keyErr, err)
			continue
		}
		delete(c.entries, e.hex)
		c.total -= e.bytes
		c.log.Info("image cache: evicted", keyDigest, "sha256:"+e.hex, keyBytes, e.bytes, "last_use", e.used)
	}
	return trash
}

// remove deletes evicted entries.
func (c *Cache) remove(trash []string) {
	for _, t := range trash {
		if err := os.RemoveAll(t); err != nil {
			c.log.Warn("image cache: removing an evicted entry", keyPath, t, keyErr, err)
		}
	}
}

// Usage returns how many complete entries the cache holds and their bytes of files.
func (c *Cache) Usage() (entries int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.entries {
		if e.done {
			entries++
		}
	}
	return entries, c.total
}
