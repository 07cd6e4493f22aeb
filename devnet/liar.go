package devnet

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"

	"github.com/decloud/decloud/executor"
)

// Liar is a cheating worker's executor: it runs the app honestly with Inner, then, while
// Lying is on, adds a file to the output (lie.txt), so that its result, and the digest it
// contributes, are wrong. Tests and the demo use it to show that a liar is caught.
type Liar struct {
	Inner executor.Executor
	Lying *atomic.Bool
}

var _ executor.Executor = Liar{}

// Run runs s with Inner and, while lying, spoils its output.
func (l Liar) Run(ctx context.Context, s executor.Spec) (executor.Result, error) {
	res, err := l.Inner.Run(ctx, s)
	if err == nil && l.Lying.Load() {
		err = os.WriteFile(filepath.Join(s.OutputDir, "lie.txt"), []byte("trust me"), 0o644)
	}
	return res, err
}
