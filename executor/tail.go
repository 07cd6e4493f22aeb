package executor

import "sync"

// TailWriter is an io.Writer that keeps the last MaxLog bytes written to it: an app may
// print without end, the worker holds 64 KiB of it. It is safe for concurrent use.
type TailWriter struct {
	mu  sync.Mutex
	buf []byte
}

func (t *TailWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := len(p)
	if len(p) >= MaxLog {
		t.buf = append(t.buf[:0], p[len(p)-MaxLog:]...)
		return n, nil
	}
	if over := len(t.buf) + len(p) - MaxLog; over > 0 {
		t.buf = append(t.buf[:0], t.buf[over:]...)
	}
	t.buf = append(t.buf, p...)
	return n, nil
}

// Bytes returns a copy of what is kept.
func (t *TailWriter) Bytes() []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]byte(nil), t.buf...)
}
