package scheduler

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
)

// Tests of the batched path off chain (settle.go, batchplan.go): workers' signed
// contributions, Decide for batched deals, and the batch plan that mirrors the hub's
// settle. No chain is needed: the hub is never called.

var (
	batchDomain  = poco.NewDomain(big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000000b0"))
	batchStorage = "https://results.example"
	batchPool    = common.HexToAddress("0x9002")
)

// wkey is a worker's key.
type wkey struct {
	priv *ecdsa.PrivateKey
	addr common.Address
}

func newWKey(t testing.TB) wkey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return wkey{k, crypto.PubkeyToAddress(k.PublicKey)}
}

// sign is k's signature of its contribution of digest to task.
func (k wkey) sign(t testing.TB, task, digest common.Hash) []byte {
	t.Helper()
	sig, err := poco.NewContribution(k.addr, task, digest).Sign(batchDomain, k.priv)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

// voted is k's replicate of task once it contributed digest, signed, weighing score.
func (k wkey) voted(t testing.TB, task, digest common.Hash, score uint64) *Replicate {
	return &Replicate{Worker: k.addr, State: Contributed, ResultHash: poco.ResultHash(task, digest), Digest: digest,
		Signature: k.sign(t, task, digest), Score: score}
}

// worker is k as a live worker of the pool with score and bond (nil: not read).
func (k wkey) worker(score uint64, bond *big.Int, now time.Time) *Worker {
	return &Worker{Addr: k.addr, Score: score, Bond: bond, LastSeen: now, Slots: 1}
}

func digestOf(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }

// loc is a result location (a sha256 in hex: 64 characters).
func loc(c byte) string { return strings.Repeat(string(c), 64) }

// highS returns the malleable twin of sig: s → n − s, with the other recovery id. It
// recovers the same signer, and the hub refuses it.
func highS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64] // the other recovery id
	return out
}

// batchedDeal is a batched deal of volume tasks at trust, each counted contribution
// backed by stake in its worker's bond (0: none), started at now with T = 300 s.
func batchedDeal(n int, trust uint64, stake int64, volume uint64, now time.Time) *DealTasks {
	return &DealTasks{ID: common.BigToHash(big.NewInt(int64(0xba00 + n))), Volume: volume, Trust: trust, TimeRef: 300,
		Batched: true, WorkerStake: big.NewInt(stake), Initialized: map[uint64]bool{},
		ContributionDeadline: now.Add(7 * 300 * time.Second), FinalDeadline: now.Add(10 * 300 * time.Second)}
}

// batchTask is task idx of d, created (active), with replicates reps.
func batchTask(d *DealTasks, idx uint64, reps ...*Replicate) *Task {
	d.Initialized[idx] = true
	return &Task{ID: poco.TaskID(d.ID, idx), Deal: d.ID, Index: idx, Status: poco.TaskActive, Trust: d.Trust,
		ContributionDeadline: d.ContributionDeadline, FinalDeadline: d.FinalDeadline, Replicates: reps}
}

// certify makes t certified on digest (REVEALING), its result stored by uploader.
func certify(t *Task, digest common.Hash, uploader common.Address) *Task {
	t.Status, t.Consensus = poco.TaskRevealing, poco.ResultHash(t.ID, digest)
	t.Uploaded, t.UploadRequested, t.Uploader, t.ResultLocation = true, true, uploader, loc('a')
	return t
}

// recStore is a memStore that records the tasks saved.
type recStore struct {
	memStore
	saved []*Task
}

func (r *recStore) SaveTasks(_ context.Context, ts []*Task) error {
	r.saved = append(r.saved, ts...)
	return nil
}

func newBatchService(t testing.TB) (*Service, *recStore) {
	t.Helper()
	store := &recStore{memStore: memStore{workers: map[common.Address]*Worker{}}}
	s, err := NewService(context.Background(), ServiceConfig{Pool: batchPool, Store: store, Domain: batchDomain, StorageURL: batchStorage})
	if err != nil {
		t.Fatal(err)
	}
	return s, store
}

// fill adds deals, tasks and workers to s's state, under its lock as the loops do.
func fill(s *Service, deals []*DealTasks, tasks []*Task, workers ...*Worker) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range deals {
		s.deals[d.ID] = d
	}
	for _, t := range tasks {
		s.tasks[t.ID] = t
		for _, r := range t.Replicates {
			s.replicateLocked(t, r.Worker)
		}
	}
	for _, w := range workers {
		s.workers[w.Addr] = w
	}
}

// ---- contribute ----

// contribCase is a service with a batched deal at trust 1 (stake 10) and one of its tasks,
// assigned to w a minute ago; other has no replicate.
type contribCase struct {
	s     *Service
	store *recStore
	deal  *DealTasks
	task  *Task
	w     wkey
	other wkey
}

func newContribCase(t *testing.T) *contribCase {
	s, store := newBatchService(t)
	now := time.Now()
	s.now = now
	d := batchedDeal(1, 1, 10, 4, now)
	w, other := newWKey(t), newWKey(t)
	task := batchTask(d, 0, &Replicate{Worker: w.addr, State: Assigned, AssignedAt: now.Add(-time.Minute)})
	fill(s, []*DealTasks{d}, []*Task{task}, w.worker(5, big.NewInt(100), now), other.worker(0, big.NewInt(100), now))
	return &contribCase{s: s, store: store, deal: d, task: task, w: w, other: other}
}

// send is w's contribution of digest to the task.
func (c *contribCase) send(digest common.Hash, sig []byte, location string, callbackData []byte) error {
	return c.s.contribute(context.Background(), c.w.addr, c.task.ID, digest, sig, location, callbackData)
}

// effects is what a contribution may have changed besides the task: saved copies, a kick
// of the planner, woken workers, a contribution time of the deal.
type effects struct {
	saved, kicked, woke, took int
}

// watch returns a function that reports the effects since watch was called.
func (c *contribCase) watch() func() effects {
	c.store.saved = nil
	select {
	case <-c.s.kicked:
	default:
	}
	changed, took := c.s.changed, len(c.deal.Took)
	return func() effects {
		e := effects{saved: len(c.store.saved), kicked: len(c.s.kicked), took: len(c.deal.Took) - took}
		select {
		case <-changed:
			e.woke = 1
		default:
		}
		return e
	}
}

