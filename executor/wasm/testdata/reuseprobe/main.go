// Command reuseprobe is a test app for reused sandbox processes: "write" leaves files in
// /out and prints to stdout and stderr; "find" looks for anything an earlier run left
// (its files in /in and /out, under any name it could guess) and exits 3 if it finds any.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	switch os.Args[1] {
	case "write":
		must(os.MkdirAll("/out/dir/sub", 0o755))
		must(os.WriteFile("/out/secret.txt", []byte("secret of "+os.Args[2]), 0o644))
		must(os.WriteFile("/out/dir/sub/deep.txt", []byte("deep"), 0o600))
		fmt.Println("stdout of", os.Args[2])
		fmt.Fprintln(os.Stderr, "stderr of", os.Args[2])
	case "find":
		var found []string
		for _, root := range []string{"/in", "/out", "/"} {
			_ = fs.WalkDir(os.DirFS(root), ".", func(p string, d fs.DirEntry, err error) error {
				if err == nil && p != "." {
					found = append(found, root+":"+p)
				}
				return nil
			})
		}
		for _, p := range []string{"/out/secret.txt", "/out/dir/sub/deep.txt", "/in/input.txt", "/in/../out/secret.txt", "/out/../in/input.txt"} {
			if b, err := os.ReadFile(p); err == nil {
				found = append(found, p+"="+string(b))
			}
		}
		// Only the run's own mounts may show: / lists in and out, /in this run's input.
		var foreign []string
		for _, f := range found {
			if f != "/:in" && f != "/:out" && f != "/in:mine.txt" && f != "/:in/mine.txt" && f != "/in/mine.txt" {
				foreign = append(foreign, f)
			}
		}
		fmt.Println(strings.Join(found, "\n"))
		if len(foreign) > 0 {
			fmt.Fprintln(os.Stderr, "found:", strings.Join(foreign, " "))
			os.Exit(3)
		}
	default:
		os.Exit(64)
	}
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
