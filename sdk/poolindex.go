package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/internal/durable"
	"github.com/decloud/decloud/poco"
)

// poolIndex is the record of every workerpool, kept by following the hub's events in
// bounded block ranges from where it stopped (not rescanned from the deployment block on
// every run): per pool its tasks, results, claims, contributors and the latest completion
// times per category. It is saved to a file when the client has one (StatsCache), so the
// next run reads only the blocks since.
type poolIndex struct {
	Next  uint64                          `json:"next"` // first block not yet read
	Deals map[common.Hash]*indexedDeal    `json:"deals"`
	Tasks map[common.Hash]common.Hash     `json:"tasks"` // task -> deal
	Pools map[common.Address]*indexedPool `json:"pools"`
}

type indexedDeal struct {
	Pool     common.Address `json:"pool"`
	Category uint64         `json:"category"`
	Start    uint64         `json:"start"` // the deal's start time, read at its first result
}

type indexedPool struct {
	Tasks     int                     `json:"tasks"`
	Finalized int                     `json:"finalized"`
	Claimed   int                     `json:"claimed"`
	Workers   map[common.Address]bool `json:"workers"`
	Recent    map[uint64][]float64    `json:"recent"` // category -> latest completion times (s), oldest first
}

func newPoolIndex(from uint64) *poolIndex {
	return &poolIndex{Next: from, Deals: map[common.Hash]*indexedDeal{}, Tasks: map[common.Hash]common.Hash{},
		Pools: map[common.Address]*indexedPool{}}
}

func (x *poolIndex) pool(a common.Address) *indexedPool {
	p := x.Pools[a]
	if p == nil {
		p = &indexedPool{Workers: map[common.Address]bool{}, Recent: map[uint64][]float64{}}
		x.Pools[a] = p
	}
	return p
}

// indexCursor is the index's own position, for chain.FollowOnce.
type indexCursor struct{ x *poolIndex }

func (c indexCursor) Load(context.Context) (uint64, bool, error) { return c.x.Next, true, nil }
func (c indexCursor) Save(_ context.Context, next uint64) error  { c.x.Next = next; return nil }

// statsEvents are the events the index folds.
var statsEvents = []string{"DealCreated", "TaskInitialize", "TaskFinalize", "TaskClaimed", "TaskContribute", "TaskSettled"}

// poolIndexState holds a client's index between calls.
type poolIndexState struct {
	mu sync.Mutex
	x  *poolIndex
}

// updatedIndex brings the index up to the chain's head and returns it (call with
// c.stats.mu held).
func (c *Client) updatedIndex(ctx context.Context) (*poolIndex, error) {
	if c.stats.x == nil {
		c.stats.x = c.loadIndex()
	}
	x := c.stats.x
	var topics []common.Hash
	for _, e := range statsEvents {
		topics = append(topics, chain.EventID(e))
	}
	cfg := chain.FollowConfig{Addresses: []common.Address{c.Cfg.Hub}, Topics: [][]common.Hash{topics}, From: c.Cfg.HubBlock}
	for {
		caughtUp, err := chain.FollowOnce(ctx, c.Eth, indexCursor{x}, cfg, func(ctx context.Context, logs []types.Log, _, _ uint64) error {
			return c.fold(ctx, x, logs)
		})
		if err != nil {
			return nil, fmt.Errorf("sdk: following the hub for pool statistics: %w", err)
		}
		if caughtUp {
			break
		}
	}
	c.saveIndex(x)
	return x, nil
}