// A contribution the scheduler refuses changes nothing: not the replicate (state, result
// hash, digest, signature), not the task (status, stored result), and nothing is saved,
// planned or announced.
func TestContributeRefusals(t *testing.T) {
	dA, dB := digestOf("result A"), digestOf("result B")
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, c *contribCase)
		send  func(t *testing.T, c *contribCase) error
		want  error
	}{
		{"signed by another key (forged)", nil, func(t *testing.T, c *contribCase) error {
			sig, err := poco.NewContribution(c.w.addr, c.task.ID, dA).Sign(batchDomain, c.other.priv)
			if err != nil {
				t.Fatal(err)
			}
			return c.send(dA, sig, "", nil)
		}, ErrBadContribution},
		{"signed for another chain's hub", nil, func(t *testing.T, c *contribCase) error {
			sig, err := poco.NewContribution(c.w.addr, c.task.ID, dA).Sign(poco.NewDomain(big.NewInt(1), batchDomain.VerifyingContract), c.w.priv)
			if err != nil {
				t.Fatal(err)
			}
			return c.send(dA, sig, "", nil)
		}, ErrBadContribution},
		{"the worker's signature for another task, replayed", nil, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, poco.TaskID(c.deal.ID, 1), dA), "", nil)
		}, ErrBadContribution},
		{"the worker's signature over another digest", nil, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, c.task.ID, dB), "", nil)
		}, ErrBadContribution},
		{"no signature", nil, func(t *testing.T, c *contribCase) error {
			return c.send(dA, nil, "", nil)
		}, ErrBadContribution},
		{"64-byte signature", nil, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, c.task.ID, dA)[:64], "", nil)
		}, ErrBadContribution},
		{"66-byte signature", nil, func(t *testing.T, c *contribCase) error {
			return c.send(dA, append(c.w.sign(t, c.task.ID, dA), 0), "", nil)
		}, ErrBadContribution},
		{"v out of range", nil, func(t *testing.T, c *contribCase) error {
			sig := c.w.sign(t, c.task.ID, dA)
			sig[64] = 29
			return c.send(dA, sig, "", nil)
		}, ErrBadContribution},
		{"high-s twin of the worker's signature", nil, func(t *testing.T, c *contribCase) error {
			sig := c.w.sign(t, c.task.ID, dA)
			twin := highS(sig)
			// The twin is the worker's signature all the same: only its form is refused.
			h, err := poco.NewContribution(c.w.addr, c.task.ID, dA).Hash(batchDomain)
			if err != nil {
				t.Fatal(err)
			}
			norm := append([]byte(nil), twin...)
			norm[64] -= 27
			if pub, err := crypto.SigToPub(h[:], norm); err != nil || crypto.PubkeyToAddress(*pub) != c.w.addr {
				t.Fatalf("the twin does not recover the worker (%v): the case proves nothing", err)
			}
			return c.send(dA, twin, "", nil)
		}, ErrBadContribution},
		{"another result after a valid contribution: the first is kept", func(t *testing.T, c *contribCase) {
			if err := c.send(dA, c.w.sign(t, c.task.ID, dA), "", nil); err != nil {
				t.Fatal(err)
			}
		}, func(t *testing.T, c *contribCase) error {
			return c.send(dB, c.w.sign(t, c.task.ID, dB), "", nil)
		}, ErrBadContribution},
		{"a worker with no replicate of the task", nil, func(t *testing.T, c *contribCase) error {
			return c.s.contribute(context.Background(), c.other.addr, c.task.ID, dA, c.other.sign(t, c.task.ID, dA), "", nil)
		}, errUnknownTask},
		{"an unknown task", nil, func(t *testing.T, c *contribCase) error {
			id := poco.TaskID(c.deal.ID, 3)
			return c.s.contribute(context.Background(), c.w.addr, id, dA, c.w.sign(t, id, dA), "", nil)
		}, errUnknownTask},
		{"a task of a per-task deal", func(t *testing.T, c *contribCase) {
			c.deal.Batched = false
		}, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, c.task.ID, dA), "", nil)
		}, ErrBadContribution},
		{"a completed task", func(t *testing.T, c *contribCase) {
			c.task.Status = poco.TaskCompleted
		}, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, c.task.ID, dA), "", nil)
		}, errTaskOver},
		{"a claimed (failed) task", func(t *testing.T, c *contribCase) {
			c.task.Status = poco.TaskFailed
		}, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, c.task.ID, dA), "", nil)
		}, errTaskOver},
		{"a replicate that reported a failure", func(t *testing.T, c *contribCase) {
			c.task.Replicates[0].State, c.task.Replicates[0].Reason = Failed, "exit 1"
		}, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, c.task.ID, dA), "", nil)
		}, ErrBadContribution},
		{"a location of 63 characters", nil, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, c.task.ID, dA), loc('a')[:63], nil)
		}, ErrBadContribution},
		{"a location of 65 characters", nil, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, c.task.ID, dA), loc('a')+"a", nil)
		}, ErrBadContribution},
		{"callback data that does not hash to the digest", func(t *testing.T, c *contribCase) {
			c.deal.Callback = common.HexToAddress("0xca11")
		}, func(t *testing.T, c *contribCase) error {
			return c.send(dA, c.w.sign(t, c.task.ID, dA), loc('a'), []byte("not the result"))
		}, ErrBadContribution},
		{"callback data over MaxCallbackData", func(t *testing.T, c *contribCase) {
			c.deal.Callback = common.HexToAddress("0xca11")
		}, func(t *testing.T, c *contribCase) error {
			cb := bytes.Repeat([]byte{7}, MaxCallbackData+1)
			d := crypto.Keccak256Hash(cb)
			return c.send(d, c.w.sign(t, c.task.ID, d), loc('a'), cb)
		}, ErrBadContribution},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newContribCase(t)
			if tc.setup != nil {
				tc.setup(t, c)
			}
			before := c.task.clone()
			seen := c.watch()
			err := tc.send(t, c)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			// The HTTP API maps each to its own status: the errors must not overlap.
			for _, other := range []error{ErrBadContribution, errUnknownTask, errTaskOver} {
				if other != tc.want && errors.Is(err, other) {
					t.Fatalf("%v is also %v", err, other)
				}
			}
			if after := c.task.clone(); !reflect.DeepEqual(after, before) {
				t.Fatalf("a refused contribution changed the task:\n got %+v\nwant %+v", after, before)
			}
			if e := seen(); e != (effects{}) {
				t.Fatalf("a refused contribution had effects: %+v", e)
			}
		})
	}
}

// A valid signed contribution is recorded as the hub will need it (result hash, digest, a
// copy of the signature, the worker's score), saved, and wakes the planner and the
// workers; sending it again changes nothing and is no error.
func TestContributeRecordsOnce(t *testing.T) {
	c := newContribCase(t)
	d := digestOf("result A")
	sig := c.w.sign(t, c.task.ID, d)
	sent := append([]byte(nil), sig...)
	seen := c.watch()
	if err := c.send(d, sent, "", nil); err != nil {
		t.Fatal(err)
	}
	sent[0] ^= 0xff // the caller's buffer is not kept
	r := c.task.Replicates[0]
	if len(c.task.Replicates) != 1 || r.Worker != c.w.addr || r.State != Contributed || r.ResultHash != poco.ResultHash(c.task.ID, d) ||
		r.Digest != d || !bytes.Equal(r.Signature, sig) || r.Score != 5 {
		t.Fatalf("replicate %+v", r)
	}
	if tk := c.task; tk.Status != poco.TaskActive || tk.Uploaded || tk.UploadRequested || tk.Uploader != (common.Address{}) ||
		tk.ResultLocation != "" || tk.CallbackData != nil || tk.Consensus != (common.Hash{}) {
		t.Fatalf("a contribution without a location changed the task: %+v", tk)
	}
	if e := seen(); e != (effects{saved: 1, kicked: 1, woke: 1, took: 1}) {
		t.Fatalf("effects %+v", e)
	}
	if took := c.deal.Took[0]; took < time.Minute || took > time.Hour {
		t.Fatalf("the deal observed %v, want about a minute", took)
	}
	if saved := c.store.saved[0]; saved.ID != c.task.ID || saved.Replicates[0].State != Contributed || !bytes.Equal(saved.Replicates[0].Signature, sig) {
		t.Fatalf("saved %+v", saved)
	}

	// Sent again (a restarted worker resends what it signed): no error, no effect.
	before := c.task.clone()
	seen = c.watch()
	if err := c.send(d, sig, "", nil); err != nil {
		t.Fatalf("the same contribution again: %v", err)
	}
	if !reflect.DeepEqual(c.task.clone(), before) {
		t.Fatal("the same contribution again changed the task")
	}
	if e := seen(); e != (effects{}) {
		t.Fatalf("the same contribution again had effects: %+v", e)
	}
	// Even once the task is over.
	c.task.Status = poco.TaskCompleted
	if err := c.send(d, sig, "", nil); err != nil {
		t.Fatalf("the same contribution to a completed task: %v", err)
	}
}

