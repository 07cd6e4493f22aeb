package chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/poco"
)

// The hub stores what the task functions need and commits to text fields by a hash; the
// full records are in creation events. These read both and check one against the other,
// so a node cannot serve a forged event.

// ErrNotFound is returned when the hub has no such record.
var ErrNotFound = errors.New("chain: not found")

// AppInfo is an app's full registry record.
type AppInfo struct {
	ID       common.Address
	Owner    common.Address
	Kind     uint8
	Name     string
	URI      string
	Checksum common.Hash
	Extra    []byte
}

// DatasetInfo is a dataset's full registry record.
type DatasetInfo struct {
	ID       common.Address
	Owner    common.Address
	Name     string
	URI      string
	Checksum common.Hash
}

// WorkerpoolInfo is a workerpool's full registry record.
type WorkerpoolInfo struct {
	ID                   common.Address
	Owner                common.Address
	Description          string
	WorkerStakeRatio     uint64
	SchedulerRewardRatio uint64
}

// DealInfo is a deal as stored plus what only its DealCreated event holds.
type DealInfo struct {
	ID    common.Hash
	Store bindings.DealView
	Event bindings.IHubDealCreated
}

// findLog returns the first hub log with the event's topic and topic1 == key, from block
// from, scanning in bounded windows.
func (h *Hub) findLog(ctx context.Context, event string, key common.Hash, from uint64) (*types.Log, error) {
	ev, ok := h.abi.GetABI().Events[event]
	if !ok {
		return nil, fmt.Errorf("chain: no event %s", event)
	}
	b, ok := h.backend.(LogBackend)
	if !ok {
		return nil, fmt.Errorf("chain: the backend cannot read logs")
	}
	var found *types.Log
	err := ScanLogs(ctx, b, ethereum.FilterQuery{Addresses: []common.Address{h.Address}, Topics: [][]common.Hash{{ev.ID}, {key}}}, from, 0,
		func(logs []types.Log) (bool, error) {
			if len(logs) > 0 {
				found = &logs[0]
			}
			return found == nil, nil
		})
	if err != nil {
		return nil, fmt.Errorf("chain: %s logs: %w", event, err)
	}
	if found == nil {
		return nil, fmt.Errorf("%w: no %s event for %s", ErrNotFound, event, key)
	}
	return found, nil
}

// assetMeta is the text of an asset's creation event, kept once its hash has matched the
// hub's: the text is immutable (the hub stores only its hash), so a later read needs only
// the hash from storage, not another scan of the logs.
type assetMeta struct {
	hash                   common.Hash
	name, uri, description string
	extra                  []byte
}

func (h *Hub) cachedMeta(asset common.Address, hash common.Hash) (assetMeta, bool) {
	v, ok := h.meta.Load(asset)
	if !ok {
		return assetMeta{}, false
	}
	m := v.(assetMeta)
	return m, m.hash == hash
}

// AppInfo reads an app's record; from is a block at or before its creation (the hub's
// deployment block).
func (h *Hub) AppInfo(ctx context.Context, app common.Address, from uint64) (AppInfo, error) {
	v, err := h.App(ctx, app)
	if err != nil {
		return AppInfo{}, err
	}
	if m, ok := h.cachedMeta(app, v.MetaHash); ok {
		return AppInfo{ID: app, Owner: v.Owner, Kind: v.Kind, Name: m.name, URI: m.uri, Checksum: v.Checksum, Extra: m.extra}, nil
	}
	l, err := h.findLog(ctx, "AppCreated", common.BytesToHash(app[:]), from)
	if err != nil {
		return AppInfo{}, err
	}
	ev, err := h.abi.UnpackAppCreatedEvent(l)
	if err != nil {
		return AppInfo{}, fmt.Errorf("chain: AppCreated: %w", err)
	}
	if poco.AppMetaHash(ev.Name, ev.Uri, ev.Extra) != common.Hash(v.MetaHash) {
		return AppInfo{}, fmt.Errorf("chain: app %s: event does not match the stored hash", app)
	}
	h.meta.Store(app, assetMeta{hash: v.MetaHash, name: ev.Name, uri: ev.Uri, extra: ev.Extra})
	return AppInfo{ID: app, Owner: v.Owner, Kind: v.Kind, Name: ev.Name, URI: ev.Uri, Checksum: v.Checksum, Extra: ev.Extra}, nil
}