// fold adds one range of events to the index.
func (c *Client) fold(ctx context.Context, x *poolIndex, logs []types.Log) error {
	blockTime := map[uint64]uint64{}
	settledTx := map[common.Hash]bool{} // settle transactions already read
	for i := range logs {
		ev, err := c.Hub.DecodeEvent(&logs[i])
		if err != nil || ev == nil {
			continue // not a log the hub emits: it counts for no pool
		}
		switch ev := ev.(type) {
		case *chain.DealCreated:
			x.Deals[ev.Dealid] = &indexedDeal{Pool: ev.Workerpool, Category: ev.Category}
		case *chain.TaskInitialize:
			if d := x.Deals[ev.Dealid]; d != nil {
				x.Tasks[ev.Taskid] = ev.Dealid
				x.pool(d.Pool).Tasks++
			}
		case *chain.TaskClaimed:
			if d := x.Deals[x.Tasks[ev.Taskid]]; d != nil {
				x.pool(d.Pool).Claimed++
			}
		case *chain.TaskContribute:
			if d := x.Deals[x.Tasks[ev.Taskid]]; d != nil {
				x.pool(d.Pool).Workers[ev.Worker] = true
			}
		case *chain.TaskFinalize, *chain.TaskSettled:
			taskid := logs[i].Topics[1]
			if _, ok := ev.(*chain.TaskSettled); ok && !settledTx[logs[i].TxHash] {
				// A batched task has no TaskInitialize: its deal and workers are in the
				// settle transaction that emitted the event (one read per batch).
				settledTx[logs[i].TxHash] = true
				if err := c.foldSettle(ctx, x, logs[i].TxHash); err != nil {
					return err
				}
			}
			dealid := x.Tasks[taskid]
			d := x.Deals[dealid]
			if d == nil {
				continue
			}
			p := x.pool(d.Pool)
			p.Finalized++
			if d.Start == 0 {
				v, err := c.Hub.Deal(ctx, dealid)
				if err != nil {
					return err
				}
				d.Start = v.StartTime.Uint64()
			}
			bt, ok := blockTime[logs[i].BlockNumber]
			if !ok {
				h, err := c.Eth.HeaderByNumber(ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
				if err != nil {
					return fmt.Errorf("block %d: %w", logs[i].BlockNumber, err)
				}
				bt, blockTime[logs[i].BlockNumber] = h.Time, h.Time
			}
			r := append(p.Recent[d.Category], float64(bt)-float64(d.Start))
			if len(r) > recentTasks {
				r = r[len(r)-recentTasks:]
			}
			p.Recent[d.Category] = r
		}
	}
	return nil
}

// foldSettle indexes the tasks and workers of a settle transaction (its tasks are the
// pool's tasks as Tasks counts them).
func (c *Client) foldSettle(ctx context.Context, x *poolIndex, txHash common.Hash) error {
	tx, _, err := c.Eth.TransactionByHash(ctx, txHash)
	if err != nil {
		return fmt.Errorf("settle transaction %s: %w", txHash, err)
	}
	workers, tasks, err := c.Hub.DecodeSettle(tx.Data())
	if err != nil {
		return nil // emitted by a call this reader cannot decode: counted for no pool
	}
	for _, t := range tasks {
		d := x.Deals[t.Dealid]
		if d == nil {
			continue
		}
		id := poco.TaskID(t.Dealid, t.Idx.Uint64())
		if _, seen := x.Tasks[id]; !seen {
			x.Tasks[id] = t.Dealid
			x.pool(d.Pool).Tasks++
		}
		for _, w := range workers {
			x.pool(d.Pool).Workers[w] = true
		}
	}
	return nil
}

// loadIndex reads the saved index, or starts one at the hub's deployment block; a file
// for another hub, or one that does not parse, is ignored (the index is rebuilt).
func (c *Client) loadIndex() *poolIndex {
	fresh := newPoolIndex(c.Cfg.HubBlock)
	if c.StatsCache == "" {
		return fresh
	}
	b, err := os.ReadFile(c.StatsCache)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			c.Log.Warn("pool statistics cache unreadable: rebuilding it", "file", c.StatsCache, "err", err)
		}
		return fresh
	}
	var saved struct {
		Hub   common.Address `json:"hub"`
		Index *poolIndex     `json:"index"`
	}
	if err := json.Unmarshal(b, &saved); err != nil || saved.Hub != c.Cfg.Hub || saved.Index == nil || saved.Index.Deals == nil ||
		saved.Index.Tasks == nil || saved.Index.Pools == nil || saved.Index.Next < c.Cfg.HubBlock {
		c.Log.Warn("pool statistics cache not for this hub or damaged: rebuilding it", "file", c.StatsCache)
		return fresh
	}
	for _, p := range saved.Index.Pools {
		if p.Workers == nil {
			p.Workers = map[common.Address]bool{}
		}
		if p.Recent == nil {
			p.Recent = map[uint64][]float64{}
		}
	}
	return saved.Index
}

func (c *Client) saveIndex(x *poolIndex) {
	if c.StatsCache == "" {
		return
	}
	b, err := json.Marshal(struct {
		Hub   common.Address `json:"hub"`
		Index *poolIndex     `json:"index"`
	}{c.Cfg.Hub, x})
	if err == nil {
		err = durable.WriteFile(c.StatsCache, b, 0o600)
	}
	if err != nil {
		c.Log.Warn("saving the pool statistics cache", "file", c.StatsCache, "err", err)
	}
}
