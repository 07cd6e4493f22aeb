package ociimage

import (
	"archive/tar"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// Bounds of one name: Linux's PATH_MAX and NAME_MAX, and a depth far beyond real images'.
const (
	maxPathLen = 4096
	maxNameLen = 255
	maxDepth   = 128
)

// kind is what the unpacker made at a path.
type kind uint8

const (
	implicitDir kind = iota + 1 // a directory made for an entry beneath it
	explicitDir                 // a directory entry
	regularFile                 // a regular file, or a hard link to one
	symbolicLink
	pendingLink // a hard link to a file not unpacked yet
)

// unpackStats says what an unpack made and left out.
type unpackStats struct {
	Bytes    int64 // bytes of file content written
	Entries  int   // tar entries read and directories made for them
	Special  int   // device nodes and fifos skipped
	Skipped  int   // other entries left out: later duplicates, hard links to nothing unpacked, unknown types
	Stripped int   // files whose setuid or setgid bit was dropped
}

// unpacker writes a tar stream under a directory it alone writes to.
type unpacker struct {
	root       beneath
	maxBytes   int64
	maxEntries int
	// filesOnly: a layout archive, holding only directories and regular files, written
	// with private modes; any other entry fails the unpack.
	filesOnly bool
	made      map[string]kind // root-relative cleaned path → what is there
	dirs      []dirMeta       // explicit directories' modes and times, applied last
	links     []hardLink      // hard links to files not unpacked yet, made last
	stats     unpackStats
}

type dirMeta struct {
	name  string
	mode  fs.FileMode
	mtime time.Time
}

type hardLink struct{ name, target string }

// unpack writes the tar stream r into dir, an empty directory, within the bounds; see the
// package comment for what it makes of each kind of entry. On error dir holds part of
// the stream: the caller removes it.
func unpack(ctx context.Context, r io.Reader, dir string, maxBytes int64, maxEntries int, filesOnly bool) (unpackStats, error) {
	root, err := openBeneath(dir)
	if err != nil {
		return unpackStats{}, err
	}
	defer root.close()
	u := &unpacker{root: root, maxBytes: maxBytes, maxEntries: maxEntries, filesOnly: filesOnly, made: map[string]kind{}}
	tr := tar.NewReader(r)
	for {
		if err := ctx.Err(); err != nil {
			return u.stats, err
		}
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			// mutate.Extract ends its stream with a tar trailer even when it fails, and
			// reports the failure after it: read on to see it.
			if _, err := io.Copy(io.Discard, r); err != nil {
				return u.stats, streamError(err)
			}
			break
		}
		if err != nil {
			return u.stats, streamError(err)
		}
		if err := u.count(); err != nil {
			return u.stats, err
		}
		if err := u.entry(tr, hdr); err != nil {
			return u.stats, err
		}
	}
	if err := u.finish(); err != nil {
		return u.stats, err
	}
	return u.stats, nil
}

// streamError is the error of reading the stream: the image's fault (a malformed tar,
// a corrupt compressed layer), unless this machine's (a file system error, a cancelled
// context).
func streamError(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("reading the image: %w", err)
	}
	return fmt.Errorf("%w: reading the image: %w", ErrBadImage, err)
}

// count counts one more entry against the bound.
func (u *unpacker) count() error {
	if u.stats.Entries++; u.stats.Entries > u.maxEntries {
		return fmt.Errorf("%w: %w: more than %d entries", ErrBadImage, ErrTooLarge, u.maxEntries)
	}
	return nil
}

// entryPath cleans a tar name into a path relative to the root ("." for the root itself):
// leading slashes are dropped, "." and empty elements removed; a ".." element, a NUL byte,
// a name longer than Linux allows or deeper than maxDepth fails.
func entryPath(name string) (string, error) {
	if len(name) >= maxPathLen || strings.IndexByte(name, 0) >= 0 {
		return "", fmt.Errorf("%w: entry name %.80q is too long or holds a NUL byte", ErrBadImage, name)
	}
	if strings.Count(name, "/") > 2*maxDepth { // before the split below, which this bounds
		return "", fmt.Errorf("%w: entry name %.80q is deeper than %d directories", ErrBadImage, name, maxDepth)
	}
	for el := range strings.SplitSeq(name, "/") {
		if el == ".." {
			return "", fmt.Errorf("%w: entry name %q holds \"..\"", ErrBadImage, name)
		}
		if len(el) > maxNameLen {
			return "", fmt.Errorf("%w: entry name %.80q has an element over %d bytes", ErrBadImage, name, maxNameLen)
		}
	}
	clean := path.Clean("/" + name)[1:]
	if clean == "" {
		return ".", nil
	}
	if strings.Count(clean, "/") >= maxDepth {
		return "", fmt.Errorf("%w: entry name %.80q is deeper than %d directories", ErrBadImage, name, maxDepth)
	}
	return clean, nil
}

