package scheduler

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// harness builds snapshots for scenario tests.
type harness struct {
	now     time.Time
	workers []*Worker
	tasks   []*Task
	deals   []*DealTasks
}

func newHarness() *harness {
	return &harness{now: time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)}
}

func (h *harness) worker(score uint64) *Worker {
	w := &Worker{Addr: common.HexToAddress(fmt.Sprintf("0x%040x", len(h.workers)+1)), Score: score, LastSeen: h.now, Slots: 1}
	h.workers = append(h.workers, w)
	return w
}

func (h *harness) task(trust uint64) *Task {
	t := &Task{
		ID: common.HexToHash(fmt.Sprintf("0x%x", len(h.tasks)+1)), Deal: common.HexToHash("0xd"), Index: uint64(len(h.tasks)),
		Status: poco.TaskActive, Trust: trust,
		ContributionDeadline: h.now.Add(7 * 300 * time.Second), FinalDeadline: h.now.Add(10 * 300 * time.Second),
	}
	h.tasks = append(h.tasks, t)
	return t
}

func (h *harness) decide() Plan {
	return Decide(Snapshot{Now: h.now, Clock: h.now, Deals: h.deals, Tasks: h.tasks, Workers: h.workers}, Config{ClaimEnabled: true})
}

func assigned(p Plan, task common.Hash) []common.Address {
	var out []common.Address
	for _, a := range p.Assign {
		if a.Task == task {
			out = append(out, a.Worker)
		}
	}
	return out
}

func TestReplicasFollowTrustAndScores(t *testing.T) {
	for _, c := range []struct {
		name   string
		trust  uint64
		scores []uint64
		want   int
	}{
		{"trust 1: one replica", 1, []uint64{0, 0, 0}, 1},
		{"trust 3 fresh: two", 3, []uint64{0, 0, 0, 0}, 2},
		{"trust 100 fresh: seven", 100, make([]uint64, 10), 7},
		{"trust 100 experts: two", 100, []uint64{300, 300, 0, 0, 0, 0, 0, 0}, 2},
		{"not enough workers: all of them", 100, []uint64{0, 0, 0}, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness()
			for _, s := range c.scores {
				h.worker(s)
			}
			task := h.task(c.trust)
			got := assigned(h.decide(), task.ID)
			if len(got) != c.want {
				t.Fatalf("%d replicas, want %d", len(got), c.want)
			}
			want, _ := poco.ReplicasNeeded(sortedDesc(c.scores), c.trust)
			if len(got) != want {
				t.Fatalf("plan disagrees with poco.ReplicasNeeded (%d)", want)
			}
		})
	}
}

