package devnet

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/taskparams"
)

// Verified file transfer (whitepaper §7.2; docs/protocol.md): a requester buys a dataset and
// a transfer app (examples/transfer) delivers it, encrypted for the beneficiary, with a
// manifest. The worker checks the dataset against its checksum on chain before the app
// runs; the chain certifies the delivery (the result digest) before the dataset's owner is
// paid; a provider whose file does not match is never paid and the requester is refunded
// by claim.

// TransferManifest is the name of the manifest in a transfer's result.
const TransferManifest = "manifest.json"

// TransferEntry is one delivered file as the transfer app's manifest describes it.
type TransferEntry struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Delivery is a transfer's result as the beneficiary receives it, checked.
type Delivery struct {
	Manifest []TransferEntry
	Files    map[string][]byte // by name, exactly the manifest's files
}

// PublishTransferApp registers module (examples/transfer built for wasip1/wasm; devnet
// builds nothing, its callers do) as an app of AppDev named "transfer" and uploads it.
func (n *Net) PublishTransferApp(ctx context.Context, module []byte) (common.Address, error) {
	return n.Publish(ctx, poco.KindApp, "transfer", module)
}

// RequestTransfer matches a one-task deal running the transfer app on dataset (of DataDev)
// at trust, whose result is encrypted for recipient (an age public key), and returns the
// deal id.
func (n *Net) RequestTransfer(ctx context.Context, app, dataset common.Address, trust int64, recipient string) (common.Hash, error) {
	return n.RequestParams(ctx, app, dataset, 1, trust, taskparams.Params{EncryptTo: recipient}.Encode())
}

// ReceiveTransfer is what the beneficiary of a completed transfer does: fetch the result,
// decrypt it with identity and check it against the chain's digest (DecryptResult), then
// check that every file matches the manifest, that nothing else is there, and that the
// manifest holds the deal's dataset under its checksum on chain.
func (n *Net) ReceiveTransfer(ctx context.Context, taskid common.Hash, identity string) (Delivery, error) {
	archive, err := n.DecryptResult(ctx, taskid, identity)
	if err != nil {
		return Delivery{}, err
	}
	files, err := poco.ArchiveFiles(archive, int64(len(archive)))
	if err != nil {
		return Delivery{}, err
	}
	var d Delivery
	raw, ok := files[TransferManifest]
	if !ok {
		return Delivery{}, errors.New("devnet: the transfer's result has no manifest")
	}
	if err := json.Unmarshal(raw, &d.Manifest); err != nil {
		return Delivery{}, fmt.Errorf("devnet: the transfer's manifest: %w", err)
	}
	delete(files, TransferManifest)
	if len(files) != len(d.Manifest) {
		return Delivery{}, fmt.Errorf("devnet: the result holds %d files, the manifest %d", len(files), len(d.Manifest))
	}
	sums := map[string]bool{}
	for _, e := range d.Manifest {
		data, ok := files[e.Name]
		s := sha256.Sum256(data)
		if !ok || int64(len(data)) != e.Size || hex.EncodeToString(s[:]) != e.SHA256 {
			return Delivery{}, fmt.Errorf("devnet: %s does not match the manifest", e.Name)
		}
		sums[e.SHA256] = true
	}
	d.Files = files
	task, err := n.Hub.Task(ctx, taskid)
	if err != nil {
		return Delivery{}, err
	}
	deal, err := n.Hub.DealInfo(ctx, task.Dealid, n.Deployment.Block)
	if err != nil {
		return Delivery{}, err
	}
	if deal.Event.Dataset == (common.Address{}) {
		return Delivery{}, errors.New("devnet: the transfer's deal has no dataset")
	}
	ds, err := n.Hub.DatasetInfo(ctx, deal.Event.Dataset, n.Deployment.Block)
	if err != nil {
		return Delivery{}, err
	}
	if !sums[hex.EncodeToString(ds.Checksum[:])] {
		return Delivery{}, fmt.Errorf("devnet: no delivered file has the dataset's checksum on chain %x", ds.Checksum)
	}
	return d, nil
}
