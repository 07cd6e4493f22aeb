package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
)

// Everything saved comes back identical after the database is closed and reopened.
func TestRoundTripAcrossReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pool.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 0).UTC()
	deal := &scheduler.DealTasks{ID: common.HexToHash("0xd1"), Volume: 3, Initialized: map[uint64]bool{}, ContributionDeadline: now.Add(time.Hour), FinalDeadline: now.Add(2 * time.Hour),
		App: common.HexToAddress("0xa1"), Params: `{"args":"x"}`, Trust: 5, TimeRef: 300}
	task := &scheduler.Task{
		ID: common.HexToHash("0x71"), Deal: deal.ID, Index: 1, Status: poco.TaskRevealing, Trust: 100,
		ContributionDeadline: deal.ContributionDeadline, RevealDeadline: now.Add(10 * time.Minute), FinalDeadline: deal.FinalDeadline,
		Consensus: common.HexToHash("0xc0"), UploadRequested: true, ResultLocation: "abc",
		Replicates: []*scheduler.Replicate{
			{Worker: common.HexToAddress("0x01"), State: scheduler.Revealed, ResultHash: common.HexToHash("0xc0"), RevealRequested: true},
			{Worker: common.HexToAddress("0x02"), State: scheduler.Failed, Reason: "the app exited with status 2"},
		},
	}
	worker := &scheduler.Worker{Addr: common.HexToAddress("0x01"), Score: 12, LastSeen: now, Slots: 2,
		Resources: scheduler.Resources{CPU: 8, MemoryMB: 16384, Arch: "amd64", OS: "linux", Speed: 1.5, Energy: 0.2,
			Datasets: []string{"0x00000000000000000000000000000000000000da"}}}
	for _, err := range []error{s.SaveDeal(ctx, deal), s.SaveDeal(ctx, deal), s.SaveTask(ctx, task), s.SaveWorker(ctx, worker), s.SetCursor(ctx, 42)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	// A second save replaces the replicates.
	task.Replicates = append(task.Replicates, &scheduler.Replicate{Worker: common.HexToAddress("0x03"), State: scheduler.Assigned})
	if err := s.SaveTask(ctx, task); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	deals, tasks, workers, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deal.Initialized[1] = true
	if len(deals) != 1 || !reflect.DeepEqual(deals[0], deal) {
		t.Fatalf("deals %+v", deals)
	}
	if len(tasks) != 1 || !reflect.DeepEqual(tasks[0], task) {
		t.Fatalf("task\n%+v\nwant\n%+v", tasks[0], task)
	}
	if len(workers) != 1 || !reflect.DeepEqual(workers[0], worker) {
		t.Fatalf("workers %+v", workers)
	}
	if next, ok, err := s.Cursor(ctx); next != 42 || !ok || err != nil {
		t.Fatalf("cursor %d %v %v", next, ok, err)
	}
	// A forgotten worker is gone; forgetting an unknown one is no error.
	if err := s.DeleteWorker(ctx, worker.Addr); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteWorker(ctx, common.HexToAddress("0xfe")); err != nil {
		t.Fatal(err)
	}
	if _, _, workers, err := s.Load(ctx); err != nil || len(workers) != 0 {
		t.Fatalf("after delete: %d workers (%v)", len(workers), err)
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pool.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(context.Background(), "PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path); err == nil {
		t.Fatal("a database from a newer program was opened")
	}
}
