package devnet_test

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
)

// transferApp builds examples/transfer and registers it.
func transferApp(t *testing.T, n *devnet.Net, ctx context.Context) common.Address {
	t.Helper()
	mod, _ := executortest.BuildWASM(t, "../examples/transfer")
	return ok[common.Address](t)(n.PublishTransferApp(ctx, ok[[]byte](t)(os.ReadFile(mod))))
}

// Verified file transfer, honest provider: the dataset reaches the beneficiary encrypted
// (storage only ever holds ciphertext), exactly as registered, with a manifest that
// re-states its checksum on chain; the dataset's owner is paid its price, in the finalize.
func TestGridTransfer(t *testing.T) {
	n, ctx := start(t, 1, 1)
	t0 := time.Now()
	app := transferApp(t, n, ctx)
	data := ok[[]byte](t)(os.ReadFile("../examples/testdata/sample.txt"))
	dataset := ok[common.Address](t)(n.Publish(ctx, poco.KindDataset, "sample.txt", data))
	checksum := ok[bindings.DatasetView](t)(n.Hub.Dataset(ctx, dataset)).Checksum
	secret, public := identity(t)
	dealid := ok[common.Hash](t)(n.RequestTransfer(ctx, app, dataset, 1, public))
	if _, err := n.Wait(ctx, dealid, 1); err != nil {
		t.Fatal(err)
	}
	taskid := poco.TaskID(dealid, 0)

	blob, digest, err := n.ResultBlob(ctx, taskid)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(blob, data[:64]) || sha256.Sum256(blob) == digest {
		t.Fatal("storage keeps the plaintext")
	}
	d := ok[devnet.Delivery](t)(n.ReceiveTransfer(ctx, taskid, secret))
	if len(d.Files) != 1 || !bytes.Equal(d.Files["sample.txt"], data) {
		t.Fatalf("delivered %d files, want exactly the dataset's bytes as sample.txt", len(d.Files))
	}
	want := []devnet.TransferEntry{{Name: "sample.txt", Size: int64(len(data)), SHA256: hex.EncodeToString(checksum[:])}}
	if len(d.Manifest) != 1 || d.Manifest[0] != want[0] {
		t.Fatalf("manifest %+v, want %+v (the checksum on chain)", d.Manifest, want)
	}
	// The same checks by hand: the decrypted archive is what the chain certifies and holds
	// the file and the manifest, nothing else.
	archive := ok[[]byte](t)(n.DecryptResult(ctx, taskid, secret))
	if poco.ResultDigest(archive, nil, false) != digest {
		t.Fatal("the decrypted archive does not match the chain's digest")
	}
	var manifest []devnet.TransferEntry
	files := untar(t, archive)
	if len(files) != 2 || !bytes.Equal(files["sample.txt"], data) || json.Unmarshal(files[devnet.TransferManifest], &manifest) != nil ||
		len(manifest) != 1 || manifest[0] != want[0] {
		t.Fatalf("the archive holds %q", archive)
	}
	other, _ := identity(t)
	if _, err := n.ReceiveTransfer(ctx, taskid, other); err == nil {
		t.Fatal("another identity received the transfer")
	}

	// Money: the dataset's owner gained exactly its price, credited in the transaction that
	// finalized the task (its only balance change since its deposit).
	owner := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.DataDev))
	if owner.Balance.Int64() != 1e11+devnet.DatasetPrice || owner.Frozen.Sign() != 0 {
		t.Fatalf("dataset owner has %s (frozen %s), want 1e11 + %d", owner.Balance, owner.Frozen, devnet.DatasetPrice)
	}
	credits := accountUpdates(t, n, ctx, n.Senders[devnet.DataDev].Address())
	finalized := logs(t, n, ctx, "TaskFinalize", taskid)
	if len(credits) != 2 || len(finalized) != 1 || credits[1].TxHash != finalized[0].TxHash {
		t.Fatalf("the dataset owner's account changed in %d transactions, want its deposit and the finalize", len(credits))
	}
	t.Logf("transfer delivered and paid in %v", time.Since(t0).Round(time.Millisecond))
}

