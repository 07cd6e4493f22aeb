// Command probe is a test app for the executor suite: its first argument picks a behaviour
// (good or bad) so one module exercises every limit of a sandbox.
package main

import (
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
		var keep [][]byte
		for {
			keep = append(keep, make([]byte, 16<<20))
			keep[len(keep)-1][0] = 1
		}
	case "net":
		_, err := net.Dial("tcp", "127.0.0.1:80")
		write(out+"/net.txt", fmt.Sprint(err))
		if err == nil {
			os.Exit(3)
		}
	case "escape":
		var b strings.Builder
		for _, p := range []string{"/etc/passwd", "/in/../../etc/passwd", "/out/../etc/hostname", "/proc/self/environ"} {
			_, err := os.ReadFile(p)
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
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(64)
	}
}

func write(path, s string) {
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
