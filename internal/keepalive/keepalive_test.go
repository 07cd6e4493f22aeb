package keepalive

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// Requests whose bodies are drained (Drain) before they are closed reuse one connection;
// closed unread they do not (the reason for Drain). Concurrent requests through
// Transport(n) find their connections idle again afterwards, up to n.
func TestConnectionsAreReused(t *testing.T) {
	var conns atomic.Int64
	// In a round, every request waits for the round's others: each holds a connection.
	var mu sync.Mutex
	var gate chan struct{}
	var arrived int
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		g := gate
		if g != nil {
			if arrived++; arrived == 8 {
				close(g)
			}
		}
		mu.Unlock()
		if g != nil {
			<-g
		}
		fmt.Fprintln(w, `{"ok":true}`, strings.Repeat(" ", 100))
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()
	get := func(c *http.Client, drain bool) {
		t.Helper()
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, srv.URL, nil)
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if drain {
			Drain(resp.Body)
		}
	}
	count := func(c *http.Client, drain bool) int64 {
		t.Helper()
		before := conns.Load()
		for range 10 {
			get(c, drain)
		}
		return conns.Load() - before
	}
	if n := count(&http.Client{Transport: Transport(4)}, false); n < 5 {
		t.Fatalf("bodies closed unread: %d connections for 10 requests (the test expects Go to dial again)", n)
	}
	if n := count(&http.Client{Transport: Transport(4)}, true); n != 1 {
		t.Fatalf("drained bodies: %d connections for 10 requests", n)
	}

	c := &http.Client{Transport: Transport(8)}
	round := func() {
		mu.Lock()
		gate, arrived = make(chan struct{}), 0
		mu.Unlock()
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() { get(c, true) })
		}
		wg.Wait()
	}
	round()
	before := conns.Load()
	round()
	if n := conns.Load() - before; n != 0 {
		t.Fatalf("a second round of 8 concurrent requests dialed %d connections", n)
	}
}

// endless is a body that never ends, counting what was read of it.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) { e.read += int64(len(p)); return len(p), nil }

// A server that sends a body without end does not keep Drain reading: it stops at its
// bound (the connection is then closed rather than reused).
func TestDrainIsBounded(t *testing.T) {
	var e endless
	Drain(&e)
	if e.read > maxDrain || e.read < maxDrain/2 {
		t.Fatalf("Drain read %d bytes of an endless body (bound %d)", e.read, maxDrain)
	}
}
