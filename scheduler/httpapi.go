package scheduler

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/poco"
)

// LoginDigest is what a worker signs (poco.SignHash) to log in with a challenge.
func LoginDigest(pool common.Address, challenge []byte) common.Hash {
	return crypto.Keccak256Hash([]byte("decloud login"), pool[:], challenge)
}

// Action is something a worker must do.
type Action struct {
	Kind          string         `json:"kind"` // "compute", "reveal" or "upload"
	Task          common.Hash    `json:"task"`
	Deal          common.Hash    `json:"deal"`
	Index         uint64         `json:"index"`
	App           common.Address `json:"app"`
	Dataset       common.Address `json:"dataset"`
	Params        string         `json:"params"`
	Callback      common.Address `json:"callback"`
	TimeoutSecs   uint64         `json:"timeoutSeconds"`
	Authorization hexutil.Bytes  `json:"authorization"`
	// Tag is the deal's tag: a worker gives a task whose tag has poco.TagGPU the devices it
	// offers to GPU tasks.
	Tag common.Hash `json:"tag,omitzero"`
	// Finalize asks the worker of a trust-1 task to store its result and certify it in one
	// transaction (contributeAndFinalize) instead of contribute, reveal and the scheduler's
	// finalize: one vote is the consensus at trust 1, so nothing is lost, and three
	// transactions become one. ResultStorage is the storage its result link names.
	Finalize      bool   `json:"finalize,omitempty"`
	ResultStorage string `json:"resultStorage,omitempty"`
	// Batched: the task's deal is batched (docs/protocol.md, "Batched settlement"): the
	// worker signs its contribution (poco.Contribution) and posts it with the digest to
	// /v1/contribute instead of sending a transaction; with Finalize it stores the result
	// first and posts its location too. There is no reveal.
	Batched bool `json:"batched,omitempty"`
}

type session struct {
	worker  common.Address
	expires time.Time
	checked time.Time // when the worker last passed admission
}

// ErrNotAdmitted is returned (as 403 not_admitted) to a worker the pool's admission policy
// refuses.
var ErrNotAdmitted = errors.New("scheduler: worker not admitted")

// API is the HTTP API workers use; every endpoint but the two login steps needs a token.
type API struct {
	s          *Service
	mu         sync.Mutex
	challenges map[string]time.Time // hex challenge -> expiry; removed when used
	sessions   map[string]session
	maxWait    time.Duration
	score      func(context.Context, common.Address) (uint64, error)   // a worker's score on chain
	balance    func(context.Context, common.Address) (*big.Int, error) // a worker's free escrow
	bond       func(context.Context, common.Address) (*big.Int, error) // a worker's bond to the pool
	// readParties reads a deal's requester and beneficiary from the chain.
	readParties func(context.Context, common.Hash) ([2]common.Address, error)
	dealParties dealParties
}

// NewAPI returns the workers' API of s.
func NewAPI(s *Service) *API {
	a := &API{s: s, challenges: map[string]time.Time{}, sessions: map[string]session{}, maxWait: 20 * time.Second}
	a.score = func(ctx context.Context, w common.Address) (uint64, error) {
		v, err := s.cfg.Hub.Score(ctx, w)
		if err != nil {
			return 0, err
		}
		return v.Uint64(), nil
	}
	a.balance = func(ctx context.Context, w common.Address) (*big.Int, error) {
		v, err := s.cfg.Hub.Account(ctx, w)
		if err != nil {
			return nil, err
		}
		return v.Balance, nil
	}
	a.bond = func(ctx context.Context, w common.Address) (*big.Int, error) {
		v, err := s.cfg.Hub.BondOf(ctx, w, s.cfg.Pool)
		if err != nil {
			return nil, err
		}
		return new(big.Int).Add(v.Bonded, v.Unbonding), nil
	}
	a.readParties = func(ctx context.Context, deal common.Hash) ([2]common.Address, error) {
		d, err := s.cfg.Hub.DealInfo(ctx, deal, s.cfg.From)
		if err != nil {
			return [2]common.Address{}, err
		}
		return [2]common.Address{d.Store.Requester, d.Event.Beneficiary}, nil
	}
	return a
}

