// Command build writes the two legacy example apps (package examples/legacy) as OCI image
// layout archives, built from this machine's busybox and Python with no Docker daemon, and
// prints each one's manifest digest (its checksum on chain):
//
//	go run ./examples/legacy/build -out DIR
//	decloud app deploy --oci DIR/wordfreq.tar
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	v1 "github.com/google/go-containerregistry/pkg/v1"

	"github.com/decloud/decloud/examples/legacy"
	"github.com/decloud/decloud/executor/oci/ociimage"
)

func main() {
	out := flag.String("out", ".", "directory for wordfreq.tar and stats.tar")
	busybox := flag.String("busybox", "/bin/busybox", "a static busybox (Debian: busybox-static)")
	python := flag.String("python", "/usr/bin/python3", "the CPython to package")
	sample := flag.String("sample", "examples/efast", "a directory of CSV files stats.py runs on once, to find the modules it loads")
	flag.Parse()
	if err := run(*out, *busybox, *python, *sample); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func run(out, busybox, python, sample string) error {
	bb, err := legacy.Busybox(busybox)
	if err != nil {
		return err
	}
	py, err := legacy.Python(context.Background(), python, sample)
	if err != nil {
		return err
	}
	for name, img := range map[string]v1.Image{"wordfreq": bb, "stats": py} {
		path := filepath.Join(out, name+".tar")
		if err := ociimage.WriteArchive(img, path); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		d, err := img.Digest()
		if err != nil {
			return err
		}
		fmt.Printf("%s %s\n", path, d)
	}
	return nil
}
