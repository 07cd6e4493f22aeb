package wasm

import (
	"hash/fnv"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"

	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
	"github.com/tetratelabs/wazero/experimental/sysfs"
	"github.com/tetratelabs/wazero/sys"
)

// fixedTime is every time a guest can read from a file: 2022-01-01T00:00:00Z, the start
// of wazero's fake wall clock, in epoch nanoseconds.
const fixedTime = 1640995200 * int64(1e9)

// guestFS is one mount as the guest sees it: wazero's DirFS of a host directory, wrapped so
// that whatever the app does,
//   - no link can be created (symbolic or hard), and a path with a ".." element is refused,
//     so no path leads out of the mount (the worker puts no link in /in, and /out starts
//     empty);
//   - every time it can read is fixedTime and inode numbers derive from guest paths, and
//     directories list in name order: nothing of the host's clock or disk layout shows, so
//     honest replicas see the same thing;
//   - with a budget (/out), the bytes and entries are counted as they are written, and the
//     budget's limit is enforced before a write reaches the disk.
type guestFS struct {
	experimentalsys.FS
	mount  string  // "/in" or "/out", for inode numbers
	budget *budget // nil for a read-only mount
}

func newGuestFS(hostDir, mount string, b *budget) *guestFS {
	var inner experimentalsys.FS = sysfs.DirFS(hostDir)
	if b == nil {
		inner = &sysfs.ReadFS{FS: inner}
	}
	return &guestFS{FS: inner, mount: mount, budget: b}
}

// budget caps what the guest leaves under /out: the sum of its files' sizes and the number
// of entries it creates. Crossing either calls exceeded (the child ends the run there; in
// tests it records the call) and the write is refused.
type budget struct {
	mu         sync.Mutex
	maxBytes   int64
	maxEntries int
	bytes      int64
	entries    int
	sizes      map[uint64]int64 // host inode → size last seen
	exceeded   func(what string)
}

func newBudget(maxBytes int64, maxEntries int, exceeded func(string)) *budget {
	return &budget{maxBytes: maxBytes, maxEntries: maxEntries, sizes: map[uint64]int64{}, exceeded: exceeded}
}

// allows reports whether ino may grow to size bytes; it records nothing.
func (b *budget) allows(ino uint64, size int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.bytes-b.sizes[ino]+max(size, b.sizes[ino]) <= b.maxBytes
}

// set records ino's size as read after an operation.
func (b *budget) set(ino uint64, size int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.bytes += size - b.sizes[ino]
	b.sizes[ino] = size
}

// removed drops a removed entry from the counts: a file's bytes (no hard link can exist,
// so its blocks are freed) or a directory (ino 0).
func (b *budget) removed(ino uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.bytes -= b.sizes[ino]
	delete(b.sizes, ino)
	b.entries--
}

func (b *budget) addEntry() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.entries >= b.maxEntries {
		return false
	}
	b.entries++
	return true
}

func (b *budget) over(what string) experimentalsys.Errno {
	b.exceeded(what)
	return experimentalsys.EPERM
}

// hostFailure is what exceeded is told when the worker's disk refused a change under /out
// (full, over a quota, failing): not the app's doing, so the run ends as the machine's
// failure, which the worker does not certify.
const hostFailure = "host"

// checkHost ends the run when errno, from a change under /out, says the host refused it
// (wazero reports ENOSPC, EDQUOT and EIO alike as EIO).
func (b *budget) checkHost(errno experimentalsys.Errno) experimentalsys.Errno {
	if b != nil && errno == experimentalsys.EIO {
		return b.over(hostFailure)
	}
	return errno
}

// checkPath refuses a path with a ".." element (wazero resolves guest paths beneath the
// mount already; this keeps it so whatever a future version does).
func checkPath(p string) experimentalsys.Errno {
	if slices.Contains(strings.Split(p, "/"), "..") {
		return experimentalsys.EPERM
	}
	return 0
}

func (g *guestFS) ino(p string) sys.Inode {
	h := fnv.New64a()
	_, _ = io.WriteString(h, g.mount+"/"+strings.Trim(p, "/")) // a hash does not fail
	return sys.Inode(h.Sum64() | 1)
}

