package ociimage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"time"

	"golang.org/x/sys/unix"
)

// beneath is a directory the unpacker writes in, by its file descriptor. Every path is
// resolved by the kernel with openat2(RESOLVE_BENEATH|RESOLVE_NO_SYMLINKS): no operation
// reaches outside the directory or passes through a symbolic link, whatever the path; the
// last element is never followed either (O_NOFOLLOW, AT_SYMLINK_NOFOLLOW, or no following
// in the call itself). The kernel walks a path in one call, so an entry costs a few
// system calls however deep it lies.
type beneath int

func openBeneath(dir string) (beneath, error) {
	fd, err := unix.Open(dir, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return -1, &fs.PathError{Op: "open", Path: dir, Err: err}
	}
	return beneath(fd), nil
}

func (b beneath) close() { closeFD(int(b)) }

// closeFD closes a descriptor opened only to reach or change metadata: nothing to flush.
func closeFD(fd int) { _ = unix.Close(fd) }

// open opens name, a path relative to the directory, with flags.
func (b beneath) open(name string, flags uint64) (int, error) {
	how := unix.OpenHow{Flags: flags | unix.O_CLOEXEC, Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_SYMLINKS}
	for range 16 {
		fd, err := unix.Openat2(int(b), name, &how)
		switch {
		case err == nil:
			return fd, nil
		case errors.Is(err, unix.EAGAIN), errors.Is(err, unix.EINTR): // a rename elsewhere raced the walk
			continue
		case errors.Is(err, unix.ENOSYS):
			return -1, fmt.Errorf("unpacking needs openat2 (Linux 5.6 or later): %w", err)
		default:
			return -1, &fs.PathError{Op: "openat2", Path: name, Err: err}
		}
	}
	return -1, &fs.PathError{Op: "openat2", Path: name, Err: unix.EAGAIN}
}

// at calls f with the parent directory of name, opened, and name's last element.
func (b beneath) at(name, op string, f func(dirfd int, base string) error) error {
	dirfd, err := b.open(path.Dir(name), unix.O_PATH|unix.O_DIRECTORY)
	if err != nil {
		return err
	}
	defer closeFD(dirfd)
	if err := f(dirfd, path.Base(name)); err != nil {
		return &fs.PathError{Op: op, Path: name, Err: err}
	}
	return nil
}

func (b beneath) mkdir(name string) error {
	return b.at(name, "mkdirat", func(dirfd int, base string) error { return unix.Mkdirat(dirfd, base, 0o700) })
}

// create makes the regular file name, which must not exist, open for writing.
func (b beneath) create(name string) (*os.File, error) {
	var f *os.File
	err := b.at(name, "openat", func(dirfd int, base string) error {
		fd, err := unix.Openat(dirfd, base, unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0o600)
		if err == nil {
			f = os.NewFile(uintptr(fd), name)
		}
		return err
	})
	return f, err
}

func (b beneath) symlink(target, name string) error {
	return b.at(name, "symlinkat", func(dirfd int, base string) error { return unix.Symlinkat(target, dirfd, base) })
}

// link makes name a hard link to target (not following target if it is a symbolic link).
func (b beneath) link(target, name string) error {
	return b.at(target, "linkat", func(tdirfd int, tbase string) error {
		return b.at(name, "linkat", func(dirfd int, base string) error { return unix.Linkat(tdirfd, tbase, dirfd, base, 0) })
	})
}

// chmodDir gives the directory name its mode, through a descriptor of the directory itself.
func (b beneath) chmodDir(name string, mode fs.FileMode) error {
	fd, err := b.open(name, unix.O_RDONLY|unix.O_DIRECTORY)
	if err != nil {
		return err
	}
	defer closeFD(fd)
	bits := uint32(mode.Perm())
	if mode&fs.ModeSticky != 0 {
		bits |= unix.S_ISVTX
	}
	if err := unix.Fchmod(fd, bits); err != nil {
		return &fs.PathError{Op: "fchmod", Path: name, Err: err}
	}
	return nil
}

// chtimes sets name's access and modification times to mtime (the zero time leaves them).
func (b beneath) chtimes(name string, mtime time.Time) error {
	if mtime.IsZero() {
		return nil
	}
	ts := unix.Timespec{Sec: mtime.Unix(), Nsec: int64(mtime.Nanosecond())}
	return b.at(name, "utimensat", func(dirfd int, base string) error {
		return unix.UtimesNanoAt(dirfd, base, []unix.Timespec{ts, ts}, unix.AT_SYMLINK_NOFOLLOW)
	})
}
