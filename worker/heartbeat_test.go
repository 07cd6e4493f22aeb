package worker

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// A worker configured to beat every hour beats as often as its pool asks at login: a
// slower beat would have the pool take it for lost between beats.
func TestHeartbeatFollowsThePool(t *testing.T) {
	var beats atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/challenge":
			json.NewEncoder(rw).Encode(map[string]any{"challenge": "0x01", "pool": "0x0000000000000000000000000000000000000001"})
		case "/v1/login":
			json.NewEncoder(rw).Encode(map[string]any{"token": "t", "heartbeatMs": 100})
		case "/v1/heartbeat":
			beats.Add(1)
			json.NewEncoder(rw).Encode(map[string]any{})
		}
	}))
	defer srv.Close()
	w := newTestWorker(t, func(c *Config) { c.PoolURL = srv.URL; c.Heartbeat = time.Hour })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := w.login(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); w.heartbeats(ctx) }()
	defer func() { cancel(); <-done }()
	deadline, ok := t.Deadline()
	if !ok {
		deadline = time.Now().Add(time.Minute)
	}
	for beats.Load() < 3 {
		if time.Now().After(deadline.Add(-time.Second)) {
			t.Fatalf("%d beats: the worker kept its own hourly beat", beats.Load())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A login refused for its challenge (the scheduler restarted between the challenge and the
// login) is tried once more with a fresh challenge; a pool that keeps refusing is asked
// twice, not more, and the refusal is returned.
func TestLoginTakesAFreshChallenge(t *testing.T) {
	for _, c := range []struct {
		name     string
		refusals int32
		ok       bool
	}{{"challenge lost once", 1, true}, {"refused", 1 << 20, false}} {
		t.Run(c.name, func(t *testing.T) {
			var logins atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
				switch r.URL.Path {
				case "/v1/challenge":
					json.NewEncoder(rw).Encode(map[string]any{"challenge": "0x01", "pool": "0x0000000000000000000000000000000000000001"})
				case "/v1/login":
					if logins.Add(1) <= c.refusals {
						rw.WriteHeader(http.StatusUnauthorized)
						json.NewEncoder(rw).Encode(map[string]any{"code": "bad_challenge", "error": "unknown, used or expired challenge"})
						return
					}
					json.NewEncoder(rw).Encode(map[string]any{"token": "t", "heartbeatMs": 100})
				}
			}))
			defer srv.Close()
			w := newTestWorker(t, func(cfg *Config) { cfg.PoolURL = srv.URL })
			err := w.login(context.Background())
			if (err == nil) != c.ok || logins.Load() != 2 {
				t.Fatalf("login: %v after %d attempts", err, logins.Load())
			}
			if c.ok && (w.token.Load() == nil || *w.token.Load() != "t") {
				t.Fatal("no token kept")
			}
		})
	}
}
