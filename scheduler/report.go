package scheduler

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// Headers of a signed request for a task's report (GET /v1/tasks/{task}).
const (
	HeaderReportTime      = "X-Decloud-Time"      // unix seconds when the request was signed
	HeaderReportSignature = "X-Decloud-Signature" // 65 bytes, over TaskReportDigest
)

// reportSkew is how far a signed report request's time may be from the scheduler's clock.
const reportSkew = 5 * time.Minute

// TaskReportDigest is what a requester or beneficiary signs (poco.SignHash) to read the
// report of task from pool at unix time at: bound to the pool, the task and the minute, so
// it cannot be replayed elsewhere or for long.
func TaskReportDigest(pool common.Address, task common.Hash, at int64) common.Hash {
	return crypto.Keccak256Hash([]byte("decloud task report"), pool[:], task[:], []byte(strconv.FormatInt(at, 10)))
}

// errNotAllowed: the signer of a report request is neither the requester nor the
// beneficiary of the task's deal.
var errNotAllowed = errors.New("scheduler: only the deal's requester or beneficiary may read this task's report")

// dealParties caches, per deal, who may read its tasks' reports (read once from the chain).
type dealParties struct {
	mu      sync.Mutex
	parties map[common.Hash][2]common.Address // requester, beneficiary
}

// taskDeal returns the deal of one of the scheduler's tasks.
func (s *Service) taskDeal(task common.Hash) (common.Hash, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.tasks[task]
	if t == nil {
		return common.Hash{}, false
	}
	return t.Deal, true
}

// reportReader checks a signed report request and returns its signer when it may read the
// report of task (a chain read on the first request for a deal: call with no lock).
func (a *API) reportReader(ctx context.Context, r *http.Request, task, deal common.Hash) (common.Address, error) {
	at, err := strconv.ParseInt(r.Header.Get(HeaderReportTime), 10, 64)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: sign the request (%s, %s)", errNotAllowed, HeaderReportTime, HeaderReportSignature)
	}
	if d := time.Since(time.Unix(at, 0)); d > reportSkew || d < -reportSkew {
		return common.Address{}, fmt.Errorf("%w: the request's time is more than %v from the scheduler's clock", errNotAllowed, reportSkew)
	}
	sig, err := hexutil.Decode(r.Header.Get(HeaderReportSignature))
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %s is not hex", errNotAllowed, HeaderReportSignature)
	}
	signer, err := poco.Recover(TaskReportDigest(a.s.cfg.Pool, task, at), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", errNotAllowed, err)
	}
	parties, err := a.parties(ctx, deal)
	if err != nil {
		return common.Address{}, err
	}
	if signer != parties[0] && signer != parties[1] {
		return common.Address{}, fmt.Errorf("%w (signed by %s)", errNotAllowed, signer)
	}
	return signer, nil
}

func (a *API) parties(ctx context.Context, deal common.Hash) ([2]common.Address, error) {
	a.dealParties.mu.Lock()
	p, ok := a.dealParties.parties[deal]
	a.dealParties.mu.Unlock()
	if ok {
		return p, nil
	}
	p, err := a.readParties(ctx, deal)
	if err != nil {
		return p, fmt.Errorf("scheduler: reading deal %s: %w", deal, err)
	}
	a.dealParties.mu.Lock()
	if a.dealParties.parties == nil {
		a.dealParties.parties = map[common.Hash][2]common.Address{}
	}
	a.dealParties.parties[deal] = p
	a.dealParties.mu.Unlock()
	return p, nil
}

// SignReportRequest signs req, a GET of task's report from pool's scheduler, with key (the
// deal's requester or beneficiary).
func SignReportRequest(req *http.Request, pool common.Address, task common.Hash, key *ecdsa.PrivateKey) error {
	at := time.Now().Unix()
	sig, err := poco.SignHash(TaskReportDigest(pool, task, at), key)
	if err != nil {
		return err
	}
	req.Header.Set(HeaderReportTime, strconv.FormatInt(at, 10))
	req.Header.Set(HeaderReportSignature, hexutil.Encode(sig))
	return nil
}
