package worker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/decloud/decloud/storage"
)

// The defaults of Config.MaxInputBytes and Config.FetchTimeout.
const (
	DefaultMaxInputBytes = 256 << 20
	DefaultFetchTimeout  = 5 * time.Minute
	// maxRedirects is how many redirects a download follows.
	maxRedirects = 5
)

var (
	// ErrForbiddenAddress is wrapped by the error of a download that would connect to an
	// address that is not public (loopback, private, link-local…) and not allowed by
	// Config.FetchAllow.
	ErrForbiddenAddress = errors.New("worker: not a public address")
	// ErrTooLarge is wrapped by the error of a download larger than Config.MaxInputBytes.
	ErrTooLarge = errors.New("worker: download too large")
)

// Address ranges that are not the public internet (RFC 6890 and its updates). IPv6 is
// public only in 2000::/3 (global unicast), less these; NAT64's 64:ff9b::/96 is judged by
// the IPv4 address it embeds.
var (
	nonPublic4 = prefixes("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
		"192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
		"203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4")
	global6    = netip.MustParsePrefix("2000::/3")
	nonPublic6 = prefixes("2001::/23", "2001:db8::/32", "2002::/16", "3fff::/20")
	nat64      = netip.MustParsePrefix("64:ff9b::/96")
)

func prefixes(s ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(s))
	for i, p := range s {
		out[i] = netip.MustParsePrefix(p)
	}
	return out
}

// publicAddr reports whether a is a public internet address: not loopback, private
// (RFC 1918, fc00::/7), link-local, CGNAT (100.64/10), unspecified, multicast, broadcast,
// documentation, benchmarking, reserved or a transition mechanism's (6to4, Teredo).
func publicAddr(a netip.Addr) bool {
	a = a.WithZone("").Unmap()
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsUnspecified() || a.IsMulticast() ||
		a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() {
		return false
	}
	if a.Is4() {
		for _, p := range nonPublic4 {
			if p.Contains(a) {
				return false
			}
		}
		return true
	}
	if nat64.Contains(a) {
		b := a.As16()
		return publicAddr(netip.AddrFrom4([4]byte(b[12:])))
	}
	if !global6.Contains(a) {
		return false
	}
	for _, p := range nonPublic6 {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// fetchAllowed reports whether a download may connect to a: a public address, or one in
// allow.
func fetchAllowed(a netip.Addr, allow []netip.Prefix) bool {
	if publicAddr(a) {
		return true
	}
	a = a.WithZone("").Unmap()
	for _, p := range allow {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// newFetchClient returns the client of every download: a request to the pool's storage
// (storageBase's origin, under its /blobs/) goes through storageRT; any other one through
// a transport whose dialer refuses, before connecting, the addresses fetchAllowed refuses.
// The check is on the address dialed, after name resolution and on every redirect, so
// neither a DNS answer nor a redirect leads elsewhere. No proxy is used: the address dialed
// must be the server's. At most maxRedirects redirects are followed.
func newFetchClient(storageBase *url.URL, storageRT http.RoundTripper, allow []netip.Prefix) *http.Client {
	dialer := &net.Dialer{
		Timeout:   30 * time.Second,
		KeepAlive: 30 * time.Second,
		Control: func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: %q", ErrForbiddenAddress, address)
			}
			if !fetchAllowed(ap.Addr(), allow) {
				return fmt.Errorf("%w: %s (the worker's operator may allow it: worker.Config.FetchAllow, decloud worker --fetch-allow)",
					ErrForbiddenAddress, ap.Addr())
			}
			return nil
		},
	}
	guarded := http.DefaultTransport.(*http.Transport).Clone()
	guarded.Proxy = nil
	guarded.DialContext = dialer.DialContext
	guarded.DialTLSContext = nil
	guarded.MaxIdleConnsPerHost = 2
	return &http.Client{
		Transport: &fetchTransport{storage: storageBase, storageRT: storageRT, guarded: guarded},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			return nil
		},
	}
}

// fetchTransport sends the pool's storage's requests through its own transport and any
// other through the guarded one.
type fetchTransport struct {
	storage   *url.URL
	storageRT http.RoundTripper
	guarded   http.RoundTripper
}

func (t *fetchTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if t.storage != nil && isStorageURL(req.URL, t.storage) {
		return t.storageRT.RoundTrip(req)
	}
	return t.guarded.RoundTrip(req)
}

// isStorageURL reports whether u is a blob of the storage at base: the same origin
// (scheme, host, port) and a path under base's /blobs/.
func isStorageURL(u, base *url.URL) bool {
	if !sameOrigin(u, base) || strings.Contains(u.Path, "..") || strings.Contains(u.RawPath, "..") {
		return false
	}
	return strings.HasPrefix(u.Path, strings.TrimRight(base.Path, "/")+"/blobs/")
}

func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Scheme, b.Scheme) && strings.EqualFold(a.Hostname(), b.Hostname()) && port(a) == port(b)
}

func port(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	switch strings.ToLower(u.Scheme) {
	case "http":
		return "80"
	case "https":
		return "443"
	}
	return ""
}

