package scheduler

import (
	"context"
	"crypto/ecdsa"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// A stranger advertising 1000 slots and speed 1e12 is believed as one slot of speed 1: it
// gets one task of many, and a speed ranking prefers an honest proven worker.
func TestSquatterIsBelievedOnlyAsFarAsItsRecord(t *testing.T) {
	h := newHarness()
	squatter := h.workerWith(0, Resources{Speed: 1e12})
	squatter.Slots = 1000
	squatter.Addr = common.HexToAddress("0x0000000000000000000000000000000000000001") // sorts first
	honest := h.workerWith(5, Resources{Speed: 2})
	honest.Slots = 8
	var tasks []*Task
	for range 10 {
		tasks = append(tasks, h.dealTask(`{"rank": "speed"}`, 1))
	}
	p := h.decide()
	held := map[common.Address]int{}
	for _, a := range p.Assign {
		held[a.Worker]++
	}
	if held[squatter.Addr] > 1 {
		t.Fatalf("an unproven worker advertising 1000 slots holds %d tasks", held[squatter.Addr])
	}
	if held[honest.Addr] != 6 { // a proven worker of score 5: at most 1+5 of its 8 slots
		t.Fatalf("the proven worker holds %d tasks, want 6 (1+score)", held[honest.Addr])
	}
	if got := assigned(p, tasks[0].ID); len(got) != 1 || got[0] != honest.Addr {
		t.Fatalf("the first task by speed went to %v, not the proven worker", got)
	}
}

// A worker that keeps beating but never contributes loses its replicate once its bound
// (twice the category's reference for an unproven worker) has passed; the task goes to
// another worker and never back to the staller.
func TestStallingWorkerLosesItsTask(t *testing.T) {
	h := newHarness()
	staller := h.worker(0)
	other := h.worker(0)
	task := h.dealTask("", 1)
	h.deals[0].TimeRef = 60
	task.Replicates = []*Replicate{{Worker: staller.Addr, State: Assigned, AssignedAt: h.now.Add(-119 * time.Second)}}
	other.Slots = 1
	if p := h.decide(); len(p.Stalled) != 0 || len(assigned(p, task.ID)) != 0 {
		t.Fatalf("taken back within the bound: %+v", p)
	}
	task.Replicates[0].AssignedAt = h.now.Add(-121 * time.Second)
	p := h.decide()
	if len(p.Stalled) != 1 || p.Stalled[0] != (Assignment{task.ID, staller.Addr}) {
		t.Fatalf("stalled %v, want the staller's replicate", p.Stalled)
	}
	if got := assigned(p, task.ID); len(got) != 1 || got[0] != other.Addr {
		t.Fatalf("the task went to %v, want the other worker", got)
	}
	// Once marked stalled, the staller is not given the task again.
	task.Replicates[0].State = Stalled
	task.Replicates = append(task.Replicates, &Replicate{Worker: other.Addr, State: Failed})
	if got := assigned(h.decide(), task.ID); len(got) != 0 {
		t.Fatalf("the task went back to %v", got)
	}
}

// A proven worker gets a longer bound (four times the reference).
func TestProvenWorkerHasALongerBound(t *testing.T) {
	h := newHarness()
	w := h.worker(10)
	task := h.dealTask("", 1)
	h.deals[0].TimeRef = 60
	task.Replicates = []*Replicate{{Worker: w.Addr, State: Assigned, AssignedAt: h.now.Add(-200 * time.Second)}}
	if p := h.decide(); len(p.Stalled) != 0 {
		t.Fatal("a proven worker lost its task within four times the reference")
	}
	task.Replicates[0].AssignedAt = h.now.Add(-241 * time.Second)
	if p := h.decide(); len(p.Stalled) != 1 {
		t.Fatal("a proven worker kept its task past four times the reference")
	}
}

// Once a deal's contributions show what its tasks take, the bound follows: ten times the
// median (at least 30 s) for an unproven worker, twenty times (at least a minute) for a
// proven one, never more than the bound from the reference.
func TestBoundFollowsWhatTasksTake(t *testing.T) {
	for _, c := range []struct {
		name   string
		score  uint64
		took   []time.Duration
		within time.Duration // still held after this long
		past   time.Duration // taken back after this long
	}{
		{"unproven, 2 s tasks: 30 s floor", 0, []time.Duration{2 * time.Second, 1 * time.Second, 3 * time.Second}, 29 * time.Second, 31 * time.Second},
		{"unproven, 10 s tasks: 100 s", 0, []time.Duration{10 * time.Second, 10 * time.Second, 11 * time.Second}, 99 * time.Second, 101 * time.Second},
		{"unproven, slow tasks: 2T at most", 0, []time.Duration{time.Minute, time.Minute, time.Minute}, 119 * time.Second, 121 * time.Second},
		{"unproven, two samples: 2T", 0, []time.Duration{time.Second, time.Second}, 119 * time.Second, 121 * time.Second},
		{"proven, 2 s tasks: a minute floor", 10, []time.Duration{2 * time.Second, 2 * time.Second, 2 * time.Second}, 59 * time.Second, 61 * time.Second},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness()
			w := h.worker(c.score)
			task := h.dealTask("", 1)
			h.deals[0].TimeRef = 60
			for _, d := range c.took {
				h.deals[0].Observe(d)
			}
			task.Replicates = []*Replicate{{Worker: w.Addr, State: Assigned, AssignedAt: h.now.Add(-c.within)}}
			if p := h.decide(); len(p.Stalled) != 0 {
				t.Fatalf("taken back after %v", c.within)
			}
			task.Replicates[0].AssignedAt = h.now.Add(-c.past)
			if p := h.decide(); len(p.Stalled) != 1 {
				t.Fatalf("still held after %v", c.past)
			}
		})
	}
}

