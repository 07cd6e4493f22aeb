package wasm

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"

	"github.com/landlock-lsm/go-landlock/landlock"
	llsys "github.com/landlock-lsm/go-landlock/landlock/syscall"
	"golang.org/x/sys/unix"
)

// Layers says which confinement layers this machine gives a sandbox child, beyond wazero
// itself (see docs/sandbox.md).
type Layers struct {
	Landlock   int  // the kernel's Landlock ABI version (0: none; file and network rules need 1 and 4)
	Namespaces bool // new pid, network, mount, ipc and uts namespaces (needs root)
}

// Probe reports the layers available here.
func Probe() Layers {
	abi, err := llsys.LandlockGetABIVersion()
	if err != nil {
		abi = 0
	}
	return Layers{Landlock: abi, Namespaces: os.Geteuid() == 0}
}

// Names lists the layers present by the names a pool's admission policy requires them by
// ("landlock", "namespaces"); rlimits and the parent-death signal are always there.
func (l Layers) Names() []string {
	var out []string
	if l.Landlock > 0 {
		out = append(out, "landlock")
	}
	if l.Namespaces {
		out = append(out, "namespaces")
	}
	return out
}

func (l Layers) String() string {
	ns := "no namespaces (not root)"
	if l.Namespaces {
		ns = "pid, network, mount, ipc and uts namespaces, an unprivileged uid"
	}
	ll := "no Landlock"
	if l.Landlock > 0 {
		ll = fmt.Sprintf("Landlock ABI %d", l.Landlock)
	}
	return ll + ", " + ns + ", rlimits, parent-death signal"
}

// prepareCommand makes the child a process group leader killed with its parent (and with
// its group at the deadline), in new namespaces when the worker is root: an empty network
// namespace (no interface, not even loopback), its own pid namespace (it sees itself as 1),
// mount, ipc and uts namespaces. Only stdin, stdout, stderr and the two log pipes are
// inherited: Go opens every other descriptor close-on-exec.
func prepareCommand(cmd *exec.Cmd, l Layers) {
	attr := &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if l.Namespaces {
		attr.Cloneflags = syscall.CLONE_NEWNET | syscall.CLONE_NEWPID | syscall.CLONE_NEWNS | syscall.CLONE_NEWIPC | syscall.CLONE_NEWUTS
	}
	cmd.SysProcAttr = attr
	cmd.Cancel = func() error {
		// The whole group: the child and anything it might have started.
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}

// setupNamespaces runs first in a child that is process 1 of its own pid namespace (the
// worker is root): it makes its mounts private to its mount namespace and mounts a /proc
// of its pid namespace over the host's, so that it sees no host process (and Landlock's
// all-threads helper, which lists /proc/PID/task, finds its own threads).
func setupNamespaces() error {
	if os.Getpid() != 1 {
		return nil
	}
	if err := unix.Mount("", "/", "", unix.MS_REC|unix.MS_PRIVATE, ""); err != nil {
		return fmt.Errorf("private mounts: %w", err)
	}
	if err := unix.Mount("proc", "/proc", "proc", unix.MS_NOSUID|unix.MS_NODEV|unix.MS_NOEXEC, ""); err != nil {
		return fmt.Errorf("mount /proc: %w", err)
	}
	return nil
}

// DefaultSandboxUID is the uid and gid a child runs as when the worker is root: nobody.
// A machine that runs other services as nobody should give the sandbox its own uid
// (Config.UID).
const DefaultSandboxUID = 65534

// maxSandboxTasks is RLIMIT_NPROC for an unprivileged child: the processes and threads all
// of the sandbox uid's processes may hold together (a Go child uses ~10; 4,096 leaves room
// for hundreds of concurrent runs and stops a fork bomb).
const maxSandboxTasks = 4096

// handOver gives the run's directories to the sandbox uid: the child, once unprivileged,
// must read /in and write /out. They are the run's own copies (the worker's cache and data
// directory stay the worker's).
func handOver(uid, gid int, dirs ...string) error {
	for _, dir := range dirs {
		if dir == "" {
			continue
		}
		err := filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			return os.Lchown(p, uid, gid)
		})
		if err != nil {
			return fmt.Errorf("giving %s to the sandbox uid: %w", dir, err)
		}
	}
	return nil
}

