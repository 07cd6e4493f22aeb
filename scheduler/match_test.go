package scheduler

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/taskparams"
)

// dealTask adds a deal with params and one of its tasks at trust.
func (h *harness) dealTask(params string, trust uint64) *Task {
	d := &DealTasks{ID: common.HexToHash(fmt.Sprintf("0xde%x", len(h.deals)+1)), Params: params, Trust: trust}
	h.deals = append(h.deals, d)
	t := h.task(trust)
	t.Deal = d.ID
	return t
}

func (h *harness) workerWith(score uint64, r Resources) *Worker {
	w := h.worker(score)
	w.Resources = r
	return w
}

func TestRequirementsFilterWorkers(t *testing.T) {
	h := newHarness()
	small := h.workerWith(100, Resources{MemoryMB: 4096, Arch: "amd64"})
	large := h.workerWith(0, Resources{MemoryMB: 16384, Arch: "amd64"})
	arm := h.workerWith(0, Resources{MemoryMB: 16384, Arch: "arm64"})
	for _, c := range []struct {
		name   string
		params taskparams.Params
		want   []*Worker // in order, at trust 1 with every one free: the first alone
	}{
		{"no requirements: best score", taskparams.Params{}, []*Worker{small}},
		{"memory", taskparams.Params{Requirements: "memory_mb >= 8192"}, []*Worker{large}},
		{"memory and arch", taskparams.Params{Requirements: "memory_mb >= 8192 && arch == 'arm64'"}, []*Worker{arm}},
		{"nobody", taskparams.Params{Requirements: "gpu > 0"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			h.deals, h.tasks = nil, nil
			task := h.dealTask(c.params.Encode(), 1)
			p := h.decide()
			got := assigned(p, task.ID)
			if fmt.Sprint(got) != fmt.Sprint(addrs(c.want)) {
				t.Fatalf("assigned %v, want %v", got, addrs(c.want))
			}
			if len(p.Unmatched) != 0 {
				t.Fatalf("unmatched %+v", p.Unmatched)
			}
		})
	}
	// Never to the 4096 MB worker, whatever the trust: at trust 100 every matching worker
	// is used, and only those.
	h.deals, h.tasks = nil, nil
	task := h.dealTask(`{"requirements": "memory_mb >= 8192"}`, 100)
	for _, w := range assigned(h.decide(), task.ID) {
		if w == small.Addr {
			t.Fatal("a 4096 MB worker was given a task that needs 8192")
		}
	}
}

func addrs(ws []*Worker) []common.Address {
	var out []common.Address
	for _, w := range ws {
		out = append(out, w.Addr)
	}
	return out
}

func TestRankOrdersWorkers(t *testing.T) {
	h := newHarness()
	slow := h.workerWith(300, Resources{Speed: 1, Energy: 5})
	// Proven workers (score 3, the default ProvenScore): their advertised speed is believed.
	fast := h.workerWith(3, Resources{Speed: 4, Energy: 9})
	mid := h.workerWith(3, Resources{Speed: 2, Energy: 1})
	tie := h.workerWith(7, Resources{Speed: 2, Energy: 1})
	for _, c := range []struct {
		rank string
		want []*Worker // the order of preference
	}{
		{"speed", []*Worker{fast, tie, mid, slow}}, // tie beats mid on score
		{"-energy", []*Worker{tie, mid, slow, fast}},
		{"", []*Worker{slow, tie, fast, mid}}, // score, then address
	} {
		t.Run(c.rank, func(t *testing.T) {
			for i, want := range c.want {
				// The preferred ones are busy on another task: the next is assigned.
				h.deals, h.tasks = nil, nil
				task := h.dealTask(taskparams.Params{Rank: c.rank}.Encode(), 1)
				other := h.task(1)
				other.ContributionDeadline = task.ContributionDeadline.Add(time.Second)
				for _, w := range c.want[:i] {
					other.Replicates = append(other.Replicates, &Replicate{Worker: w.Addr, State: Assigned})
				}
				got := assigned(h.decide(), task.ID)
				if len(got) != 1 || got[0] != want.Addr {
					t.Fatalf("preference %d: got %v, want %v", i, got, want.Addr)
				}
			}
		})
	}
}

func TestBadParamsGetNoWorkers(t *testing.T) {
	for _, params := range []string{
		`{"requirements": "memory_mb >="}`,
		`{"requirements": "memory_mb"}`,
		`{"rank": "arch"}`,
		`{"encryptTo": "age1nope"}`,
		`{"args": "x", "unknown": 1}`,
		`not json`,
	} {
		t.Run(params, func(t *testing.T) {
			h := newHarness()
			h.worker(0)
			bad := h.dealTask(params, 1)
			bad2 := h.task(1) // a second task of the same deal
			bad2.Deal = bad.Deal
			good := h.dealTask(`{"args": "fine"}`, 1)
			h.worker(0)
			p := h.decide()
			if len(assigned(p, bad.ID))+len(assigned(p, bad2.ID)) != 0 {
				t.Fatal("a task of a deal with bad params was assigned")
			}
			if len(assigned(p, good.ID)) != 1 {
				t.Fatal("a good deal suffered from a bad one")
			}
			if len(p.Unmatched) != 1 || p.Unmatched[0].Deal != bad.Deal || !strings.Contains(p.Unmatched[0].Err.Error(), "invalid params") {
				t.Fatalf("unmatched %+v", p.Unmatched)
			}
		})
	}
}

// 1,000 workers, 20 deals with requirements and rank, 10 tasks each, every task to assign.
func BenchmarkDecideWithMatching(b *testing.B) {
	h := newHarness()
	for i := range 1000 {
		h.workerWith(uint64(i%50), Resources{CPU: 1 + i%32, MemoryMB: 1024 * (1 + i%32), Arch: []string{"amd64", "arm64"}[i%2],
			OS: "linux", Speed: float64(i%7) / 2, Datasets: []string{fmt.Sprintf("0x%040x", i%10)}})
	}
	for d := range 20 {
		params := taskparams.Params{Requirements: fmt.Sprintf("memory_mb >= %d && arch == 'amd64'", 1024*(d%16)),
			Rank: fmt.Sprintf("speed + ('0x%040x' in datasets ? 10.0 : 0.0)", d%10)}.Encode()
		first := h.dealTask(params, 1)
		for range 9 {
			t := h.task(1)
			t.Deal = first.Deal
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if p := h.decide(); len(p.Assign) != 200 {
			b.Fatalf("%d assignments", len(p.Assign))
		}
	}
}
