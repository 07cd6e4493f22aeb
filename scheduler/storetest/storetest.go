// Package storetest is the conformance suite of scheduler.Store: every implementation
// (scheduler/sqlite, scheduler/postgres) runs it, so that a pool resumes the same on each.
package storetest

import (
	"context"
	"io"
	"math"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/internal/conformance"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
)

// Opener opens a store on one database; each call opens another store over the same data.
type Opener = conformance.Opener[scheduler.Store]

// Run runs the suite, each test on a new database: newDB names one (a file path, a DSN)
// and open is the store's Open.
func Run[S interface {
	scheduler.Store
	io.Closer
}](t *testing.T, newDB func(testing.TB) string, open func(context.Context, string) (S, error)) {
	conformance.Run(t, []conformance.Case[scheduler.Store]{
		{Name: "Empty", Test: testEmpty},
		{Name: "RoundTripAcrossReopen", Test: testRoundTripAcrossReopen},
		{Name: "Extremes", Test: testExtremes},
		{Name: "SaveDealOnce", Test: testSaveDealOnce},
		{Name: "SaveTaskUpdates", Test: testSaveTaskUpdates},
		{Name: "SaveTaskAtomic", Test: testSaveTaskAtomic},
		{Name: "SaveTasksAtomic", Test: testSaveTasksAtomic},
		{Name: "Workers", Test: testWorkers},
		{Name: "Cursor", Test: testCursor},
		{Name: "Closed", Test: testClosed},
		{Name: "ConcurrentWriters", Test: testConcurrentWriters},
	}, newDB, open)
}

var now = time.Unix(1_800_000_000, 0).UTC()

func deal(n byte) *scheduler.DealTasks {
	return &scheduler.DealTasks{ID: common.Hash{0xd0, n}, Volume: 3, Initialized: map[uint64]bool{}, App: common.Address{0xa1},
		ContributionDeadline: now.Add(time.Hour), FinalDeadline: now.Add(2 * time.Hour), Params: `{"args":"x"}`, Trust: 1, TimeRef: 300}
}

func task(d *scheduler.DealTasks, index uint64) *scheduler.Task {
	return &scheduler.Task{ID: common.Hash{0x70, d.ID[1], byte(index)}, Deal: d.ID, Index: index, Status: poco.TaskActive, Trust: d.Trust,
		ContributionDeadline: d.ContributionDeadline, FinalDeadline: d.FinalDeadline}
}

func worker(n byte) *scheduler.Worker {
	return &scheduler.Worker{Addr: common.Address{0x77, n}, Score: uint64(n), LastSeen: now.Add(time.Duration(n) * time.Millisecond), Slots: 1,
		Resources: scheduler.Resources{CPU: 2, MemoryMB: 1024, Arch: "amd64", OS: "linux", Speed: 1}}
}

// load returns everything the store holds.
func load(t *testing.T, s scheduler.Store) ([]*scheduler.DealTasks, []*scheduler.Task, []*scheduler.Worker) {
	t.Helper()
	deals, tasks, workers, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return deals, tasks, workers
}

// equal fails t unless got and want hold equal elements, in order.
func equal[T any](t *testing.T, what string, got, want []*T) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d, want %d", what, len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("%s %d:\n%+v\nwant\n%+v", what, i, *got[i], *want[i])
		}
	}
}

// A new store holds nothing and has no cursor.
func testEmpty(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	deals, tasks, workers := load(t, s)
	if len(deals)+len(tasks)+len(workers) != 0 {
		t.Fatalf("a new store holds %d deals, %d tasks, %d workers", len(deals), len(tasks), len(workers))
	}
	if next, ok, err := s.Cursor(context.Background()); next != 0 || ok || err != nil {
		t.Fatalf("a new store's cursor: %d %v %v", next, ok, err)
	}
}

