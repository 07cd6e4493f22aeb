package devnet_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/devnet"
	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/executor/executortest"
	"github.com/decloud/decloud/executor/oci"
	"github.com/decloud/decloud/executor/oci/ociimage"
	"github.com/decloud/decloud/executor/wasm"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
	"github.com/decloud/decloud/taskparams"
	"github.com/decloud/decloud/worker"
)

// fakeOCI stands in for the OCI sandbox (which needs runc and root): it checks that it was
// given the layout archive of the image whose manifest digest is the app's checksum, and
// writes what it ran with to /out.
type fakeOCI struct{}

func (fakeOCI) Run(_ context.Context, spec executor.Spec) (executor.Result, error) {
	img, err := sdk.ResolveOCI(spec.App, "")
	if err != nil || fmt.Sprintf("%x", img.Digest) != spec.Checksum {
		return executor.Result{}, fmt.Errorf("%w: not the image of the checksum: %v", executor.ErrBadApp, err)
	}
	out := fmt.Sprintf("oci %s devices %v", strings.Join(spec.Args, " "), spec.Devices)
	return executor.Result{}, os.WriteFile(filepath.Join(spec.OutputDir, "out.txt"), []byte(out), 0o600)
}

// An oci app, registered with its manifest digest and its layout archive in storage, runs
// only on the workers with an OCI sandbox (the wasm-only worker is never given a task), and
// a GPU deal only on the worker that offers devices, which its task is given.
func TestGridRunsOCIAppsOnOCIWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	mod, _ := executortest.BuildWASM(t, "../examples/echo")
	n, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir(), WorkerAccounts: 3, AppModule: mod, OCI: fakeOCI{},
		WasmCommand: []string{os.Args[0], wasm.ChildArg}, Logger: debugLogger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	gpu := "vendor.example/gpu=0"
	for i, edit := range []func(*worker.Config){
		func(c *worker.Config) { c.OCI = nil }, // wasm only
		nil,                                    // oci, no GPU
		func(c *worker.Config) { c.GPUDevices = []string{gpu} },
	} {
		if _, err := n.StartWorkerWith(i, n.Exec, edit); err != nil {
			t.Fatal(err)
		}
	}
	waitWorkers(t, n, ctx, 3)
	plain, withGPU := n.Senders[devnet.FirstWorker+1].Address(), n.Senders[devnet.FirstWorker+2].Address()

	img, err := ociimage.Build([]ociimage.File{{Path: "app", Mode: 0o755, Data: []byte("#!/bin/sh\n")}}, ociimage.BuildConfig{Entrypoint: []string{"/app"}})
	if err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(t.TempDir(), "app.tar")
	if err := ociimage.WriteArchive(img, archive); err != nil {
		t.Fatal(err)
	}
	resolved := ok[sdk.OCIImage](t)(sdk.ResolveOCI(archive, ""))
	app := ok[common.Address](t)(n.PublishOCI(ctx, "oci app", resolved))
	info := ok[chainAppInfo](t)(appInfo(n, ctx, app))
	if info.Kind != poco.AppOCI || info.Checksum != resolved.Digest || !strings.HasPrefix(info.URI, "storage:") {
		t.Fatalf("registered %+v, want kind oci, checksum %s, the archive in storage", info, resolved.Digest)
	}

	for _, c := range []struct {
		name    string
		tag     common.Hash
		volume  uint64
		runners []common.Address
		out     string
	}{
		{"oci", common.Hash{}, 4, []common.Address{plain, withGPU}, "oci hello devices []"},
		{"oci on a GPU", poco.TagGPU, 2, []common.Address{withGPU}, "oci hello devices [" + gpu + "]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dealid := ok[common.Hash](t)(n.RequestTagged(ctx, app, common.Address{}, int64(c.volume), 1, taskparams.Params{Args: "hello"}.Encode(), c.tag))
			if _, err := n.Wait(ctx, dealid, c.volume); err != nil {
				t.Fatal(err)
			}
			for i := range c.volume {
				taskid := poco.TaskID(dealid, i)
				if archive := ok[[]byte](t)(n.Result(ctx, taskid)); !bytes.Contains(archive, []byte(c.out)) {
					t.Fatalf("task %d: the result does not hold %q", i, c.out)
				}
				// Never assigned elsewhere (such a worker would fail the task, not contribute).
				rep, found := n.Service.Report(taskid)
				if !found || len(rep.Replicates) == 0 {
					t.Fatalf("task %d: report %+v", i, rep)
				}
				for _, r := range rep.Replicates {
					if !containsAddr(c.runners, r.Worker) || r.State == "failed" {
						t.Fatalf("task %d was given to %s (%s %s), which cannot run it", i, r.Worker, r.State, r.Reason)
					}
				}
			}
		})
	}
}

// chainAppInfo is an app's record on chain, as the test reads it.
type chainAppInfo struct {
	Kind     uint8
	URI      string
	Checksum common.Hash
}

func appInfo(n *devnet.Net, ctx context.Context, app common.Address) (chainAppInfo, error) {
	i, err := n.Hub.AppInfo(ctx, app, n.Deployment.Block)
	return chainAppInfo{i.Kind, i.URI, i.Checksum}, err
}

func containsAddr(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

// Where runc runs (root), the grid runs an oci app in real containers: the echo example
// built for Linux, its layout archive uploaded to storage, fetched by the workers without
// a sha256 check and verified by the OCI sandbox against its manifest digest.
func TestGridRunsOCIAppInContainers(t *testing.T) {
	if info := oci.Probe(""); !info.Available {
		t.Skip("no OCI sandbox here: " + info.Reason)
	}
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	x, err := oci.New(ctx, oci.Config{Dir: t.TempDir(), Logger: debugLogger()})
	if err != nil {
		t.Fatal(err)
	}
	n, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir(), WorkerAccounts: 2, Workers: 2, OCI: x,
		WasmCommand: []string{os.Args[0], wasm.ChildArg}, Logger: debugLogger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	layoutDir, _ := executortest.BuildOCI(t, "../examples/echo")
	app := ok[common.Address](t)(n.PublishOCI(ctx, "echo in a container", ok[sdk.OCIImage](t)(sdk.ResolveOCI(layoutDir, ""))))
	dealid := ok[common.Hash](t)(n.RequestTagged(ctx, app, common.Address{}, 2, 3, taskparams.Params{Args: "hello container"}.Encode(), common.Hash{}))
	check(t, n, ctx, dealid, 2, "hello container")
}