// heldDir opens dir while the child is still root and returns a path to it that walks
// none of its ancestors, which the sandbox uid may not search (a worker's data directory
// under /root is 0700): the child's own descriptor under the /proc of its pid namespace.
// The kernel lets a process through its own /proc/PID/fd whatever its uid.
func heldDir(dir string) (string, error) {
	fd, err := unix.Open(dir, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return "", fmt.Errorf("opening %s: %w", dir, err)
	}
	// "/." so that an O_NOFOLLOW open of the mount's root does not stop at the link.
	return fmt.Sprintf("/proc/self/fd/%d/.", fd), nil
}

// dropPrivileges makes every thread of the child the sandbox uid and gid, with no
// supplementary groups; the kernel clears all capabilities with the change. Go's syscall
// package changes the ids of all threads (golang.org/x/sys/unix changes only the caller's).
func dropPrivileges(uid, gid int) error {
	if err := unix.Setrlimit(unix.RLIMIT_NPROC, &unix.Rlimit{Cur: maxSandboxTasks, Max: maxSandboxTasks}); err != nil {
		return fmt.Errorf("setrlimit nproc: %w", err)
	}
	if err := syscall.Setgroups(nil); err != nil {
		return fmt.Errorf("setgroups: %w", err)
	}
	if err := syscall.Setresgid(gid, gid, gid); err != nil {
		return fmt.Errorf("setresgid: %w", err)
	}
	if err := syscall.Setresuid(uid, uid, uid); err != nil {
		return fmt.Errorf("setresuid: %w", err)
	}
	if os.Geteuid() != uid || os.Getuid() != uid {
		return fmt.Errorf("still uid %d after setresuid(%d)", os.Geteuid(), uid)
	}
	return nil
}

// confineChild is called in the child once the module is compiled and before the guest
// runs: it becomes the sandbox uid when the worker is root (last: Landlock's rules are
// opened as root), no core dumps, a cap on each file's size (a backstop to the /out budget), a few
// descriptors, and Landlock rules that leave the process only the directories rw (read
// and write: /out, or a reusable child's jail) and ro (read: /in) of the whole file system,
// no TCP bind or connect, no signals to or abstract sockets of processes outside it.
// BestEffort uses what the kernel has and nothing where it has no Landlock (Probe tells
// the worker's operator).
func confineChild(req request, rw, ro []string) error {
	limits := []struct {
		res int
		max uint64
	}{
		{unix.RLIMIT_CORE, 0},
		{unix.RLIMIT_FSIZE, uint64(req.MaxOutput) + 1},
		{unix.RLIMIT_NOFILE, 256},
	}
	for _, l := range limits {
		if err := unix.Setrlimit(l.res, &unix.Rlimit{Cur: l.max, Max: l.max}); err != nil {
			return fmt.Errorf("setrlimit %d: %w", l.res, err)
		}
	}
	var rules []landlock.Rule
	if len(rw) > 0 {
		rules = append(rules, landlock.RWDirs(rw...))
	}
	if len(ro) > 0 {
		rules = append(rules, landlock.RODirs(ro...))
	}
	if err := landlock.V7.BestEffort().Restrict(rules...); err != nil {
		return fmt.Errorf("landlock: %w", err)
	}
	if req.UID != 0 {
		if err := dropPrivileges(req.UID, req.GID); err != nil {
			return err
		}
		return rearmParentDeath()
	}
	return nil
}

// rearmParentDeath sets the parent-death signal again after the uid change, which cleared
// it (the kernel clears it on every thread whose effective uid or gid changes): without it
// a confined child would outlive a worker killed mid-run, and an idle reusable child would
// wait for its next run forever. The kernel sends it when the thread that started the
// child dies, if any thread of the child has it set: here a thread locked for the child's
// life. A worker that died before it was set has closed its end of the child's stdout
// (poll reports an error): the child then exits.
func rearmParentDeath() error {
	set := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread lives as long as the process
		set <- unix.Prctl(unix.PR_SET_PDEATHSIG, uintptr(unix.SIGKILL), 0, 0, 0)
		select {}
	}()
	if err := <-set; err != nil {
		return fmt.Errorf("parent-death signal: %w", err)
	}
	fds := []unix.PollFd{{Fd: 1, Events: unix.POLLOUT}}
	if n, err := unix.Poll(fds, 0); err == nil && n > 0 && fds[0].Revents&(unix.POLLERR|unix.POLLHUP) != 0 {
		os.Exit(1)
	}
	return nil
}