// Verified file transfer, dishonest provider: the bytes served at the dataset's URI do not
// match its checksum on chain. The worker refuses them (the scheduler reports why), no
// result is certified, and past the final deadline the scheduler claims the task: the
// requester gets back everything the match locked, the provider earns nothing.
func TestGridTransferRefusesMismatchedDataset(t *testing.T) {
	n, ctx := start(t, 1, 1)
	t0 := time.Now()
	app := transferApp(t, n, ctx)
	promised := ok[[]byte](t)(os.ReadFile("../examples/testdata/sample.txt"))
	served := append(bytes.Clone(promised), "and a few words more"...)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(served) }))
	t.Cleanup(srv.Close)
	dataset, _, err := n.Hub.CreateDataset(ctx, n.Senders[devnet.DataDev], "sample.txt", srv.URL+"/sample.txt", sha256.Sum256(promised))
	if err != nil {
		t.Fatal(err)
	}
	_, public := identity(t)
	before := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Requester))
	dealid := ok[common.Hash](t)(n.RequestTransfer(ctx, app, dataset, 1, public))
	taskid := poco.TaskID(dealid, 0)
	locked := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Requester))
	price := int64(devnet.DatasetPrice + devnet.AppPrice + devnet.PoolPrice)
	if before.Balance.Int64()-locked.Balance.Int64() != price || locked.Frozen.Int64()-before.Frozen.Int64() != price {
		t.Fatalf("the match locked %d (frozen %s), want %d", before.Balance.Int64()-locked.Balance.Int64(), locked.Frozen, price)
	}

	// The worker fails the replicate; the requester reads why from the scheduler.
	for {
		rep := taskReport(t, n, taskid)
		if len(rep.Replicates) == 1 && rep.Replicates[0].State == "failed" {
			if !strings.Contains(rep.Replicates[0].Reason, "does not match the checksum on chain") {
				t.Fatalf("reason %q", rep.Replicates[0].Reason)
			}
			break
		}
		if ok[poco.TaskStatus](t)(taskStatus(n, ctx, taskid)) == poco.TaskCompleted {
			t.Fatal("a transfer of a dataset that does not match its checksum completed")
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no failure reported: %+v", rep)
		case <-time.After(20 * time.Millisecond):
		}
	}
	if s := ok[*big.Int](t)(statusOf(n, ctx, taskid, n.Senders[devnet.FirstWorker].Address())); s.Sign() != 0 {
		t.Fatal("the worker contributed with a dataset that does not match its checksum")
	}

	// Past the final deadline (10 T after the deal's start) the scheduler claims by itself.
	deal := ok[bindings.DealView](t)(n.Hub.Deal(ctx, dealid))
	if err := n.Chain.AdjustTime(ctx, time.Duration(poco.FinalDeadlineRatio*deal.TimeRef.Int64()+1)*time.Second); err != nil {
		t.Fatal(err)
	}
	claimCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for ok[poco.TaskStatus](t)(taskStatus(n, ctx, taskid)) != poco.TaskFailed {
		select {
		case <-claimCtx.Done():
			t.Fatal("the scheduler did not claim the task past its final deadline")
		case <-time.After(20 * time.Millisecond):
		}
	}
	if len(logs(t, n, ctx, "TaskClaimed", taskid)) != 1 || len(logs(t, n, ctx, "TaskFinalize", taskid)) != 0 {
		t.Fatal("want one TaskClaimed and no TaskFinalize")
	}
	after := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, devnet.Requester))
	if after.Balance.Cmp(before.Balance) != 0 || after.Frozen.Cmp(before.Frozen) != 0 {
		t.Fatalf("requester has %s (frozen %s), had %s (frozen %s) before the match", after.Balance, after.Frozen, before.Balance, before.Frozen)
	}
	for _, role := range []int{devnet.DataDev, devnet.AppDev} {
		a := ok[struct{ Balance, Frozen *big.Int }](t)(account(n, ctx, role))
		if a.Balance.Int64() != 1e11 || a.Frozen.Sign() != 0 {
			t.Fatalf("account %d has %s (frozen %s), want its deposit only", role, a.Balance, a.Frozen)
		}
	}
	if _, err := n.ReceiveTransfer(ctx, taskid, "AGE-SECRET-KEY-1"); err == nil {
		t.Fatal("a failed transfer delivered something")
	}
	t.Logf("refused, claimed and refunded in %v", time.Since(t0).Round(time.Millisecond))
}

func taskReport(t *testing.T, n *devnet.Net, taskid common.Hash) scheduler.TaskReport {
	t.Helper()
	resp, err := reportGet(t.Context(), n, taskid, devnet.Requester)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var rep scheduler.TaskReport
	json.NewDecoder(resp.Body).Decode(&rep)
	if resp.StatusCode != http.StatusOK {
		return rep // not yet known to the scheduler
	}
	// Strangers are refused: unsigned, or signed by someone else than the requester.
	for _, role := range []int{-1, devnet.FirstWorker} {
		var resp *http.Response
		if role < 0 {
			resp, err = httpGet(t.Context(), n.APIURL()+"/v1/tasks/"+taskid.Hex())
		} else {
			resp, err = reportGet(t.Context(), n, taskid, role)
		}
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Fatalf("a stranger's request for a task report got %d", resp.StatusCode)
		}
	}
	return rep
}

// logs returns the hub's events named event whose first indexed topic is key.
func logs(t *testing.T, n *devnet.Net, ctx context.Context, event string, key common.Hash) []types.Log {
	t.Helper()
	return ok[[]types.Log](t)(n.Chain.Client().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(n.Deployment.Block),
		Addresses: []common.Address{n.Deployment.Hub},
		Topics:    [][]common.Hash{{n.Hub.ABI().GetABI().Events[event].ID}, {key}},
	}))
}

// accountUpdates returns the AccountUpdated events of account a, oldest first.
func accountUpdates(t *testing.T, n *devnet.Net, ctx context.Context, a common.Address) []types.Log {
	t.Helper()
	return logs(t, n, ctx, "AccountUpdated", common.BytesToHash(a[:]))
}

func untar(t *testing.T, archive []byte) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	tr := tar.NewReader(bytes.NewReader(archive))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files
		}
		if err != nil {
			t.Fatal(err)
		}
		files[h.Name] = ok[[]byte](t)(io.ReadAll(tr))
	}
}
