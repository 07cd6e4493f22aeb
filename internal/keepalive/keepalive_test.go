package keepalive

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// Requests whose bodies are closed unread, with Close, reuse one connection; with a plain
// Body.Close they do not (the reason for Close). Concurrent requests through Transport(n)
// find their connections idle again afterwards, up to n.
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
	get := func(c *http.Client, closer func(io.ReadCloser)) {
		t.Helper()
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, srv.URL, nil)
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		closer(resp.Body)
	}
	count := func(c *http.Client, closer func(io.ReadCloser)) int64 {
		t.Helper()
		before := conns.Load()
		for range 10 {
			get(c, closer)
		}
		return conns.Load() - before
	}
	plain := func(b io.ReadCloser) { _ = b.Close() }
	if n := count(&http.Client{Transport: Transport(4)}, plain); n < 5 {
		t.Fatalf("bodies closed unread: %d connections for 10 requests (the test expects Go to dial again)", n)
	}
	if n := count(&http.Client{Transport: Transport(4)}, Close); n != 1 {
		t.Fatalf("bodies drained by Close: %d connections for 10 requests", n)
	}

	c := &http.Client{Transport: Transport(8)}
	round := func() {
		mu.Lock()
		gate, arrived = make(chan struct{}), 0
		mu.Unlock()
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() { get(c, Close) })
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