// admissionAPI serves a pool with policy pol whose workers' escrow is read from balances.
func admissionAPI(t *testing.T, pol Admission, balances map[common.Address]int64) (*httptest.Server, *memStore, *sync.Mutex) {
	t.Helper()
	pool := common.HexToAddress("0x9001")
	store := &memStore{workers: map[common.Address]*Worker{}}
	s, err := NewService(context.Background(), ServiceConfig{Pool: pool, Store: store, Admission: pol,
		Domain: poco.NewDomain(big.NewInt(1337), common.HexToAddress("0x1"))})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	api := NewAPI(s)
	api.score = func(context.Context, common.Address) (uint64, error) { return 0, nil }
	api.bond = func(context.Context, common.Address) (*big.Int, error) { return nil, nil }
	api.balance = func(_ context.Context, w common.Address) (*big.Int, error) {
		mu.Lock()
		defer mu.Unlock()
		return big.NewInt(balances[w]), nil
	}
	srv := httptest.NewServer(api.Handler())
	t.Cleanup(srv.Close)
	return srv, store, &mu
}

// loginAs runs the challenge and login of key against srv; it returns the status and body.
func loginAs(t *testing.T, srv *httptest.Server, key *ecdsa.PrivateKey) (int, map[string]any) {
	t.Helper()
	return loginWith(t, srv, key, Resources{})
}

func loginWith(t *testing.T, srv *httptest.Server, key *ecdsa.PrivateKey, res Resources) (int, map[string]any) {
	t.Helper()
	me := crypto.PubkeyToAddress(key.PublicKey)
	code, out := post(t, srv.URL+"/v1/challenge", map[string]any{"worker": me}, "")
	if code != 200 {
		t.Fatalf("challenge: %d %v", code, out)
	}
	c := hexutil.MustDecode(out["challenge"].(string))
	sig, _ := poco.SignHash(LoginDigest(common.HexToAddress("0x9001"), c), key)
	return post(t, srv.URL+"/v1/login", map[string]any{"worker": me, "challenge": hexutil.Bytes(c), "signature": hexutil.Bytes(sig), "resources": res}, "")
}

