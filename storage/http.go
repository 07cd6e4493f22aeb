package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/decloud/decloud/internal/keepalive"
)

// Upload headers: who uploads a result, for which task, and their signature.
const (
	HeaderTask      = "X-Decloud-Task"
	HeaderWorker    = "X-Decloud-Worker"
	HeaderSignature = "X-Decloud-Signature"
)

// UploadAuthorizer decides whether a worker may upload the blob sum for a task (for
// results: the worker holds the scheduler's authorization for that task and signed the
// upload). It returns an error to refuse.
type UploadAuthorizer interface {
	AuthorizeUpload(ctx context.Context, task common.Hash, worker common.Address, sum string, sig, authorization []byte) error
}

// AuthorizeUpload makes ResultAuthorizer an UploadAuthorizer.
func (a ResultAuthorizer) AuthorizeUpload(ctx context.Context, task common.Hash, worker common.Address, sum string, sig, authorization []byte) error {
	return a.Check(ctx, task, worker, sum, sig, authorization)
}

// resultError answers a result upload the one-result-per-(task, worker) rule refuses.
func resultError(w http.ResponseWriter, log *slog.Logger, err error) {
	if errors.Is(err, ErrResultTaken) {
		fail(w, http.StatusConflict, "result_taken", err.Error())
		return
	}
	log.Error("result claim failed", "err", err)
	fail(w, http.StatusInternalServerError, "internal", "storage failure")
}

// Handler serves the HTTP API:
//
//	PUT  /blobs/{sum}  store (authorized uploads only: a result by a worker of the task, or an
//	                   app or dataset by its owner); 201 created, 200 already there
//	GET  /blobs/{sum}  the bytes (Range supported); a dataset's blob only to a signed request
//	                   (see WorkerDownload and OwnerDownload): 401 paid_data, 403 without
//	HEAD /blobs/{sum}  the size (same rule)
//
// A worker stores one result per task: another blob under the same (task, worker) gets
// 409 result_taken (the same bytes again are fine).
//
// Errors are JSON {"error": "...", "code": "..."} with 400, 401, 403, 404, 409 or 413.
func Handler(s *Store, auth UploadAuthorizer, assets AssetAuthorizer, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /blobs/{sum}", func(w http.ResponseWriter, r *http.Request) {
		sum := r.PathValue("sum")
		if !ValidSum(sum) {
			fail(w, http.StatusBadRequest, "bad_sum", ErrBadSum.Error())
			return
		}
		var claim func() error // records a result upload once stored
		if asset := r.Header.Get(HeaderAsset); asset != "" {
			sig, err := hexutil.Decode(r.Header.Get(HeaderSignature))
			if !common.IsHexAddress(asset) || err != nil || assets.Lookup == nil {
				fail(w, http.StatusUnauthorized, "unauthenticated", "an asset upload needs the asset and signature headers")
				return
			}
			info, err := assets.Check(r.Context(), common.HexToAddress(asset), sum, sig)
			if err != nil {
				log.Info("asset upload refused", "asset", asset, "err", err)
				fail(w, http.StatusForbidden, "forbidden", "upload not authorized")
				return
			}
			if info.Dataset {
				// Marked before the bytes land: never a moment where they are public.
				if err := s.protect(sum, common.HexToAddress(asset)); err != nil {
					log.Error("protect failed", "sum", sum, "err", err)
					fail(w, http.StatusInternalServerError, "internal", "storage failure")
					return
				}
			}
		} else {
			task, worker, sig, err := uploadHeaders(r)
			if err != nil {
				fail(w, http.StatusUnauthorized, "unauthenticated", err.Error())
				return
			}
			ctx, err := withTaskDeal(r.Context(), r.Header, task)
			if err != nil {
				fail(w, http.StatusBadRequest, "bad_request", err.Error())
				return
			}
			authorization, _ := hexutil.Decode(r.Header.Get(HeaderAuthorization))
			if err := auth.AuthorizeUpload(ctx, task, worker, sum, sig, authorization); err != nil {
				log.Info("upload refused", "task", task, "worker", worker, "err", err)
				fail(w, http.StatusForbidden, "forbidden", "upload not authorized")
				return
			}
			// One result per (task, worker): checked before storing, recorded after.
			if err := s.checkResult(task, worker, sum); err != nil {
				resultError(w, log, err)
				return
			}
			claim = func() error { return s.claimResult(task, worker, sum) }
		}
		existed := false
		if _, err := s.Stat(sum); err == nil {
			existed = true
		}
		body := http.MaxBytesReader(w, r.Body, s.maxBlob)
		_, _, err := s.Put(r.Context(), body, sum)
		if err == nil && claim != nil {
			if err := claim(); err != nil {
				resultError(w, log, err)
				return
			}
		}
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe) || errors.Is(err, ErrTooLarge):
			fail(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("a blob is at most %d bytes", s.maxBlob))
		case errors.Is(err, ErrChecksumMismatch):
			fail(w, http.StatusBadRequest, "checksum_mismatch", "the body does not hash to the name")
		case err != nil:
			log.Error("put failed", "sum", sum, "err", err)
			fail(w, http.StatusInternalServerError, "internal", "storage failure")
		case existed:
			w.WriteHeader(http.StatusOK)
		default:
			w.WriteHeader(http.StatusCreated)
		}
	})
	get := func(w http.ResponseWriter, r *http.Request) {
		sum := r.PathValue("sum")
		if ValidSum(sum) {
			dataset, err := s.protectedBy(sum)
			if err != nil {
				fail(w, http.StatusInternalServerError, "internal", "storage failure")
				return
			}
			if dataset != (common.Address{}) {
				if r.Header.Get(HeaderSignature) == "" {
					fail(w, http.StatusUnauthorized, "paid_data", ErrPaidData.Error())
					return
				}
				if err := assets.CheckDownload(r.Context(), dataset, sum, r.Header, time.Now()); err != nil {
					log.Info("dataset download refused", "dataset", dataset, "err", err)
					fail(w, http.StatusForbidden, "forbidden", err.Error())
					return
				}
			}
		}
		f, size, err := s.Get(sum)
		switch {
		case errors.Is(err, ErrBadSum):
			fail(w, http.StatusBadRequest, "bad_sum", err.Error())
			return
		case errors.Is(err, ErrNotFound):
			fail(w, http.StatusNotFound, "not_found", err.Error())
			return
		case err != nil:
			fail(w, http.StatusInternalServerError, "internal", "storage failure")
			return
		}
		defer f.Close()
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("ETag", `"`+r.PathValue("sum")+`"`)
		if r.Method == http.MethodHead {
			w.Header().Set("Content-Length", fmt.Sprint(size))
			return
		}
		http.ServeContent(w, r, "", time.Time{}, f)
	}
	mux.HandleFunc("GET /blobs/{sum}", get)
	mux.HandleFunc("HEAD /blobs/{sum}", get)
	return mux
}

