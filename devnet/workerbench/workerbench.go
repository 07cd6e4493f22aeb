// Package workerbench loads one scheduler with many simulated workers (login, heartbeats
// and work requests; no execution). The workers run in a child process of the same binary,
// so the parent's resource use is the scheduler's (plus the idle embedded chain).
package workerbench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
)

// ChildArg makes the binary act as the simulated workers.
const ChildArg = "__decloud-bench-workers"

// Report is what `decloud bench workers` prints.
type Report struct {
	Workers               int     `json:"workers"`
	Seconds               float64 `json:"seconds"`
	SchedulerCPUCores     float64 `json:"schedulerCpuCores"`
	SchedulerPeakRSSBytes int64   `json:"schedulerPeakRssBytes"`
	HeartbeatP99Seconds   float64 `json:"heartbeatP99Seconds"`
	HeartbeatP50Seconds   float64 `json:"heartbeatP50Seconds"`
	Heartbeats            int     `json:"heartbeats"`
	WorkRequests          int     `json:"workRequests"`
	Errors                int     `json:"errors"`
	LoginSeconds          float64 `json:"loginSeconds"` // all workers logged in
}

type childReport struct {
	Latencies    []float64 `json:"latencies"`
	WorkRequests int       `json:"workRequests"`
	Errors       int       `json:"errors"`
	LoginSeconds float64   `json:"loginSeconds"`
}

// Run starts a grid without workers and loads its scheduler from a child process.
func Run(ctx context.Context, workers int, seconds float64, every time.Duration) (Report, error) {
	rep := Report{Workers: workers, Seconds: seconds}
	dir, err := os.MkdirTemp("", "decloud-bench-workers-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(dir)
	n, err := devnet.Start(ctx, devnet.Config{Dir: dir, Heartbeat: every})
	if err != nil {
		return rep, err
	}
	defer n.Close()
	self, err := os.Executable()
	if err != nil {
		return rep, err
	}
	cpu0 := cpu()
	start := time.Now()
	cmd := exec.CommandContext(ctx, self, ChildArg, n.APIURL(), strconv.Itoa(workers), fmt.Sprint(seconds), every.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return rep, fmt.Errorf("simulated workers: %w", err)
	}
	elapsed := time.Since(start).Seconds()
	rep.SchedulerCPUCores = (cpu() - cpu0) / elapsed
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	rep.SchedulerPeakRSSBytes = ru.Maxrss * 1024
	var cr childReport
	if err := json.Unmarshal(out, &cr); err != nil {
		return rep, fmt.Errorf("simulated workers said %q: %w", out, err)
	}
	sort.Float64s(cr.Latencies)
	if len(cr.Latencies) > 0 {
		rep.HeartbeatP50Seconds = cr.Latencies[len(cr.Latencies)/2]
		rep.HeartbeatP99Seconds = cr.Latencies[len(cr.Latencies)*99/100]
	}
	rep.Heartbeats, rep.WorkRequests, rep.Errors, rep.LoginSeconds = len(cr.Latencies), cr.WorkRequests, cr.Errors, cr.LoginSeconds
	return rep, nil
}

func cpu() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// ChildMain runs the simulated workers: args are URL, count, seconds, heartbeat interval.
func ChildMain(args []string) int {
	if len(args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: URL WORKERS SECONDS EVERY")
		return 2
	}
	ctx := context.Background() // the child ends when its parent kills it
	url := args[0]
	count, _ := strconv.Atoi(args[1])
	seconds, _ := strconv.ParseFloat(args[2], 64)
	every, _ := time.ParseDuration(args[3])
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: count + 10, MaxIdleConnsPerHost: count + 10, IdleConnTimeout: time.Minute}, Timeout: time.Minute}
	post := func(path, token string, body any, out any) error {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequestWithContext(ctx, "POST", url+path, bytes.NewReader(b))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			return fmt.Errorf("%s %s", path, resp.Status)
		}
		if out != nil {
			return json.NewDecoder(resp.Body).Decode(out)
		}
		return nil
	}
	var mu sync.Mutex
	rep := childReport{}
	tokens := make([]string, count)
	loginStart := time.Now()
	var wg sync.WaitGroup
	sem := make(chan struct{}, 64)
	for i := 0; i < count; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			key, _ := crypto.GenerateKey()
			me := crypto.PubkeyToAddress(key.PublicKey)
			var ch struct {
				Challenge hexutil.Bytes  `json:"challenge"`
				Pool      common.Address `json:"pool"`
			}
			var tok struct {
				Token string `json:"token"`
			}
			err := post("/v1/challenge", "", map[string]any{"worker": me}, &ch)
			if err == nil {
				sig, _ := poco.SignHash(scheduler.LoginDigest(ch.Pool, ch.Challenge), key)
				err = post("/v1/login", "", map[string]any{"worker": me, "challenge": ch.Challenge, "signature": hexutil.Bytes(sig)}, &tok)
			}
			mu.Lock()
			if err != nil {
				rep.Errors++
			}
			tokens[i] = tok.Token
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	rep.LoginSeconds = time.Since(loginStart).Seconds()
	end := time.Now().Add(time.Duration(seconds * float64(time.Second)))
	for i := 0; i < count; i++ {
		if tokens[i] == "" {
			continue
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			// Spread the workers over the interval, then beat and ask for work each period.
			time.Sleep(time.Duration(i) * every / time.Duration(count))
			for time.Now().Before(end) {
				t0 := time.Now()
				err := post("/v1/heartbeat", tokens[i], struct{}{}, nil)
				lat := time.Since(t0).Seconds()
				errW := post("/v1/work?wait=0s", tokens[i], struct{}{}, nil)
				mu.Lock()
				if err != nil || errW != nil {
					rep.Errors++
				} else {
					rep.Latencies = append(rep.Latencies, lat)
					rep.WorkRequests++
				}
				mu.Unlock()
				time.Sleep(time.Until(t0.Add(every)))
			}
		}(i)
	}
	wg.Wait()
	json.NewEncoder(os.Stdout).Encode(rep)
	return 0
}