// admit applies the pool's admission policy to worker (a chain read: call with no lock).
// res is what the worker advertised at login (nil on a recheck: it does not change within
// a session).
func (a *API) admit(ctx context.Context, worker common.Address, res *Resources) error {
	pol := a.s.cfg.Admission
	if len(pol.Allow) > 0 && !slices.Contains(pol.Allow, worker) {
		return fmt.Errorf("%w: %s is not on the pool's list of workers", ErrNotAdmitted, worker)
	}
	if res != nil {
		for _, layer := range pol.RequireSandbox {
			if !slices.Contains(res.Sandbox, layer) {
				return fmt.Errorf("%w: the pool requires the %q sandbox layer, which this worker's sandbox lacks (see docs/sandbox.md)", ErrNotAdmitted, layer)
			}
		}
	}
	if pol.MinStake == nil || pol.MinStake.Sign() <= 0 {
		return nil
	}
	bal, err := a.balance(ctx, worker)
	if err != nil {
		return fmt.Errorf("scheduler: reading the escrow of %s: %w", worker, err)
	}
	if bal.Cmp(pol.MinStake) < 0 {
		short := new(big.Int).Sub(pol.MinStake, bal)
		return fmt.Errorf("%w: %s holds %s in escrow, the pool asks for %s: deposit with `decloud account deposit %s --wallet %s`",
			ErrNotAdmitted, worker, bal, pol.MinStake, short, worker)
	}
	return nil
}

// admissionError answers a refused or failed admission check.
func admissionError(w http.ResponseWriter, err error) {
	if errors.Is(err, ErrNotAdmitted) {
		apiError(w, http.StatusForbidden, "not_admitted", err.Error())
		return
	}
	apiError(w, http.StatusServiceUnavailable, "chain", "cannot check the worker's admission")
}

const maxBody = 64 << 10

// Handler routes the API (documented in docs/api.md).
func (a *API) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/challenge", a.challenge)
	mux.HandleFunc("POST /v1/login", a.login)
	mux.HandleFunc("POST /v1/heartbeat", a.authed(a.heartbeat))
	mux.HandleFunc("POST /v1/work", a.authed(a.work))
	mux.HandleFunc("POST /v1/report", a.authed(a.report))
	mux.HandleFunc("POST /v1/contribute", a.authed(a.contribute))
	mux.HandleFunc("GET /v1/tasks/{task}", a.task)
	mux.Handle("GET /metrics", a.s.metrics.handler())
	return mux
}

func apiError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg, "code": code})
}

func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			apiError(w, http.StatusRequestEntityTooLarge, "too_large", "body over 64 KiB")
		} else {
			apiError(w, http.StatusBadRequest, "bad_request", "malformed JSON: "+err.Error())
		}
		return false
	}
	return true
}

func reply(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (a *API) challenge(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Worker common.Address `json:"worker"`
	}
	if !decode(w, r, &req) {
		return
	}
	c := make([]byte, 32)
	rand.Read(c)
	a.mu.Lock()
	now := time.Now()
	for k, exp := range a.challenges {
		if now.After(exp) {
			delete(a.challenges, k)
		}
	}
	a.challenges[hex.EncodeToString(c)] = now.Add(time.Minute)
	a.mu.Unlock()
	reply(w, map[string]any{"challenge": hexutil.Bytes(c), "pool": a.s.cfg.Pool})
}