// A contribution that comes with its stored result (trust 1: one vote is the consensus)
// makes the task stored by its worker, with the callback data of a callback deal; a stored
// task keeps its first upload; once a task is certified, only a winner's location is taken.
func TestContributeWithLocation(t *testing.T) {
	dA, dB := digestOf("result A"), digestOf("result B")
	cb := []byte("callback.bin of the app")
	dCb := crypto.Keccak256Hash(cb)
	type want struct {
		uploaded bool
		uploader func(c *contribCase) common.Address
		location string
		callback []byte
	}
	byW := func(c *contribCase) common.Address { return c.w.addr }
	byOther := func(c *contribCase) common.Address { return c.other.addr }
	nobody := func(*contribCase) common.Address { return common.Address{} }
	for _, tc := range []struct {
		name   string
		setup  func(t *testing.T, c *contribCase)
		digest common.Hash
		cb     []byte
		want   want
	}{
		{"trust 1: stored by its worker", nil, dA, nil, want{true, byW, loc('c'), nil}},
		{"callback deal: with its callback data", func(t *testing.T, c *contribCase) {
			c.deal.Callback = common.HexToAddress("0xca11")
		}, dCb, cb, want{true, byW, loc('c'), cb}},
		{"already stored by another worker: the first upload stays", func(t *testing.T, c *contribCase) {
			c.task.Uploaded, c.task.UploadRequested, c.task.Uploader, c.task.ResultLocation = true, true, c.other.addr, loc('b')
		}, dA, nil, want{true, byOther, loc('b'), nil}},
		{"certified on this result, not stored yet: stored by its worker", func(t *testing.T, c *contribCase) {
			c.task.Replicates = append(c.task.Replicates, c.other.voted(t, c.task.ID, dA, 0))
			c.task.Status, c.task.Consensus = poco.TaskRevealing, poco.ResultHash(c.task.ID, dA)
		}, dA, nil, want{true, byW, loc('c'), nil}},
		{"certified on another result: a dissent names no location", func(t *testing.T, c *contribCase) {
			c.task.Replicates = append(c.task.Replicates, c.other.voted(t, c.task.ID, dB, 0))
			c.task.Status, c.task.Consensus = poco.TaskRevealing, poco.ResultHash(c.task.ID, dB)
		}, dA, nil, want{false, nobody, "", nil}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newContribCase(t)
			if tc.setup != nil {
				tc.setup(t, c)
			}
			status := c.task.Status
			if err := c.send(tc.digest, c.w.sign(t, c.task.ID, tc.digest), loc('c'), tc.cb); err != nil {
				t.Fatal(err)
			}
			r := c.task.replicate(c.w.addr)
			if r.State != Contributed || r.Digest != tc.digest || r.ResultHash != poco.ResultHash(c.task.ID, tc.digest) {
				t.Fatalf("replicate %+v", r)
			}
			tk := c.task
			if tk.Status != status || tk.Uploaded != tc.want.uploaded || tk.Uploader != tc.want.uploader(c) || tk.ResultLocation != tc.want.location ||
				!bytes.Equal(tk.CallbackData, tc.want.callback) || (tc.want.uploaded && !tk.UploadRequested) {
				t.Fatalf("task: status %v uploaded %v requested %v uploader %s location %q callback %q; want uploaded %v uploader %s location %q callback %q",
					tk.Status, tk.Uploaded, tk.UploadRequested, tk.Uploader, tk.ResultLocation, tk.CallbackData,
					tc.want.uploaded, tc.want.uploader(c), tc.want.location, tc.want.callback)
			}
		})
	}
}

// A dissenting worker that names a location once a task is certified does not get its
// result settled under the certified digest: the task waits for a winner's upload.
func TestDissentingLocationIsNotSettled(t *testing.T) {
	c := newContribCase(t)
	dA, dB := digestOf("the certified result"), digestOf("a forged result")
	c.deal.Trust, c.task.Trust = 3, 3
	y1, y2 := newWKey(t), newWKey(t)
	fill(c.s, nil, nil, y1.worker(30, big.NewInt(100), c.s.now), y2.worker(30, big.NewInt(100), c.s.now))
	c.task.Replicates = append(c.task.Replicates, y1.voted(t, c.task.ID, dA, 30), y2.voted(t, c.task.ID, dA, 30))
	c.task.Status, c.task.Consensus, c.task.UploadRequested, c.task.Uploader = poco.TaskRevealing, poco.ResultHash(c.task.ID, dA), true, y1.addr
	if err := c.send(dB, c.w.sign(t, c.task.ID, dB), loc('f'), nil); err != nil {
		t.Fatal(err)
	}
	p := Decide(Snapshot{Now: c.s.now, Clock: c.s.now, Deals: []*DealTasks{c.deal}, Tasks: []*Task{c.task}}, Config{})
	if len(p.Settle) != 0 {
		t.Fatalf("settled on the dissenter's upload: %+v", p.Settle)
	}
	if b := c.s.planBatch([]common.Hash{c.task.ID}); len(b.settle) != 0 {
		t.Fatalf("a batch settles %s under the certified digest", b.settle[0].Results)
	}
}

