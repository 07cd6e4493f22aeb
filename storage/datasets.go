package storage

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/internal/durable"
	"github.com/decloud/decloud/poco"
)

// Paid data stays paid. A dataset's checksum is public on chain, so a blob served to anyone
// who names it would give every paid dataset away. A blob uploaded by a dataset's owner is
// served only to a request signed either
//   - by a worker holding the scheduler's authorization for a task of a deal that bought
//     the dataset (the task's deal names it on chain), or
//   - by the dataset's owner,
//
// each signature covering the blob and an expiry at most MaxDownloadValidity ahead, so a
// request seen on the wire is of no use for long. Apps and results stay public (results
// are encrypted for the beneficiary when the requester asks).

// HeaderExpires is the Unix time after which a signed download is refused.
const HeaderExpires = "X-Decloud-Expires"

// MaxDownloadValidity bounds how far ahead a signed download may expire.
const MaxDownloadValidity = 10 * time.Minute

// DownloadDigest is what a worker (subject: the task id) or a dataset's owner (subject: the
// dataset address, left-padded) signs with poco.SignHash to download blob sum until expires.
func DownloadDigest(subject common.Hash, sum string, expires int64) common.Hash {
	var e [8]byte
	binary.BigEndian.PutUint64(e[:], uint64(expires))
	return crypto.Keccak256Hash([]byte("decloud download"), subject[:], []byte(sum), e[:])
}

// WorkerDownload returns the headers of a worker's download of a dataset blob for task,
// valid for validity (at most MaxDownloadValidity).
func WorkerDownload(key *ecdsa.PrivateKey, task common.Hash, authorization []byte, sum string, validity time.Duration) (http.Header, error) {
	expires := time.Now().Add(min(validity, MaxDownloadValidity)).Unix()
	sig, err := poco.SignHash(DownloadDigest(task, sum, expires), key)
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	h.Set(HeaderTask, task.Hex())
	h.Set(HeaderWorker, crypto.PubkeyToAddress(key.PublicKey).Hex())
	h.Set(HeaderSignature, hexutil.Encode(sig))
	h.Set(HeaderAuthorization, hexutil.Encode(authorization))
	h.Set(HeaderExpires, strconv.FormatInt(expires, 10))
	return h, nil
}

// OwnerDownload returns the headers of a dataset owner's download of its blob.
func OwnerDownload(key *ecdsa.PrivateKey, dataset common.Address, sum string, validity time.Duration) (http.Header, error) {
	expires := time.Now().Add(min(validity, MaxDownloadValidity)).Unix()
	sig, err := poco.SignHash(DownloadDigest(common.BytesToHash(dataset[:]), sum, expires), key)
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	h.Set(HeaderAsset, dataset.Hex())
	h.Set(HeaderSignature, hexutil.Encode(sig))
	h.Set(HeaderExpires, strconv.FormatInt(expires, 10))
	return h, nil
}

// ErrPaidData is returned for an unsigned download of a dataset's blob.
var ErrPaidData = errors.New("storage: this blob is a dataset: only a worker of a deal that bought it, or its owner, may download it (signed request)")

// protectedPath is the file that marks blob sum as dataset's bytes.
func (s *Store) protectedPath(sum string) string {
	return filepath.Join(s.dir, "datasets", sum)
}

// protect records that blob sum holds dataset's bytes (durably: it must survive a crash,
// or the blob would be served to anyone after a restart).
func (s *Store) protect(sum string, dataset common.Address) error {
	if err := os.MkdirAll(filepath.Join(s.dir, "datasets"), 0o700); err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	return durable.WriteFile(s.protectedPath(sum), []byte(dataset.Hex()), 0o600)
}

// protectedBy returns the dataset whose bytes blob sum is (zero when none).
func (s *Store) protectedBy(sum string) (common.Address, error) {
	b, err := os.ReadFile(s.protectedPath(sum))
	if errors.Is(err, os.ErrNotExist) {
		return common.Address{}, nil
	}
	if err != nil {
		return common.Address{}, fmt.Errorf("storage: %w", err)
	}
	return common.HexToAddress(strings.TrimSpace(string(b))), nil
}

// CheckDownload admits a signed download of dataset's blob sum (see the comment above).
func (a AssetAuthorizer) CheckDownload(ctx context.Context, dataset common.Address, sum string, h http.Header, now time.Time) error {
	expires, err := strconv.ParseInt(h.Get(HeaderExpires), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: no %s", ErrUnauthorized, HeaderExpires)
	}
	if t := time.Unix(expires, 0); !t.After(now) || t.After(now.Add(MaxDownloadValidity+time.Minute)) {
		return fmt.Errorf("%w: the signed download expired or expires too late", ErrUnauthorized)
	}
	sig, err := hexutil.Decode(h.Get(HeaderSignature))
	if err != nil {
		return fmt.Errorf("%w: no signature", ErrUnauthorized)
	}
	if owner := h.Get(HeaderAsset); owner != "" {
		if !common.IsHexAddress(owner) || common.HexToAddress(owner) != dataset {
			return fmt.Errorf("%w: the request names another asset", ErrUnauthorized)
		}
		info, err := a.Lookup(ctx, dataset)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrUnauthorized, err)
		}
		if signer, err := poco.Recover(DownloadDigest(common.BytesToHash(dataset[:]), sum, expires), sig); err != nil || signer != info.Owner {
			return fmt.Errorf("%w: not signed by the dataset's owner", ErrUnauthorized)
		}
		return nil
	}
	taskHex, workerHex := h.Get(HeaderTask), h.Get(HeaderWorker)
	if len(taskHex) != 66 || !common.IsHexAddress(workerHex) || a.DatasetOf == nil || a.Tasks.SchedulerOf == nil {
		return fmt.Errorf("%w: a worker's download names its task and itself", ErrUnauthorized)
	}
	task, worker := common.HexToHash(taskHex), common.HexToAddress(workerHex)
	ctx, err = withTaskDeal(ctx, h, task)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	if signer, err := poco.Recover(DownloadDigest(task, sum, expires), sig); err != nil || signer != worker {
		return fmt.Errorf("%w: the download is not signed by %s", ErrUnauthorized, worker)
	}
	authorization, _ := hexutil.Decode(h.Get(HeaderAuthorization))
	sched, err := a.Tasks.SchedulerOf(ctx, task)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	if got, err := poco.AuthorizationSigner(a.Tasks.Domain, worker, task, authorization); err != nil || got != sched {
		return fmt.Errorf("%w: no authorization of the task's scheduler for %s", ErrUnauthorized, worker)
	}
	bought, err := a.DatasetOf(ctx, task)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	if bought != dataset {
		return fmt.Errorf("%w: the task's deal did not buy this dataset", ErrUnauthorized)
	}
	return nil
}
