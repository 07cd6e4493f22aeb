package devnet

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/resultcrypt"
	"github.com/decloud/decloud/worker"
)

// WorkerResources overrides what a worker advertises to matchmaking; a zero field keeps
// the worker's default (see worker.Config).
type WorkerResources struct {
	MemoryMB int
	GPUs     int
	Speed    float64
	Energy   float64
}

// advertise applies Config.WorkerResources for worker i to c.
func (n *Net) advertise(i int, c worker.Config) worker.Config {
	if n.cfg.WorkerResources == nil {
		return c
	}
	r := n.cfg.WorkerResources(i)
	c.MemoryMB, c.GPUs, c.Speed, c.Energy = r.MemoryMB, r.GPUs, r.Speed, r.Energy
	return c
}

// DecryptResult fetches the encrypted result of a completed task, decrypts it with identity
// (an age secret key) and checks the plaintext archive against the digest on chain, as a
// beneficiary does (for a deal without callback).
func (n *Net) DecryptResult(ctx context.Context, taskid common.Hash, identity string) ([]byte, error) {
	blob, digest, err := n.ResultBlob(ctx, taskid)
	if err != nil {
		return nil, err
	}
	archive, err := resultcrypt.Decrypt(blob, identity)
	if err != nil {
		return nil, err
	}
	if poco.ResultDigest(archive, nil, false) != digest {
		return nil, errors.New("devnet: the decrypted result does not match the digest on chain")
	}
	return archive, nil
}
