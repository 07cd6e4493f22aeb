// Command hostile is a test app for the container sandbox: it tries what a confined app
// must not be able to do (become root, make namespaces, mount, trace, load kernel code,
// reach devices or the network with privileges) and exits 4 naming the first that worked.
package main

import (
	"fmt"
	"os"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

func main() {
	var report strings.Builder
	worked := ""
	try := func(what string, err error) {
		fmt.Fprintf(&report, "%s: %v\n", what, err)
		if err == nil && worked == "" {
			worked = what
		}
	}
	try("setuid 0", syscall.Setuid(0))
	try("unshare a user namespace", unix.Unshare(unix.CLONE_NEWUSER))
	try("unshare a mount namespace", unix.Unshare(unix.CLONE_NEWNS))
	try("mount a tmpfs", unix.Mount("tmpfs", "/tmp", "tmpfs", 0, ""))
	try("chroot", unix.Chroot("/tmp"))
	try("sethostname", unix.Sethostname([]byte("evil")))
	try("trace pid 1", unix.PtraceAttach(1))
	_, err := unix.Socket(unix.AF_INET, unix.SOCK_RAW, unix.IPPROTO_ICMP)
	try("a raw socket", err)
	try("bpf", rawErr(unix.SYS_BPF, 5 /* BPF_PROG_LOAD */, 0, 0))
	try("mknod a disk", unix.Mknod("/tmp/sda", unix.S_IFBLK|0o600, int(unix.Mkdev(8, 0))))
	f, err := os.OpenFile("/dev/kmsg", os.O_RDONLY, 0)
	if err == nil {
		f.Close()
	}
	try("open /dev/kmsg", err)
	try("write the read-only root", os.WriteFile("/evil", []byte("x"), 0o644))
	try("io_uring", rawErr(unix.SYS_IO_URING_SETUP, 1, 0, 0))
	try("perf_event_open", rawErr(unix.SYS_PERF_EVENT_OPEN, 0, 0, 0))
	try("set the clock", unix.ClockSettime(unix.CLOCK_REALTIME, &unix.Timespec{Sec: 1}))
	_ = os.WriteFile("/out/report.txt", []byte(report.String()), 0o644)
	if worked != "" {
		fmt.Fprintln(os.Stderr, "worked:", worked)
		os.Exit(4)
	}
}

// rawErr makes a system call and returns its error: EPERM from the filter, or the kernel's
// own refusal of the bad arguments (EFAULT, EINVAL), which shows the call got through.
func rawErr(trap, a1, a2, a3 uintptr) error {
	_, _, e := unix.Syscall(trap, a1, a2, a3)
	if e == unix.EPERM || e == unix.ENOSYS || e == unix.EACCES {
		return e
	}
	return nil // reached the kernel: the filter let it through
}
