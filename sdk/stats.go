package sdk

import (
	"context"
	"encoding/json"
	"math/big"
	"regexp"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/market/choice"
)

// PoolStats is what the chain says of a workerpool's record, the inputs of the
// multi-criteria choice.
type PoolStats struct {
	Pool      common.Address `json:"workerpool"`
	Tasks     int            `json:"tasks"`     // tasks initialized in its deals
	Finalized int            `json:"finalized"` // completed with a certified result
	Claimed   int            `json:"claimed"`   // failed: claimed after the final deadline
	// MedianSeconds is the median time from deal to result of its last tasks in the
	// category asked for; 0 without history.
	MedianSeconds float64 `json:"medianSeconds"`
	Workers       int     `json:"workers"`     // distinct workers that contributed
	MeanScore     float64 `json:"meanScore"`   // their mean score now
	Energy        float64 `json:"energy"`      // declared in its description ("energy=…"); -1 when not
	Reliability   float64 `json:"reliability"` // (finalized+1)/(finalized+claimed+2)
}

// recentTasks bounds how many of a pool's latest results make its median.
const recentTasks = 50

var energyRE = regexp.MustCompile(`(?i)\benergy\s*[=:]\s*([0-9]+(?:\.[0-9]+)?)`)

// DeclaredEnergy reads the energy a workerpool declares in its description: a JSON
// object's "energy" number or an "energy=NUMBER" token (the unit is the pool's to state,
// e.g. Wh per task); -1 when it declares none.
func DeclaredEnergy(description string) float64 {
	var v struct {
		Energy *float64 `json:"energy"`
	}
	if json.Unmarshal([]byte(description), &v) == nil && v.Energy != nil {
		return *v.Energy
	}
	if m := energyRE.FindStringSubmatch(description); m != nil {
		f, _ := strconv.ParseFloat(m[1], 64)
		return f
	}
	return -1
}

// PoolStats returns the record of each pool in category, from the client's index of the
// hub's events (brought up to the head first; see poolIndex).
func (c *Client) PoolStats(ctx context.Context, pools []common.Address, category uint64) (map[common.Address]*PoolStats, error) {
	out := map[common.Address]*PoolStats{}
	for _, p := range pools {
		out[p] = &PoolStats{Pool: p, Energy: -1}
	}
	if len(pools) == 0 {
		return out, nil
	}
	c.stats.mu.Lock()
	x, err := c.updatedIndex(ctx)
	if err != nil {
		c.stats.mu.Unlock()
		return nil, err
	}
	type snapshot struct {
		tasks, finalized, claimed int
		times                     []float64
		workers                   []common.Address
	}
	snaps := map[common.Address]snapshot{}
	for _, p := range pools {
		ip := x.Pools[p]
		if ip == nil {
			continue
		}
		sn := snapshot{tasks: ip.Tasks, finalized: ip.Finalized, claimed: ip.Claimed, times: slices.Clone(ip.Recent[category])}
		for w := range ip.Workers {
			sn.workers = append(sn.workers, w)
		}
		snaps[p] = sn
	}
	c.stats.mu.Unlock()
	for _, p := range pools {
		st, sn := out[p], snaps[p]
		st.Tasks, st.Finalized, st.Claimed = sn.tasks, sn.finalized, sn.claimed
		st.Reliability = float64(st.Finalized+1) / float64(st.Finalized+st.Claimed+2)
		if ts := sn.times; len(ts) > 0 {
			slices.Sort(ts)
			st.MedianSeconds = ts[len(ts)/2]
			if len(ts)%2 == 0 {
				st.MedianSeconds = (ts[len(ts)/2-1] + ts[len(ts)/2]) / 2
			}
		}
		st.Workers = len(sn.workers)
		sum := 0.0
		for _, w := range sn.workers {
			s, err := c.Hub.Score(ctx, w)
			if err != nil {
				return nil, err
			}
			sum += float64(s.Uint64())
		}
		if st.Workers > 0 {
			st.MeanScore = sum / float64(st.Workers)
		}
		if info, err := c.Hub.WorkerpoolInfo(ctx, p, c.Cfg.HubBlock); err == nil {
			st.Energy = DeclaredEnergy(info.Description)
		}
	}
	return out, nil
}

// Candidate is a workerpool order with its criteria and place in the ranking.
type Candidate struct {
	Order  market.Entry   `json:"order"`
	Stats  *PoolStats     `json:"stats"`
	Values []float64      `json:"criteria"` // choice.Criteria's order
	Rank   *choice.Ranked `json:"rank"`
}

// RankPools ranks workerpool orders by the multi-criteria method m with weights w. A pool
// without history is expected to take its category's reference time, and one that declares
// no energy counts as the worst declared (or 0 when none does).
func (c *Client) RankPools(ctx context.Context, orders []market.Entry, m choice.Method, w choice.Weights) ([]Candidate, error) {
	if len(orders) == 0 {
		return nil, nil
	}
	var pools []common.Address
	seen := map[common.Address]bool{}
	for _, o := range orders {
		if !seen[o.Workerpool] {
			seen[o.Workerpool] = true
			pools = append(pools, o.Workerpool)
		}
	}
	category := orders[0].Category
	stats, err := c.PoolStats(ctx, pools, category)
	if err != nil {
		return nil, err
	}
	timeRef := 0.0
	if v, err := c.Hub.Category(ctx, new(big.Int).SetUint64(category)); err == nil {
		timeRef = float64(v.TimeRef.Uint64())
	}
	worstEnergy := 0.0
	for _, s := range stats {
		worstEnergy = max(worstEnergy, s.Energy)
	}
	cands := make([]Candidate, len(orders))
	offers := make([]choice.Offer, len(orders))
	for i, o := range orders {
		s := stats[o.Workerpool]
		t := s.MedianSeconds
		if t == 0 {
			t = timeRef
		}
		e := s.Energy
		if e < 0 {
			e = worstEnergy
		}
		vals := []float64{float64(o.Price), t, s.Reliability, s.MeanScore, e}
		cands[i] = Candidate{Order: o, Stats: s, Values: vals}
		offers[i] = choice.Offer{ID: o.Hash.Hex(), Values: vals}
	}
	ranked, err := choice.Rank(m, offers, w)
	if err != nil {
		return nil, err
	}
	byID := map[string]int{}
	for i, o := range offers {
		byID[o.ID] = i
	}
	out := make([]Candidate, 0, len(ranked))
	for i := range ranked {
		cand := cands[byID[ranked[i].ID]]
		cand.Rank = &ranked[i]
		out = append(out, cand)
	}
	return out, nil
}
