package wasm

import (
	"io"
	"os"
	"os/exec"
	"sync"

	"github.com/decloud/decloud/executor"
)

// tail is an io.Writer that keeps the last executor.MaxLog bytes written to it: an app
// may print without end, the worker holds 64 KiB of it.
type tail struct {
	mu  sync.Mutex
	buf []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := len(p)
	if len(p) >= executor.MaxLog {
		t.buf = append(t.buf[:0], p[len(p)-executor.MaxLog:]...)
		return n, nil
	}
	if over := len(t.buf) + len(p) - executor.MaxLog; over > 0 {
		t.buf = append(t.buf[:0], t.buf[over:]...)
	}
	t.buf = append(t.buf, p...)
	return n, nil
}

// Bytes returns a copy of what is kept.
func (t *tail) Bytes() []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]byte(nil), t.buf...)
}

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
