package devnet

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/decloud/decloud/examples/prebuilt"
	"github.com/decloud/decloud/executor/executortest"
)

// BenchApp writes the app a benchmark runs into dir as app.wasm and returns its path: the Go
// main package in appDir built for wasip1/wasm (which needs its sources and the Go
// toolchain), or, when appDir is "", the echo app built into this binary (package
// examples/prebuilt), which needs neither.
func BenchApp(dir, appDir string) (string, error) {
	path := filepath.Join(dir, "app.wasm")
	if appDir != "" {
		if err := executortest.GoBuild(appDir, path, "wasip1", "wasm"); err != nil {
			return "", fmt.Errorf("devnet: the benchmark's app: %w", err)
		}
		return path, nil
	}
	module, err := prebuilt.Module("echo")
	if err != nil {
		return "", fmt.Errorf("devnet: the benchmark's app: %w", err)
	}
	if err := os.WriteFile(path, module, 0o644); err != nil {
		return "", fmt.Errorf("devnet: the benchmark's app: %w", err)
	}
	return path, nil
}
