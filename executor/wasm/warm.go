package wasm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/decloud/decloud/executor"
)

// child is one sandbox process: started with what to prepare (its module and memory), it
// compiles the module and waits on stdin for the run. A goroutine locked to the thread that
// started it (the parent-death signal is per thread) reaps it; Executor.wg counts them.
type child struct {
	cmd            *exec.Cmd
	stdin          io.WriteCloser
	out            childOutput         // its own stdout and stderr (a reply is a line)
	stdout, stderr executor.TailWriter // the guest's, through the log pipes (not a reusable child's)
	done           chan struct{}       // closed when it is reaped and its logs drained
	err            error               // cmd.Wait's, once done
	killed         sync.Once
	reaped         atomic.Bool // set as cmd.Wait returns (done waits for the logs too)
	jail           *jail       // a reusable child's directories (nil for a one-run child)
}

// maxReplyLine bounds a reply line (a reusable child's carries the run's log tails).
const maxReplyLine = 1 << 20

// childOutput is a child's own stdout and stderr: it keeps their tail (a one-run child's
// reply is its last line, and a failed child's message is there) and passes each complete
// line that may be a reply, up to maxReplyLine bytes, to lines (a reusable child's
// replies; lines past the channel's room are dropped, never waited for).
type childOutput struct {
	tail     executor.TailWriter
	mu       sync.Mutex
	line     []byte
	overlong bool
	lines    chan []byte
}

func (o *childOutput) Write(p []byte) (int, error) {
	n := len(p)
	_, _ = o.tail.Write(p)
	o.mu.Lock()
	defer o.mu.Unlock()
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		part := p
		if i >= 0 {
			part = p[:i]
		}
		if o.overlong || len(o.line)+len(part) > maxReplyLine {
			o.overlong, o.line = true, o.line[:0]
		} else {
			o.line = append(o.line, part...)
		}
		if i < 0 {
			break
		}
		if !o.overlong && len(o.line) > 0 && o.line[0] == '{' {
			select {
			case o.lines <- bytes.Clone(o.line):
			default:
			}
		}
		o.line, o.overlong = o.line[:0], false
		p = p[i+1:]
	}
	return n, nil
}

// drain drops the lines not taken (a reusable child sends nothing between runs).
func (o *childOutput) drain() {
	for {
		select {
		case <-o.lines:
		default:
			return
		}
	}
}

// spawn starts a child and sends it prep (the module, the cache, the memory).
func (x *Executor) spawn(prep request) (*child, error) {
	c := &child{done: make(chan struct{}), out: childOutput{lines: make(chan []byte, 8)}}
	// Not tied to a run's context: a warm child outlives the run that started it; kill
	// ends it (the deadline, Close, or the worker's death through the parent-death signal).
	c.cmd = exec.CommandContext(context.Background(), x.cfg.Command[0], x.cfg.Command[1:]...) //nolint:gosec // our own binary
	prepareCommand(c.cmd, x.layers)
	c.cmd.Stdout, c.cmd.Stderr = &c.out, &c.out
	c.cmd.Env = []string{} // nothing of the host's environment
	stdin, err := c.cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("wasm: %w", err)
	}
	c.stdin = stdin
	logs, err := logPipes(c.cmd, &c.stdout, &c.stderr)
	if err != nil {
		return nil, fmt.Errorf("wasm: %w", err)
	}
	started := make(chan error, 1)
	x.wg.Add(1)
	go func() {
		defer x.wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		err := c.cmd.Start()
		logs.started()
		started <- err
		if err == nil {
			c.err = c.cmd.Wait()
			c.reaped.Store(true)
		}
		logs.wait()
		close(c.done)
	}()
	if err := <-started; err != nil {
		<-c.done
		return nil, fmt.Errorf("wasm: starting the sandbox process: %w", err)
	}
	if err := json.NewEncoder(c.stdin).Encode(request{Module: prep.Module, CacheDir: prep.CacheDir, Pages: prep.Pages, Merge: prep.Merge}); err != nil {
		c.kill()
		return nil, fmt.Errorf("wasm: preparing the sandbox process: %w", err)
	}
	return c, nil
}