// Everything saved comes back identical after the database is closed and reopened, in the
// order it was first saved.
func testRoundTripAcrossReopen(t *testing.T, open Opener) {
	ctx := context.Background()
	s := conformance.Open(t, open)
	d := deal(1)
	d.Dataset, d.Callback, d.AppKind, d.Tag = common.Address{0xda}, common.Address{0xcb}, poco.AppOCI, poco.TagGPU
	// A batched deal's stake is a uint256: 2^200+7 is kept to its last digit.
	d.Batched, d.WorkerStake = true, new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 200), big.NewInt(7))
	signature := make([]byte, 65)
	for i := range signature {
		signature[i] = byte(0xa0 + i)
	}
	d2 := deal(2)
	d2.AppKind = poco.AppWASM
	tk := &scheduler.Task{
		ID: common.HexToHash("0x71"), Deal: d.ID, Index: 1, Status: poco.TaskRevealing, Trust: 100,
		ContributionDeadline: d.ContributionDeadline, RevealDeadline: now.Add(10 * time.Minute), FinalDeadline: d.FinalDeadline,
		Consensus: common.HexToHash("0xc0"), UploadRequested: true, ResultLocation: "abc", CallbackData: []byte{0, 1, 2}, Uploader: common.Address{0x77, 9},
		Replicates: []*scheduler.Replicate{
			{Worker: common.HexToAddress("0x01"), State: scheduler.Revealed, ResultHash: common.HexToHash("0xc0"), RevealRequested: true, Score: 7,
				Digest: common.HexToHash("0xd19e57"), Signature: signature},
			{Worker: common.HexToAddress("0x02"), State: scheduler.Failed, Reason: "the app exited with status 2"},
		},
	}
	tk0 := task(d, 0)
	w := &scheduler.Worker{Addr: common.HexToAddress("0x01"), Score: 12, LastSeen: now.Add(123 * time.Millisecond), Slots: 2,
		Resources: scheduler.Resources{CPU: 8, MemoryMB: 16384, GPU: 1, Arch: "amd64", OS: "linux", Speed: 1.5, Energy: 0.2,
			Datasets: []string{"0x00000000000000000000000000000000000000da"}, Sandbox: []string{"landlock"},
			Executors: []string{"wasm", "oci"}, OCI: "1.1.12", GPUMemoryMB: 24576, Devices: []string{"nvidia.com/gpu=0", "nvidia.com/gpu=1"}}}
	conformance.NoErrors(t, s.SaveDeal(ctx, d), s.SaveDeal(ctx, d2), s.SaveDeal(ctx, d), s.SaveTask(ctx, tk), s.SaveTask(ctx, tk0),
		s.SaveWorker(ctx, w), s.SaveWorker(ctx, worker(9)), s.SetCursor(ctx, 42))
	// A second save replaces the replicates.
	tk.Replicates = append(tk.Replicates, &scheduler.Replicate{Worker: common.HexToAddress("0x03"), State: scheduler.Assigned})
	conformance.NoErrors(t, s.SaveTask(ctx, tk))
	conformance.Close(t, s)

	s = conformance.Open(t, open)
	deals, tasks, workers := load(t, s)
	d.Initialized[0], d.Initialized[1] = true, true
	equal(t, "deals", deals, []*scheduler.DealTasks{d, d2})
	equal(t, "tasks", tasks, []*scheduler.Task{tk, tk0})
	equal(t, "workers", workers, []*scheduler.Worker{w, worker(9)})
	if next, ok, err := s.Cursor(ctx); next != 42 || !ok || err != nil {
		t.Fatalf("cursor %d %v %v", next, ok, err)
	}
}