func (u *unpacker) entry(tr *tar.Reader, hdr *tar.Header) error {
	name, err := entryPath(hdr.Name)
	if err != nil {
		return err
	}
	if name == "." { // the root itself keeps the mode its creator gave it
		u.stats.Skipped++
		return nil
	}
	if k, ok := u.made[name]; ok { // the first entry of a name wins
		if k == implicitDir && hdr.Typeflag == tar.TypeDir {
			u.made[name] = explicitDir
			u.dirs = append(u.dirs, dirMeta{name, dirMode(hdr), hdr.ModTime})
		} else {
			u.stats.Skipped++
		}
		return nil
	}
	switch hdr.Typeflag {
	case tar.TypeDir, tar.TypeReg, tar.TypeSymlink, tar.TypeLink:
	case tar.TypeChar, tar.TypeBlock, tar.TypeFifo:
		if u.filesOnly {
			return fmt.Errorf("%w: a layout archive holds only files and directories, not %q", ErrBadImage, hdr.Name)
		}
		u.stats.Special++
		return nil
	default:
		u.stats.Skipped++
		return nil
	}
	if u.filesOnly && (hdr.Typeflag == tar.TypeSymlink || hdr.Typeflag == tar.TypeLink) {
		return fmt.Errorf("%w: a layout archive holds only files and directories, not the link %q", ErrBadImage, hdr.Name)
	}
	if err := u.parents(name); err != nil {
		return err
	}
	switch hdr.Typeflag {
	case tar.TypeDir:
		if err := u.root.mkdir(name); err != nil {
			return err
		}
		u.made[name] = explicitDir
		u.dirs = append(u.dirs, dirMeta{name, dirMode(hdr), hdr.ModTime})
		return nil
	case tar.TypeReg:
		return u.file(tr, hdr, name)
	case tar.TypeSymlink:
		if hdr.Linkname == "" || len(hdr.Linkname) >= maxPathLen || strings.IndexByte(hdr.Linkname, 0) >= 0 {
			return fmt.Errorf("%w: symbolic link %q has an empty, overlong or NUL-holding target", ErrBadImage, hdr.Name)
		}
		if err := u.root.symlink(hdr.Linkname, name); err != nil {
			return err
		}
		u.made[name] = symbolicLink
		return nil
	default: // tar.TypeLink
		return u.hardLink(name, hdr.Linkname)
	}
}

// parents makes sure the parent of name is a directory the unpacker made, making the
// missing ones: a parent that is anything else fails the unpack, so no entry is ever
// created through a symbolic link.
func (u *unpacker) parents(name string) error {
	parent := path.Dir(name)
	if parent == "." {
		return nil
	}
	switch u.made[parent] {
	case implicitDir, explicitDir:
		return nil
	case 0:
		if err := u.parents(parent); err != nil {
			return err
		}
		if err := u.count(); err != nil {
			return err
		}
		if err := u.root.mkdir(parent); err != nil {
			return err
		}
		u.made[parent] = implicitDir
		return nil
	}
	return fmt.Errorf("%w: entry %q lies beneath %q, which is not a directory", ErrBadImage, name, parent)
}

// file writes a regular file: its content, its permission bits less setuid and setgid,
// its modification time.
func (u *unpacker) file(tr *tar.Reader, hdr *tar.Header, name string) error {
	if hdr.Size > u.maxBytes-u.stats.Bytes {
		return fmt.Errorf("%w: %w: more than %d bytes of files", ErrBadImage, ErrTooLarge, u.maxBytes)
	}
	f, err := u.root.create(name)
	if err != nil {
		return err
	}
	u.made[name] = regularFile
	n, err := io.Copy(f, tr)
	u.stats.Bytes += n
	if err != nil {
		f.Close()
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			return err
		}
		return fmt.Errorf("%w: reading %q: %w", ErrBadImage, hdr.Name, err)
	}
	perm := fs.FileMode(0o600)
	if !u.filesOnly {
		perm = fs.FileMode(hdr.Mode) & fs.ModePerm
		if hdr.Mode&(0o4000|0o2000) != 0 {
			u.stats.Stripped++
		}
	}
	if err := f.Chmod(perm); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if u.filesOnly {
		return nil
	}
	return u.root.chtimes(name, hdr.ModTime)
}

// hardLink links name to target if target is a regular file already unpacked, or leaves
// it for the end if nothing is at target yet; a link to anything else is skipped.
func (u *unpacker) hardLink(name, linkname string) error {
	target, err := entryPath(linkname)
	if err != nil {
		return err
	}
	switch u.made[target] {
	case regularFile:
		if err := u.root.link(target, name); err != nil {
			return err
		}
		u.made[name] = regularFile
	case 0, pendingLink:
		u.made[name] = pendingLink
		u.links = append(u.links, hardLink{name, target})
	default:
		u.stats.Skipped++
	}
	return nil
}

// finish makes the pending hard links (in stream order, so a link to an earlier pending
// link works), then gives the directories their modes and times, deepest first.
func (u *unpacker) finish() error {
	for _, l := range u.links {
		if u.made[l.target] != regularFile {
			delete(u.made, l.name)
			u.stats.Skipped++
			continue
		}
		if err := u.root.link(l.target, l.name); err != nil {
			return err
		}
		u.made[l.name] = regularFile
	}
	for name, k := range u.made {
		if k == implicitDir {
			u.dirs = append(u.dirs, dirMeta{name, 0o755, time.Unix(0, 0)}) // the same on every worker
		}
	}
	slices.SortFunc(u.dirs, func(a, b dirMeta) int {
		return cmp.Compare(strings.Count(b.name, "/"), strings.Count(a.name, "/"))
	})
	for _, d := range u.dirs {
		mode, mtime := d.mode, d.mtime
		if u.filesOnly {
			mode, mtime = 0o700, time.Time{}
		}
		if err := u.root.chmodDir(d.name, mode); err != nil {
			return err
		}
		if err := u.root.chtimes(d.name, mtime); err != nil {
			return err
		}
	}
	return nil
}

// dirMode is a directory entry's permission bits and sticky bit, less setuid and setgid.
func dirMode(hdr *tar.Header) fs.FileMode {
	mode := fs.FileMode(hdr.Mode) & fs.ModePerm
	if hdr.Mode&0o1000 != 0 {
		mode |= fs.ModeSticky
	}
	return mode
}
