package scheduler

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
)

// kindsPool is a pool of workers that run different app kinds, with and without a GPU.
type kindsPool struct {
	old, wasm, oci, ociOnly, ociGPU, wasmGPU *Worker
}

func newKindsPool(h *harness) kindsPool {
	return kindsPool{
		old:     h.workerWith(10, Resources{}), // advertises no executors: wasm alone
		wasm:    h.workerWith(10, Resources{Executors: []string{"wasm"}}),
		oci:     h.workerWith(10, Resources{Executors: []string{"wasm", "oci"}, OCI: "1.1.12"}),
		ociOnly: h.workerWith(10, Resources{Executors: []string{"oci"}}),
		ociGPU:  h.workerWith(10, Resources{Executors: []string{"wasm", "oci"}, GPU: 1, GPUMemoryMB: 24576, Devices: []string{"nvidia.com/gpu=0"}}),
		wasmGPU: h.workerWith(10, Resources{GPU: 2}),
	}
}

// kindDeal adds a deal of app kind and tag with one task at trust.
func (h *harness) kindDeal(kind uint8, tag common.Hash, trust uint64) *Task {
	t := h.dealTask("", trust)
	d := h.deals[len(h.deals)-1]
	d.AppKind, d.Tag = kind, tag
	return t
}

// A deal's tasks go only to the workers that run its app's kind (a worker that advertises
// none runs wasm alone; kind 0, unknown, counts as wasm) and, when its tag asks for a GPU,
// have one: at trust 100 every such worker is used, and only those.
func TestKindsAndGPUsDecideWhoRuns(t *testing.T) {
	h := newHarness()
	p := newKindsPool(h)
	for _, c := range []struct {
		name string
		kind uint8
		tag  common.Hash
		want []*Worker
	}{
		{"wasm", poco.AppWASM, common.Hash{}, []*Worker{p.old, p.wasm, p.oci, p.ociGPU, p.wasmGPU}},
		{"unknown kind counts as wasm", 0, common.Hash{}, []*Worker{p.old, p.wasm, p.oci, p.ociGPU, p.wasmGPU}},
		{"oci", poco.AppOCI, common.Hash{}, []*Worker{p.oci, p.ociOnly, p.ociGPU}},
		{"wasm on a GPU", poco.AppWASM, poco.TagGPU, []*Worker{p.ociGPU, p.wasmGPU}},
		{"oci on a GPU", poco.AppOCI, poco.TagGPU, []*Worker{p.ociGPU}},
		{"other tag bits ask for nothing", poco.AppOCI, common.BigToHash(big.NewInt(1)), []*Worker{p.oci, p.ociOnly, p.ociGPU}},
		{"a kind no worker runs", 3, common.Hash{}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			h.deals, h.tasks = nil, nil
			task := h.kindDeal(c.kind, c.tag, 100)
			got := assigned(h.decide(), task.ID)
			slices.SortFunc(got, func(a, b common.Address) int { return a.Cmp(b) })
			if fmt.Sprint(got) != fmt.Sprint(addrs(c.want)) {
				t.Fatalf("assigned %v, want %v", got, addrs(c.want))
			}
		})
	}
}

// In a mixed pool with room for everything, every task is assigned, each to a worker that
// can run it: an OCI task never to a wasm-only worker, a GPU task never to a worker
// without a GPU.
func TestMixedPoolAssignsEachDealToItsWorkers(t *testing.T) {
	h := newHarness()
	p := newKindsPool(h)
	for _, w := range h.workers {
		w.Slots = 8
	}
	can := map[common.Hash][]*Worker{}
	for _, d := range []struct {
		kind uint8
		tag  common.Hash
		can  []*Worker
	}{
		{poco.AppWASM, common.Hash{}, []*Worker{p.old, p.wasm, p.oci, p.ociGPU, p.wasmGPU}},
		{poco.AppOCI, common.Hash{}, []*Worker{p.oci, p.ociOnly, p.ociGPU}},
		{poco.AppWASM, poco.TagGPU, []*Worker{p.ociGPU, p.wasmGPU}},
		{poco.AppOCI, poco.TagGPU, []*Worker{p.ociGPU}},
	} {
		for range 2 {
			can[h.kindDeal(d.kind, d.tag, 1).ID] = d.can
		}
	}
	plan := h.decide()
	if len(plan.Waiting) != 0 {
		t.Fatalf("deals waiting: %+v", plan.Waiting)
	}
	for _, task := range h.tasks {
		got := assigned(plan, task.ID)
		if len(got) != 1 {
			t.Fatalf("task %s: assigned %v, want one worker", task.ID, got)
		}
		if !slices.Contains(addrs(can[task.ID]), got[0]) {
			t.Fatalf("task %s went to %s, which cannot run it (only %v can)", task.ID, got[0], addrs(can[task.ID]))
		}
	}
}

