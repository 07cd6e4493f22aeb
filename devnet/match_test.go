package devnet_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/resultcrypt"
	"github.com/decloud/decloud/taskparams"
)

// startWith is start with what each worker advertises.
func startWith(t *testing.T, workers int, res func(i int) devnet.WorkerResources) (*devnet.Net, context.Context) {
	t.Helper()
	return startGrid(t, workers, workers, func(c *devnet.Config) { c.WorkerResources = res })
}

// waitWorkers waits until the scheduler has k workers logged in.
func waitWorkers(t *testing.T, n *devnet.Net, ctx context.Context, k int) {
	t.Helper()
	want := []byte("\ndecloud_scheduler_workers " + strconv.Itoa(k) + "\n")
	for {
		resp, err := httpGet(ctx, n.APIURL()+"/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if bytes.Contains(b, want) {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("fewer than %d workers logged in", k)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// A request that needs 8192 MB runs only on the worker that advertises 16384, never on the
// 4096 one, though both are free.
func TestGridRequirementsPickWorkers(t *testing.T) {
	mem := []int{4096, 16384}
	n, ctx := startWith(t, 2, func(i int) devnet.WorkerResources { return devnet.WorkerResources{MemoryMB: mem[i]} })
	waitWorkers(t, n, ctx, 2)
	small, large := n.Senders[devnet.FirstWorker].Address(), n.Senders[devnet.FirstWorker+1].Address()
	params := taskparams.Params{Args: "big memory", Requirements: "memory_mb >= 8192"}.Encode()
	dealid := ok[common.Hash](t)(n.RequestParams(ctx, n.App, common.Address{}, 3, 1, params))
	check(t, n, ctx, dealid, 3, "big memory")
	for i := uint64(0); i < 3; i++ {
		taskid := poco.TaskID(dealid, i)
		if s := ok[uint64](t)(contribution(n, ctx, taskid, small)); s != 0 {
			t.Fatalf("task %d: the 4096 MB worker contributed", i)
		}
		if s := ok[uint64](t)(contribution(n, ctx, taskid, large)); s != uint64(poco.ContributionRevealed) {
			t.Fatalf("task %d: the 16384 MB worker's contribution is in state %d", i, s)
		}
		rep, found := n.Service.Report(taskid)
		if !found || len(rep.Replicates) != 1 || rep.Replicates[0].Worker != large {
			t.Fatalf("task %d: replicates %+v", i, rep.Replicates)
		}
	}
}

func contribution(n *devnet.Net, ctx context.Context, taskid common.Hash, w common.Address) (uint64, error) {
	s, err := statusOf(n, ctx, taskid, w)
	if err != nil {
		return 0, err
	}
	return s.Uint64(), nil
}

// A request with encryptTo: storage keeps a ciphertext, the beneficiary's identity opens it
// and the plaintext archive is what the chain's digest certifies (replicas agreed on the
// plaintext at trust 3, though each encrypted its own way).
func TestGridEncryptedResult(t *testing.T) {
	n, ctx := start(t, 3, 3)
	secret, public := identity(t)
	params := taskparams.Params{Args: "secret result", EncryptTo: public}.Encode()
	dealid := ok[common.Hash](t)(n.RequestParams(ctx, n.App, common.Address{}, 1, 3, params))
	if _, err := n.Wait(ctx, dealid, 1); err != nil {
		t.Fatal(err)
	}
	taskid := poco.TaskID(dealid, 0)
	blob, digest, err := n.ResultBlob(ctx, taskid)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(blob, []byte("secret result")) || sha256.Sum256(blob) == digest {
		t.Fatal("storage keeps the plaintext")
	}
	if _, err := n.Result(ctx, taskid); err == nil {
		t.Fatal("the ciphertext passed for the plaintext")
	}
	archive := ok[[]byte](t)(n.DecryptResult(ctx, taskid, secret))
	if poco.ResultDigest(archive, nil, false) != digest {
		t.Fatal("the decrypted archive does not match the chain's digest")
	}
	if !bytes.Contains(archive, []byte("secret result\ntask "+taskid.Hex())) {
		t.Fatalf("the decrypted result lacks the app's output: %q", archive)
	}
	other, _ := identity(t)
	if _, err := n.DecryptResult(ctx, taskid, other); err == nil {
		t.Fatal("another identity decrypted the result")
	}
}

func identity(t *testing.T) (secret, public string) {
	t.Helper()
	secret, public, err := resultcrypt.NewIdentity()
	if err != nil {
		t.Fatal(err)
	}
	return secret, public
}

// Input files: the requester's file, in storage, is downloaded (checked against its sha256)
// into the app's input directory under its name; wordcount counts its words.
func TestGridInputFiles(t *testing.T) {
	n, ctx := start(t, 1, 1)
	mod, _ := executortest.BuildWASM(t, "../examples/wordcount")
	app := ok[common.Address](t)(n.Publish(ctx, poco.KindApp, "wordcount", ok[[]byte](t)(os.ReadFile(mod))))
	data := ok[[]byte](t)(os.ReadFile("../examples/testdata/sample.txt"))
	s := sha256.Sum256(data)
	sum := hex.EncodeToString(s[:])
	// Storage's HTTP API takes only results and registered assets: put the file as the
	// storage operator would.
	if _, _, err := n.Store.Put(ctx, bytes.NewReader(data), sum); err != nil {
		t.Fatal(err)
	}
	params := taskparams.Params{Args: "3", InputFiles: []taskparams.InputFile{{Name: "sample.txt", URI: "storage:" + sum, SHA256: sum}}}
	dealid := ok[common.Hash](t)(n.RequestParams(ctx, app, common.Address{}, 1, 1, params.Encode()))
	if _, err := n.Wait(ctx, dealid, 1); err != nil {
		t.Fatal(err)
	}
	golden := ok[[]byte](t)(os.ReadFile("../examples/testdata/wordcount.golden"))
	want := bytes.Join(bytes.SplitN(golden, []byte("\n"), 5)[:4], []byte("\n"))
	archive := ok[[]byte](t)(n.Result(ctx, poco.TaskID(dealid, 0)))
	if !bytes.Contains(archive, want) {
		t.Fatalf("the result lacks the word counts of the input file:\n%q", archive)
	}
	// A wrong checksum fails the task with a clear reason.
	params.InputFiles[0].URI = "storage:" + strings.Repeat("0", 64)
	params.InputFiles[0].SHA256 = strings.Repeat("0", 64)
	dealid = ok[common.Hash](t)(n.RequestParams(ctx, app, common.Address{}, 1, 1, params.Encode()))
	taskid := poco.TaskID(dealid, 0)
	for {
		rep, _ := n.Service.Report(taskid)
		if len(rep.Replicates) == 1 && rep.Replicates[0].State == "failed" {
			if !strings.Contains(rep.Replicates[0].Reason, "bad input file") {
				t.Fatalf("reason %q", rep.Replicates[0].Reason)
			}
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no failure reported: %+v", rep)
		case <-time.After(20 * time.Millisecond):
		}
	}
}
