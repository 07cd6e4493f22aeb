package pgtest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// dirPrefix names the temporary directories of started servers (under os.TempDir()).
const dirPrefix = "decloud-pgtest-"

// ownerFile, in such a directory, holds the pid of the test process that made it.
const ownerFile = "owner.pid"

// readyLine is what postgres logs once it accepts connections (its messages are in
// English: the cluster is initialized with locale C).
const readyLine = "database system is ready to accept connections"

// server is a PostgreSQL server this process started.
type server struct {
	dir string // removed by stop
	dsn string // of its postgres database, as superuser postgres

	cmd      *exec.Cmd
	exited   chan struct{} // closed once the postmaster exited
	drained  chan struct{} // closed once its output reached EOF
	ready    chan struct{} // closed once it logged readyLine
	mu       sync.Mutex
	logTail  []string // its last lines of output, for errors
	readyOne sync.Once
}

// start initializes a cluster in a new temporary directory and runs a server on it.
func start() (*server, error) {
	bin, err := programs()
	if err != nil {
		return nil, err
	}
	removeStale()
	dir, err := os.MkdirTemp("", dirPrefix)
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	s, err := initAndRun(bin, dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return s, nil
}

func initAndRun(bin, dir string) (*server, error) {
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	cred, err := credential()
	if err != nil {
		return nil, err
	}
	if cred != nil {
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			return nil, fmt.Errorf("pgtest: giving %s to uid %d: %w", dir, cred.Uid, err)
		}
	}
	data := filepath.Join(dir, "data")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	initdb := exec.CommandContext(ctx, filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "-A", "trust",
		"-E", "UTF8", "--locale=C", "--no-sync")
	initdb.Dir, initdb.Env, initdb.SysProcAttr = dir, environ(), &syscall.SysProcAttr{Credential: cred}
	if out, err := initdb.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pgtest: initdb: %w\n%s", err, out)
	}
	// The free port may be taken between its choice and the server's bind: try again then.
	var last error
	for range 3 {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		s, err := run(bin, dir, data, port, cred)
		if err == nil {
			return s, nil
		}
		last = err
	}
	return nil, last
}

// programs is the directory holding initdb and postgres: PATH's, else the newest under
// /usr/lib/postgresql (Debian keeps them off PATH).
func programs() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "postgres")); err == nil {
			return dir, nil
		}
	}
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	slices.SortFunc(found, func(a, b string) int { return version(b) - version(a) })
	for _, p := range found {
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "postgres")); err == nil {
			return dir, nil
		}
	}
	return "", errors.New("PostgreSQL's programs (initdb, postgres) are neither on PATH nor under /usr/lib/postgresql/*/bin")
}

// version is the major version in a path /usr/lib/postgresql/VERSION/bin/initdb.
func version(p string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(p))))
	return v
}

// credential is who runs the server: nil (this process's user) unless that is root, which
// postgres refuses; then user postgres if there is one, else nobody (65534).
func credential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return &syscall.Credential{Uid: 65534, Gid: 65534}, nil
	}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("pgtest: user postgres has uid %q, gid %q", u.Uid, u.Gid)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

// environ is the servers' environment: English messages, UTC.
func environ() []string {
	return []string{"PATH=" + os.Getenv("PATH"), "LC_ALL=C", "LANG=C", "TZ=UTC"}
}

// freePort returns a TCP port of 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	ln, err := new(net.ListenConfig).Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pgtest: %w", err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	return port, ln.Close()
}

// run starts postgres on data, listening on 127.0.0.1:port and a socket in dir, and waits
// until it accepts connections. Durability is off: the cluster is thrown away.
func run(bin, dir, data string, port int, cred *syscall.Credential) (*server, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	cmd := exec.CommandContext(context.Background(), filepath.Join(bin, "postgres"), "-D", data, "-p", strconv.Itoa(port), "-k", dir,
		"-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "shared_buffers=32MB")
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, environ(), w, w
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGQUIT}
	s := &server{dir: dir, dsn: fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port), cmd: cmd,
		exited: make(chan struct{}), drained: make(chan struct{}), ready: make(chan struct{})}
	started := make(chan error, 1)
	// The server's owner: it starts postgres and waits for it on one locked thread, since
	// Pdeathsig fires when the thread that started the child ends, not the process. The
	// goroutine ends when postgres does (stop, or its own failure).
	go func() {
		defer close(s.exited)
		runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		_ = cmd.Wait() // its exit status says nothing stop does not know
	}()
	err = <-started
	w.Close() // postgres and its children hold the write end now
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("pgtest: starting postgres: %w", err)
	}
	go s.read(r) // ends at EOF, once every postgres process exited
	select {
	case <-s.ready:
		return s, nil
	case <-s.exited:
		<-s.drained
		return nil, fmt.Errorf("pgtest: postgres exited at start:\n%s", s.tail())
	case <-time.After(2 * time.Minute):
		err := fmt.Errorf("pgtest: postgres not ready after 2 minutes:\n%s", s.tail())
		s.shutdown()
		return nil, err
	}
}

// read keeps the server's last lines of output and notes when it is ready.
func (s *server) read(out io.ReadCloser) {
	defer close(s.drained)
	defer out.Close()
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		s.mu.Lock()
		if s.logTail = append(s.logTail, line); len(s.logTail) > 50 {
			s.logTail = s.logTail[1:]
		}
		s.mu.Unlock()
		if strings.Contains(line, readyLine) {
			s.readyOne.Do(func() { close(s.ready) })
		}
	}
	_, _ = io.Copy(io.Discard, out) // past a line too long to scan: postgres must never block on its output
}

func (s *server) tail() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Join(s.logTail, "\n")
}

// shutdown stops the server (fast: open sessions are ended) and waits until it exited.
func (s *server) shutdown() {
	_ = s.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-s.exited:
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	<-s.drained
}

// stop shuts the server down and removes its directory.
func (s *server) stop() error {
	s.shutdown()
	if err := os.RemoveAll(s.dir); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	return nil
}

// removeStale removes the directories of servers whose test process is gone (killed
// before its TestMain could stop them).
func removeStale() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), dirPrefix+"*"))
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, ownerFile))
		if err != nil {
			continue // being made right now, or not ours
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || pid <= 0 {
			continue
		}
		if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
			os.RemoveAll(d)
		}
	}
}
