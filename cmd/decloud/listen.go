package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
)

// listenFlags is where a service listens, and its TLS. Loopback is the default and may be
// plain HTTP; any other address serves HTTPS only (certificate files, or a self-signed pair
// a dev stack makes), since workers, requesters and providers on other machines send keys'
// signatures, results and paid data through it. Clients trust a self-signed certificate
// through the system's roots or SSL_CERT_FILE (Go reads it on Linux and the BSDs).
type listenFlags struct {
	addr, cert, key, selfSigned string
}

func (f *listenFlags) add(cmd *cobra.Command, def, what string) {
	cmd.Flags().StringVar(&f.addr, "http", def, what+" listen address (a non-loopback address needs TLS)")
	cmd.Flags().StringVar(&f.cert, "tls-cert", "", "serve HTTPS with this PEM certificate (chain)")
	cmd.Flags().StringVar(&f.key, "tls-key", "", "the PEM private key of --tls-cert")
	cmd.Flags().StringVar(&f.selfSigned, "tls-self-signed", "", "serve HTTPS with a self-signed certificate kept in this directory (made on first use; "+
		"clients trust it with SSL_CERT_FILE=DIR/cert.pem): for dev stacks across machines")
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// listen opens the listener and says the URL scheme it serves.
func (f *listenFlags) listen() (net.Listener, string, error) {
	host, _, err := net.SplitHostPort(f.addr)
	if err != nil {
		return nil, "", fmt.Errorf("--http %q: %w", f.addr, err)
	}
	cert, keyFile := f.cert, f.key
	switch {
	case f.selfSigned != "" && (cert != "" || keyFile != ""):
		return nil, "", errors.New("give --tls-cert and --tls-key, or --tls-self-signed, not both")
	case f.selfSigned != "":
		if cert, keyFile, err = selfSigned(f.selfSigned, host); err != nil {
			return nil, "", err
		}
	case (cert == "") != (keyFile == ""):
		return nil, "", errors.New("--tls-cert and --tls-key go together")
	}
	if cert == "" && !isLoopback(host) {
		return nil, "", fmt.Errorf("--http %q: a non-loopback address is served over TLS only (--tls-cert and --tls-key, or --tls-self-signed DIR)", f.addr)
	}
	ln, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", f.addr)
	if err != nil {
		return nil, "", err
	}
	if cert == "" {
		return ln, "http", nil
	}
	pair, err := tls.LoadX509KeyPair(cert, keyFile)
	if err != nil {
		_ = ln.Close()
		return nil, "", fmt.Errorf("TLS: %w", err)
	}
	return tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{pair}, MinVersion: tls.VersionTLS12}), "https", nil
}

// selfSigned returns dir's cert.pem and key.pem, making them first if missing: an ECDSA
// P-256 key and a certificate valid for a year for host, localhost and the loopback
// addresses.
func selfSigned(dir, host string) (cert, key string, err error) {
	cert, key = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if _, err := os.Stat(cert); err == nil {
		return cert, key, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", "", err
	}
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return "", "", err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return "", "", err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "decloud dev " + host},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(365 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true, // its own root, for SSL_CERT_FILE
		DNSNames:              []string{"localhost"},
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
	}
	if ip := net.ParseIP(host); ip != nil && !ip.IsUnspecified() {
		tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
	} else if host != "" && ip == nil {
		tmpl.DNSNames = append(tmpl.DNSNames, host)
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		// Listening on every interface: name this machine's addresses.
		if addrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range addrs {
				if n, ok := a.(*net.IPNet); ok {
					tmpl.IPAddresses = append(tmpl.IPAddresses, n.IP)
				}
			}
		}
		if h, err := os.Hostname(); err == nil {
			tmpl.DNSNames = append(tmpl.DNSNames, h)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &priv.PublicKey, priv)
	if err != nil {
		return "", "", err
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		return "", "", err
	}
	if err := os.WriteFile(key, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		return "", "", err
	}
	if err := os.WriteFile(cert, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		return "", "", err
	}
	return cert, key, nil
}