// run sends the run's request and closes the child's stdin: it runs the app.
func (c *child) run(req request) error {
	err := c.send(req)
	if cerr := c.stdin.Close(); err == nil {
		err = cerr
	}
	return err
}

// send sends a request (one line) and leaves stdin open: a reusable child runs it and
// waits for the next.
func (c *child) send(req request) error { return json.NewEncoder(c.stdin).Encode(req) }

// alive reports whether the child has not been reaped.
func (c *child) alive() bool {
	select {
	case <-c.done:
		return false
	default:
		return true
	}
}

// kill kills the child's process group (the child and anything it started) and waits for
// it to be reaped; once, and not after it was reaped (its pid may be another's by then).
func (c *child) kill() {
	c.killed.Do(func() {
		_ = c.stdin.Close()
		if c.cmd.Process != nil && !c.reaped.Load() {
			_ = syscall.Kill(-c.cmd.Process.Pid, syscall.SIGKILL)
		}
	})
	<-c.done
}

// spareKey names what a warm child is ready for: a module (by checksum), a memory size, and
// whether it compiled the module for a reusable child (merged).
func spareKey(checksum string, pages uint32, merged bool) string {
	return fmt.Sprintf("%s/%d/%v", checksum, pages, merged)
}

// takeSpare returns the warm child ready for key and forgets it (nil when none, or when it
// died while waiting).
func (x *Executor) takeSpare(key string) *child {
	x.mu.Lock()
	c := x.spares[key]
	delete(x.spares, key)
	x.order = remove(x.order, key)
	x.mu.Unlock()
	if c == nil {
		return nil
	}
	select {
	case <-c.done:
		return nil // it died waiting (a bad module, a kill): start a new one
	default:
		return c
	}
}

// refill starts a warm child for the next run of prep's module, keeping at most
// Config.Spares of them (the least recently used goes). A closed executor starts none.
func (x *Executor) refill(key string, prep request) {
	if x.cfg.Spares <= 0 {
		return
	}
	x.mu.Lock()
	if x.closed || x.spares[key] != nil {
		x.mu.Unlock()
		return
	}
	x.mu.Unlock()
	c, err := x.spawn(prep)
	if err != nil {
		x.cfg.Logger.Warn("wasm: starting a warm sandbox process", "err", err)
		return
	}
	x.mu.Lock()
	if x.closed || x.spares[key] != nil {
		x.mu.Unlock()
		c.kill()
		return
	}
	x.spares[key] = c
	x.order = append(x.order, key)
	var evicted *child
	if len(x.order) > x.cfg.Spares {
		old := x.order[0]
		x.order = x.order[1:]
		evicted = x.spares[old]
		delete(x.spares, old)
	}
	x.mu.Unlock()
	if evicted != nil {
		evicted.kill()
	}
}

// Close kills the warm and the idle reusable children and waits for every sandbox process
// the executor started (runs in progress end when their contexts do; a reusable child
// that finishes its run then is killed), then removes the jails. The executor starts no
// warm child after, and keeps no child idle.
func (x *Executor) Close() error {
	x.mu.Lock()
	x.closed = true
	spares, idle := x.spares, x.idle
	x.spares, x.order, x.idle = map[string]*child{}, nil, nil
	x.mu.Unlock()
	for _, c := range spares {
		c.kill()
	}
	for _, ic := range idle {
		x.retire(ic.c)
	}
	x.wg.Wait()
	x.closeJails()
	return nil
}

func remove(keys []string, key string) []string {
	for i, k := range keys {
		if k == key {
			return append(keys[:i], keys[i+1:]...)
		}
	}
	return keys
}