func uploadHeaders(r *http.Request) (common.Hash, common.Address, []byte, error) {
	t, wk, sg := r.Header.Get(HeaderTask), r.Header.Get(HeaderWorker), r.Header.Get(HeaderSignature)
	if t == "" || wk == "" || sg == "" {
		return common.Hash{}, common.Address{}, nil, errors.New("uploads need the task, worker and signature headers")
	}
	tb, err := hexutil.Decode(t)
	if err != nil || len(tb) != 32 {
		return common.Hash{}, common.Address{}, nil, errors.New("malformed task header")
	}
	if !common.IsHexAddress(wk) {
		return common.Hash{}, common.Address{}, nil, errors.New("malformed worker header")
	}
	sig, err := hexutil.Decode(sg)
	if err != nil {
		return common.Hash{}, common.Address{}, nil, errors.New("malformed signature header")
	}
	return common.BytesToHash(tb), common.HexToAddress(wk), sig, nil
}

func fail(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg, "code": code})
}

// Client talks to a storage server.
type Client struct {
	BaseURL string
	HTTP    *http.Client
}

func (c *Client) http() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return http.DefaultClient
}

// Put uploads data with the given headers (the upload authorization) and returns its sum.
func (c *Client) Put(ctx context.Context, data []byte, headers map[string]string) (string, error) {
	s := sha256.Sum256(data)
	sum := hex.EncodeToString(s[:])
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.BaseURL+"/blobs/"+sum, bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := c.http().Do(req)
	if err != nil {
		return "", fmt.Errorf("storage: put: %w", err)
	}
	defer resp.Body.Close()
	defer keepalive.Drain(resp.Body)
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
		return "", responseError(resp)
	}
	return sum, nil
}

// Get downloads a blob and checks that it hashes to its name.
func (c *Client) Get(ctx context.Context, sum string) ([]byte, error) {
	if !ValidSum(sum) {
		return nil, ErrBadSum
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+"/blobs/"+sum, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http().Do(req)
	if err != nil {
		return nil, fmt.Errorf("storage: get: %w", err)
	}
	defer resp.Body.Close()
	defer keepalive.Drain(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return nil, responseError(resp)
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("storage: get: %w", err)
	}
	got := sha256.Sum256(data)
	if hex.EncodeToString(got[:]) != sum {
		return nil, fmt.Errorf("%w: %s served other bytes", ErrChecksumMismatch, c.BaseURL)
	}
	return data, nil
}

// Head returns a blob's size.
func (c *Client) Head(ctx context.Context, sum string) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, c.BaseURL+"/blobs/"+sum, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.http().Do(req)
	if err != nil {
		return 0, fmt.Errorf("storage: head: %w", err)
	}
	resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		return resp.ContentLength, nil
	case http.StatusNotFound:
		return 0, ErrNotFound
	}
	return 0, fmt.Errorf("storage: head: %s", resp.Status)
}

func responseError(resp *http.Response) error {
	var e struct{ Error, Code string }
	_ = json.NewDecoder(io.LimitReader(resp.Body, 4096)).Decode(&e) // a body that is not JSON leaves e empty
	switch resp.StatusCode {
	case http.StatusNotFound:
		return fmt.Errorf("%w: %s", ErrNotFound, e.Error)
	case http.StatusRequestEntityTooLarge:
		return fmt.Errorf("%w: %s", ErrTooLarge, e.Error)
	}
	return fmt.Errorf("storage: %s: %s (%s)", resp.Status, strings.TrimSpace(e.Error), e.Code)
}