// Integers keep their whole range, zero times and empty values stay zero and empty,
// strings keep every byte: params come from the chain and reasons, locations and
// resources from workers, NULs and broken UTF-8 included.
func testExtremes(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	d := &scheduler.DealTasks{ID: common.Hash{0xff}, Volume: math.MaxUint64, Trust: math.MaxUint64, TimeRef: math.MaxUint64,
		Initialized: map[uint64]bool{}, Params: "{\"args\":\"é ✓ ' \\\" ; --\"}\x00\xff\xfe",
		AppKind: math.MaxUint8, Tag: common.HexToHash("0x" + strings.Repeat("ff", 32))}
	zero := &scheduler.DealTasks{Initialized: map[uint64]bool{}} // the zero hash is an id like any other
	tk := &scheduler.Task{ID: common.Hash{0xfe}, Deal: d.ID, Index: math.MaxUint64, Status: poco.TaskFailed, Trust: math.MaxUint64,
		ResultLocation: "ünïcode\x00", Replicates: []*scheduler.Replicate{{Worker: common.Address{}, State: scheduler.Stalled, Score: math.MaxUint64,
			Reason: "a 'quoted' \"reason\" \\ with\nlines, a \x00 and a cut rune \xe2\x82"}}}
	bare := &scheduler.Task{ID: common.Hash{0xfd}, Deal: common.Hash{0xee}} // a deal the store does not hold
	w := &scheduler.Worker{Addr: common.Address{0xff}, Score: math.MaxUint64, Slots: math.MaxInt,
		Resources: scheduler.Resources{Arch: "\x00", OS: "\u2028", Datasets: []string{}, Speed: math.MaxFloat64, Energy: math.SmallestNonzeroFloat64}}
	conformance.NoErrors(t, s.SaveDeal(ctx, d), s.SaveDeal(ctx, zero), s.SaveTask(ctx, tk), s.SaveTask(ctx, bare), s.SaveWorker(ctx, w))
	deals, tasks, workers := load(t, s)
	d.Initialized[math.MaxUint64] = true
	equal(t, "deals", deals, []*scheduler.DealTasks{d, zero})
	equal(t, "tasks", tasks, []*scheduler.Task{tk, bare})
	equal(t, "workers", workers, []*scheduler.Worker{w})
}

// A deal is saved once: saving it again, changed, keeps the first.
func testSaveDealOnce(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	d := deal(1)
	changed := *d
	changed.Volume, changed.Params, changed.Initialized = 99, "changed", map[uint64]bool{}
	changed.AppKind, changed.Tag = poco.AppOCI, poco.TagGPU
	conformance.NoErrors(t, s.SaveDeal(ctx, d), s.SaveDeal(ctx, &changed))
	deals, _, _ := load(t, s)
	equal(t, "deals", deals, []*scheduler.DealTasks{d})
}

// Saving a task again updates what changes in a task's life (status, reveal deadline,
// consensus, upload, result, callback data) and replaces its replicates; what a task is
// born with (deal, index, trust, contribution and final deadlines) stays as first saved.
func testSaveTaskUpdates(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	d := deal(1)
	tk := task(d, 0)
	tk.Replicates = []*scheduler.Replicate{{Worker: common.Address{1}}, {Worker: common.Address{2}}}
	conformance.NoErrors(t, s.SaveDeal(ctx, d), s.SaveTask(ctx, tk))
	later := *tk
	later.Status, later.RevealDeadline, later.Consensus, later.Uploaded, later.UploadRequested = poco.TaskCompleted, now, common.Hash{9}, true, true
	later.ResultLocation, later.CallbackData, later.Uploader = "sha256:00", []byte("cb"), common.Address{0x77, 1}
	later.Replicates = []*scheduler.Replicate{{Worker: common.Address{3}, State: scheduler.Contributed}, {Worker: common.Address{1}, State: scheduler.Lost}}
	born := later
	born.Deal, born.Index, born.Trust, born.ContributionDeadline, born.FinalDeadline = common.Hash{8}, 5, 9, now, now
	conformance.NoErrors(t, s.SaveTask(ctx, &born))
	_, tasks, _ := load(t, s)
	equal(t, "tasks", tasks, []*scheduler.Task{&later})
	later.Replicates = nil
	conformance.NoErrors(t, s.SaveTask(ctx, &later))
	_, tasks, _ = load(t, s)
	equal(t, "tasks", tasks, []*scheduler.Task{&later})
}

