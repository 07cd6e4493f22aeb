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
	// Mark is what lie.txt holds (default "trust me"): liars that share a mark collude
	// (they contribute the same wrong result), a mark of one's own lies alone.
	Mark string
}

var _ executor.Executor = Liar{}

// Run runs s with Inner and, while lying, spoils its output.
func (l Liar) Run(ctx context.Context, s executor.Spec) (executor.Result, error) {
	res, err := l.Inner.Run(ctx, s)
	if err == nil && l.Lying.Load() {
		mark := l.Mark
		if mark == "" {
			mark = "trust me"
		}
		err = os.WriteFile(filepath.Join(s.OutputDir, "lie.txt"), []byte(mark), 0o644)
	}
	return res, err
}

// Squatter is the executor of a worker that takes tasks and never does them: each run
// lasts until the worker stops. The adversary benchmark uses it.
type Squatter struct{}

var _ executor.Executor = Squatter{}

// Run waits for ctx's end.
func (Squatter) Run(ctx context.Context, _ executor.Spec) (executor.Result, error) {
	<-ctx.Done()
	return executor.Result{}, ctx.Err()
}