// A pool that asks for a stake refuses, with what to do, a fresh key holding none; an
// allowlist refuses anyone else; neither registers the refused worker.
func TestAdmissionAtLogin(t *testing.T) {
	rich, _ := crypto.GenerateKey()
	poor, _ := crypto.GenerateKey()
	listed, _ := crypto.GenerateKey()
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	balances := map[common.Address]int64{addr(rich): 100, addr(poor): 99, addr(listed): 1000}
	for _, tc := range []struct {
		name string
		pol  Admission
		key  *ecdsa.PrivateKey
		want int
		msg  string
	}{
		{"open pool", Admission{}, poor, 200, ""},
		{"stake met", Admission{MinStake: big.NewInt(100)}, rich, 200, ""},
		{"stake short", Admission{MinStake: big.NewInt(100)}, poor, 403, "decloud account deposit 1 --wallet"},
		{"listed", Admission{Allow: []common.Address{addr(listed)}}, listed, 200, ""},
		{"not listed", Admission{Allow: []common.Address{addr(listed)}}, rich, 403, "not on the pool's list"},
		{"listed but short", Admission{Allow: []common.Address{addr(listed)}, MinStake: big.NewInt(5000)}, listed, 403, "asks for 5000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, store, _ := admissionAPI(t, tc.pol, balances)
			code, out := loginAs(t, srv, tc.key)
			if code != tc.want {
				t.Fatalf("login %d %v, want %d", code, out, tc.want)
			}
			if tc.want != 200 {
				if out["code"] != "not_admitted" || !strings.Contains(out["error"].(string), tc.msg) {
					t.Fatalf("refusal %v lacks %q", out, tc.msg)
				}
				if len(store.workers) != 0 {
					t.Fatal("a refused worker was registered")
				}
			}
		})
	}
}

// A worker that withdraws its stake while working is refused at its next check: its
// heartbeat gets 403 and its session ends.
func TestAdmissionWhileWorking(t *testing.T) {
	key, _ := crypto.GenerateKey()
	me := crypto.PubkeyToAddress(key.PublicKey)
	balances := map[common.Address]int64{me: 100}
	srv, _, mu := admissionAPI(t, Admission{MinStake: big.NewInt(100), Recheck: time.Nanosecond}, balances)
	code, out := loginAs(t, srv, key)
	if code != 200 {
		t.Fatalf("login %d %v", code, out)
	}
	token := out["token"].(string)
	if code, out := post(t, srv.URL+"/v1/heartbeat", map[string]any{}, token); code != 204 {
		t.Fatalf("heartbeat with the stake held: %d %v", code, out)
	}
	mu.Lock()
	balances[me] = 10 // withdrawn
	mu.Unlock()
	if code, out := post(t, srv.URL+"/v1/heartbeat", map[string]any{}, token); code != 403 || out["code"] != "not_admitted" {
		t.Fatalf("heartbeat after the withdrawal: %d %v", code, out)
	}
	if code, _ := post(t, srv.URL+"/v1/work?wait=0s", map[string]any{}, token); code != 401 {
		t.Fatalf("the session of a worker no longer admitted still works: %d", code)
	}
}

// A winner told to upload that never does is replaced by the next revealed winner once its
// bound has passed (a quarter of T, at least 30 s), in turn; a lone winner is not replaced.
func TestWithheldUploadGoesToAnotherWinner(t *testing.T) {
	h := newHarness()
	w0, w1 := h.worker(0), h.worker(0)
	task := h.task(3)
	c := common.HexToHash("0xc")
	task.Status, task.Consensus, task.RevealDeadline = poco.TaskRevealing, c, h.now.Add(600*time.Second)
	task.Replicates = []*Replicate{
		{Worker: w0.Addr, State: Revealed, ResultHash: c, RevealRequested: true},
		{Worker: w1.Addr, State: Revealed, ResultHash: c, RevealRequested: true},
	}
	task.UploadRequested, task.Uploader, task.UploadAskedAt = true, w0.Addr, h.now.Add(-29*time.Second)
	if p := h.decide(); len(p.Upload) != 0 {
		t.Fatalf("asked another within the bound: %+v", p.Upload)
	}
	task.UploadAskedAt = h.now.Add(-31 * time.Second)
	p := h.decide()
	if len(p.Upload) != 1 || p.Upload[0] != (Assignment{task.ID, w1.Addr}) {
		t.Fatalf("fallback %+v, want the other winner", p.Upload)
	}
	// The second withholds too: back to the first.
	task.Uploader = w1.Addr
	if p := h.decide(); len(p.Upload) != 1 || p.Upload[0].Worker != w0.Addr {
		t.Fatalf("fallback %+v, want the first winner again", p.Upload)
	}
	task.Replicates = task.Replicates[:1]
	task.Uploader = w0.Addr
	if p := h.decide(); len(p.Upload) != 0 {
		t.Fatalf("a lone winner was replaced by itself: %+v", p.Upload)
	}
}

