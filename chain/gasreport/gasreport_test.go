package gasreport

import (
	"context"
	"testing"
)

// TestRun runs the whole measurement: every operation succeeds and costs something.
// The figures are reported, not asserted (they are a benchmark, see docs/gas.md).
func TestRun(t *testing.T) {
	rep, err := Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range rows {
		if x.value(rep) == 0 {
			t.Errorf("%s was not measured", x.key)
		}
	}
	for _, m := range rep.Missed() {
		t.Logf("over target: %s", m)
	}
}