func (g *guestFS) hide(st sys.Stat_t, p string) sys.Stat_t {
	st.Dev, st.Ino = 1, g.ino(p)
	st.Atim, st.Mtim, st.Ctim = fixedTime, fixedTime, fixedTime
	return st
}

func (g *guestFS) OpenFile(p string, flag experimentalsys.Oflag, perm fs.FileMode) (experimentalsys.File, experimentalsys.Errno) {
	if errno := checkPath(p); errno != 0 {
		return nil, errno
	}
	if g.budget != nil && flag&experimentalsys.O_CREAT != 0 {
		if _, errno := g.FS.Lstat(p); errno == experimentalsys.ENOENT && !g.budget.addEntry() {
			return nil, g.budget.over("files")
		}
	}
	f, errno := g.FS.OpenFile(p, flag|experimentalsys.O_NOFOLLOW, perm)
	if errno != 0 {
		if flag&experimentalsys.O_CREAT != 0 {
			errno = g.budget.checkHost(errno)
		}
		return nil, errno
	}
	gf := &guestFile{File: f, fs: g, path: p}
	if g.budget != nil && flag&experimentalsys.O_TRUNC != 0 {
		gf.settle()
	}
	return gf, 0
}

func (g *guestFS) Lstat(p string) (sys.Stat_t, experimentalsys.Errno) {
	if errno := checkPath(p); errno != 0 {
		return sys.Stat_t{}, errno
	}
	st, errno := g.FS.Lstat(p)
	return g.hide(st, p), errno
}

func (g *guestFS) Stat(p string) (sys.Stat_t, experimentalsys.Errno) {
	if errno := checkPath(p); errno != 0 {
		return sys.Stat_t{}, errno
	}
	st, errno := g.FS.Lstat(p) // no link exists to follow
	return g.hide(st, p), errno
}

func (g *guestFS) Mkdir(p string, perm fs.FileMode) experimentalsys.Errno {
	if errno := checkPath(p); errno != 0 {
		return errno
	}
	if g.budget != nil && !g.budget.addEntry() {
		return g.budget.over("files")
	}
	return g.budget.checkHost(g.FS.Mkdir(p, perm))
}

func (g *guestFS) Rename(from, to string) experimentalsys.Errno {
	if errno := max(checkPath(from), checkPath(to)); errno != 0 {
		return errno
	}
	var replaced sys.Stat_t
	var had experimentalsys.Errno = experimentalsys.ENOENT
	if g.budget != nil {
		replaced, had = g.FS.Lstat(to)
	}
	if errno := g.FS.Rename(from, to); errno != 0 {
		return errno
	}
	if had == 0 && replaced.Mode.IsRegular() {
		g.budget.removed(replaced.Ino)
	}
	return 0
}

func (g *guestFS) Unlink(p string) experimentalsys.Errno {
	if errno := checkPath(p); errno != 0 {
		return errno
	}
	st, statErr := g.FS.Lstat(p)
	if errno := g.FS.Unlink(p); errno != 0 {
		return errno
	}
	if g.budget != nil && statErr == 0 {
		g.budget.removed(st.Ino)
	}
	return 0
}

func (g *guestFS) Rmdir(p string) experimentalsys.Errno {
	if errno := checkPath(p); errno != 0 {
		return errno
	}
	if errno := g.FS.Rmdir(p); errno != 0 {
		return errno
	}
	if g.budget != nil {
		g.budget.removed(0)
	}
	return 0
}

func (g *guestFS) Chmod(p string, perm fs.FileMode) experimentalsys.Errno {
	if errno := checkPath(p); errno != 0 {
		return errno
	}
	return g.FS.Chmod(p, perm)
}

// Link and Symlink are refused: a link is the one way out of a mount that path checks
// cannot see (a relative symlink the host would follow, a hard link to a file of another
// directory of the host).
func (g *guestFS) Link(string, string) experimentalsys.Errno    { return experimentalsys.EPERM }
func (g *guestFS) Symlink(string, string) experimentalsys.Errno { return experimentalsys.EPERM }

// Readlink finds no link: none can exist.
func (g *guestFS) Readlink(string) (string, experimentalsys.Errno) { return "", experimentalsys.EINVAL }

