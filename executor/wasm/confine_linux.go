package wasm

import (
	"fmt"
	"os"
	"os/exec"
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
		ns = "pid, network, mount, ipc and uts namespaces"
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

// confineChild is called in the child once the module is compiled and before the guest
// runs: no core dumps, a cap on each file's size (a backstop to the /out budget), a few
// descriptors, and Landlock rules that leave the process only /in (read) and /out (read
// and write) of the whole file system, no TCP bind or connect, no signals to or abstract
// sockets of processes outside it. BestEffort uses what the kernel has and nothing where it
// has no Landlock (Probe tells the worker's operator).
func confineChild(req request) error {
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
	rules := []landlock.Rule{landlock.RWDirs(req.OutputDir)}
	if req.InputDir != "" {
		rules = append(rules, landlock.RODirs(req.InputDir))
	}
	if err := landlock.V7.BestEffort().Restrict(rules...); err != nil {
		return fmt.Errorf("landlock: %w", err)
	}
	return nil
}
