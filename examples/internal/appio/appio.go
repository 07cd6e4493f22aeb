// Package appio holds the conventions the example apps share: where the input dataset is
// (the directory named by DECLOUD_IN, /in in the sandbox), where the outputs go (the
// directory named by DECLOUD_OUT, or standard output when it is unset), and how an app
// fails (a one-line message on stderr and a non-zero exit status).
package appio

import (
	"fmt"
	"os"
	"path/filepath"
)

// InDir is the directory holding the app's input files: $DECLOUD_IN, or /in (where the
// sandbox mounts them) when unset.
func InDir() string {
	if d := os.Getenv("DECLOUD_IN"); d != "" {
		return d
	}
	return "/in"
}

// InPath is the path of the input file name.
func InPath(name string) string { return filepath.Join(InDir(), name) }

// Usage reports a bad argument or input and exits with status 2.
func Usage(app, format string, a ...any) {
	fmt.Fprintf(os.Stderr, app+": "+format+"\n", a...)
	os.Exit(2)
}

// Fatal reports a failure and exits with status 1.
func Fatal(app string, err error) {
	fmt.Fprintf(os.Stderr, "%s: %v\n", app, err)
	os.Exit(1)
}

// File is one output file.
type File struct {
	Name string
	Data []byte
}

// Write writes files into $DECLOUD_OUT. When DECLOUD_OUT is unset it prints them to
// standard output instead: a lone file as is (so `app > tile.png` works), several each
// under a "== name ==" line.
func Write(app string, files ...File) {
	dir := os.Getenv("DECLOUD_OUT")
	for _, f := range files {
		var err error
		switch {
		case dir != "":
			err = os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644)
		case len(files) == 1:
			_, err = os.Stdout.Write(f.Data)
		default:
			if _, err = fmt.Printf("== %s ==\n", f.Name); err == nil {
				_, err = os.Stdout.Write(f.Data)
			}
		}
		if err != nil {
			Fatal(app, err)
		}
	}
}