// A SaveTask that fails (here: two replicates of one worker) changes nothing, its task
// row included.
func testSaveTaskAtomic(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	d := deal(1)
	tk := task(d, 0)
	tk.Replicates = []*scheduler.Replicate{{Worker: common.Address{1}, State: scheduler.Contributed}}
	conformance.NoErrors(t, s.SaveDeal(ctx, d), s.SaveTask(ctx, tk))
	bad := *tk
	bad.Status = poco.TaskCompleted
	bad.Replicates = []*scheduler.Replicate{{Worker: common.Address{2}}, {Worker: common.Address{2}}}
	if err := s.SaveTask(ctx, &bad); err == nil {
		t.Fatal("two replicates of one worker were saved")
	}
	fresh := task(deal(2), 0)
	fresh.Replicates = bad.Replicates
	if err := s.SaveTask(ctx, fresh); err == nil {
		t.Fatal("a new task with two replicates of one worker was saved")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.SaveTask(cancelled, &bad); err == nil {
		t.Fatal("a save with an ended context succeeded")
	}
	_, tasks, _ := load(t, s)
	equal(t, "tasks", tasks, []*scheduler.Task{tk})
}

// SaveTasks saves every task of its list, or none of them when one fails (here: the last
// has two replicates of one worker): neither the new tasks before it nor the changes to
// tasks already stored.
func testSaveTasksAtomic(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	d := deal(1)
	old := task(d, 0)
	old.Replicates = []*scheduler.Replicate{{Worker: common.Address{1}, State: scheduler.Contributed, ResultHash: common.Hash{0xc0}}}
	conformance.NoErrors(t, s.SaveDeal(ctx, d), s.SaveTask(ctx, old), s.SaveTasks(ctx, nil))

	updated := *old
	updated.Status, updated.Consensus = poco.TaskRevealing, common.Hash{0xc0}
	updated.Replicates = []*scheduler.Replicate{{Worker: common.Address{1}, State: scheduler.Revealed, ResultHash: common.Hash{0xc0},
		Digest: common.Hash{0xd1}, Signature: []byte{1, 2, 3}}, {Worker: common.Address{2}}}
	a, b := task(d, 1), task(d, 2)
	a.Replicates = []*scheduler.Replicate{{Worker: common.Address{3}}}
	conformance.NoErrors(t, s.SaveTasks(ctx, []*scheduler.Task{a, &updated, b}))
	_, tasks, _ := load(t, s)
	equal(t, "tasks", tasks, []*scheduler.Task{&updated, a, b})

	fresh, later := task(d, 3), *a
	later.Status, later.Replicates = poco.TaskCompleted, []*scheduler.Replicate{{Worker: common.Address{4}, State: scheduler.Contributed}}
	bad := updated
	bad.Status = poco.TaskCompleted
	bad.Replicates = []*scheduler.Replicate{{Worker: common.Address{5}}, {Worker: common.Address{5}}}
	if err := s.SaveTasks(ctx, []*scheduler.Task{fresh, &later, &bad}); err == nil {
		t.Fatal("a list whose last task has two replicates of one worker was saved")
	}
	newBad := task(d, 4)
	newBad.Replicates = bad.Replicates
	if err := s.SaveTasks(ctx, []*scheduler.Task{fresh, newBad}); err == nil {
		t.Fatal("a list whose new last task has two replicates of one worker was saved")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.SaveTasks(cancelled, []*scheduler.Task{fresh, &later}); err == nil {
		t.Fatal("a save with an ended context succeeded")
	}
	_, tasks, _ = load(t, s)
	equal(t, "tasks", tasks, []*scheduler.Task{&updated, a, b})
}

// Workers are replaced in place, forgotten (an unknown one too, without error), and come
// back last when saved again.
func testWorkers(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	a, b, c := worker(1), worker(2), worker(3)
	conformance.NoErrors(t, s.SaveWorker(ctx, a), s.SaveWorker(ctx, b), s.SaveWorker(ctx, c))
	b.Score, b.Slots, b.LastSeen, b.Resources.Datasets = 50, 4, now.Add(time.Hour), []string{"0xda"}
	conformance.NoErrors(t, s.SaveWorker(ctx, b), s.DeleteWorker(ctx, a.Addr), s.DeleteWorker(ctx, common.Address{0xfe}))
	_, _, workers := load(t, s)
	equal(t, "workers", workers, []*scheduler.Worker{b, c})
	conformance.NoErrors(t, s.SaveWorker(ctx, a))
	_, _, workers = load(t, s)
	equal(t, "workers", workers, []*scheduler.Worker{b, c, a})
}

// The cursor is what was saved last, over the whole uint64 range.
func testCursor(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	for _, next := range []uint64{5, 1, 0, 1 << 63, math.MaxUint64, 7} {
		if err := s.SetCursor(ctx, next); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := s.Cursor(ctx); got != next || !ok || err != nil {
			t.Fatalf("saved %d, got %d %v %v", next, got, ok, err)
		}
	}
}

// A closed store fails every call with ErrStoreClosed; closing it again does no harm.
func testClosed(t *testing.T, open Opener) {
	ctx := context.Background()
	s := conformance.Open(t, open)
	d := deal(1)
	conformance.NoErrors(t, s.SaveDeal(ctx, d))
	conformance.Close(t, s)
	conformance.AllFailWith(t, scheduler.ErrStoreClosed, map[string]func() error{
		"SaveDeal":     func() error { return s.SaveDeal(ctx, deal(2)) },
		"SaveTask":     func() error { return s.SaveTask(ctx, task(d, 0)) },
		"SaveTasks":    func() error { return s.SaveTasks(ctx, []*scheduler.Task{task(d, 0)}) },
		"SaveWorker":   func() error { return s.SaveWorker(ctx, worker(1)) },
		"DeleteWorker": func() error { return s.DeleteWorker(ctx, common.Address{1}) },
		"Load":         func() error { _, _, _, err := s.Load(ctx); return err },
		"Cursor":       func() error { _, _, err := s.Cursor(ctx); return err },
		"SetCursor":    func() error { return s.SetCursor(ctx, 1) },
	})
}

// Writers at once (the service saves from several goroutines): everything lands.
func testConcurrentWriters(t *testing.T, open Opener) {
	s := conformance.Open(t, open)
	ctx := context.Background()
	const writers, each = 6, 15
	conformance.Parallel(t, writers, func(w int) error {
		d := deal(byte(w))
		if err := s.SaveDeal(ctx, d); err != nil {
			return err
		}
		for i := range each {
			tk := task(d, uint64(i))
			tk.Replicates = []*scheduler.Replicate{{Worker: common.Address{1, byte(i)}}, {Worker: common.Address{2, byte(w)}, State: scheduler.Lost}}
			if err := s.SaveTask(ctx, tk); err != nil {
				return err
			}
			if err := s.SaveWorker(ctx, worker(byte(i))); err != nil {
				return err
			}
			if i%3 == 0 {
				if err := s.SetCursor(ctx, uint64(i)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	deals, tasks, workers := load(t, s)
	if len(deals) != writers || len(tasks) != writers*each || len(workers) != each {
		t.Fatalf("%d deals, %d tasks, %d workers; want %d, %d, %d", len(deals), len(tasks), len(workers), writers, writers*each, each)
	}
	for _, tk := range tasks {
		if len(tk.Replicates) != 2 {
			t.Fatalf("task %x has %d replicates", tk.ID[:3], len(tk.Replicates))
		}
	}
	for _, d := range deals {
		if len(d.Initialized) != each {
			t.Fatalf("deal %x has %d tasks initialized", d.ID[:2], len(d.Initialized))
		}
	}
}