// Through the HTTP API: 204 for a recorded contribution (and the same again), 400
// bad_contribution, 404 unknown_task, 409 task_over, 401 without a session.
func TestContributeHTTP(t *testing.T) {
	s, _ := newBatchService(t)
	api := NewAPI(s)
	api.score = func(context.Context, common.Address) (uint64, error) { return 4, nil }
	api.bond = func(context.Context, common.Address) (*big.Int, error) { return big.NewInt(50), nil }
	srv := httptest.NewServer(api.Handler())
	defer srv.Close()
	w, other := newWKey(t), newWKey(t)
	code, out := post(t, srv.URL+"/v1/challenge", map[string]any{"worker": w.addr}, "")
	if code != 200 {
		t.Fatalf("challenge: %d %v", code, out)
	}
	challenge := hexutil.MustDecode(out["challenge"].(string))
	login, _ := poco.SignHash(LoginDigest(batchPool, challenge), w.priv)
	code, out = post(t, srv.URL+"/v1/login", map[string]any{"worker": w.addr, "challenge": hexutil.Bytes(challenge), "signature": hexutil.Bytes(login)}, "")
	if code != 200 {
		t.Fatalf("login: %d %v", code, out)
	}
	token := out["token"].(string)

	now := time.Now()
	s.now = now
	d := batchedDeal(1, 1, 10, 4, now)
	open := batchTask(d, 0, &Replicate{Worker: w.addr, State: Assigned, AssignedAt: now})
	over := batchTask(d, 1, &Replicate{Worker: w.addr, State: Assigned, AssignedAt: now})
	over.Status = poco.TaskCompleted
	fill(s, []*DealTasks{d}, []*Task{open, over})

	dA := digestOf("result A")
	body := func(task, digest common.Hash, sig []byte) map[string]any {
		return map[string]any{"task": task, "digest": digest, "signature": hexutil.Bytes(sig)}
	}
	forged, _ := poco.NewContribution(w.addr, open.ID, dA).Sign(batchDomain, other.priv)
	unknown := poco.TaskID(d.ID, 2)
	for _, tc := range []struct {
		name  string
		body  any
		token string
		code  int
		err   string
	}{
		{"no session", body(open.ID, dA, w.sign(t, open.ID, dA)), "", 401, "unauthenticated"},
		{"malformed", []byte(`{"task": 1}`), token, 400, "bad_request"},
		{"unknown field", map[string]any{"task": open.ID, "digest": dA, "signature": hexutil.Bytes(w.sign(t, open.ID, dA)), "score": 100}, token, 400, "bad_request"},
		{"forged", body(open.ID, dA, forged), token, 400, "bad_contribution"},
		{"high s", body(open.ID, dA, highS(w.sign(t, open.ID, dA))), token, 400, "bad_contribution"},
		{"unknown task", body(unknown, dA, w.sign(t, unknown, dA)), token, 404, "unknown_task"},
		{"task over", body(over.ID, dA, w.sign(t, over.ID, dA)), token, 409, "task_over"},
		{"valid", body(open.ID, dA, w.sign(t, open.ID, dA)), token, 204, ""},
		{"the same again", body(open.ID, dA, w.sign(t, open.ID, dA)), token, 204, ""},
		{"another result", body(open.ID, digestOf("B"), w.sign(t, open.ID, digestOf("B"))), token, 400, "bad_contribution"},
		{"location not a sha256", map[string]any{"task": over.ID, "digest": dA, "signature": hexutil.Bytes(w.sign(t, over.ID, dA)), "location": "x"}, token, 400, "bad_contribution"},
	} {
		code, out := post(t, srv.URL+"/v1/contribute", tc.body, tc.token)
		if code != tc.code || (tc.err != "" && out["code"] != tc.err) {
			t.Errorf("%s: %d %v, want %d %s", tc.name, code, out, tc.code, tc.err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := open.Replicates[0]; r.State != Contributed || r.Digest != dA || r.Score != 4 {
		t.Fatalf("the open task's replicate: %+v", r)
	}
	if r := over.Replicates[0]; r.State != Assigned || r.Signature != nil {
		t.Fatalf("the completed task's replicate: %+v", r)
	}
}

// ---- Decide ----

// Batched tasks are created off chain (never initialized), as many as twice the live
// workers' slots (as believed: one for an unproven worker, at most 1+score for a proven
// one), less the batched tasks nobody holds yet.
func TestDecideCreatesBatchedTasksForTheLiveSlots(t *testing.T) {
	type wk struct {
		score  uint64
		slots  int
		silent bool
	}
	for _, tc := range []struct {
		name       string
		workers    []wk
		idle, held int // batched tasks already created: held by nobody, by a worker
		want       int
	}{
		{"no live worker: none", nil, 0, 0, 0},
		{"an unproven worker: one slot believed, two tasks", []wk{{0, 8, false}}, 0, 0, 2},
		{"a proven worker: its slots", []wk{{10, 3, false}}, 0, 0, 6},
		{"a proven worker: at most 1+score slots", []wk{{3, 10, false}}, 0, 0, 8},
		{"two workers", []wk{{0, 1, false}, {10, 3, false}}, 0, 0, 8},
		{"a silent worker does not count", []wk{{0, 1, false}, {10, 3, true}}, 0, 0, 2},
		{"idle tasks count against the room", []wk{{10, 3, false}}, 2, 0, 4},
		{"held tasks do not", []wk{{10, 3, false}}, 0, 2, 6},
		{"more idle tasks than room: none", []wk{{0, 1, false}}, 3, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness()
			d := batchedDeal(1, 1, 0, 100, h.now)
			h.deals = append(h.deals, d)
			var first *Worker
			for _, c := range tc.workers {
				w := h.worker(c.score)
				w.Slots = c.slots
				if c.silent {
					w.LastSeen = h.now.Add(-time.Hour)
				}
				if first == nil {
					first = w
				}
			}
			n := uint64(0)
			for range tc.idle {
				h.tasks = append(h.tasks, batchTask(d, n))
				n++
			}
			for range tc.held {
				h.tasks = append(h.tasks, batchTask(d, n, &Replicate{Worker: first.Addr, State: Assigned}))
				n++
			}
			p := h.decide()
			var want []TaskRef
			for i := range tc.want {
				want = append(want, TaskRef{d.ID, n + uint64(i)})
			}
			if !slices.Equal(p.Create, want) {
				t.Fatalf("create %v, want %v", p.Create, want)
			}
			if len(p.Initialize) != 0 {
				t.Fatalf("a batched deal's tasks initialized on chain: %v", p.Initialize)
			}
		})
	}
}

// The room is shared by the batched deals, in order; a per-task deal is initialized as
// before; a batched deal past its contribution deadline creates nothing.
func TestDecideCreateAcrossDeals(t *testing.T) {
	h := newHarness()
	w := h.worker(10)
	w.Slots = 2 // room 4
	small := batchedDeal(1, 1, 0, 3, h.now)
	late := batchedDeal(2, 1, 0, 100, h.now.Add(-7*300*time.Second))
	large := batchedDeal(3, 1, 0, 100, h.now)
	perTask := &DealTasks{ID: common.HexToHash("0xd1"), Volume: 2, Trust: 1, Initialized: map[uint64]bool{},
		ContributionDeadline: h.now.Add(time.Hour), FinalDeadline: h.now.Add(2 * time.Hour)}
	h.deals = []*DealTasks{small, late, perTask, large}
	p := h.decide()
	if want := []TaskRef{{small.ID, 0}, {small.ID, 1}, {small.ID, 2}, {large.ID, 0}}; !slices.Equal(p.Create, want) {
		t.Fatalf("create %v, want %v", p.Create, want)
	}
	if want := []TaskRef{{perTask.ID, 0}, {perTask.ID, 1}}; !slices.Equal(p.Initialize, want) {
		t.Fatalf("initialize %v, want %v", p.Initialize, want)
	}
}

// A batched task goes only to a worker whose bond backs one more stake than the batched
// replicates it holds (assigned or contributed, not yet settled).
func TestDecideBatchedTaskNeedsBond(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stake int64
		bond  *big.Int
		hold  string // "": nothing; "assigned", "contributed": one batched replicate; "per-task": a per-task replicate
		tasks int    // fresh batched tasks
		want  int    // of them assigned to the worker
	}{
		{"bond not read: none", 10, nil, "", 1, 0},
		{"bond below one stake: none", 10, big.NewInt(9), "", 1, 0},
		{"one stake: one task", 10, big.NewInt(10), "", 1, 1},
		{"one stake, two tasks: one of them", 10, big.NewInt(10), "", 2, 1},
		{"three stakes, two tasks: both", 10, big.NewInt(30), "", 2, 2},
		{"one stake, one assigned already: none", 10, big.NewInt(10), "assigned", 1, 0},
		{"two stakes, one assigned already: one", 10, big.NewInt(20), "assigned", 1, 1},
		{"one stake, one contribution awaiting settlement: none", 10, big.NewInt(10), "contributed", 1, 0},
		{"a per-task replicate needs no bond", 10, big.NewInt(10), "per-task", 1, 1},
		{"no stake: no bond needed", 0, nil, "", 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness()
			w := h.worker(10)
			w.Slots, w.Bond = 4, tc.bond
			d := batchedDeal(1, 1, tc.stake, 100, h.now)
			h.deals = append(h.deals, d)
			switch tc.hold {
			case "assigned":
				h.tasks = append(h.tasks, batchTask(d, 50, &Replicate{Worker: w.Addr, State: Assigned}))
			case "contributed":
				held := batchTask(d, 50)
				held.Replicates = []*Replicate{{Worker: w.Addr, State: Contributed, ResultHash: common.HexToHash("0xa"), Signature: []byte{1}}}
				held.Status, held.Consensus, held.UploadRequested, held.Uploader = poco.TaskRevealing, common.HexToHash("0xa"), true, w.Addr
				h.tasks = append(h.tasks, held)
			case "per-task":
				h.task(1).Replicates = []*Replicate{{Worker: w.Addr, State: Assigned}}
			}
			got := 0
			var fresh []*Task
			for i := range tc.tasks {
				task := batchTask(d, uint64(i))
				fresh = append(fresh, task)
				h.tasks = append(h.tasks, task)
			}
			p := h.decide()
			for _, task := range fresh {
				for _, a := range assigned(p, task.ID) {
					if a != w.Addr {
						t.Fatalf("assigned to %s", a)
					}
					got++
				}
			}
			if got != tc.want {
				t.Fatalf("%d fresh tasks assigned, want %d", got, tc.want)
			}
		})
	}
}

