package poco

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Deadline ratios, in units of a category's reference time T, from a deal's start.
const (
	ContributionDeadlineRatio = 7
	RevealDeadlineRatio       = 2 // from the consensus
	FinalDeadlineRatio        = 10
)

// Category is a class of tasks with a reference duration T in seconds.
type Category struct {
	ID          *big.Int `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	T           uint64   `json:"timeRef"`
}

// ContributionDeadline is start + 7T: no contribution at or after it.
func ContributionDeadline(start, t uint64) uint64 { return start + ContributionDeadlineRatio*t }

// FinalDeadline is start + 10T: no finalize at or after it; claim from it on.
func FinalDeadline(start, t uint64) uint64 { return start + FinalDeadlineRatio*t }

// RevealDeadline is consensusTime + 2T.
func RevealDeadline(consensusTime, t uint64) uint64 { return consensusTime + RevealDeadlineRatio*t }

// TaskStatus is a task's state on chain.
type TaskStatus uint8

const (
	TaskUnset TaskStatus = iota
	TaskActive
	TaskRevealing
	TaskCompleted
	TaskFailed
)

func (s TaskStatus) String() string {
	switch s {
	case TaskUnset:
		return "UNSET"
	case TaskActive:
		return "ACTIVE"
	case TaskRevealing:
		return "REVEALING"
	case TaskCompleted:
		return "COMPLETED"
	case TaskFailed:
		return "FAILED"
	}
	return fmt.Sprintf("TaskStatus(%d)", uint8(s))
}

// ContributionStatus is a contribution's state on chain.
type ContributionStatus uint8

const (
	ContributionUnset ContributionStatus = iota
	ContributionContributed
	ContributionRevealed
)

func (s ContributionStatus) String() string {
	switch s {
	case ContributionUnset:
		return "UNSET"
	case ContributionContributed:
		return "CONTRIBUTED"
	case ContributionRevealed:
		return "REVEALED"
	}
	return fmt.Sprintf("ContributionStatus(%d)", uint8(s))
}

// ResultLink is what finalize puts on chain as `results`: where the result lies and its digest.
type ResultLink struct {
	Storage  string      `json:"storage"`
	Location string      `json:"location"`
	Digest   common.Hash `json:"digest"`
}

// ErrBadResultLink is returned for a results field that is not a valid link.
var ErrBadResultLink = errors.New("poco: bad result link")

// Marshal returns the link's compact JSON.
func (l ResultLink) Marshal() []byte {
	b, _ := json.Marshal(l) // strings and a hash: cannot fail
	return b
}

// ParseResultLink parses a results field strictly: unknown fields, a missing digest or
// location, and trailing data are refused.
func ParseResultLink(b []byte) (ResultLink, error) {
	var l ResultLink
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return ResultLink{}, fmt.Errorf("%w: %v", ErrBadResultLink, err)
	}
	if dec.More() {
		return ResultLink{}, fmt.Errorf("%w: trailing data", ErrBadResultLink)
	}
	if l.Digest == (common.Hash{}) {
		return ResultLink{}, fmt.Errorf("%w: no digest", ErrBadResultLink)
	}
	if l.Location == "" {
		return ResultLink{}, fmt.Errorf("%w: no location", ErrBadResultLink)
	}
	return l, nil
}
