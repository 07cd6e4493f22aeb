// Command probe is a test app for the executor suite: its first argument picks a behaviour
// (good or bad) so one module exercises every limit of a sandbox.
package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: probe MODE")
		os.Exit(64)
	}
	out := os.Getenv("DECLOUD_OUT")
	switch os.Args[1] {
	case "echo": // args, task variables, and the files under /in
		var b strings.Builder
		fmt.Fprintf(&b, "args=%s\n", strings.Join(os.Args[2:], " "))
		for _, k := range []string{"DECLOUD_TASK_ID", "DECLOUD_TASK_INDEX", "DECLOUD_DEAL_ID", "HOME", "PATH"} {
			fmt.Fprintf(&b, "%s=%s\n", k, os.Getenv(k))
		}
		if entries, err := os.ReadDir("/in"); err == nil {
			for _, e := range entries {
				data, _ := os.ReadFile("/in/" + e.Name())
				fmt.Fprintf(&b, "in/%s=%s\n", e.Name(), data)
			}
		}
		write(out+"/echo.txt", b.String())
		fmt.Println("done")
	case "random": // must be identical across runs of the same task
		buf := make([]byte, 32)
		rand.Read(buf)
		write(out+"/random.txt", fmt.Sprintf("%x %d", buf, time.Now().UnixNano()))
	case "loop":
		for i := 0; ; i++ {
			if i < 0 {
				fmt.Println(i)
			}
		}
	case "alloc":
		for {
			b := make([]byte, 16<<20)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1 // every page resident
			}
			kept = append(kept, b)
		}
	case "net":
		_, err := (&net.Dialer{}).DialContext(context.Background(), "tcp", "127.0.0.1:80")
		write(out+"/net.txt", fmt.Sprint(err))
		if err == nil {
			os.Exit(3)
		}
	case "escape":
		var b strings.Builder
		for _, p := range []string{"/etc/passwd", "/in/../../etc/passwd", "/out/../etc/hostname", "/proc/self/environ"} {
			data, err := os.ReadFile(p)
			if p == "/proc/self/environ" && err == nil && string(data) == strings.Join(os.Environ(), "\x00")+"\x00" {
				err = os.ErrNotExist // the app's own environment (a container's /proc): nothing of the host
			}
			fmt.Fprintf(&b, "%s %v\n", p, err == nil)
			if err == nil {
				write(out+"/escape.txt", b.String())
				os.Exit(4)
			}
		}
		if err := os.WriteFile("/in/new.txt", []byte("x"), 0o644); err == nil {
			os.Exit(5)
		}
		write(out+"/escape.txt", b.String())
	case "flood":
		data := make([]byte, 1<<20)
		for i := 0; i < 8; i++ {
			write(fmt.Sprintf("%s/flood-%d", out, i), string(data))
		}
	case "fail":
		fmt.Fprintln(os.Stderr, "cannot parse the input: line 3")
		os.Exit(7)
	case "links": // every way a link could lead out of /in and /out; exits 4 if one did
		var b strings.Builder
		try := func(what string, err error) {
			fmt.Fprintf(&b, "%s: %v\n", what, err)
		}
		leaked := func(p string) {
			if data, err := os.ReadFile(p); err == nil {
				fmt.Fprintf(&b, "LEAK %s: %.40q\n", p, data)
				write(out+"/links.txt", b.String())
				os.Exit(4)
			}
		}
		try("symlink to a relative file", os.Symlink("../../../../../../../../etc/passwd", out+"/lnk"))
		leaked(out + "/lnk")
		try("symlink to a relative directory", os.Symlink("../../../../../../../..", out+"/up"))
		leaked(out + "/up/etc/passwd")
		// A link that leads to the sandbox's own root (a container's, where in and out are)
		// shows nothing of the host; one that lists anything else does.
		if entries, err := os.ReadDir(out + "/up"); err == nil && len(entries) > 0 && !ownRoot(entries) {
			fmt.Fprintf(&b, "LEAK listed the host: %d entries\n", len(entries))
			write(out+"/links.txt", b.String())
			os.Exit(4)
		}
		try("symlink to an absolute path", os.Symlink("/etc/passwd", out+"/abs"))
		leaked(out + "/abs")
		try("write through a link", os.WriteFile(out+"/up/tmp/decloud-escaped", []byte("x"), 0o644))
		try("mkdir", os.Mkdir(out+"/d", 0o755))
		try("dot-dot through a directory", os.WriteFile(out+"/d/../../escaped", []byte("x"), 0o644))
		leaked(out + "/d/../../../../etc/passwd")
		try("hard link from /in", os.Link("/in/data.txt", out+"/hard"))
		try("hard link within /out", os.Link(out+"/d", out+"/hard2"))
		try("rename from /in", os.Rename("/in/data.txt", out+"/moved"))
		try("rename out of /out", os.Rename(out+"/d", "/in/d"))
		// A link the sandbox let the app make inside /out is its own business as long as it
		// leads nowhere outside (checked above) and never reaches the host (the suite checks
		// that no link is left in /out on the host).
		write(out+"/links.txt", b.String())
	case "bigfile": // writes 1 GiB into /out, 1 MiB at a time
		chunk := make([]byte, 1<<20)
		f, err := os.Create(out + "/big")
		if err != nil {
			os.Exit(1)
		}
		for i := 0; i < 1024; i++ {
			if _, err := f.Write(chunk); err != nil {
				fmt.Fprintln(os.Stderr, "write refused:", err)
				os.Exit(9)
			}
		}
	case "manyfiles": // creates 100,000 empty files
		for i := 0; i < 100000; i++ {
			if err := os.WriteFile(fmt.Sprintf("%s/f%d", out, i), nil, 0o644); err != nil {
				fmt.Fprintln(os.Stderr, "create refused:", err)
				os.Exit(9)
			}
		}
	case "chatty": // 256 MiB to stdout and to stderr
		chunk := []byte(strings.Repeat("spam ", 1<<18)) // 1.25 MiB
		for i := 0; i < 205; i++ {
			if _, err := os.Stdout.Write(chunk); err != nil {
				os.Exit(1)
			}
			if _, err := os.Stderr.Write(chunk); err != nil {
				os.Exit(1)
			}
		}
		fmt.Fprintln(os.Stderr, "the end")
	case "observe": // what an app can see of its host: must be the same on every replica
		write(out+"/observe.txt", observe(true))
	case "observe-static": // what an app can see of its host but the clock: the same on every replica of any sandbox
		write(out+"/observe.txt", observe(false))
	case "device": // writes to the device named by the next argument (a GPU task's device)
		f, err := os.OpenFile(os.Args[2], os.O_WRONLY, 0)
		if err == nil {
			_, err = f.Write([]byte("x"))
			f.Close()
		}
		write(out+"/device.txt", fmt.Sprint(err))
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(64)
	}
}