func sortedDesc(xs []uint64) []uint64 {
	out := append([]uint64(nil), xs...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] > out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestLostWorkerIsReplaced(t *testing.T) {
	h := newHarness()
	w0, w1 := h.worker(0), h.worker(0)
	task := h.task(1)
	task.Replicates = []*Replicate{{Worker: w0.Addr, State: Assigned}}
	if p := h.decide(); len(p.Assign) != 0 || len(p.Lost) != 0 {
		t.Fatalf("a healthy assignment was touched: %+v", p)
	}
	h.now = h.now.Add(31 * time.Second)
	w1.LastSeen = h.now
	p := h.decide()
	if len(p.Lost) != 1 || p.Lost[0].Worker != w0.Addr {
		t.Fatalf("lost %+v", p.Lost)
	}
	if got := assigned(p, task.ID); len(got) != 1 || got[0] != w1.Addr {
		t.Fatalf("reassigned to %v", got)
	}
}

// A worker marked lost (a restart, missed beats) that comes back gets the task again when
// it is the only one left: remembering it forever once stalled a trust-3 task until its
// final deadline.
func TestLostWorkerTakesTheTaskAgainOnceBack(t *testing.T) {
	h := newHarness()
	w0, w1, w2 := h.worker(0), h.worker(0), h.worker(0)
	task := h.task(3)
	good, bad := common.HexToHash("0x600d"), common.HexToHash("0xbad")
	task.Replicates = []*Replicate{
		{Worker: w0.Addr, State: Contributed, ResultHash: good},
		{Worker: w1.Addr, State: Contributed, ResultHash: bad},
		{Worker: w2.Addr, State: Lost},
	}
	if got := assigned(h.decide(), task.ID); len(got) != 1 || got[0] != w2.Addr {
		t.Fatalf("assigned %v, want the returning worker %s", got, w2.Addr)
	}
	// One that failed the task is not asked again.
	task.Replicates[2].State = Failed
	if got := assigned(h.decide(), task.ID); len(got) != 0 {
		t.Fatalf("a worker that failed the task was assigned again: %v", got)
	}
}

// The leading result is the heavier group, not the larger one: an expert's vote outweighs
// two fresh liars, and the replicas added are those that make the expert's result win.
func TestLeadIsTheHeaviestGroup(t *testing.T) {
	h := newHarness()
	expert, liar1, liar2 := h.worker(30), h.worker(0), h.worker(0)
	task := h.task(5)
	good, bad := common.HexToHash("0x600d"), common.HexToHash("0xbad")
	task.Replicates = []*Replicate{
		{Worker: expert.Addr, State: Contributed, ResultHash: good, Score: 30}, // weight 9
		{Worker: liar1.Addr, State: Contributed, ResultHash: bad},              // weight 2
		{Worker: liar2.Addr, State: Contributed, ResultHash: bad},              // 2·2 = 4
	}
	if lead := leadingResult(task.Trust, task.Replicates); lead != good {
		t.Fatalf("lead %s, want the expert's", lead)
	}
	// The expert's vote counts at its recorded weight even though it logged out: with it,
	// one fresh agreeing replica is not enough at trust 5 (9·2·5 = 90 ≤ (1+18+4)·4 = 92)
	// and two are (36·5 = 180 > (1+36+4)·4 = 164).
	expert.LastSeen = h.now.Add(-time.Hour)
	for range 3 {
		h.worker(0)
	}
	if got := assigned(h.decide(), task.ID); len(got) != 2 {
		t.Fatalf("assigned %d replicas, want 2", len(got))
	}
}

func TestContributedReplicasCount(t *testing.T) {
	h := newHarness()
	ws := []*Worker{h.worker(0), h.worker(0), h.worker(0), h.worker(0)}
	task := h.task(3)
	good, bad := common.HexToHash("0x600d"), common.HexToHash("0xbad")
	// One honest vote on chain: one more agreeing replica reaches consensus (4·3 > 5·2).
	task.Replicates = []*Replicate{{Worker: ws[0].Addr, State: Contributed, ResultHash: good}}
	if got := assigned(h.decide(), task.ID); len(got) != 1 || got[0] == ws[0].Addr {
		t.Fatalf("assigned %v", got)
	}
	// A liar disagreed: more replicas are needed.
	task.Replicates = append(task.Replicates, &Replicate{Worker: ws[1].Addr, State: Contributed, ResultHash: bad})
	if got := assigned(h.decide(), task.ID); len(got) < 2 {
		t.Fatalf("after a disagreement only %d more replicas", len(got))
	}
}

func TestRevealUploadFinalize(t *testing.T) {
	h := newHarness()
	w0, w1, w2 := h.worker(0), h.worker(0), h.worker(0)
	task := h.task(3)
	c, other := common.HexToHash("0xc"), common.HexToHash("0xd")
	task.Status, task.Consensus, task.RevealDeadline = poco.TaskRevealing, c, h.now.Add(600*time.Second)
	task.Replicates = []*Replicate{
		{Worker: w0.Addr, State: Contributed, ResultHash: c},
		{Worker: w1.Addr, State: Contributed, ResultHash: other},
		{Worker: w2.Addr, State: Contributed, ResultHash: c},
	}
	p := h.decide()
	if len(p.Reveal) != 2 || len(p.Finalize) != 0 || len(p.Upload) != 0 {
		t.Fatalf("plan %+v", p)
	}
	for _, a := range p.Reveal {
		if a.Worker == w1.Addr {
			t.Fatal("a loser was told to reveal")
		}
	}
	task.Replicates[0].State, task.Replicates[0].RevealRequested = Revealed, true
	task.Replicates[2].RevealRequested = true
	if p := h.decide(); len(p.Upload)+len(p.Finalize) != 0 {
		t.Fatalf("finalizing before every winner revealed or the deadline: %+v", p)
	}
	task.Replicates[2].State = Revealed
	p = h.decide()
	if len(p.Upload) != 1 || len(p.Finalize) != 0 {
		t.Fatalf("plan %+v", p)
	}
	task.UploadRequested, task.Uploaded = true, true
	if p := h.decide(); len(p.Finalize) != 1 {
		t.Fatalf("plan %+v", p)
	}
}

func TestReopenAndDeadlines(t *testing.T) {
	h := newHarness()
	w0 := h.worker(0)
	task := h.task(1)
	task.Status, task.Consensus, task.RevealDeadline = poco.TaskRevealing, common.HexToHash("0xc"), h.now.Add(-time.Second)
	task.Replicates = []*Replicate{{Worker: w0.Addr, State: Contributed, ResultHash: task.Consensus, RevealRequested: true}}
	if p := h.decide(); len(p.Reopen) != 1 || len(p.Finalize) != 0 {
		t.Fatalf("plan %+v", p)
	}
	late := h.task(1)
	late.ContributionDeadline = h.now.Add(-time.Second)
	if got := assigned(h.decide(), late.ID); len(got) != 0 {
		t.Fatal("assigned after the contribution deadline")
	}
	late.FinalDeadline = h.now.Add(-time.Second)
	p := h.decide()
	if len(p.Claim) != 1 || p.Claim[0].Index != late.Index {
		t.Fatalf("claims %+v", p.Claim)
	}
}

// Property: over random snapshots, no task is finalized without consensus and a revealed
// winner, no worker gets two replicates of one task, nothing is assigned after a deadline.
func TestPlanInvariants(t *testing.T) {
	for seed := 0; seed < 300; seed++ {
		h := newHarness()
		rnd := seed
		next := func(n int) int { rnd = (rnd*1103515245 + 12345) & 0x7fffffff; return rnd % n }
		for i := 0; i < 2+next(8); i++ {
			w := h.worker(uint64(next(400)))
			w.LastSeen = h.now.Add(-time.Duration(next(60)) * time.Second)
		}
		for i := 0; i < 1+next(5); i++ {
			task := h.task(uint64(1 + next(100)))
			task.Status = []poco.TaskStatus{poco.TaskActive, poco.TaskRevealing}[next(2)]
			task.Consensus = common.HexToHash("0xc")
			if next(3) == 0 {
				task.ContributionDeadline = h.now.Add(-time.Second)
			}
			if task.Status == poco.TaskRevealing {
				task.RevealDeadline = h.now.Add(time.Duration(next(100)-50) * time.Second)
			}
			for _, w := range h.workers {
				if next(2) == 0 {
					r := &Replicate{Worker: w.Addr, State: ReplicateState(next(5)), ResultHash: []common.Hash{task.Consensus, common.HexToHash("0xbad")}[next(2)]}
					task.Replicates = append(task.Replicates, r)
				}
			}
			task.Uploaded = next(2) == 0
		}
		p := h.decide()
		byID := map[common.Hash]*Task{}
		for _, task := range h.tasks {
			byID[task.ID] = task
		}
		for _, id := range p.Finalize {
			task := byID[id]
			ok := task.Status == poco.TaskRevealing
			revealed := false
			for _, r := range task.Replicates {
				if r.State == Revealed && r.ResultHash == task.Consensus {
					revealed = true
				}
			}
			if !ok || !revealed {
				t.Fatalf("seed %d: finalizing %s without consensus and a revealed winner", seed, id)
			}
		}
		seen := map[Assignment]bool{}
		for _, a := range p.Assign {
			task := byID[a.Task]
			if !h.now.Before(task.ContributionDeadline) || task.Status != poco.TaskActive {
				t.Fatalf("seed %d: assignment to a task that cannot take contributions", seed)
			}
			for _, r := range task.Replicates {
				if r.Worker == a.Worker && r.State != Lost {
					t.Fatalf("seed %d: worker %s assigned twice to %s", seed, a.Worker, a.Task)
				}
			}
			if seen[a] {
				t.Fatalf("seed %d: duplicate assignment", seed)
			}
			seen[a] = true
		}
	}
}

// Replicated tasks are anchored on veterans: while a deal has an eligible veteran, newcomers
// join a task of trust 2 or more only as far as they could not certify a result against the
// veterans' votes, all of them colluding: two newcomers never certify each other.
func TestReplicasAnchorOnVeterans(t *testing.T) {
	newcomers := func(h *harness, ws []common.Address) int {
		n := 0
		for _, a := range ws {
			for _, w := range h.workers {
				if w.Addr == a && w.Score < 3 && !w.Trusted {
					n++
				}
			}
		}
		return n
	}
	t.Run("one newcomer beside the veteran, more after its vote", func(t *testing.T) {
		h := newHarness()
		v := h.worker(3)
		for range 4 {
			h.worker(0)
		}
		v2 := h.worker(4) // busy elsewhere: a veteran yet to take its turn at the task
		h.task(1).Replicates = []*Replicate{{Worker: v2.Addr, State: Assigned, AssignedAt: h.now}}
		task := h.task(3)
		got := assigned(h.decide(), task.ID)
		if len(got) != 2 || got[0] != v.Addr || newcomers(h, got) != 1 {
			t.Fatalf("assigned %v, want the free veteran and one newcomer (two newcomers would certify alone)", got)
		}
		// The newcomer voted against the veteran: one more newcomer may come (two of them
		// cannot outvote a veteran of weight 2 at trust 3: 4 ≤ 2·(1+2)), not two.
		task.Replicates = []*Replicate{
			{Worker: v.Addr, State: Contributed, Score: 3, ResultHash: common.HexToHash("0x1")},
			{Worker: got[1], State: Contributed, Score: 0, ResultHash: common.HexToHash("0x2")},
		}
		if got := assigned(h.decide(), task.ID); newcomers(h, got) != 1 {
			t.Fatalf("after a dissent: assigned %v, want one newcomer", got)
		}
	})
	t.Run("a stalled newcomer may still vote: it counts", func(t *testing.T) {
		h := newHarness()
		v := h.worker(3)
		stalled, dissent := h.worker(0), h.worker(0)
		for range 3 {
			h.worker(0)
		}
		v2 := h.worker(4)
		h.task(1).Replicates = []*Replicate{{Worker: v2.Addr, State: Assigned, AssignedAt: h.now}}
		task := h.task(3)
		task.Replicates = []*Replicate{
			{Worker: v.Addr, State: Contributed, Score: 3, ResultHash: common.HexToHash("0x1")},
			{Worker: stalled.Addr, State: Stalled},
			{Worker: dissent.Addr, State: Contributed, Score: 0, ResultHash: common.HexToHash("0x2")},
		}
		// Newcomers off the veteran's side: the dissent (2) and the stalled one (2): one
		// more would make 8 > 2·(1+2): it waits for the busy veteran.
		if got := assigned(h.decide(), task.ID); newcomers(h, got) != 0 {
			t.Fatalf("assigned %v, want no newcomer", got)
		}
	})
	t.Run("a busy veteran: one newcomer, which cannot certify alone", func(t *testing.T) {
		h := newHarness()
		v := h.worker(5)
		for range 4 {
			h.worker(0)
		}
		other := h.task(3)
		other.Replicates = []*Replicate{{Worker: v.Addr, State: Assigned, AssignedAt: h.now}}
		task := h.task(3)
		if got := assigned(h.decide(), task.ID); len(got) != 1 || newcomers(h, got) != 1 {
			t.Fatalf("assigned %v, want one newcomer while the veteran is busy", got)
		}
	})
	t.Run("no veteran: newcomers certify (bootstrap)", func(t *testing.T) {
		h := newHarness()
		for range 4 {
			h.worker(0)
		}
		task := h.task(3)
		if got := assigned(h.decide(), task.ID); len(got) != 2 {
			t.Fatalf("assigned %v, want two newcomers", got)
		}
	})
	t.Run("trust 1 is not anchored", func(t *testing.T) {
		h := newHarness()
		v := h.worker(9)
		f := h.worker(0)
		h.task(1).Replicates = []*Replicate{{Worker: v.Addr, State: Assigned, AssignedAt: h.now}}
		task := h.task(1)
		if got := assigned(h.decide(), task.ID); len(got) != 1 || got[0] != f.Addr {
			t.Fatalf("assigned %v, want the free newcomer", got)
		}
	})
	t.Run("trust 100: six newcomers at most beside a veteran yet to vote", func(t *testing.T) {
		h := newHarness()
		v := h.worker(3)
		for range 10 {
			h.worker(0)
		}
		h.task(3).Replicates = []*Replicate{{Worker: v.Addr, State: Assigned, AssignedAt: h.now}} // busy
		task := h.task(100)
		if got := assigned(h.decide(), task.ID); newcomers(h, got) != 6 {
			t.Fatalf("assigned %v, want six newcomers (seven could certify alone: 128 > 99)", got)
		}
	})
}

// Equal workers are drawn per task, not taken by address: a key ground to sort first does
// not get every task.
func TestEqualWorkersAreDrawnPerTask(t *testing.T) {
	h := newHarness()
	for range 4 {
		h.worker(1000).Slots = 1000 // its slots are believed up to 1 + score
	}
	for range 200 {
		h.task(1)
	}
	first := map[common.Address]int{}
	for _, a := range h.decide().Assign {
		first[a.Worker]++
	}
	for _, w := range h.workers {
		if n := first[w.Addr]; n < 20 {
			t.Errorf("worker %s got %d of 200 tasks", w.Addr, n)
		}
	}
}

// A worker that contradicted certified results too often gets no more tasks; one that lost
// once or twice among many wins keeps working. A worker the pool's owner trusts anchors
// replicated tasks whatever its score.
func TestLosersAreExcludedAndTrustedAnchor(t *testing.T) {
	h := newHarness()
	liar := h.worker(0)
	liar.Wins, liar.Losses = 3, 2
	unlucky := h.worker(0)
	unlucky.Wins, unlucky.Losses = 30, 2
	task := h.task(1)
	if got := assigned(h.decide(), task.ID); len(got) != 1 || got[0] != unlucky.Addr {
		t.Fatalf("assigned %v, want the unlucky honest worker, not the liar", got)
	}

	h = newHarness()
	for range 4 {
		h.worker(0)
	}
	own := h.worker(0)
	own.Trusted = true
	task = h.task(3)
	if got := assigned(h.decide(), task.ID); len(got) != 2 || (got[0] != own.Addr && got[1] != own.Addr) {
		t.Fatalf("assigned %v, want the trusted worker and one newcomer", got)
	}
}

// Workers ranked equal (rank and score) are ordered by keccak256(task, worker), a draw
// per task; a better-ranked worker stays ahead whatever its address.
func TestInTaskOrder(t *testing.T) {
	var ws []*Worker
	rank := map[common.Address]float64{}
	for i := range 6 {
		w := &Worker{Addr: common.BigToAddress(new(big.Int).Lsh(big.NewInt(1), uint(i))), Score: 3}
		ws = append(ws, w)
		rank[w.Addr] = 1
	}
	ws[0].Score, rank[ws[5].Addr] = 9, 0 // ws[0] first, ws[5] last, whatever their keys
	firsts := map[common.Address]bool{}
	for k := range 40 {
		task := common.BigToHash(new(big.Int).Lsh(big.NewInt(1), uint(k)))
		got := inTaskOrder(task, ws, rank)
		if len(got) != 6 || got[0] != ws[0] || got[5] != ws[5] {
			t.Fatalf("task %d: the better and worse ranked workers moved: %v", k, got)
		}
		for i := 1; i < 4; i++ {
			a, b := crypto.Keccak256Hash(task[:], got[i].Addr[:]), crypto.Keccak256Hash(task[:], got[i+1].Addr[:])
			if bytes.Compare(a[:], b[:]) >= 0 {
				t.Fatalf("task %d: equal workers out of key order at %d", k, i)
			}
		}
		firsts[got[1].Addr] = true
	}
	if len(firsts) < 3 {
		t.Fatalf("over 40 tasks, only %d of 4 equal workers came first", len(firsts))
	}
}