// DatasetInfo reads a dataset's record.
func (h *Hub) DatasetInfo(ctx context.Context, dataset common.Address, from uint64) (DatasetInfo, error) {
	v, err := h.Dataset(ctx, dataset)
	if err != nil {
		return DatasetInfo{}, err
	}
	if m, ok := h.cachedMeta(dataset, v.MetaHash); ok {
		return DatasetInfo{ID: dataset, Owner: v.Owner, Name: m.name, URI: m.uri, Checksum: v.Checksum}, nil
	}
	l, err := h.findLog(ctx, "DatasetCreated", common.BytesToHash(dataset[:]), from)
	if err != nil {
		return DatasetInfo{}, err
	}
	ev, err := h.abi.UnpackDatasetCreatedEvent(l)
	if err != nil {
		return DatasetInfo{}, fmt.Errorf("chain: DatasetCreated: %w", err)
	}
	if poco.DatasetMetaHash(ev.Name, ev.Uri) != common.Hash(v.MetaHash) {
		return DatasetInfo{}, fmt.Errorf("chain: dataset %s: event does not match the stored hash", dataset)
	}
	h.meta.Store(dataset, assetMeta{hash: v.MetaHash, name: ev.Name, uri: ev.Uri})
	return DatasetInfo{ID: dataset, Owner: v.Owner, Name: ev.Name, URI: ev.Uri, Checksum: v.Checksum}, nil
}

// WorkerpoolInfo reads a workerpool's record.
func (h *Hub) WorkerpoolInfo(ctx context.Context, pool common.Address, from uint64) (WorkerpoolInfo, error) {
	v, err := h.Workerpool(ctx, pool)
	if err != nil {
		return WorkerpoolInfo{}, err
	}
	if m, ok := h.cachedMeta(pool, v.MetaHash); ok {
		return WorkerpoolInfo{ID: pool, Owner: v.Owner, Description: m.description,
			WorkerStakeRatio: v.WorkerStakeRatio.Uint64(), SchedulerRewardRatio: v.SchedulerRewardRatio.Uint64()}, nil
	}
	l, err := h.findLog(ctx, "WorkerpoolCreated", common.BytesToHash(pool[:]), from)
	if err != nil {
		return WorkerpoolInfo{}, err
	}
	ev, err := h.abi.UnpackWorkerpoolCreatedEvent(l)
	if err != nil {
		return WorkerpoolInfo{}, fmt.Errorf("chain: WorkerpoolCreated: %w", err)
	}
	if poco.WorkerpoolMetaHash(ev.Description) != common.Hash(v.MetaHash) {
		return WorkerpoolInfo{}, fmt.Errorf("chain: workerpool %s: event does not match the stored hash", pool)
	}
	h.meta.Store(pool, assetMeta{hash: v.MetaHash, description: ev.Description})
	return WorkerpoolInfo{ID: pool, Owner: v.Owner, Description: ev.Description,
		WorkerStakeRatio: v.WorkerStakeRatio.Uint64(), SchedulerRewardRatio: v.SchedulerRewardRatio.Uint64()}, nil
}

// DealInfo reads a deal and its DealCreated event (app, dataset, workerpool, tag,
// beneficiary, params…), checking that both agree.
func (h *Hub) DealInfo(ctx context.Context, dealid common.Hash, from uint64) (DealInfo, error) {
	v, err := h.Deal(ctx, dealid)
	if err != nil {
		return DealInfo{}, err
	}
	l, err := h.findLog(ctx, "DealCreated", dealid, from)
	if err != nil {
		return DealInfo{}, err
	}
	ev, err := h.abi.UnpackDealCreatedEvent(l)
	if err != nil {
		return DealInfo{}, fmt.Errorf("chain: DealCreated: %w", err)
	}
	if ev.Requester != v.Requester || ev.Volume.Cmp(v.Volume) != 0 || ev.Callback != v.Callback || ev.Category.Cmp(v.Category) != 0 {
		return DealInfo{}, fmt.Errorf("chain: deal %s: event does not match the stored deal", dealid)
	}
	return DealInfo{ID: dealid, Store: v, Event: *ev}, nil
}

