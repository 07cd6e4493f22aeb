package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A service listens where it is told: loopback in plain HTTP, any other address over TLS
// only, with certificate files or a self-signed pair that clients trust explicitly.
func TestListenTLS(t *testing.T) {
	if _, _, err := (&listenFlags{addr: "0.0.0.0:0"}).listen(); err == nil || !strings.Contains(err.Error(), "TLS") {
		t.Fatalf("a non-loopback address without TLS: %v", err)
	}
	if _, _, err := (&listenFlags{addr: "127.0.0.1:0", cert: "c.pem"}).listen(); err == nil {
		t.Fatal("a certificate without its key was accepted")
	}
	dir := filepath.Join(t.TempDir(), "tls")
	// Every interface, over TLS; reached here through 127.0.0.1.
	ln, scheme, err := (&listenFlags{addr: "0.0.0.0:0", selfSigned: dir}).listen()
	if err != nil {
		t.Fatal(err)
	}
	if scheme != "https" {
		t.Fatalf("scheme %s", scheme)
	}
	if fi, err := os.Stat(filepath.Join(dir, "key.pem")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the key file: %v %v", fi, err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "hello") })}
	go srv.Serve(ln)
	defer srv.Close()
	url := "https://127.0.0.1:" + portOf(t, ln.Addr()) + "/"
	get := func(c *http.Client, url string) (*http.Response, error) {
		req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, url, nil)
		if err != nil {
			return nil, err
		}
		return c.Do(req)
	}

	pemBytes, err := os.ReadFile(filepath.Join(dir, "cert.pem"))
	if err != nil {
		t.Fatal(err)
	}
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(pemBytes)
	trusting := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots}}}
	resp, err := get(trusting, url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "hello" {
		t.Fatalf("body %q", body)
	}
	// A client that does not trust the certificate, and one speaking plain HTTP, fail.
	stranger := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: x509.NewCertPool()}}}
	if resp, err := get(stranger, url); err == nil {
		resp.Body.Close()
		t.Fatal("a client that does not trust the self-signed certificate connected")
	}
	if resp, err := get(http.DefaultClient, "http://127.0.0.1:"+portOf(t, ln.Addr())+"/"); err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(b) == "hello" {
			t.Fatal("plain HTTP was served")
		}
	}
	// The pair is kept: a restart serves the same certificate.
	if ln2, _, err := (&listenFlags{addr: "127.0.0.1:0", selfSigned: dir}).listen(); err != nil {
		t.Fatal(err)
	} else {
		ln2.Close()
	}
	if again, _ := os.ReadFile(filepath.Join(dir, "cert.pem")); string(again) != string(pemBytes) {
		t.Fatal("the self-signed certificate was made again")
	}
}

func portOf(t *testing.T, a net.Addr) string {
	_, port, err := net.SplitHostPort(a.String())
	if err != nil {
		t.Fatal(err)
	}
	return port
}
