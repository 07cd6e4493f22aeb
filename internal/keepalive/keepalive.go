// Package keepalive helps HTTP clients keep their connections: Go's transport reuses a
// connection only once its response body was read to the end, and keeps at most
// http.DefaultMaxIdleConnsPerHost (2) idle connections a host by default, so a client with
// more requests in flight to one server than that, or one that closes bodies unread, dials
// anew for most requests.
package keepalive

import (
	"io"
	"net/http"
)

// maxDrain bounds what Drain reads of a body nobody wants: past it, a new connection is
// cheaper than the rest of the body.
const maxDrain = 64 << 10

// Drain reads what is left of body (up to maxDrain bytes), so that closing it gives its
// connection back to the pool:
//
//	defer resp.Body.Close()
//	defer keepalive.Drain(resp.Body)
func Drain(body io.Reader) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, maxDrain))
}

// Transport is http.DefaultTransport's configuration keeping up to perHost idle
// connections to each host: a client with n requests to one server in flight at once
// needs n.
func Transport(perHost int) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = max(perHost, http.DefaultMaxIdleConnsPerHost)
	t.MaxIdleConns = max(t.MaxIdleConns, 4*t.MaxIdleConnsPerHost)
	return t
}