func (a *API) login(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Worker    common.Address `json:"worker"`
		Challenge hexutil.Bytes  `json:"challenge"`
		Signature hexutil.Bytes  `json:"signature"`
		Slots     int            `json:"slots"`
		Resources Resources      `json:"resources"`
	}
	if !decode(w, r, &req) {
		return
	}
	if err := req.Resources.Check(); err != nil {
		apiError(w, http.StatusBadRequest, "bad_resources", err.Error())
		return
	}
	key := hex.EncodeToString(req.Challenge)
	a.mu.Lock()
	exp, ok := a.challenges[key]
	delete(a.challenges, key) // single use, even when the signature is wrong
	a.mu.Unlock()
	if !ok || time.Now().After(exp) {
		apiError(w, http.StatusUnauthorized, "bad_challenge", "unknown, used or expired challenge")
		return
	}
	signer, err := poco.Recover(LoginDigest(a.s.cfg.Pool, req.Challenge), req.Signature)
	if err != nil || signer != req.Worker {
		apiError(w, http.StatusUnauthorized, "bad_signature", "the challenge is not signed by the worker")
		return
	}
	if err := a.admit(r.Context(), req.Worker, &req.Resources); err != nil {
		admissionError(w, err)
		return
	}
	score, err := a.score(r.Context(), req.Worker)
	if err != nil {
		apiError(w, http.StatusServiceUnavailable, "chain", "cannot read the worker's score")
		return
	}
	bond, err := a.bond(r.Context(), req.Worker)
	if err != nil {
		apiError(w, http.StatusServiceUnavailable, "chain", "cannot read the worker's bond")
		return
	}
	if err := a.s.register(r.Context(), req.Worker, score, bond, max(req.Slots, 1), req.Resources); err != nil {
		apiError(w, http.StatusInternalServerError, "internal", "cannot register")
		return
	}
	tok := make([]byte, 32)
	rand.Read(tok)
	a.mu.Lock()
	// One session per worker: a new login ends the previous one; expired ones go too.
	now := time.Now()
	for k, old := range a.sessions {
		if old.worker == req.Worker || now.After(old.expires) {
			delete(a.sessions, k)
		}
	}
	a.sessions[hex.EncodeToString(tok)] = session{worker: req.Worker, expires: now.Add(24 * time.Hour), checked: now}
	a.mu.Unlock()
	// The pool's beat: a worker beating slower would be taken for lost between beats.
	reply(w, map[string]any{"token": hex.EncodeToString(tok), "heartbeatMs": a.s.cfg.Plan.withDefaults().Heartbeat.Milliseconds()})
}

func (a *API) authed(h func(http.ResponseWriter, *http.Request, common.Address)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		const prefix = "Bearer "
		auth := r.Header.Get("Authorization")
		if len(auth) <= len(prefix) || auth[:len(prefix)] != prefix {
			apiError(w, http.StatusUnauthorized, "unauthenticated", "log in first")
			return
		}
		a.mu.Lock()
		s, ok := a.sessions[auth[len(prefix):]]
		a.mu.Unlock()
		if !ok || time.Now().After(s.expires) {
			apiError(w, http.StatusUnauthorized, "unauthenticated", "unknown or expired token")
			return
		}
		h(w, r, s.worker)
	}
}

