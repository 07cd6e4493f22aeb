package scheduler

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
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
