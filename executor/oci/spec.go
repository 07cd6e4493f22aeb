package oci

import (
	"sort"
	"strconv"

	specs "github.com/opencontainers/runtime-spec/specs-go"
	"golang.org/x/sys/unix"

	"github.com/decloud/decloud/executor"
)

// bundle is what one run needs to become a runc config.
type bundle struct {
	rootfs     string // the image's unpacked filesystem, mounted read-only
	in, out    string // host directories mounted at /in (read-only) and /out
	args       []string
	env        []string // sorted NAME=VALUE
	cwd        string
	uid, gid   uint32
	memory     int64 // bytes, the cgroup's limit (swap included)
	pids       int64
	tmpBytes   int64   // size of /tmp (a tmpfs, counted in memory)
	cpus       float64 // CPUs the run may use at once (its CFS quota)
	cgroupPath string
}

// maxPids bounds the processes and threads of one run (a fork bomb stops there).
const maxPids = 1024

// runtimeSpec is the OCI runtime configuration of a run: a read-only root, /in read-only,
// /out and /tmp the only writable places, new pid, network (empty: no interface but a
// down loopback), ipc, uts, mount and cgroup namespaces, an unprivileged uid with no
// capability and no new privileges, a seccomp filter, and cgroup limits on memory and
// processes. Hostname and environment are the same on every replica.
func runtimeSpec(b bundle) *specs.Spec {
	env := append([]string(nil), b.env...)
	sort.Strings(env)
	noCaps := &specs.LinuxCapabilities{Bounding: []string{}, Effective: []string{}, Inheritable: []string{}, Permitted: []string{}, Ambient: []string{}}
	memory := b.memory
	s := &specs.Spec{
		Version: specs.Version,
		Process: &specs.Process{
			User:            specs.User{UID: b.uid, GID: b.gid, AdditionalGids: []uint32{}},
			Args:            b.args,
			Env:             env,
			Cwd:             b.cwd,
			Capabilities:    noCaps,
			NoNewPrivileges: true,
			Rlimits: []specs.POSIXRlimit{
				{Type: "RLIMIT_NOFILE", Hard: 4096, Soft: 4096},
				{Type: "RLIMIT_CORE", Hard: 0, Soft: 0},
			},
		},
		Root:     &specs.Root{Path: b.rootfs, Readonly: true},
		Hostname: "decloud",
		Mounts: []specs.Mount{
			{Destination: "/proc", Type: "proc", Source: "proc", Options: []string{"nosuid", "noexec", "nodev"}},
			{Destination: "/dev", Type: "tmpfs", Source: "tmpfs", Options: []string{"nosuid", "strictatime", "mode=755", "size=65536k"}},
			{Destination: "/dev/pts", Type: "devpts", Source: "devpts", Options: []string{"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"}},
			{Destination: "/dev/shm", Type: "tmpfs", Source: "shm", Options: []string{"nosuid", "noexec", "nodev", "mode=1777", "size=65536k"}},
			{Destination: "/dev/mqueue", Type: "mqueue", Source: "mqueue", Options: []string{"nosuid", "noexec", "nodev"}},
			{Destination: "/sys", Type: "sysfs", Source: "sysfs", Options: []string{"nosuid", "noexec", "nodev", "ro"}},
			{Destination: "/tmp", Type: "tmpfs", Source: "tmpfs", Options: []string{"nosuid", "nodev", "mode=1777", "size=" + strconv.FormatInt(b.tmpBytes, 10)}},
			{Destination: "/in", Type: "bind", Source: b.in, Options: []string{"rbind", "ro", "nosuid", "nodev", "noexec"}},
			{Destination: "/out", Type: "bind", Source: b.out, Options: []string{"rbind", "rw", "nosuid", "nodev"}},
		},
		Linux: &specs.Linux{
			Namespaces: []specs.LinuxNamespace{
				{Type: specs.PIDNamespace}, {Type: specs.NetworkNamespace}, {Type: specs.IPCNamespace},
				{Type: specs.UTSNamespace}, {Type: specs.MountNamespace}, {Type: specs.CgroupNamespace},
			},
			CgroupsPath: b.cgroupPath,
			Resources: &specs.LinuxResources{
				Memory: &specs.LinuxMemory{Limit: &memory, Swap: &memory},
				Pids:   &specs.LinuxPids{Limit: &b.pids},
				CPU:    cpuQuota(b.cpus),
				// Every device is denied but those runc creates (null, zero, full, random,
				// urandom, tty, ptmx and pts) and those a CDI injection allows (GPUs).
				Devices: []specs.LinuxDeviceCgroup{{Allow: false, Access: "rwm"}},
			},
			MaskedPaths: []string{
				"/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
				"/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi", "/sys/devices/virtual/powercap",
			},
			ReadonlyPaths: []string{"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"},
			Seccomp:       seccompProfile(),
		},
	}
	return s
}