// A batched task whose signed contributions reach consensus (poco.Tally over the votes'
// scores) is certified on the leading result, and gets no more replicas; short of it, it
// gets them.
func TestDecideBatchedConsensus(t *testing.T) {
	type vote struct {
		score    uint64
		result   string
		signed   bool
		unbacked bool // its worker's bond is below the stake
	}
	for _, tc := range []struct {
		name  string
		trust uint64
		votes []vote
		want  string // the certified result ("": none)
		more  bool   // short of it, the free worker gets the task
	}{
		{"trust 1: one vote", 1, []vote{{0, "A", true, false}}, "A", false},
		{"trust 1: an unsigned vote does not count", 1, []vote{{0, "A", false, false}}, "", false},
		{"trust 3: one fresh vote is not enough", 3, []vote{{0, "A", true, false}}, "", true},
		{"trust 3: two fresh agreeing", 3, []vote{{0, "A", true, false}, {0, "A", true, false}}, "A", false},
		{"trust 3: two fresh disagreeing", 3, []vote{{0, "A", true, false}, {0, "B", true, false}}, "", true},
		{"trust 3: two agreeing, one unsigned", 3, []vote{{0, "A", true, false}, {0, "A", false, false}}, "", false},
		{"trust 3: three against one, the dissent first", 3, []vote{{0, "B", true, false}, {0, "A", true, false}, {0, "A", true, false}, {0, "A", true, false}}, "A", false},
		{"trust 3: two against one", 3, []vote{{0, "B", true, false}, {0, "A", true, false}, {0, "A", true, false}}, "", true},
		{"trust 3: one vote weighing 3 (score 12 at contribution)", 3, []vote{{12, "A", true, false}}, "A", false},
		{"trust 1: a vote whose bond does not back a stake does not count", 1, []vote{{0, "A", true, true}}, "", true},
		{"trust 3: two agreeing, one of them unbacked", 3, []vote{{0, "A", true, false}, {0, "A", true, true}}, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness()
			free := h.worker(0)
			free.Bond = big.NewInt(100)
			d := batchedDeal(1, tc.trust, 10, 1, h.now)
			h.deals = append(h.deals, d)
			task := batchTask(d, 0)
			h.tasks = append(h.tasks, task)
			for _, v := range tc.votes {
				r := newWKey(t).voted(t, task.ID, digestOf(v.result), v.score)
				if !v.signed {
					r.Signature = nil
				}
				task.Replicates = append(task.Replicates, r)
				// Known to the pool (silent now), with its current score and a bond: the
				// hub weighs a vote by its worker's score at settlement.
				bond := big.NewInt(100)
				if v.unbacked {
					bond = big.NewInt(9)
				}
				h.workers = append(h.workers, &Worker{Addr: r.Worker, Score: v.score, Bond: bond})
			}
			p := h.decide()
			if tc.want == "" {
				if len(p.Consensus) != 0 {
					t.Fatalf("consensus %+v", p.Consensus)
				}
				if got := assigned(p, task.ID); tc.more && (len(got) != 1 || got[0] != free.Addr) {
					t.Fatalf("short of consensus, the task went to %v, want the free worker", got)
				}
				return
			}
			if want := []Consensus{{task.ID, poco.ResultHash(task.ID, digestOf(tc.want))}}; !slices.Equal(p.Consensus, want) {
				t.Fatalf("consensus %+v, want %+v", p.Consensus, want)
			}
			if got := assigned(p, task.ID); len(got) != 0 {
				t.Fatalf("a certified task went to %v", got)
			}
		})
	}
}

// A certified batched task is stored by a winner (the first, then the next past the
// upload bound), and once stored is ready for a batch; never revealed or finalized; past
// its final deadline it is claimed.
func TestDecideCertifiedBatchedTask(t *testing.T) {
	h := newHarness()
	d := batchedDeal(1, 3, 10, 1, h.now)
	h.deals = append(h.deals, d)
	loser, w1, w2 := newWKey(t), newWKey(t), newWKey(t)
	id := poco.TaskID(d.ID, 0)
	dA := digestOf("A")
	task := batchTask(d, 0, loser.voted(t, id, digestOf("B"), 0), w1.voted(t, id, dA, 0), w2.voted(t, id, dA, 0))
	task.Status, task.Consensus = poco.TaskRevealing, poco.ResultHash(id, dA)
	h.tasks = append(h.tasks, task)
	only := func(p Plan, upload []Assignment, settle, claim []common.Hash) {
		t.Helper()
		var claimed []common.Hash
		for _, c := range p.Claim {
			claimed = append(claimed, poco.TaskID(c.Deal, c.Index))
		}
		if !slices.Equal(p.Upload, upload) || !slices.Equal(p.Settle, settle) || !slices.Equal(claimed, claim) ||
			len(p.Reveal)+len(p.Finalize)+len(p.Reopen)+len(p.Consensus)+len(p.Assign) != 0 {
			t.Fatalf("plan %+v, want upload %v settle %v claim %v", p, upload, settle, claim)
		}
	}
	only(h.decide(), []Assignment{{id, w1.addr}}, nil, nil)
	task.UploadRequested, task.Uploader, task.UploadAskedAt = true, w1.addr, h.now.Add(-74*time.Second) // the bound: T/4 = 75 s
	only(h.decide(), nil, nil, nil)
	task.UploadAskedAt = h.now.Add(-76 * time.Second)
	only(h.decide(), []Assignment{{id, w2.addr}}, nil, nil)
	task.Uploaded, task.ResultLocation = true, loc('a')
	only(h.decide(), nil, []common.Hash{id}, nil)
	h.now = task.FinalDeadline
	for _, w := range h.workers {
		w.LastSeen = h.now
	}
	only(h.decide(), nil, nil, []common.Hash{id})
}

// Past a batched deal's final deadline, its never-created tasks are claimed too (when
// claims are enabled, InitBatch at a time), with its created ones still open.
func TestDecideClaimsNeverCreatedBatchedTasks(t *testing.T) {
	h := newHarness()
	d := batchedDeal(1, 1, 10, 5, h.now.Add(-10*300*time.Second))
	h.deals = append(h.deals, d)
	open := batchTask(d, 1)
	d.Initialized[3] = true // settled: no longer in the snapshot
	h.tasks = append(h.tasks, open)
	all := []TaskRef{{d.ID, 0}, {d.ID, 2}, {d.ID, 4}, {d.ID, 1}}
	snap := Snapshot{Now: h.now, Clock: h.now, Deals: h.deals, Tasks: h.tasks}
	for _, tc := range []struct {
		name string
		cfg  Config
		now  time.Time
		want []TaskRef
	}{
		{"claims enabled", Config{ClaimEnabled: true}, h.now, all},
		{"InitBatch at a time (and the open task)", Config{ClaimEnabled: true, InitBatch: 2}, h.now, []TaskRef{{d.ID, 0}, {d.ID, 2}, {d.ID, 1}}},
		{"claims disabled", Config{}, h.now, nil},
		{"before the final deadline", Config{ClaimEnabled: true}, d.FinalDeadline.Add(-time.Second), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			snap.Now = tc.now
			p := Decide(snap, tc.cfg)
			if !slices.Equal(p.Claim, tc.want) {
				t.Fatalf("claim %v, want %v", p.Claim, tc.want)
			}
			if len(p.Create)+len(p.Initialize) != 0 {
				t.Fatalf("created %v initialized %v past the contribution deadline", p.Create, p.Initialize)
			}
		})
	}
}

// ---- planBatch ----

// planCase is a service whose state planBatch reads.
type planCase struct {
	s   *Service
	now time.Time
}

func newPlanCase(t *testing.T) *planCase {
	s, _ := newBatchService(t)
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	s.now = now
	return &planCase{s: s, now: now}
}

// planWant is a batch plan as expected: the settled tasks with their digests and counted
// workers (in replicate order), the tasks sent back and expired, the scores and bonds after.
type planWant struct {
	settled []settledWant
	back    []common.Hash
	expired []common.Hash
	scores  map[common.Address]uint64
	bonds   map[common.Address]int64
}

