package sdk

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/storage"
)

// StorageAuth is what a storage server checks its writers and its datasets' readers
// against: the hub's schedulers, assets and deals (events read from block from).
func StorageAuth(hub *chain.Hub, domain poco.Domain, from uint64) (storage.ResultAuthorizer, storage.AssetAuthorizer) {
	// A batched deal's task has no record on chain until it is settled: its worker names
	// the deal (storage checks that it hashes to the task), whose scheduler and dataset
	// count. A per-task deal's task is read from the chain as ever.
	// A deal never changes once matched: what the checks need of it is read once.
	type dealFacts struct {
		batched   bool
		volume    uint64
		scheduler common.Address
	}
	var deals sync.Map // deal id -> dealFacts
	factsOf := func(ctx context.Context, deal common.Hash) (dealFacts, error) {
		if v, ok := deals.Load(deal); ok {
			return v.(dealFacts), nil
		}
		d, err := hub.Deal(ctx, deal)
		if err != nil {
			return dealFacts{}, err
		}
		f := dealFacts{batched: d.Batched, volume: d.Volume.Uint64(), scheduler: d.Scheduler}
		if f.volume > 0 { // an unknown deal may yet be matched: not remembered
			deals.Store(deal, f)
		}
		return f, nil
	}
	schedulerOf := func(ctx context.Context, task common.Hash) (common.Address, error) {
		if td, ok := storage.TaskDealFrom(ctx, task); ok {
			d, err := factsOf(ctx, td.Deal)
			if err != nil {
				return common.Address{}, err
			}
			if d.batched {
				if td.Index >= d.volume {
					return common.Address{}, fmt.Errorf("sdk: task index %d out of the deal's volume", td.Index)
				}
				return d.scheduler, nil
			}
		}
		return hub.TaskScheduler(ctx, task)
	}
	results := storage.ResultAuthorizer{Domain: domain, SchedulerOf: schedulerOf}
	assets := storage.AssetAuthorizer{
		Lookup: func(ctx context.Context, a common.Address) (storage.Asset, error) {
			owner, sum, dataset, err := hub.AssetOwner(ctx, a)
			if err != nil || dataset {
				return storage.Asset{Owner: owner, Checksum: sum, Dataset: dataset}, err
			}
			return appAsset(ctx, hub, a, owner, sum, from)
		},
		DatasetOf: func(ctx context.Context, task common.Hash) (common.Address, error) {
			if td, ok := storage.TaskDealFrom(ctx, task); ok {
				if d, err := factsOf(ctx, td.Deal); err == nil && d.batched {
					return hub.DealDataset(ctx, td.Deal, from)
				}
			}
			return hub.TaskDataset(ctx, task, from)
		},
		Tasks: results,
	}
	return results, assets
}

// appAsset is what storage accepts of app a: the blob of its checksum, except for an oci
// app, whose checksum is its image's manifest digest: the blob is then the layout archive
// its URI names in storage (storage:SHA256), and none when its image is in a registry.
func appAsset(ctx context.Context, hub *chain.Hub, a, owner common.Address, sum common.Hash, from uint64) (storage.Asset, error) {
	v, err := hub.App(ctx, a)
	if err != nil || v.Kind != poco.AppOCI {
		return storage.Asset{Owner: owner, Checksum: sum}, err
	}
	info, err := hub.AppInfo(ctx, a, from)
	if err != nil {
		return storage.Asset{}, err
	}
	blob, ok := strings.CutPrefix(info.URI, "storage:")
	if !ok || !storage.ValidSum(blob) {
		return storage.Asset{}, fmt.Errorf("sdk: oci app %s is not kept in storage (its URI is %s)", a.Hex(), info.URI)
	}
	return storage.Asset{Owner: owner, Checksum: common.HexToHash(blob)}, nil
}
