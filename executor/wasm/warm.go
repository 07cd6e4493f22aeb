package wasm

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"runtime"
	"syscall"

	"github.com/decloud/decloud/executor"
)

// child is one sandbox process: started with what to prepare (its module and memory), it
// compiles the module and waits on stdin for the run. A goroutine locked to the thread that
// started it (the parent-death signal is per thread) reaps it; Executor.wg counts them.
type child struct {
	cmd            *exec.Cmd
	stdin          io.WriteCloser
	out            executor.TailWriter // its own stdout and stderr (the reply is the last line)
	stdout, stderr executor.TailWriter // the guest's, through the log pipes
	done           chan struct{}       // closed when it is reaped and its logs drained
	err            error               // cmd.Wait's, once done
}

// spawn starts a child and sends it prep (the module, the cache, the memory).
func (x *Executor) spawn(prep request) (*child, error) {
	c := &child{done: make(chan struct{})}
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
		}
		logs.wait()
		close(c.done)
	}()
	if err := <-started; err != nil {
		<-c.done
		return nil, fmt.Errorf("wasm: starting the sandbox process: %w", err)
	}
	if err := json.NewEncoder(c.stdin).Encode(request{Module: prep.Module, CacheDir: prep.CacheDir, Pages: prep.Pages}); err != nil {
		c.kill()
		return nil, fmt.Errorf("wasm: preparing the sandbox process: %w", err)
	}
	return c, nil
}

// run sends the run's request and closes the child's stdin: it runs the app.
func (c *child) run(req request) error {
	err := json.NewEncoder(c.stdin).Encode(req)
	if cerr := c.stdin.Close(); err == nil {
		err = cerr
	}
	return err
}

// kill kills the child's process group (the child and anything it started) and waits for
// it to be reaped.
func (c *child) kill() {
	_ = c.stdin.Close()
	if c.cmd.Process != nil {
		_ = syscall.Kill(-c.cmd.Process.Pid, syscall.SIGKILL)
	}
	<-c.done
}

// spareKey names what a warm child is ready for: a module (by checksum) and a memory size.
func spareKey(checksum string, pages uint32) string { return fmt.Sprintf("%s/%d", checksum, pages) }

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

// Close kills the warm children and waits for every sandbox process the executor started
// (runs in progress end when their contexts do). The executor starts no warm child after.
func (x *Executor) Close() error {
	x.mu.Lock()
	x.closed = true
	spares := x.spares
	x.spares, x.order = map[string]*child{}, nil
	x.mu.Unlock()
	for _, c := range spares {
		c.kill()
	}
	x.wg.Wait()
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