// ResultLink returns the link finalize stored for a task (from its TaskFinalize event; from
// is a block at or before the task's deal) and checks it names the digest on chain. A task
// of a batched deal has no TaskFinalize: its link and digest are those of its TaskSettled.
// ErrNotFound when the task is neither finalized nor settled.
func (h *Hub) ResultLink(ctx context.Context, taskid common.Hash, from uint64) (poco.ResultLink, error) {
	l, err := h.findLog(ctx, "TaskFinalize", taskid, from)
	if errors.Is(err, ErrNotFound) {
		return h.settledResultLink(ctx, taskid, from)
	}
	if err != nil {
		return poco.ResultLink{}, err
	}
	ev, err := h.abi.UnpackTaskFinalizeEvent(l)
	if err != nil {
		return poco.ResultLink{}, fmt.Errorf("chain: TaskFinalize of %s: %w", taskid, err)
	}
	v, err := h.Task(ctx, taskid)
	if err != nil {
		return poco.ResultLink{}, err
	}
	return linkOf(taskid, ev.Results, v.ResultDigest, "the task")
}

// linkOf parses a task's result link and checks that it names the certified digest.
func linkOf(taskid common.Hash, results []byte, digest common.Hash, certifiedBy string) (poco.ResultLink, error) {
	link, err := poco.ParseResultLink(results)
	if err != nil {
		return poco.ResultLink{}, fmt.Errorf("chain: the result link of %s: %w", taskid, err)
	}
	if link.Digest != digest {
		return poco.ResultLink{}, fmt.Errorf("chain: the result link of %s names digest %s, %s %s", taskid, link.Digest, certifiedBy, digest)
	}
	return link, nil
}

// settledResultLink is ResultLink for a task of a batched deal: the TaskSettled event is the
// task's only record, emitted only by a settle that certified that digest.
func (h *Hub) settledResultLink(ctx context.Context, taskid common.Hash, from uint64) (poco.ResultLink, error) {
	l, err := h.findLog(ctx, "TaskSettled", taskid, from)
	if err != nil {
		return poco.ResultLink{}, err
	}
	ev, err := h.abi.UnpackTaskSettledEvent(l)
	if err != nil {
		return poco.ResultLink{}, fmt.Errorf("chain: TaskSettled of %s: %w", taskid, err)
	}
	return linkOf(taskid, ev.Results, ev.Digest, "the settlement")
}

// TaskScheduler returns the scheduler (workerpool owner at match time) of a task's deal:
// the key whose authorizations count for that task.
func (h *Hub) TaskScheduler(ctx context.Context, taskid common.Hash) (common.Address, error) {
	t, err := h.Task(ctx, taskid)
	if err != nil {
		return common.Address{}, err
	}
	d, err := h.Deal(ctx, t.Dealid)
	if err != nil {
		return common.Address{}, err
	}
	return d.Scheduler, nil
}

// AssetOwner returns the owner and checksum of a registered app or dataset, and whether
// it is a dataset.
func (h *Hub) AssetOwner(ctx context.Context, asset common.Address) (owner common.Address, checksum common.Hash, dataset bool, err error) {
	if a, err := h.App(ctx, asset); err == nil {
		return a.Owner, a.Checksum, false, nil
	}
	d, err := h.Dataset(ctx, asset)
	if err != nil {
		return common.Address{}, common.Hash{}, false, fmt.Errorf("%w: no app or dataset %s", ErrNotFound, asset)
	}
	return d.Owner, d.Checksum, true, nil
}

// TaskDataset returns the dataset the deal of a task bought (zero when none), from the
// deal's DealCreated event at or after block from (the hub keeps only the dataset's owner
// in the deal); a deal's dataset never changes, so the answer is kept.
func (h *Hub) TaskDataset(ctx context.Context, taskid common.Hash, from uint64) (common.Address, error) {
	t, err := h.Task(ctx, taskid)
	if err != nil {
		return common.Address{}, err
	}
	dealid := common.Hash(t.Dealid)
	if dealid == (common.Hash{}) {
		return common.Address{}, fmt.Errorf("%w: no task %s", ErrNotFound, taskid)
	}
	return h.DealDataset(ctx, dealid, from)
}

// DealDataset returns the dataset a deal bought (zero when none), from its DealCreated
// event at or after block from; the answer is kept.
func (h *Hub) DealDataset(ctx context.Context, dealid common.Hash, from uint64) (common.Address, error) {
	if v, ok := h.dealDatasets.Load(dealid); ok {
		return v.(common.Address), nil
	}
	l, err := h.findLog(ctx, "DealCreated", dealid, from)
	if err != nil {
		return common.Address{}, err
	}
	ev, err := h.abi.UnpackDealCreatedEvent(l)
	if err != nil {
		return common.Address{}, fmt.Errorf("chain: DealCreated of %s: %w", dealid, err)
	}
	h.dealDatasets.Store(dealid, ev.Dataset)
	return ev.Dataset, nil
}
