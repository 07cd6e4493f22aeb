package storage

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// HeaderAuthorization carries the scheduler's WorkerAuthorization for the task.
const HeaderAuthorization = "X-Decloud-Authorization"

// UploadDigest is what a worker signs (EIP-191 free: a plain keccak digest, signed with
// poco.SignHash) to upload blob sum as the result of task.
func UploadDigest(task common.Hash, sum string) common.Hash {
	return crypto.Keccak256Hash([]byte("decloud upload"), task[:], []byte(sum))
}

// ResultAuthorizer admits a result upload when the worker signed it and holds the
// scheduler's authorization for the task (the same one the hub checks at contribute).
type ResultAuthorizer struct {
	Domain poco.Domain
	// SchedulerOf returns the address whose authorizations count for task (the deal's
	// scheduler on chain).
	SchedulerOf func(ctx context.Context, task common.Hash) (common.Address, error)
}

// ErrUnauthorized is returned for an upload whose signatures do not check out.
var ErrUnauthorized = errors.New("storage: upload not authorized")

// Check verifies both signatures.
func (a ResultAuthorizer) Check(ctx context.Context, task common.Hash, worker common.Address, sum string, workerSig, schedulerAuth []byte) error {
	signer, err := poco.Recover(UploadDigest(task, sum), workerSig)
	if err != nil || signer != worker {
		return fmt.Errorf("%w: the upload is not signed by %s", ErrUnauthorized, worker)
	}
	sched, err := a.SchedulerOf(ctx, task)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	got, err := poco.AuthorizationSigner(a.Domain, worker, task, schedulerAuth)
	if err != nil || got != sched {
		return fmt.Errorf("%w: no authorization of the task's scheduler for %s", ErrUnauthorized, worker)
	}
	return nil
}