// observe describes what the app sees of its host: its environment, host name, pid and uid,
// and the entries of /in and /out; with clock, also the time, the root's entries and each
// entry's system data (inode, times), which only a sandbox with a fixed clock keeps the
// same across replicas.
func observe(clock bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "env=%q\n", os.Environ())
	dirs := []string{"/in", "/out"}
	if clock {
		fmt.Fprintf(&b, "now=%d\n", time.Now().UnixNano())
		dirs = append(dirs, "/")
	}
	host, err := os.Hostname()
	fmt.Fprintf(&b, "hostname=%q %v pid=%d uid=%d\n", host, err, os.Getpid(), os.Getuid())
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		fmt.Fprintf(&b, "%s: %v\n", dir, err)
		for _, e := range entries {
			info, err := e.Info()
			if err != nil {
				fmt.Fprintf(&b, "  %s %v\n", e.Name(), err)
				continue
			}
			fmt.Fprintf(&b, "  %s %v %d %d", e.Name(), info.Mode(), info.Size(), info.ModTime().UnixNano())
			if clock {
				fmt.Fprintf(&b, " %+v", info.Sys())
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// ownRoot reports whether a directory listing is the sandbox's own root: it holds in and out.
func ownRoot(entries []os.DirEntry) bool {
	seen := 0
	for _, e := range entries {
		if e.Name() == "in" || e.Name() == "out" {
			seen++
		}
	}
	return seen == 2
}

// kept holds what "alloc" allocates, so that none of it is freed.
var kept [][]byte

func write(path, s string) {
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