type settledWant struct {
	task    common.Hash
	digest  common.Hash
	counted []common.Address
}

// check compares b with want, each settlement field by field against the task it settles.
func (c *planCase) check(t *testing.T, b batchPlan, want planWant) {
	t.Helper()
	var ids []common.Hash
	for _, w := range want.settled {
		ids = append(ids, w.task)
	}
	if !slices.Equal(b.tasks, ids) || len(b.settle) != len(ids) {
		t.Fatalf("settles %v (%d settlements), want %v", b.tasks, len(b.settle), ids)
	}
	if !slices.Equal(b.back, want.back) || !slices.Equal(b.expired, want.expired) {
		t.Fatalf("back %v expired %v, want %v %v", b.back, b.expired, want.back, want.expired)
	}
	if len(b.scores) != len(want.scores) {
		t.Fatalf("scores %v, want %v", b.scores, want.scores)
	}
	for a, sc := range want.scores {
		if got, ok := b.scores[a]; !ok || got != sc {
			t.Fatalf("scores %v, want %v", b.scores, want.scores)
		}
	}
	if len(b.bonds) != len(want.bonds) {
		t.Fatalf("bonds %v, want %v", b.bonds, want.bonds)
	}
	for a, v := range want.bonds {
		if got, ok := b.bonds[a]; !ok || got.Cmp(big.NewInt(v)) != 0 {
			t.Fatalf("bonds %v, want %v", b.bonds, want.bonds)
		}
	}
	for i, w := range want.settled {
		st, task, d := b.settle[i], c.s.tasks[w.task], c.s.deals[c.s.tasks[w.task].Deal]
		link := poco.ResultLink{Storage: batchStorage, Location: task.ResultLocation, Digest: w.digest}.Marshal()
		var cb []byte
		if d.Callback != (common.Address{}) {
			cb = task.CallbackData
		}
		if st.DealID != task.Deal || st.Index != task.Index || st.Digest != w.digest || !bytes.Equal(st.Results, link) || !bytes.Equal(st.ResultsCallback, cb) {
			t.Fatalf("settlement %d: %+v", i, st)
		}
		var workers []common.Address
		for _, sc := range st.Contributions {
			workers = append(workers, sc.Worker)
			r := task.replicate(sc.Worker)
			if sc.Contribution != *poco.NewContribution(sc.Worker, task.ID, r.Digest) || !bytes.Equal(sc.Signature, r.Signature) {
				t.Fatalf("settlement %d: contribution of %s %+v", i, sc.Worker, sc)
			}
			if signer, err := sc.Contribution.Signer(batchDomain, sc.Signature); err != nil || signer != sc.Worker {
				t.Fatalf("settlement %d: the contribution of %s recovers %s (%v)", i, sc.Worker, signer, err)
			}
		}
		if !slices.Equal(workers, w.counted) {
			t.Fatalf("settlement %d counts %v, want %v", i, workers, w.counted)
		}
	}
	// The hub's encoding takes it: votes for the digest in compact form, the others with
	// their hash and seal.
	if len(b.settle) > 0 {
		_, args, err := chain.SettleArgs(b.settle)
		if err != nil {
			t.Fatal(err)
		}
		for i, st := range b.settle {
			votes := 0
			for _, sc := range st.Contributions {
				if sc.ResultHash == poco.ResultHash(st.Contributions[0].TaskID, st.Digest) {
					votes++
				}
			}
			if len(args[i].Votes) != votes || len(args[i].Others) != len(st.Contributions)-votes {
				t.Fatalf("settlement %d encodes %d votes and %d others, want %d and %d", i, len(args[i].Votes), len(args[i].Others), votes, len(st.Contributions)-votes)
			}
		}
	}
}

// plan runs planBatch over ids and checks that it changed nothing of the state.
func (c *planCase) plan(t *testing.T, ids ...common.Hash) batchPlan {
	t.Helper()
	c.s.mu.Lock()
	tasks := map[common.Hash]*Task{}
	for id, tk := range c.s.tasks {
		tasks[id] = tk.clone()
	}
	workers := map[common.Address]Worker{}
	for a, w := range c.s.workers {
		workers[a] = *w
		if w.Bond != nil {
			wc := workers[a]
			wc.Bond = new(big.Int).Set(w.Bond)
			workers[a] = wc
		}
	}
	c.s.mu.Unlock()
	b := c.s.planBatch(ids)
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	for id, tk := range c.s.tasks {
		if !reflect.DeepEqual(tk.clone(), tasks[id]) {
			t.Fatalf("planBatch changed task %s", id)
		}
	}
	for a, w := range c.s.workers {
		if !reflect.DeepEqual(*w, workers[a]) {
			t.Fatalf("planBatch changed worker %s: %+v, was %+v", a, *w, workers[a])
		}
	}
	return b
}

func bond(v int64) *big.Int { return big.NewInt(v) }

