package sdk

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/storage"
)

// StorageAuth is what a storage server checks its writers and its datasets' readers
// against: the hub's schedulers, assets and deals (events read from block from).
func StorageAuth(hub *chain.Hub, domain poco.Domain, from uint64) (storage.ResultAuthorizer, storage.AssetAuthorizer) {
	results := storage.ResultAuthorizer{Domain: domain, SchedulerOf: hub.TaskScheduler}
	assets := storage.AssetAuthorizer{
		Lookup: func(ctx context.Context, a common.Address) (storage.Asset, error) {
			owner, sum, dataset, err := hub.AssetOwner(ctx, a)
			return storage.Asset{Owner: owner, Checksum: sum, Dataset: dataset}, err
		},
		DatasetOf: func(ctx context.Context, task common.Hash) (common.Address, error) {
			return hub.TaskDataset(ctx, task, from)
		},
		Tasks: results,
	}
	return results, assets
}
