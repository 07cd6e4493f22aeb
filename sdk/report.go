package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/scheduler"
)

var apiRE = regexp.MustCompile(`(?i)\bapi\s*=\s*(https?://\S+)`)

// DeclaredAPI reads the scheduler API a workerpool publishes in its description: a JSON
// object's "api" string or an "api=URL" token; "" when it publishes none.
func DeclaredAPI(description string) string {
	var v struct {
		API string `json:"api"`
	}
	if json.Unmarshal([]byte(description), &v) == nil && v.API != "" {
		return v.API
	}
	if m := apiRE.FindStringSubmatch(description); m != nil {
		return m[1]
	}
	return ""
}

// ErrNoPoolAPI: neither the pool's description nor the config names its scheduler's API.
var ErrNoPoolAPI = errors.New("sdk: the workerpool publishes no API (api=URL in its description) and the config names none (poolApi)")

// TaskReport asks the scheduler of a deal's pool how a task fares (each replicate's state
// and, for failures, the worker's reason), as the deal's requester or beneficiary: the
// request is signed with the client's key.
func (c *Client) TaskReport(ctx context.Context, dealid common.Hash, idx uint64) (scheduler.TaskReport, error) {
	var rep scheduler.TaskReport
	if c.Sender == nil {
		return rep, errors.New("sdk: reading a task report needs the requester's or beneficiary's key")
	}
	d, err := c.Deal(ctx, dealid)
	if err != nil {
		return rep, err
	}
	base := c.Cfg.PoolAPI
	if info, err := c.Hub.WorkerpoolInfo(ctx, d.Workerpool, c.Cfg.HubBlock); err == nil {
		if api := DeclaredAPI(info.Description); api != "" {
			base = api
		}
	}
	if base == "" {
		return rep, ErrNoPoolAPI
	}
	task := poco.TaskID(dealid, idx)
	u, err := url.JoinPath(base, "v1", "tasks", task.Hex())
	if err != nil {
		return rep, fmt.Errorf("sdk: pool API %q: %w", base, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return rep, err
	}
	if err := scheduler.SignReportRequest(req, d.Workerpool, task, c.Sender.Key()); err != nil {
		return rep, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return rep, fmt.Errorf("sdk: asking the pool: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return rep, err
	}
	if resp.StatusCode != http.StatusOK {
		return rep, fmt.Errorf("sdk: the pool answered %s: %s", resp.Status, body)
	}
	if err := json.Unmarshal(body, &rep); err != nil {
		return rep, fmt.Errorf("sdk: the pool's report: %w", err)
	}
	return rep, nil
}