// A deal no live worker can run gets no worker and is listed in Plan.Waiting with why (its
// task unreachable); once such a worker logs in, it runs it. A hostile worker that
// advertises "oci" without running it is not the plan's concern: it fails the task like
// any failing worker, and the task goes to another.
func TestDealsNoWorkerCanRunWait(t *testing.T) {
	for _, c := range []struct {
		name    string
		kind    uint8
		tag     common.Hash
		params  string
		workers []Resources
		why     string
		fix     Resources
	}{
		{"no worker", poco.AppWASM, common.Hash{}, "", nil, "no worker is logged in", Resources{}},
		{"oci", poco.AppOCI, common.Hash{}, "", []Resources{{}, {Executors: []string{"wasm"}, GPU: 1}},
			"no live worker runs oci apps", Resources{Executors: []string{"oci"}}},
		{"gpu", poco.AppOCI, poco.TagGPU, "", []Resources{{GPU: 1}, {Executors: []string{"oci"}}},
			"no live worker that runs oci apps has a GPU", Resources{Executors: []string{"oci"}, GPU: 1}},
		{"requirements", poco.AppOCI, common.Hash{}, `{"requirements": "gpu_memory_mb >= 40000"}`, []Resources{{Executors: []string{"oci"}, GPUMemoryMB: 24576}},
			"none of the 1 live workers that can run it meets the requirements", Resources{Executors: []string{"oci"}, GPUMemoryMB: 81920}},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness()
			for _, r := range c.workers {
				h.workerWith(10, r)
			}
			task := h.dealTask(c.params, 1)
			h.deals[0].AppKind, h.deals[0].Tag = c.kind, c.tag
			p := h.decide()
			if len(assigned(p, task.ID)) != 0 {
				t.Fatalf("assigned to %v", assigned(p, task.ID))
			}
			if len(p.Waiting) != 1 || p.Waiting[0].Deal != task.Deal || !errors.Is(p.Waiting[0].Err, ErrCannotServe) ||
				!strings.Contains(p.Waiting[0].Err.Error(), c.why) {
				t.Fatalf("waiting %+v, want the deal with %q", p.Waiting, c.why)
			}
			if len(p.Unreachable) != 1 || len(p.Unmatched) != 0 {
				t.Fatalf("unreachable %v, unmatched %v", p.Unreachable, p.Unmatched)
			}
			w := h.workerWith(10, c.fix)
			if p := h.decide(); len(p.Waiting) != 0 || fmt.Sprint(assigned(p, task.ID)) != fmt.Sprint([]common.Address{w.Addr}) {
				t.Fatalf("with a worker that can run it: waiting %+v, assigned %v", p.Waiting, assigned(p, task.ID))
			}
		})
	}
}

// What a worker advertises is bounded: a login whose lists or names are over the bounds
// (a hostile worker may send a million entries) is refused with 400 bad_resources, or 413
// when it does not even fit the body's limit, and nothing is registered.
func TestResourcesAreBoundedAtLogin(t *testing.T) {
	key, _ := crypto.GenerateKey()
	many := func(n int, s string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = s
		}
		return out
	}
	for _, c := range []struct {
		name string
		res  Resources
		code int
	}{
		{"fine", Resources{Executors: []string{"wasm", "oci"}, OCI: "1.1.12", GPU: 1, GPUMemoryMB: 24576, Devices: many(MaxDevices, "nvidia.com/gpu=0")}, 200},
		{"executors", Resources{Executors: many(MaxExecutors+1, "oci")}, 400},
		{"devices", Resources{Devices: many(MaxDevices+1, "nvidia.com/gpu=0")}, 400},
		{"a long device name", Resources{Devices: []string{strings.Repeat("x", MaxNameLen+1)}}, 400},
		{"an empty executor", Resources{Executors: []string{""}}, 400},
		{"a long OCI version", Resources{OCI: strings.Repeat("1", MaxNameLen+1)}, 400},
		{"negative GPU memory", Resources{GPUMemoryMB: -1}, 400},
		{"a million executors", Resources{Executors: many(1_000_000, "a")}, 413},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv, store, _ := admissionAPI(t, Admission{}, nil)
			code, out := loginWith(t, srv, key, c.res)
			if code != c.code {
				t.Fatalf("login %d %v, want %d", code, out, c.code)
			}
			if c.code == 400 && out["code"] != "bad_resources" {
				t.Fatalf("code %v, want bad_resources", out["code"])
			}
			if registered := len(store.workers) == 1; registered != (c.code == 200) {
				t.Fatalf("registered %v after %d", registered, code)
			}
		})
	}
	// Check alone holds whatever the body's limit.
	if err := (Resources{Executors: many(1_000_000, "oci")}).Check(); !errors.Is(err, ErrBadResources) {
		t.Fatalf("a million executors: %v", err)
	}
}

