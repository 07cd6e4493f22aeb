package poco

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// FailureFile is the file of a failure record: the result a task gets when its app fails
// in a way every honest worker reproduces (see Failure).
const FailureFile = "decloud-failure.json"

// MaxFailureStderr bounds the stderr tail a failure record carries.
const MaxFailureStderr = 2048

// The kinds of deterministic failure. Each is what the app does with its task's inputs and
// the deal's limits, not an accident of one machine, so replicas agree on it like on any
// result, and the task completes: the requester pays for the work and reads why it failed.
const (
	FailureExit        = "exit"         // the app exited with a non-zero status
	FailureTrap        = "trap"         // it stopped on a trap (unreachable, division by zero, ...)
	FailureTimeLimit   = "time-limit"   // it ran past the deal's time limit
	FailureMemoryLimit = "memory-limit" // it needed more memory than allowed
	FailureOutputLimit = "output-limit" // /out crossed its size or file-count cap
	FailureBadCallback = "bad-callback" // a callback deal, and no callback.bin or one over MaxCallbackData
)

// Failure is what a failure record says. Every field must be the same on every honest
// worker: it holds no time, no host detail and no limit of the worker's own.
type Failure struct {
	Kind     string `json:"kind"`
	ExitCode int    `json:"exitCode,omitempty"`
	Message  string `json:"message"`
	// Stderr is the end of the app's stderr, for an exit or a trap (a WASM app's output is a
	// function of its task): the archive is encrypted for the beneficiary when the deal asks for it.
	Stderr string `json:"stderr,omitempty"`
}

func (f Failure) String() string {
	s := f.Message
	if f.Stderr != "" {
		s += ": " + strings.TrimSpace(f.Stderr)
	}
	return s
}

// WriteFailure replaces whatever dir holds with the failure record (and, for a deal with a
// callback, an empty callback.bin: the digest is keccak256 of the empty callback data, which
// is what the dapp receives for a failed task). The canonical archive of dir is the result.
func WriteFailure(dir string, f Failure, hasCallback bool) error {
	if len(f.Stderr) > MaxFailureStderr {
		f.Stderr = f.Stderr[len(f.Stderr)-MaxFailureStderr:]
	}
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("poco: clearing the output for a failure record: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	if hasCallback {
		if err := os.WriteFile(filepath.Join(dir, CallbackFile), nil, 0o600); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, FailureFile), append(b, '\n'), 0o600)
}

// ParseFailure returns the failure record a result archive holds, or nil when it is an
// ordinary result. An archive is a failure record when its only files are FailureFile (and
// an empty callback.bin) and the record decodes with a known kind; an app cannot pass its
// own output for one by accident, and one that does so on purpose only reports its own
// failure.
func ParseFailure(archive []byte) *Failure {
	files, err := ArchiveFiles(archive, 64<<10)
	if err != nil {
		return nil
	}
	rec, ok := files[FailureFile]
	if !ok || len(files) > 2 {
		return nil
	}
	if cb, ok := files[CallbackFile]; len(files) == 2 && (!ok || len(cb) != 0) {
		return nil
	}
	var f Failure
	dec := json.NewDecoder(bytes.NewReader(rec))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil
	}
	switch f.Kind {
	case FailureExit, FailureTrap, FailureTimeLimit, FailureMemoryLimit, FailureOutputLimit, FailureBadCallback:
		return &f
	}
	return nil
}
