package sdk

import (
	"context"
	"fmt"
	"strings"

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
			if err != nil || dataset {
				return storage.Asset{Owner: owner, Checksum: sum, Dataset: dataset}, err
			}
			return appAsset(ctx, hub, a, owner, sum, from)
		},
		DatasetOf: func(ctx context.Context, task common.Hash) (common.Address, error) {
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