// kindsService is a service without a chain whose workers are registered with res.
func kindsService(t *testing.T, res ...Resources) *Service {
	t.Helper()
	s, err := NewService(context.Background(), ServiceConfig{Pool: common.HexToAddress("0x9001"), Store: &memStore{workers: map[common.Address]*Worker{}},
		Domain: poco.NewDomain(big.NewInt(1337), common.HexToAddress("0x1"))})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if err := s.register(context.Background(), common.BigToAddress(big.NewInt(int64(i+1))), 10, nil, 1, r); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// CanServe, which the broker asks before it matches a request, weighs the app's kind and
// the GPU tag besides the requirements.
func TestCanServeWeighsKindAndGPU(t *testing.T) {
	s := kindsService(t, Resources{}, Resources{Executors: []string{"wasm", "oci"}}, Resources{Executors: []string{"oci"}, GPU: 1, GPUMemoryMB: 8192})
	for _, c := range []struct {
		name   string
		params string
		kind   uint8
		tag    common.Hash
		why    string // "" when it can
	}{
		{"wasm", "", poco.AppWASM, common.Hash{}, ""},
		{"oci", "", poco.AppOCI, common.Hash{}, ""},
		{"oci on a GPU", "", poco.AppOCI, poco.TagGPU, ""},
		{"wasm on a GPU", "", poco.AppWASM, poco.TagGPU, "no live worker that runs wasm apps has a GPU"},
		{"oci with GPU memory", `{"requirements": "gpu_memory_mb >= 4096 && 'oci' in executors"}`, poco.AppOCI, common.Hash{}, ""},
		{"oci with more GPU memory", `{"requirements": "gpu_memory_mb >= 16384"}`, poco.AppOCI, common.Hash{}, "meets the requirements"},
		{"a kind nobody runs", "", 3, common.Hash{}, "no live worker runs kind 3 apps"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := s.CanServe(c.params, c.kind, c.tag)
			switch {
			case c.why == "" && err != nil:
				t.Fatalf("cannot serve: %v", err)
			case c.why != "" && (!errors.Is(err, ErrCannotServe) || !strings.Contains(err.Error(), c.why)):
				t.Fatalf("error %v, want one saying %q", err, c.why)
			}
		})
	}
}

// A task's report says why it waits when no live worker can run its deal.
func TestReportSaysWhyADealWaits(t *testing.T) {
	s := kindsService(t, Resources{Executors: []string{"wasm"}})
	now := time.Now()
	d := &DealTasks{ID: common.HexToHash("0xd1"), Volume: 1, AppKind: poco.AppOCI, Initialized: map[uint64]bool{0: true},
		ContributionDeadline: now.Add(time.Hour), FinalDeadline: now.Add(2 * time.Hour)}
	task := &Task{ID: common.HexToHash("0x71"), Deal: d.ID, Status: poco.TaskActive, Trust: 1,
		ContributionDeadline: d.ContributionDeadline, FinalDeadline: d.FinalDeadline}
	s.mu.Lock()
	s.now, s.deals[d.ID], s.tasks[task.ID] = now, d, task
	s.mu.Unlock()
	if err := s.apply(context.Background()); err != nil {
		t.Fatal(err)
	}
	r, ok := s.Report(task.ID)
	if !ok || !strings.Contains(r.Waiting, "no live worker runs oci apps") || len(r.Replicates) != 0 {
		t.Fatalf("report %+v", r)
	}
}