// A pool that requires sandbox layers refuses a worker whose sandbox lacks one.
func TestAdmissionRequiresSandboxLayers(t *testing.T) {
	key, _ := crypto.GenerateKey()
	for _, tc := range []struct {
		has  []string
		want int
	}{
		{[]string{"landlock", "namespaces"}, 200},
		{[]string{"landlock"}, 403},
		{nil, 403},
	} {
		srv, _, _ := admissionAPI(t, Admission{RequireSandbox: []string{"landlock", "namespaces"}}, nil)
		code, out := loginWith(t, srv, key, Resources{Sandbox: tc.has})
		if code != tc.want {
			t.Fatalf("sandbox %v: login %d %v, want %d", tc.has, code, out, tc.want)
		}
		if code == 403 && !strings.Contains(out["error"].(string), "sandbox layer") {
			t.Fatalf("the refusal does not name the missing layer: %v", out)
		}
	}
}

// Workers silent for a day with nothing assigned are forgotten (row included); a silent
// worker that still holds a replicate, and a live one, are kept.
func TestSilentWorkersArePruned(t *testing.T) {
	store := &memStore{workers: map[common.Address]*Worker{}}
	s, err := NewService(context.Background(), ServiceConfig{Pool: common.HexToAddress("0x9001"), Store: store,
		Domain: poco.NewDomain(big.NewInt(1337), common.HexToAddress("0x1"))})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	idle, holding, live := common.HexToAddress("0xa1"), common.HexToAddress("0xa2"), common.HexToAddress("0xa3")
	for _, a := range []common.Address{idle, holding, live} {
		if err := s.register(context.Background(), a, 0, nil, 1, Resources{}); err != nil {
			t.Fatal(err)
		}
	}
	s.mu.Lock()
	s.workers[idle].LastSeen = now.Add(-25 * time.Hour)
	s.workers[holding].LastSeen = now.Add(-25 * time.Hour)
	task := &Task{ID: common.HexToHash("0x7"), Status: poco.TaskActive}
	s.tasks[task.ID] = task
	s.replicateLocked(task, holding)
	s.mu.Unlock()
	if err := s.pruneWorkers(context.Background(), now); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.workers[idle] != nil || store.workers[idle] != nil {
		t.Fatal("a worker silent for a day with nothing assigned was kept")
	}
	if s.workers[holding] == nil || s.workers[live] == nil || store.workers[holding] == nil {
		t.Fatal("a worker holding a replicate, or a live one, was forgotten")
	}
}

// A task that every eligible worker has already tried, with no replicate pending, is
// reported unreachable at once (not at its final deadline); one a worker could still take,
// or one with a replicate pending, is not.
func TestUnreachableConsensusIsReportedEarly(t *testing.T) {
	h := newHarness()
	w0, w1 := h.worker(0), h.worker(0)
	task := h.task(3)
	task.Replicates = []*Replicate{
		{Worker: w0.Addr, State: Contributed, ResultHash: common.HexToHash("0xa")},
		{Worker: w1.Addr, State: Contributed, ResultHash: common.HexToHash("0xb")},
	}
	if p := h.decide(); len(p.Unreachable) != 1 || p.Unreachable[0] != task.ID {
		t.Fatalf("unreachable %v, want the task", p.Unreachable)
	}
	w2 := h.worker(0)
	if p := h.decide(); len(p.Unreachable) != 0 || len(assigned(p, task.ID)) != 1 || assigned(p, task.ID)[0] != w2.Addr {
		t.Fatalf("with a new worker: %+v", p)
	}
	task.Replicates = append(task.Replicates, &Replicate{Worker: w2.Addr, State: Assigned})
	if p := h.decide(); len(p.Unreachable) != 0 {
		t.Fatal("a task with a replicate pending was reported unreachable")
	}
}

