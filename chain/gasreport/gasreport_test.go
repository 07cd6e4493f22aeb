package gasreport

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
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
	var table strings.Builder
	rep.Markdown(&table)
	t.Logf("\n%s", table.String())
	for _, size := range BatchSizes {
		figs, ok := rep.Batched[strconv.Itoa(size)]
		for i := range batchTrusts {
			if f := figs.at(i); !ok || (f.Gas == 0) == (f.Note == "") {
				t.Errorf("batch of %d, trust %d: %+v", size, batchTrusts[i].trust, f)
			}
		}
	}
}

// A figure is a JSON number, or a string when there is a note instead.
func TestFigureJSON(t *testing.T) {
	for _, c := range []struct {
		f    Figure
		json string
	}{
		{Figure{Gas: 12345}, "12345"},
		{Figure{Note: "does not fit"}, `"does not fit"`},
	} {
		b, err := json.Marshal(c.f)
		if err != nil || string(b) != c.json {
			t.Errorf("%+v: %s, %v; want %s", c.f, b, err, c.json)
		}
		var back Figure
		if err := json.Unmarshal(b, &back); err != nil || back != c.f {
			t.Errorf("%s: %+v, %v", b, back, err)
		}
	}
	var f Figure
	if err := json.Unmarshal([]byte("{}"), &f); err == nil {
		t.Error("an object read as a figure")
	}
}