// cpuPeriod is the CFS period of a run's CPU quota (100 ms, the kernel's default).
const cpuPeriod = 100_000

// cpuQuota caps a run at cpus CPUs of time per period (nil: no cap).
func cpuQuota(cpus float64) *specs.LinuxCPU {
	if cpus <= 0 {
		return nil
	}
	period := uint64(cpuPeriod)
	quota := int64(cpus * cpuPeriod)
	return &specs.LinuxCPU{Period: &period, Quota: &quota}
}

// deniedSyscalls are refused with EPERM: what a confined app never needs and what kernel
// escapes go through (mounts, namespaces, kernel modules and keys, tracing other processes,
// BPF, perf, io_uring, userfaultfd, the clock, reboot). The profile allows the rest (a
// deny list, not Docker's allow list: simpler to keep right, and the app has no
// capability, no new privileges, no network and a read-only root besides).
var deniedSyscalls = []string{
	"acct", "add_key", "bpf", "chroot", "clock_adjtime", "clock_settime", "delete_module", "finit_module",
	"fanotify_init", "fsconfig", "fsmount", "fsopen", "fspick", "init_module", "io_uring_enter", "io_uring_register",
	"io_uring_setup", "ioperm", "iopl", "kcmp", "kexec_file_load", "kexec_load", "keyctl", "lookup_dcookie", "mount",
	"mount_setattr", "move_mount", "name_to_handle_at", "nfsservctl", "open_by_handle_at", "open_tree", "perf_event_open",
	"pivot_root", "process_vm_readv", "process_vm_writev", "ptrace", "quotactl", "quotactl_fd", "reboot", "request_key",
	"setns", "settimeofday", "adjtimex", "swapoff", "swapon", "syslog", "umount2", "unshare", "uselib", "userfaultfd",
	"vhangup",
}

// namespaceFlags are clone's flags that create namespaces: clone refuses each (the rest of
// clone, threads and fork, stays allowed).
var namespaceFlags = []uint64{
	unix.CLONE_NEWNS, unix.CLONE_NEWCGROUP, unix.CLONE_NEWUTS, unix.CLONE_NEWIPC, unix.CLONE_NEWUSER,
	unix.CLONE_NEWPID, unix.CLONE_NEWNET, unix.CLONE_NEWTIME,
}

func seccompProfile() *specs.LinuxSeccomp {
	eperm := uint(unix.EPERM)
	enosys := uint(unix.ENOSYS)
	s := &specs.LinuxSeccomp{
		DefaultAction: specs.ActAllow,
		Architectures: []specs.Arch{specs.ArchX86_64, specs.ArchX86, specs.ArchX32, specs.ArchAARCH64, specs.ArchARM},
		Syscalls: []specs.LinuxSyscall{
			{Names: deniedSyscalls, Action: specs.ActErrno, ErrnoRet: &eperm},
			// clone3 passes its flags in memory, where seccomp cannot read them: refusing
			// it as unimplemented makes C libraries and Go fall back to clone.
			{Names: []string{"clone3"}, Action: specs.ActErrno, ErrnoRet: &enosys},
		},
	}
	for _, f := range namespaceFlags {
		s.Syscalls = append(s.Syscalls, specs.LinuxSyscall{Names: []string{"clone"}, Action: specs.ActErrno, ErrnoRet: &eperm,
			Args: []specs.LinuxSeccompArg{{Index: 0, Value: f, ValueTwo: f, Op: specs.OpMaskedEqual}}})
	}
	return s
}

// defaultTmp is /tmp's size when the memory limit allows it (a quarter of it otherwise).
const defaultTmp = 64 << 20

func tmpSize(memory int64) int64 {
	if memory <= 0 {
		memory = executor.DefaultMemory
	}
	return min(defaultTmp, memory/4)
}
