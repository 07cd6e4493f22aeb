package wasm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"
)

// ChildMain runs one sandboxed app as described on stdin and prints a JSON reply as its
// last line. The binary's main calls it when its first argument is ChildArg, and exits
// with the returned code.
func ChildMain() int {
	var req request
	if err := json.NewDecoder(io.LimitReader(os.Stdin, 1<<20)).Decode(&req); err != nil {
		return say(reply{ExitCode: -1, Error: "bad request: " + err.Error()})
	}
	return say(runChild(req))
}

func say(r reply) int {
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	return 0
}

func runChild(req request) reply {
	ctx := context.Background()
	cache, err := wazero.NewCompilationCacheWithDir(req.CacheDir)
	if err != nil {
		return reply{ExitCode: -1, Error: "compilation cache: " + err.Error()}
	}
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().
		WithCompilationCache(cache).
		WithMemoryLimitPages(req.Pages).
		WithCloseOnContextDone(false))
	defer rt.Close(ctx)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		return reply{ExitCode: -1, Error: "wasi: " + err.Error()}
	}
	code, err := os.ReadFile(req.Module)
	if err != nil {
		return reply{ExitCode: -1, Kind: "bad-app", Error: err.Error()}
	}
	compiled, err := rt.CompileModule(ctx, code)
	if err != nil {
		kind := "bad-app"
		if strings.Contains(err.Error(), "memory") && strings.Contains(err.Error(), "limit") {
			kind = "memory" // the module declares more memory than allowed
		}
		return reply{ExitCode: -1, Kind: kind, Error: err.Error()}
	}
	stdout, err := os.Create(req.Stdout)
	if err != nil {
		return reply{ExitCode: -1, Error: err.Error()}
	}
	defer stdout.Close()
	stderr, err := os.Create(req.Stderr)
	if err != nil {
		return reply{ExitCode: -1, Error: err.Error()}
	}
	defer stderr.Close()

	fsc := wazero.NewFSConfig().WithDirMount(req.OutputDir, "/out")
	if req.InputDir != "" {
		fsc = fsc.WithReadOnlyDirMount(req.InputDir, "/in")
	}
	mc := wazero.NewModuleConfig().
		WithName("").
		WithArgs(append([]string{"app"}, req.Args...)...).
		WithFSConfig(fsc).
		WithStdout(stdout).
		WithStderr(stderr).
		WithRandSource(rand.NewChaCha8(req.Seed))
	for k, v := range req.Env {
		mc = mc.WithEnv(k, v)
	}
	_, err = rt.InstantiateModule(ctx, compiled, mc)
	var exit *sys.ExitError
	switch {
	case err == nil:
		return reply{ExitCode: 0}
	case errors.As(err, &exit):
		r := reply{ExitCode: int(exit.ExitCode())}
		if r.ExitCode != 0 && outOfMemory(req.Stderr) {
			r.Kind = "memory"
		}
		return r
	default:
		if outOfMemory(req.Stderr) {
			return reply{ExitCode: -1, Kind: "memory"}
		}
		return reply{ExitCode: -1, Error: "the app trapped: " + err.Error()}
	}
}

// outOfMemory recognizes a guest runtime's own out-of-memory failure (a Go guest prints
// "out of memory" when memory.grow fails at the limit).
func outOfMemory(stderrPath string) bool {
	b := readTail(stderrPath)
	return strings.Contains(string(b), "out of memory")
}