// Deals the store kept without their app kind (from before kinds were kept) get it, and
// their tag, from the chain, at one pass per start; each app's kind is read once; a deal
// the chain no longer shows becomes a wasm deal; a failed read fails the step, and the
// next step tries again.
func TestStoredDealsWithoutKindAreReadAgain(t *testing.T) {
	s := kindsService(t)
	now := time.Now()
	app, other := common.HexToAddress("0xa1"), common.HexToAddress("0xa2")
	deals := map[common.Hash]common.Address{common.HexToHash("0xd1"): app, common.HexToHash("0xd2"): app, common.HexToHash("0xd3"): other}
	gone, over := common.HexToHash("0xd4"), common.HexToHash("0xd5")
	s.mu.Lock()
	s.now = now
	for _, id := range []common.Hash{common.HexToHash("0xd1"), common.HexToHash("0xd2"), common.HexToHash("0xd3"), gone, over} {
		s.deals[id] = &DealTasks{ID: id, FinalDeadline: now.Add(time.Hour)}
	}
	s.deals[over].FinalDeadline = now.Add(-time.Second)
	s.mu.Unlock()
	reads := map[common.Address]int{}
	dealReads := map[common.Hash]int{}
	fail := true
	s.kinds.read = func(_ context.Context, a common.Address) (uint8, error) {
		reads[a]++
		if a == app {
			return poco.AppOCI, nil
		}
		return poco.AppWASM, nil
	}
	s.kinds.readDeal = func(_ context.Context, id common.Hash) (common.Address, common.Hash, error) {
		dealReads[id]++
		switch {
		case id == gone:
			return common.Address{}, common.Hash{}, fmt.Errorf("%w: no DealCreated event", chain.ErrNotFound)
		case id == over:
			t.Error("a deal past its final deadline was read")
		case fail:
			fail = false
			return common.Address{}, common.Hash{}, errors.New("connection refused")
		}
		return deals[id], poco.TagGPU, nil
	}
	if err := s.refillDeals(context.Background()); err == nil {
		t.Fatal("a failed chain read did not fail the refill")
	}
	for range 2 {
		if err := s.refillDeals(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, a := range deals {
		want := poco.AppWASM
		if a == app {
			want = poco.AppOCI
		}
		if d := s.deals[id]; d.AppKind != want || d.Tag != poco.TagGPU {
			t.Errorf("deal %s: kind %d, tag %s", id, d.AppKind, d.Tag)
		}
	}
	if s.deals[gone].AppKind != poco.AppWASM || s.deals[gone].Tag != (common.Hash{}) || s.deals[over].AppKind != 0 {
		t.Errorf("a deal not on chain: kind %d, tag %s", s.deals[gone].AppKind, s.deals[gone].Tag)
	}
	if dealReads[gone] > 2 || dealReads[common.HexToHash("0xd1")] > 2 {
		t.Errorf("deals read %v: more than the failed pass and the good one", dealReads)
	}
	if reads[app] != 1 || reads[other] != 1 {
		t.Errorf("app kinds read %v, want once each", reads)
	}
}

// A replicate that lost the vote says so in the task's report, and for an oci app that a
// nondeterministic app makes honest workers lose too; the winners' reports say nothing.
func TestLosersAreMarked(t *testing.T) {
	for _, kind := range []uint8{poco.AppWASM, poco.AppOCI} {
		s := kindsService(t)
		d := &DealTasks{ID: common.HexToHash("0xd1"), Volume: 1, AppKind: kind}
		win, lose := common.HexToHash("0x01"), common.HexToHash("0x02")
		task := &Task{ID: common.HexToHash("0x71"), Deal: d.ID, Status: poco.TaskCompleted, Consensus: win, Replicates: []*Replicate{
			{Worker: common.HexToAddress("0xa1"), ResultHash: win}, {Worker: common.HexToAddress("0xa2"), ResultHash: win},
			{Worker: common.HexToAddress("0xa3"), ResultHash: lose},
		}}
		s.mu.Lock()
		s.deals[d.ID], s.tasks[task.ID] = d, task
		s.recordVotesLocked(task)
		s.mu.Unlock()
		r, _ := s.Report(task.ID)
		for i, rep := range r.Replicates {
			loser := i == 2
			if got := strings.Contains(rep.Reason, "differs from the certified one"); got != loser {
				t.Fatalf("kind %d, replicate %d: reason %q", kind, i, rep.Reason)
			}
			if got := strings.Contains(rep.Reason, "not deterministic"); got != (loser && kind == poco.AppOCI) {
				t.Fatalf("kind %d, replicate %d: reason %q", kind, i, rep.Reason)
			}
		}
	}
}
