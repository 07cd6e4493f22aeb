package poco

import (
	"fmt"
	"math"
	"math/big"
)

// Deadline ratios, in units of a category's reference time T.
const (
	ContributionDeadlineRatio = 7  // from the deal's start
	FinalDeadlineRatio        = 10 // from the deal's start
	RevealDeadlineRatio       = 2  // from the consensus
)

// Category is a class of tasks with a reference duration T in seconds.
type Category struct {
	ID          *big.Int `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	T           uint64   `json:"timeRef"`
}

// ContributionDeadline is start + 7T: no contribution at or after it.
func ContributionDeadline(start, t uint64) uint64 { return after(start, ContributionDeadlineRatio, t) }

// FinalDeadline is start + 10T: no finalize at or after it; claim from it on.
func FinalDeadline(start, t uint64) uint64 { return after(start, FinalDeadlineRatio, t) }

// RevealDeadline is consensusTime + 2T: no reveal at or after it; reopen from it on.
func RevealDeadline(consensusTime, t uint64) uint64 {
	return after(consensusTime, RevealDeadlineRatio, t)
}

// after returns from + k·t, saturated at the largest uint64 (a time no block reaches)
// where the hub's uint256 arithmetic would go beyond it.
func after(from, k, t uint64) uint64 {
	if t > (math.MaxUint64-from)/k {
		return math.MaxUint64
	}
	return from + k*t
}

// TaskStatus is a task's state on chain.
type TaskStatus uint8

// Task statuses, as the hub numbers them.
const (
	TaskUnset TaskStatus = iota
	TaskActive
	TaskRevealing
	TaskCompleted
	TaskFailed
)

var taskStatusNames = [...]string{"UNSET", "ACTIVE", "REVEALING", "COMPLETED", "FAILED"}

func (s TaskStatus) String() string {
	if int(s) < len(taskStatusNames) {
		return taskStatusNames[s]
	}
	return fmt.Sprintf("TaskStatus(%d)", uint8(s))
}

// ContributionStatus is the state of one worker's contribution to a task on chain.
type ContributionStatus uint8

// Contribution statuses, as the hub numbers them.
const (
	ContributionUnset ContributionStatus = iota
	ContributionContributed
	ContributionRevealed
)

var contributionStatusNames = [...]string{"UNSET", "CONTRIBUTED", "REVEALED"}

func (s ContributionStatus) String() string {
	if int(s) < len(contributionStatusNames) {
		return contributionStatusNames[s]
	}
	return fmt.Sprintf("ContributionStatus(%d)", uint8(s))
}