// download streams uri into a new temporary file in dir, computing its sha256 on the way,
// and returns the file's path and the sum (hex). The caller renames the file into place or
// removes it; on error nothing is left in dir. uri is storage:SUM (the pool's storage; the
// bytes must hash to SUM), http(s):// (see newFetchClient), or file:// when local is true
// (apps and datasets, never what a requester names). At most Config.MaxInputBytes are
// accepted, in at most Config.FetchTimeout.
// signer returns the headers of a signed download of blob sum from the pool's storage (a
// dataset is served only to a worker of a deal that bought it). Only storage: URIs are
// signed: a signature is never handed to another host.
type signer func(sum string) (http.Header, error)

func (w *Worker) download(ctx context.Context, uri string, local bool, dir string, sign signer) (path, sum string, err error) {
	ctx, cancel := context.WithTimeout(ctx, w.cfg.FetchTimeout)
	defer cancel()
	defer func() {
		if err != nil {
			err = fmt.Errorf("worker: fetch %s: %w", uri, err)
		}
	}()
	var body io.ReadCloser
	size := int64(-1)
	want := ""
	switch {
	case strings.HasPrefix(uri, "storage:"):
		if w.cfg.Storage == nil {
			return "", "", errors.New("no storage configured")
		}
		if want = strings.TrimPrefix(uri, "storage:"); !storage.ValidSum(want) {
			return "", "", storage.ErrBadSum
		}
		var hdr http.Header
		if sign != nil {
			if hdr, err = sign(want); err != nil {
				return "", "", err
			}
		}
		body, size, err = w.httpGet(ctx, strings.TrimRight(w.cfg.Storage.BaseURL, "/")+"/blobs/"+want, hdr)
	case local && strings.HasPrefix(uri, "file://"):
		f, err := os.Open(strings.TrimPrefix(uri, "file://"))
		if err != nil {
			return "", "", err
		}
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
		body = f
	case strings.HasPrefix(uri, "http://"), strings.HasPrefix(uri, "https://"):
		body, size, err = w.httpGet(ctx, uri, nil)
	default:
		return "", "", errors.New("unsupported URI (storage:SHA256, http:// or https://)")
	}
	if err != nil {
		return "", "", err
	}
	defer body.Close()
	limit := w.cfg.MaxInputBytes
	if size > limit {
		return "", "", fmt.Errorf("%w: %d bytes, over the limit of %d bytes", ErrTooLarge, size, limit)
	}
	f, err := os.CreateTemp(dir, ".download-*")
	if err != nil {
		return "", "", err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(f, h), io.LimitReader(body, limit+1))
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			err = fmt.Errorf("%w (the limit is %v)", err, w.cfg.FetchTimeout)
		}
		return "", "", err
	}
	if n > limit {
		return "", "", fmt.Errorf("%w: over the limit of %d bytes", ErrTooLarge, limit)
	}
	if err := f.Close(); err != nil {
		return "", "", err
	}
	sum = hex.EncodeToString(h.Sum(nil))
	if want != "" && sum != want {
		return "", "", fmt.Errorf("%w: the pool's storage served other bytes", storage.ErrChecksumMismatch)
	}
	return f.Name(), sum, nil
}

// httpGet starts a download through the fetch client; it returns the body and its
// announced length (-1 if unknown).
func (w *Worker) httpGet(ctx context.Context, uri string, hdr http.Header) (io.ReadCloser, int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, uri, nil)
	if err != nil {
		return nil, 0, err
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	resp, err := w.fetcher.Do(req)
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			err = fmt.Errorf("%w (the limit is %v)", err, w.cfg.FetchTimeout)
		}
		return nil, 0, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, 0, fmt.Errorf("GET %s: %s", resp.Request.URL.Redacted(), resp.Status)
	}
	return resp.Body, resp.ContentLength, nil
}

// sumFile is the sha256 (hex) of a file's bytes, read as a stream.
// stamp is what a cached file looked like when its sha256 was last computed: a file whose
// size, modification time and inode are unchanged is not hashed again.
type stamp struct {
	size, mtime int64
	ino         uint64
	sum         string
}

func stampOf(fi os.FileInfo) (size, mtime int64, ino uint64) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		ino = st.Ino
	}
	return fi.Size(), fi.ModTime().UnixNano(), ino
}

// cachedSum is sumFile for the worker's download cache, which every task reads: the sum is
// computed again only when the file changed (a module of megabytes hashed for each trivial
// task was the worker's largest cost).
func (w *Worker) cachedSum(path string) (string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	size, mtime, ino := stampOf(fi)
	if v, ok := w.sums.Load(path); ok {
		if s := v.(stamp); s.size == size && s.mtime == mtime && s.ino == ino {
			return s.sum, nil
		}
	}
	sum, err := sumFile(path)
	if err != nil {
		return "", err
	}
	w.sums.Store(path, stamp{size: size, mtime: mtime, ino: ino, sum: sum})
	return sum, nil
}

func sumFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// copyNew copies src into a new file dst (which must not exist) with mode perm, as a
// stream; on error dst is removed.
func copyNew(src, dst string, perm os.FileMode) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	if _, err = io.Copy(out, in); err == nil {
		err = out.Close()
	} else {
		out.Close()
	}
	if err != nil {
		os.Remove(dst)
	}
	return err
}