func (a *API) heartbeat(w http.ResponseWriter, r *http.Request, worker common.Address) {
	if err := a.recheck(r, worker); err != nil {
		admissionError(w, err)
		return
	}
	if err := a.s.beat(r.Context(), worker); err != nil {
		apiError(w, http.StatusInternalServerError, "internal", "cannot record the heartbeat")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// recheck applies the admission policy again to a working worker when its last check is
// older than the policy's Recheck: one that no longer passes loses its session and its
// assignments.
func (a *API) recheck(r *http.Request, worker common.Address) error {
	every := a.s.cfg.Admission.Recheck
	if every <= 0 {
		every = time.Minute
	}
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	a.mu.Lock()
	sess, ok := a.sessions[tok]
	a.mu.Unlock()
	if !ok || time.Since(sess.checked) < every {
		return nil
	}
	err := a.admit(r.Context(), worker, nil)
	if errors.Is(err, ErrNotAdmitted) {
		a.mu.Lock()
		delete(a.sessions, tok)
		a.mu.Unlock()
		a.s.evict(worker)
		a.s.log.Warn("worker no longer admitted: its assignments go to others", "worker", worker, "err", err)
		return err
	}
	if err != nil {
		return nil // the chain did not answer: check again at the next beat
	}
	a.mu.Lock()
	if cur, ok := a.sessions[tok]; ok {
		cur.checked = time.Now()
		a.sessions[tok] = cur
	}
	a.mu.Unlock()
	return nil
}

// work long-polls for the worker's actions (at most 20 s, less with ?wait=DURATION),
// leaving out those the body's "skip" lists (the worker is running them or will retry them
// later): a worker busy with some of its actions waits for the others.
func (a *API) work(w http.ResponseWriter, r *http.Request, worker common.Address) {
	var req struct {
		Skip []struct {
			Task common.Hash `json:"task"`
			Kind string      `json:"kind"`
		} `json:"skip"`
	}
	if r.ContentLength != 0 && !decode(w, r, &req) {
		return
	}
	type key struct {
		task common.Hash
		kind string
	}
	skip := make(map[key]bool, len(req.Skip))
	for _, s := range req.Skip {
		skip[key{s.Task, s.Kind}] = true
	}
	wait := a.maxWait
	if q := r.URL.Query().Get("wait"); q != "" {
		d, err := time.ParseDuration(q)
		if err != nil || d < 0 {
			apiError(w, http.StatusBadRequest, "bad_request", "wait must be a duration such as 5s")
			return
		}
		wait = min(d, a.maxWait)
	}
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		all, changed, err := a.s.actions(worker)
		if err != nil {
			apiError(w, http.StatusInternalServerError, "internal", "cannot sign authorizations")
			return
		}
		actions := all[:0]
		for _, act := range all {
			if !skip[key{act.Task, act.Kind}] {
				actions = append(actions, act)
			}
		}
		if len(actions) > 0 {
			reply(w, map[string]any{"actions": actions})
			return
		}
		select {
		case <-changed:
		case <-a.s.stopped:
			apiError(w, http.StatusServiceUnavailable, "stopping", "the scheduler is stopping")
			return
		case <-deadline.C:
			reply(w, map[string]any{"actions": []Action{}})
			return
		case <-r.Context().Done():
			return
		}
	}
}

func (a *API) report(w http.ResponseWriter, r *http.Request, worker common.Address) {
	var req struct {
		Task     common.Hash `json:"task"`
		Kind     string      `json:"kind"` // "uploaded" or "failed"
		Location string      `json:"location"`
		Reason   string      `json:"reason"`
		// CallbackData is the app's callback.bin, for a deal with a callback.
		CallbackData hexutil.Bytes `json:"callbackData"`
	}
	if !decode(w, r, &req) {
		return
	}
	switch err := a.s.report(r.Context(), worker, req.Task, req.Kind, req.Location, req.Reason, req.CallbackData); {
	case errors.Is(err, errUnknownTask):
		apiError(w, http.StatusNotFound, "unknown_task", err.Error())
	case err != nil:
		apiError(w, http.StatusBadRequest, "bad_report", err.Error())
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

// contribute takes a worker's signed contribution to a batched task: the digest, its
// signature of poco.Contribution, and, when it stored the result first, its location and
// callback data.
func (a *API) contribute(w http.ResponseWriter, r *http.Request, worker common.Address) {
	var req struct {
		Task         common.Hash   `json:"task"`
		Digest       common.Hash   `json:"digest"`
		Signature    hexutil.Bytes `json:"signature"`
		Location     string        `json:"location"`
		CallbackData hexutil.Bytes `json:"callbackData"`
	}
	if !decode(w, r, &req) {
		return
	}
	switch err := a.s.contribute(r.Context(), worker, req.Task, req.Digest, req.Signature, req.Location, req.CallbackData); {
	case errors.Is(err, errUnknownTask):
		apiError(w, http.StatusNotFound, "unknown_task", err.Error())
	case errors.Is(err, errTaskOver):
		apiError(w, http.StatusConflict, "task_over", err.Error())
	case errors.Is(err, ErrBadContribution):
		apiError(w, http.StatusBadRequest, "bad_contribution", err.Error())
	case err != nil:
		apiError(w, http.StatusInternalServerError, "internal", "cannot record the contribution")
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

// task tells the deal's requester or beneficiary (a signed request: see TaskReportDigest)
// how a task's replicates fare, with the workers' failure reasons. A worker reports no stderr
// for a deal whose result is encrypted, so none is shown for it.
func (a *API) task(w http.ResponseWriter, r *http.Request) {
	b, err := hexutil.Decode(r.PathValue("task"))
	if err != nil || len(b) != 32 {
		apiError(w, http.StatusBadRequest, "bad_request", "a task id is 0x and 64 hex characters")
		return
	}
	task := common.BytesToHash(b)
	deal, ok := a.s.taskDeal(task)
	if !ok {
		apiError(w, http.StatusNotFound, "unknown_task", "this scheduler has no such task")
		return
	}
	if _, err := a.reportReader(r.Context(), r, task, deal); err != nil {
		if errors.Is(err, errNotAllowed) {
			apiError(w, http.StatusForbidden, "forbidden", err.Error())
		} else {
			apiError(w, http.StatusServiceUnavailable, "chain", "cannot read the task's deal")
		}
		return
	}
	rep, ok := a.s.Report(task)
	if !ok {
		apiError(w, http.StatusNotFound, "unknown_task", "this scheduler has no such task")
		return
	}
	reply(w, rep)
}
