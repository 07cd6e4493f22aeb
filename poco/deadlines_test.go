package poco

import (
	"math"
	"testing"
)

func TestDeadlines(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want uint64
	}{
		{"contribution", ContributionDeadline(1000, 300), 1000 + 2100},
		{"final", FinalDeadline(1000, 300), 1000 + 3000},
		{"reveal", RevealDeadline(5000, 300), 5000 + 600},
		{"saturated", FinalDeadline(10, math.MaxUint64/10), math.MaxUint64},
		{"just fits", ContributionDeadline(math.MaxUint64-7, 1), math.MaxUint64},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.name, c.got, c.want)
		}
	}
}

func TestStatusStrings(t *testing.T) {
	for _, c := range []struct {
		s    interface{ String() string }
		want string
	}{
		{TaskUnset, "UNSET"}, {TaskActive, "ACTIVE"}, {TaskRevealing, "REVEALING"},
		{TaskCompleted, "COMPLETED"}, {TaskFailed, "FAILED"}, {TaskStatus(9), "TaskStatus(9)"},
		{ContributionUnset, "UNSET"}, {ContributionContributed, "CONTRIBUTED"},
		{ContributionRevealed, "REVEALED"}, {ContributionStatus(3), "ContributionStatus(3)"},
	} {
		if got := c.s.String(); got != c.want {
			t.Errorf("%v: %q, want %q", c.s, got, c.want)
		}
	}
	if TaskFailed != 4 || ContributionRevealed != 2 {
		t.Fatal("numbering differs from the hub's")
	}
}