// Utimens succeeds and changes nothing: every time the guest reads is fixedTime anyway.
func (g *guestFS) Utimens(p string, _, _ int64) experimentalsys.Errno { return checkPath(p) }

// guestFile is a file opened through a guestFS.
type guestFile struct {
	experimentalsys.File
	fs   *guestFS
	path string
	// A directory's entries not yet returned, sorted, read at the first Readdir after open
	// or a rewind.
	dirents []experimentalsys.Dirent
	listed  bool
}

func (f *guestFile) Ino() (sys.Inode, experimentalsys.Errno) { return f.fs.ino(f.path), 0 }
func (f *guestFile) Dev() (uint64, experimentalsys.Errno)    { return 1, 0 }

func (f *guestFile) Stat() (sys.Stat_t, experimentalsys.Errno) {
	st, errno := f.File.Stat()
	return f.fs.hide(st, f.path), errno
}

func (f *guestFile) Utimens(int64, int64) experimentalsys.Errno { return 0 }

// Readdir lists a directory in name order: it reads the whole directory at the first call
// and serves it from there. A rewind (wazero seeks the directory back to its start when the
// guest asks from cookie 0 again) shows as the host directory having entries to read once
// more: the listing is then read again.
func (f *guestFile) Readdir(n int) ([]experimentalsys.Dirent, experimentalsys.Errno) {
	more, errno := f.File.Readdir(-1)
	if errno != 0 {
		return nil, errno
	}
	if !f.listed || len(more) > 0 {
		slices.SortFunc(more, func(a, b experimentalsys.Dirent) int { return strings.Compare(a.Name, b.Name) })
		for i := range more {
			more[i].Ino = f.fs.ino(strings.Trim(f.path, "/") + "/" + more[i].Name)
		}
		f.dirents, f.listed = more, true
	}
	if n < 0 || n > len(f.dirents) {
		n = len(f.dirents)
	}
	out := f.dirents[:n:n]
	f.dirents = f.dirents[n:]
	return out, 0
}

// hostStat is the file's real inode and size.
func (f *guestFile) hostStat() (uint64, int64, experimentalsys.Errno) {
	st, errno := f.File.Stat()
	return st.Ino, st.Size, errno
}

// admit checks that writing n bytes at off (the current offset when off < 0) keeps /out
// within its budget.
func (f *guestFile) admit(n int, off int64) experimentalsys.Errno {
	b := f.fs.budget
	if b == nil {
		return 0
	}
	ino, size, errno := f.hostStat()
	if errno != 0 {
		return errno
	}
	if off < 0 {
		if f.IsAppend() {
			off = size
		} else if off, errno = f.File.Seek(0, io.SeekCurrent); errno != 0 {
			return errno
		}
	}
	if !b.allows(ino, off+int64(n)) {
		return b.over("bytes")
	}
	return 0
}

// settle records the file's size after a change.
func (f *guestFile) settle() {
	if f.fs.budget == nil {
		return
	}
	if ino, size, errno := f.hostStat(); errno == 0 {
		f.fs.budget.set(ino, size)
	}
}

func (f *guestFile) Write(buf []byte) (int, experimentalsys.Errno) {
	if errno := f.admit(len(buf), -1); errno != 0 {
		return 0, errno
	}
	n, errno := f.File.Write(buf)
	f.settle()
	return n, f.fs.budget.checkHost(errno)
}

func (f *guestFile) Pwrite(buf []byte, off int64) (int, experimentalsys.Errno) {
	if errno := f.admit(len(buf), off); errno != 0 {
		return 0, errno
	}
	n, errno := f.File.Pwrite(buf, off)
	f.settle()
	return n, f.fs.budget.checkHost(errno)
}

func (f *guestFile) Truncate(size int64) experimentalsys.Errno {
	if f.fs.budget != nil {
		ino, _, errno := f.hostStat()
		if errno != 0 {
			return errno
		}
		if !f.fs.budget.allows(ino, size) {
			return f.fs.budget.over("bytes")
		}
	}
	errno := f.File.Truncate(size)
	f.settle()
	return f.fs.budget.checkHost(errno)
}