// A task report is read only with a fresh signature of the deal's requester or
// beneficiary for that very task: a stranger's, a stale one, one made for another task or
// another pool, and a tampered one are refused, and none of them shows the workers' reasons.
func TestTaskReportRefusesForgedAndReplayedRequests(t *testing.T) {
	pool := common.HexToAddress("0x9001")
	store := &memStore{workers: map[common.Address]*Worker{}}
	s, err := NewService(context.Background(), ServiceConfig{Pool: pool, Store: store,
		Domain: poco.NewDomain(big.NewInt(1337), common.HexToAddress("0x1"))})
	if err != nil {
		t.Fatal(err)
	}
	requester, _ := crypto.GenerateKey()
	beneficiary, _ := crypto.GenerateKey()
	stranger, _ := crypto.GenerateKey()
	deal := common.HexToHash("0xde")
	task, other := common.HexToHash("0x7a"), common.HexToHash("0x7b")
	s.mu.Lock()
	for _, id := range []common.Hash{task, other} {
		s.tasks[id] = &Task{ID: id, Deal: deal, Status: poco.TaskActive,
			Replicates: []*Replicate{{Worker: common.HexToAddress("0xaa"), State: Failed, Reason: "secret stderr"}}}
	}
	s.mu.Unlock()
	api := NewAPI(s)
	api.readParties = func(_ context.Context, d common.Hash) ([2]common.Address, error) {
		if d != deal {
			t.Errorf("parties of %s asked", d)
		}
		return [2]common.Address{crypto.PubkeyToAddress(requester.PublicKey), crypto.PubkeyToAddress(beneficiary.PublicKey)}, nil
	}
	srv := httptest.NewServer(api.Handler())
	defer srv.Close()
	get := func(id common.Hash, at int64, sig []byte) (int, string) {
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, srv.URL+"/v1/tasks/"+id.Hex(), nil)
		if sig != nil {
			req.Header.Set(HeaderReportTime, strconv.FormatInt(at, 10))
			req.Header.Set(HeaderReportSignature, hexutil.Encode(sig))
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	sign := func(k *ecdsa.PrivateKey, p common.Address, id common.Hash, at int64) []byte {
		sig, _ := poco.SignHash(TaskReportDigest(p, id, at), k)
		return sig
	}
	now := time.Now().Unix()
	tampered := sign(requester, pool, task, now)
	tampered[10] ^= 1
	for _, c := range []struct {
		name string
		at   int64
		sig  []byte
		want int
	}{
		{"the requester", now, sign(requester, pool, task, now), 200},
		{"the beneficiary", now, sign(beneficiary, pool, task, now), 200},
		{"unsigned", now, nil, 403},
		{"a stranger", now, sign(stranger, pool, task, now), 403},
		{"stale (replayed after 10 minutes)", now - 600, sign(requester, pool, task, now-600), 403},
		{"signed for another task", now, sign(requester, pool, other, now), 403},
		{"signed for another pool", now, sign(requester, common.HexToAddress("0x9002"), task, now), 403},
		{"tampered", now, tampered, 403},
		{"a time other than the one signed", now + 1, sign(requester, pool, task, now), 403},
	} {
		code, body := get(task, c.at, c.sig)
		if code != c.want {
			t.Errorf("%s: %d %s, want %d", c.name, code, body, c.want)
		}
		if code != 200 && strings.Contains(body, "secret stderr") {
			t.Errorf("%s: the refusal leaked the report", c.name)
		}
	}
}
