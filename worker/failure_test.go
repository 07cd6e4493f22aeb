package worker

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/decloud/decloud/executor"
	"github.com/decloud/decloud/poco"
)

// Only the app's own failures become certified records, and a record holds nothing that
// differs between honest workers (no limit of the worker's own, no time, no host).
func TestAppFailure(t *testing.T) {
	res := executor.Result{Stderr: []byte(strings.Repeat("x", 5000) + "panic: bad input")}
	for _, tc := range []struct {
		err  error
		kind string // "" for not the app's failure
	}{
		{&executor.ExitError{Code: 3, Reason: "host-specific reason"}, poco.FailureExit},
		{fmt.Errorf("%w: wasm error: unreachable", executor.ErrTrap), poco.FailureTrap},
		{fmt.Errorf("%w (1m0s)", executor.ErrTimeout), poco.FailureTimeLimit},
		{fmt.Errorf("%w (268435456 bytes)", executor.ErrMemory), poco.FailureMemoryLimit},
		{fmt.Errorf("%w: over the size limit of /out (67108864 bytes, 4096 files)", executor.ErrOutputTooLarge), poco.FailureOutputLimit},
		{fmt.Errorf("%w: the deal has a callback but the app wrote no callback.bin", ErrBadCallback), poco.FailureBadCallback},
		{fmt.Errorf("%w: callback.bin is 20000 bytes", ErrBadCallback), poco.FailureBadCallback},
		{fmt.Errorf("%w: checksum mismatch", executor.ErrBadApp), ""},
		{fmt.Errorf("%w: input too large", ErrTooLarge), ""},
		{context.Canceled, ""},
		{errors.New("disk full"), ""},
	} {
		f, ok := appFailure(tc.err, res, time.Minute)
		if ok != (tc.kind != "") || f.Kind != tc.kind {
			t.Errorf("%v: %+v %v, want kind %q", tc.err, f, ok, tc.kind)
			continue
		}
		if !ok {
			continue
		}
		for _, leak := range []string{"67108864", "4096", "268435456", "host-specific"} {
			if strings.Contains(f.Message, leak) {
				t.Errorf("%v: the record's message %q holds a worker-specific %q", tc.err, f.Message, leak)
			}
		}
		if len(f.Stderr) > poco.MaxFailureStderr || (f.Stderr != "" && !strings.HasSuffix(f.Stderr, "panic: bad input")) {
			t.Errorf("%v: stderr tail of %d bytes", tc.err, len(f.Stderr))
		}
	}
}
