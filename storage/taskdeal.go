package storage

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/decloud/decloud/poco"
)

// HeaderDeal and HeaderIndex name the deal and index of a worker's task. The hub keeps no
// record of a batched deal's task until it is settled (docs/protocol.md, "Batched
// settlement"), so a worker of such a task names them, and storage checks that they hash
// to the task id before the authorizers look the deal up (TaskDealFrom).
const (
	HeaderDeal  = "X-Decloud-Deal"
	HeaderIndex = "X-Decloud-Index"
)

// TaskDeal is a task with its deal and index, as a request named them (checked).
type TaskDeal struct {
	Task, Deal common.Hash
	Index      uint64
}

type taskDealKey struct{}

// SetTaskDeal adds the deal and index of a task to h.
func SetTaskDeal(h http.Header, deal common.Hash, index uint64) {
	h.Set(HeaderDeal, deal.Hex())
	h.Set(HeaderIndex, strconv.FormatUint(index, 10))
}

// withTaskDeal returns ctx carrying the task's deal when h names one that hashes to task;
// a request that names none is left as it is, one that names another task's is refused.
func withTaskDeal(ctx context.Context, h http.Header, task common.Hash) (context.Context, error) {
	d, i := h.Get(HeaderDeal), h.Get(HeaderIndex)
	if d == "" && i == "" {
		return ctx, nil
	}
	b, err := hexutil.Decode(d)
	if err != nil || len(b) != 32 {
		return ctx, errors.New("malformed deal header")
	}
	idx, err := strconv.ParseUint(i, 10, 64)
	if err != nil {
		return ctx, errors.New("malformed index header")
	}
	deal := common.BytesToHash(b)
	if poco.TaskID(deal, idx) != task {
		return ctx, errors.New("the deal and index do not name the task")
	}
	return context.WithValue(ctx, taskDealKey{}, TaskDeal{Task: task, Deal: deal, Index: idx}), nil
}

// TaskDealFrom returns the deal and index the request being authorized named for task.
func TaskDealFrom(ctx context.Context, task common.Hash) (TaskDeal, bool) {
	td, ok := ctx.Value(taskDealKey{}).(TaskDeal)
	return td, ok && td.Task == task
}
