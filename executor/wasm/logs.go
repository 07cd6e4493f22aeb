package wasm

import (
	"io"
	"os"
	"os/exec"
	"sync"
)

// pipes are the guest's stdout and stderr, passed to the child as descriptors 3 and 4 and
// drained into tails by goroutines that pipes owns.
type pipes struct {
	writers []*os.File
	wg      sync.WaitGroup
}

func logPipes(cmd *exec.Cmd, dst ...io.Writer) (*pipes, error) {
	p := &pipes{}
	for _, w := range dst {
		r, wr, err := os.Pipe()
		if err != nil {
			p.started()
			return nil, err
		}
		p.writers = append(p.writers, wr)
		cmd.ExtraFiles = append(cmd.ExtraFiles, wr)
		p.wg.Go(func() {
			defer r.Close()
			_, _ = io.Copy(w, r) // ends when the child closes its end; the writers never fail
		})
	}
	return p, nil
}

// started closes the parent's copies of the write ends, once the child has its own (or
// failed to start): the readers then end when the child does.
func (p *pipes) started() {
	for _, w := range p.writers {
		w.Close()
	}
}

// wait waits for the readers.
func (p *pipes) wait() { p.wg.Wait() }