// One task at a time: who is counted, the consensus with current scores and bonds, and
// what the hub would pay.
func TestPlanBatch(t *testing.T) {
	dA, dB := digestOf("A"), digestOf("B")
	w1, w2, w3, w4 := newWKey(t), newWKey(t), newWKey(t), newWKey(t)
	for _, tc := range []struct {
		name  string
		trust uint64
		stake int64
		// workers: score and bond (bond -1: not read) of w1..w4, and their votes ("" none,
		// "A", "B", "A-": A unsigned)
		scores []uint64
		bonds  []int64
		votes  []string
		build  func(c *planCase, d *DealTasks, task *Task) // more state
		want   func(id common.Hash) planWant
	}{
		{"trust 1, a lone vote: settled, no point", 1, 10, []uint64{0}, []int64{10}, []string{"A"}, nil,
			func(id common.Hash) planWant {
				return planWant{settled: []settledWant{{id, dA, []common.Address{w1.addr}}}, scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
			}},
		{"trust 3, two agree: settled, a point each", 3, 10, []uint64{0, 4}, []int64{10, 10}, []string{"A", "A"}, nil,
			func(id common.Hash) planWant {
				return planWant{settled: []settledWant{{id, dA, []common.Address{w1.addr, w2.addr}}},
					scores: map[common.Address]uint64{w1.addr: 1, w2.addr: 5}, bonds: map[common.Address]int64{}}
			}},
		{"a loser pays a stake and a third of its score", 3, 10, []uint64{30, 30, 30, 30}, []int64{10, 10, 10, 25}, []string{"A", "A", "A", "B"}, nil,
			func(id common.Hash) planWant {
				return planWant{settled: []settledWant{{id, dA, []common.Address{w1.addr, w2.addr, w3.addr, w4.addr}}},
					scores: map[common.Address]uint64{w1.addr: 31, w2.addr: 31, w3.addr: 31, w4.addr: 20}, bonds: map[common.Address]int64{w4.addr: 15}}
			}},
		{"a bond below the stake is left out", 3, 10, []uint64{0, 0, 0}, []int64{10, 10, 9}, []string{"A", "A", "A"}, nil,
			func(id common.Hash) planWant {
				return planWant{settled: []settledWant{{id, dA, []common.Address{w1.addr, w2.addr}}},
					scores: map[common.Address]uint64{w1.addr: 1, w2.addr: 1}, bonds: map[common.Address]int64{}}
			}},
		{"a dissent whose bond is short is left out: it loses nothing", 3, 10, []uint64{0, 0, 0}, []int64{10, 10, 0}, []string{"A", "A", "B"}, nil,
			func(id common.Hash) planWant {
				return planWant{settled: []settledWant{{id, dA, []common.Address{w1.addr, w2.addr}}},
					scores: map[common.Address]uint64{w1.addr: 1, w2.addr: 1}, bonds: map[common.Address]int64{}}
			}},
		{"an unread bond backs nothing: short of consensus, back", 3, 10, []uint64{0, 0}, []int64{10, -1}, []string{"A", "A"}, nil,
			func(id common.Hash) planWant {
				return planWant{back: []common.Hash{id}, scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
			}},
		{"an unsigned vote is not counted: back", 3, 10, []uint64{0, 0}, []int64{10, 10}, []string{"A", "A-"}, nil,
			func(id common.Hash) planWant {
				return planWant{back: []common.Hash{id}, scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
			}},
		{"a dissent breaks the consensus: back", 3, 10, []uint64{0, 0, 0}, []int64{10, 10, 10}, []string{"A", "A", "B"}, nil,
			func(id common.Hash) planWant {
				return planWant{back: []common.Hash{id}, scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
			}},
		{"scores fell since the contributions: back", 3, 10, []uint64{0}, []int64{10}, []string{"A"}, func(c *planCase, d *DealTasks, task *Task) {
			task.Replicates[0].Score = 12 // weighed 3 then, 2 now
		}, func(id common.Hash) planWant {
			return planWant{back: []common.Hash{id}, scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
		}},
		{"no stake: no bond needed", 3, 0, []uint64{0, 0}, []int64{-1, -1}, []string{"A", "A"}, nil,
			func(id common.Hash) planWant {
				return planWant{settled: []settledWant{{id, dA, []common.Address{w1.addr, w2.addr}}},
					scores: map[common.Address]uint64{w1.addr: 1, w2.addr: 1}, bonds: map[common.Address]int64{}}
			}},
		{"the final deadline passed: expired", 1, 10, []uint64{0}, []int64{10}, []string{"A"}, func(c *planCase, d *DealTasks, task *Task) {
			c.s.now = task.FinalDeadline
		}, func(id common.Hash) planWant {
			return planWant{expired: []common.Hash{id}, scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
		}},
		{"not certified: left alone", 1, 10, []uint64{0}, []int64{10}, []string{"A"}, func(c *planCase, d *DealTasks, task *Task) {
			task.Status = poco.TaskActive
		}, func(id common.Hash) planWant {
			return planWant{scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
		}},
		{"not stored: left alone", 1, 10, []uint64{0}, []int64{10}, []string{"A"}, func(c *planCase, d *DealTasks, task *Task) {
			task.Uploaded = false
		}, func(id common.Hash) planWant {
			return planWant{scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
		}},
		{"completed already: left alone", 1, 10, []uint64{0}, []int64{10}, []string{"A"}, func(c *planCase, d *DealTasks, task *Task) {
			task.Status = poco.TaskCompleted
		}, func(id common.Hash) planWant {
			return planWant{scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
		}},
		{"a per-task deal: left alone", 1, 10, []uint64{0}, []int64{10}, []string{"A"}, func(c *planCase, d *DealTasks, task *Task) {
			d.Batched = false
		}, func(id common.Hash) planWant {
			return planWant{scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newPlanCase(t)
			d := batchedDeal(1, tc.trust, tc.stake, 1, c.now)
			id := poco.TaskID(d.ID, 0)
			task := batchTask(d, 0)
			var workers []*Worker
			for i, k := range []wkey{w1, w2, w3, w4}[:len(tc.votes)] {
				var b *big.Int
				if tc.bonds[i] >= 0 {
					b = bond(tc.bonds[i])
				}
				workers = append(workers, k.worker(tc.scores[i], b, c.now))
				digest := dA
				if tc.votes[i] == "B" {
					digest = dB
				}
				r := k.voted(t, id, digest, tc.scores[i])
				if tc.votes[i] == "A-" {
					r.Signature = nil
				}
				task.Replicates = append(task.Replicates, r)
			}
			certify(task, dA, w1.addr)
			if tc.build != nil {
				tc.build(c, d, task)
			}
			fill(c.s, []*DealTasks{d}, []*Task{task}, workers...)
			c.check(t, c.plan(t, id), tc.want(id))
		})
	}
	t.Run("unknown task", func(t *testing.T) {
		c := newPlanCase(t)
		c.check(t, c.plan(t, common.HexToHash("0x404")), planWant{})
	})
}

// A callback deal settles with the stored callback data, which must hash to the digest.
func TestPlanBatchCallback(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stored []byte
		back   bool
	}{
		{"the certified data", []byte("the callback.bin"), false},
		{"other data: back", []byte("another callback.bin"), true},
		{"none: back", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newPlanCase(t)
			w := newWKey(t)
			d := batchedDeal(1, 1, 10, 1, c.now)
			d.Callback = common.HexToAddress("0xca11")
			digest := crypto.Keccak256Hash([]byte("the callback.bin"))
			id := poco.TaskID(d.ID, 0)
			task := certify(batchTask(d, 0, w.voted(t, id, digest, 0)), digest, w.addr)
			task.CallbackData = tc.stored
			fill(c.s, []*DealTasks{d}, []*Task{task}, w.worker(0, bond(10), c.now))
			want := planWant{settled: []settledWant{{id, digest, []common.Address{w.addr}}}}
			if tc.back {
				want = planWant{back: []common.Hash{id}}
			}
			c.check(t, c.plan(t, id), want)
		})
	}
}

// The batch is the hub's settle in order: a worker's weight in a task is its score after
// the batch's earlier tasks, a loser weighing less and a winner of a contested task more;
// a bond seized in one task is smaller in the next.
func TestPlanBatchEvolvesAcrossTasks(t *testing.T) {
	dA, dB := digestOf("A"), digestOf("B")
	y1, y2, x, z, v1, v2 := newWKey(t), newWKey(t), newWKey(t), newWKey(t), newWKey(t), newWKey(t)
	c := newPlanCase(t)
	d := batchedDeal(1, 3, 10, 10, c.now)
	id := func(i uint64) common.Hash { return poco.TaskID(d.ID, i) }
	// t0: y1 and y2 (score 30, weight 9) certify A against x (score 12, weight 3): x's
	// score falls to 8 (weight 2), its bond from 20 to 10.
	t0 := certify(batchTask(d, 0, y1.voted(t, id(0), dA, 30), y2.voted(t, id(0), dA, 30), x.voted(t, id(0), dB, 12)), dA, y1.addr)
	// t1: x alone: certified at weight 3 (9 > 8), not at weight 2 (6 > 6 fails).
	t1 := certify(batchTask(d, 1, x.voted(t, id(1), dA, 12)), dA, x.addr)
	// t2: z (score 11, weight 2) and y1 certify A: z's score rises to 12 (weight 3).
	t2 := certify(batchTask(d, 2, z.voted(t, id(2), dA, 11), y1.voted(t, id(2), dA, 30)), dA, z.addr)
	// t3: z alone: certified at weight 3 only.
	t3 := certify(batchTask(d, 3, z.voted(t, id(3), dA, 11)), dA, z.addr)
	fill(c.s, []*DealTasks{d}, []*Task{t0, t1, t2, t3},
		y1.worker(30, bond(100), c.now), y2.worker(30, bond(100), c.now), x.worker(12, bond(20), c.now), z.worker(11, bond(100), c.now))
	settled := func(tk *Task, ws ...wkey) settledWant {
		var as []common.Address
		for _, w := range ws {
			as = append(as, w.addr)
		}
		return settledWant{tk.ID, dA, as}
	}
	for _, tc := range []struct {
		name  string
		order []*Task
		want  planWant
	}{
		{"a loser weighs less in the next task", []*Task{t0, t1}, planWant{
			settled: []settledWant{settled(t0, y1, y2, x)}, back: []common.Hash{t1.ID},
			scores: map[common.Address]uint64{y1.addr: 31, y2.addr: 31, x.addr: 8}, bonds: map[common.Address]int64{x.addr: 10}}},
		{"not before it loses", []*Task{t1, t0}, planWant{
			settled: []settledWant{settled(t1, x), settled(t0, y1, y2, x)},
			scores:  map[common.Address]uint64{y1.addr: 31, y2.addr: 31, x.addr: 8}, bonds: map[common.Address]int64{x.addr: 10}}},
		{"a winner weighs more in the next task", []*Task{t2, t3}, planWant{
			settled: []settledWant{settled(t2, z, y1), settled(t3, z)},
			scores:  map[common.Address]uint64{z.addr: 12, y1.addr: 31}, bonds: map[common.Address]int64{}}},
		{"not before it wins", []*Task{t3, t2}, planWant{
			settled: []settledWant{settled(t2, z, y1)}, back: []common.Hash{t3.ID},
			scores: map[common.Address]uint64{z.addr: 12, y1.addr: 31}, bonds: map[common.Address]int64{}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ids []common.Hash
			for _, tk := range tc.order {
				ids = append(ids, tk.ID)
			}
			c.check(t, c.plan(t, ids...), tc.want)
		})
	}

	// Bonds: x backs one stake; losing t4 empties its bond, so its vote in t5 is left out
	// (v1 and v2 certify t5 alone). In the other order x is counted in t5 and wins.
	c = newPlanCase(t)
	d = batchedDeal(2, 3, 10, 10, c.now)
	t4 := certify(batchTask(d, 4, y1.voted(t, poco.TaskID(d.ID, 4), dA, 30), y2.voted(t, poco.TaskID(d.ID, 4), dA, 30), x.voted(t, poco.TaskID(d.ID, 4), dB, 30)), dA, y1.addr)
	t5id := poco.TaskID(d.ID, 5)
	t5 := certify(batchTask(d, 5, x.voted(t, t5id, dA, 30), v1.voted(t, t5id, dA, 0), v2.voted(t, t5id, dA, 0)), dA, v1.addr)
	fill(c.s, []*DealTasks{d}, []*Task{t4, t5}, y1.worker(30, bond(100), c.now), y2.worker(30, bond(100), c.now), x.worker(30, bond(10), c.now),
		v1.worker(0, bond(10), c.now), v2.worker(0, bond(10), c.now))
	c.check(t, c.plan(t, t4.ID, t5.ID), planWant{
		settled: []settledWant{{t4.ID, dA, []common.Address{y1.addr, y2.addr, x.addr}}, {t5.ID, dA, []common.Address{v1.addr, v2.addr}}},
		scores:  map[common.Address]uint64{y1.addr: 31, y2.addr: 31, x.addr: 20, v1.addr: 1, v2.addr: 1}, bonds: map[common.Address]int64{x.addr: 0}})
	c.check(t, c.plan(t, t5.ID, t4.ID), planWant{
		settled: []settledWant{{t5.ID, dA, []common.Address{x.addr, v1.addr, v2.addr}}, {t4.ID, dA, []common.Address{y1.addr, y2.addr, x.addr}}},
		scores:  map[common.Address]uint64{y1.addr: 31, y2.addr: 31, x.addr: 20, v1.addr: 1, v2.addr: 1}, bonds: map[common.Address]int64{x.addr: 0}})
}

// A batch stays under maxBatchBytes of calldata: with tasks carrying 16 KiB of callback
// data each, it takes as many as fit and leaves the others for the next batch.
func TestPlanBatchStaysUnderTheCalldataBudget(t *testing.T) {
	c := newPlanCase(t)
	w := newWKey(t)
	d := batchedDeal(1, 1, 10, 10, c.now)
	d.Callback = common.HexToAddress("0xca11")
	var tasks []*Task
	var ids []common.Hash
	for i := range uint64(10) {
		cb := bytes.Repeat([]byte{byte(i + 1)}, MaxCallbackData)
		digest := crypto.Keccak256Hash(cb)
		task := certify(batchTask(d, i, w.voted(t, poco.TaskID(d.ID, i), digest, 0)), digest, w.addr)
		task.CallbackData = cb
		tasks = append(tasks, task)
		ids = append(ids, task.ID)
	}
	fill(c.s, []*DealTasks{d}, tasks, w.worker(0, bond(10), c.now))
	b := c.plan(t, ids...)
	size := func(tk *Task) int {
		link := poco.ResultLink{Storage: batchStorage, Location: tk.ResultLocation, Digest: crypto.Keccak256Hash(tk.CallbackData)}.Marshal()
		return 448 + len(link) + len(tk.CallbackData) + 160
	}
	total := 0
	for _, tk := range tasks[:len(b.tasks)] {
		total += size(tk)
	}
	if len(b.tasks) == 0 || len(b.tasks) >= len(ids) || total > maxBatchBytes || total+size(tasks[len(b.tasks)]) <= maxBatchBytes {
		t.Fatalf("%d of %d tasks (%d bytes estimated), want as many as fit in %d", len(b.tasks), len(ids), total, maxBatchBytes)
	}
	var want []settledWant
	for _, tk := range tasks[:len(b.tasks)] {
		want = append(want, settledWant{tk.ID, crypto.Keccak256Hash(tk.CallbackData), []common.Address{w.addr}})
	}
	c.check(t, b, planWant{settled: want, scores: map[common.Address]uint64{}, bonds: map[common.Address]int64{}})
	// The real calldata stays within what a node accepts (128 KiB), and the estimate bounds it.
	workers, args, err := chain.SettleArgs(b.settle)
	if err != nil {
		t.Fatal(err)
	}
	data := bindings.NewIHub().PackSettle(workers, args)
	if len(data) > 128<<10 || len(data) > total+4+4*32 {
		t.Fatalf("%d bytes of calldata for %d estimated", len(data), total)
	}
	t.Logf("%d tasks: %d bytes of calldata, %d estimated", len(b.tasks), len(data), total)

	// The rest goes in the next batch.
	b = c.plan(t, ids[len(b.tasks):]...)
	if len(b.tasks) == 0 || b.tasks[0] != ids[len(want)] {
		t.Fatalf("the next batch starts with %v", b.tasks)
	}
}

// ---- settleTasks ----

// A task sent back to work (its consensus did not hold with current scores) is not
// certified again at once on the scores its votes had at contribution: Decide weighs them
// as the hub will and asks for another vote.
func TestSentBackTaskGetsAnotherVote(t *testing.T) {
	s, _ := newBatchService(t)
	now := time.Now()
	s.now = now
	x, f := newWKey(t), newWKey(t)
	d := batchedDeal(1, 3, 10, 1, now)
	id := poco.TaskID(d.ID, 0)
	// x contributed with a score of 12 (weight 3: alone, a consensus at trust 3); its
	// score has fallen to 8 since (weight 2: not one).
	task := certify(batchTask(d, 0, x.voted(t, id, digestOf("A"), 12)), digestOf("A"), x.addr)
	fill(s, []*DealTasks{d}, []*Task{task}, x.worker(8, bond(100), now), f.worker(0, bond(100), now))
	s.mu.Lock()
	s.ready[id] = now.Add(-time.Minute)
	s.mu.Unlock()
	// Nothing to settle: the hub is not called (there is none).
	if err := s.settleTasks(context.Background(), []common.Hash{id}); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	_, ready := s.ready[id]
	if task.Status != poco.TaskActive || task.Consensus != (common.Hash{}) || task.UploadRequested || ready {
		s.mu.Unlock()
		t.Fatalf("sent back: status %v consensus %s upload requested %v ready %v", task.Status, task.Consensus, task.UploadRequested, ready)
	}
	s.mu.Unlock()
	if err := s.apply(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if task.Status != poco.TaskActive {
		t.Fatalf("certified again at once (%v) on the scores it just failed with", task.Status)
	}
	if r := task.replicate(f.addr); r.State != Assigned {
		t.Fatalf("no other vote asked: %+v", r)
	}
}
