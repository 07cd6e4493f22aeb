package sdk

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/decloud/decloud/chain"
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

// PoolStats reads, in one scan of the hub's events, the record of each pool in category.
func (c *Client) PoolStats(ctx context.Context, pools []common.Address, category uint64) (map[common.Address]*PoolStats, error) {
	scan := func(event string, topics ...[]common.Hash) ([]types.Log, error) {
		q := ethereum.FilterQuery{Addresses: []common.Address{c.Cfg.Hub}, Topics: append([][]common.Hash{{chain.EventID(event)}}, topics...)}
		var logs []types.Log
		err := chain.ScanLogs(ctx, c.Eth, q, c.Cfg.HubBlock, 0, func(l []types.Log) (bool, error) {
			logs = append(logs, l...)
			return true, nil
		})
		if err != nil {
			return nil, fmt.Errorf("sdk: reading %s events: %w", event, err)
		}
		return logs, nil
	}
	out := map[common.Address]*PoolStats{}
	var poolTopics []common.Hash
	for _, p := range pools {
		out[p] = &PoolStats{Pool: p, Energy: -1}
		poolTopics = append(poolTopics, common.BytesToHash(p[:]))
	}
	if len(pools) == 0 {
		return out, nil
	}
	deals, err := scan("DealCreated", nil, poolTopics)
	if err != nil {
		return nil, err
	}
	type dealInfo struct {
		pool     common.Address
		category uint64
		start    uint64
	}
	dealOf := map[common.Hash]*dealInfo{}
	for i := range deals {
		ev, err := c.Hub.DecodeEvent(&deals[i])
		if err != nil {
			return nil, err
		}
		d, ok := ev.(*chain.DealCreated)
		if !ok {
			return nil, fmt.Errorf("sdk: reading DealCreated events: the node returned %T", ev)
		}
		dealOf[d.Dealid] = &dealInfo{pool: d.Workerpool, category: d.Category}
	}
	inits, err := scan("TaskInitialize")
	if err != nil {
		return nil, err
	}
	taskDeal := map[common.Hash]common.Hash{}
	for _, l := range inits {
		if len(l.Topics) > 2 && dealOf[l.Topics[2]] != nil {
			taskDeal[l.Topics[1]] = l.Topics[2]
			out[dealOf[l.Topics[2]].pool].Tasks++
		}
	}
	finals, err := scan("TaskFinalize")
	if err != nil {
		return nil, err
	}
	claims, err := scan("TaskClaimed")
	if err != nil {
		return nil, err
	}
	for _, l := range claims {
		if d, ok := taskDeal[l.Topics[1]]; ok {
			out[dealOf[d].pool].Claimed++
		}
	}
	// Completion times of each pool's latest results in the category.
	times := map[common.Address][]float64{}
	blockTime := map[uint64]uint64{}
	for i := len(finals) - 1; i >= 0; i-- {
		l := finals[i]
		d, ok := taskDeal[l.Topics[1]]
		if !ok {
			continue
		}
		info := dealOf[d]
		st := out[info.pool]
		st.Finalized++
		if info.category != category || len(times[info.pool]) >= recentTasks {
			continue
		}
		if info.start == 0 {
			v, err := c.Hub.Deal(ctx, d)
			if err != nil {
				return nil, err
			}
			info.start = v.StartTime.Uint64()
		}
		bt, ok := blockTime[l.BlockNumber]
		if !ok {
			h, err := c.Eth.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return nil, fmt.Errorf("sdk: block %d: %w", l.BlockNumber, err)
			}
			bt, blockTime[l.BlockNumber] = h.Time, h.Time
		}
		times[info.pool] = append(times[info.pool], float64(bt)-float64(info.start))
	}
	contribs, err := scan("TaskContribute")
	if err != nil {
		return nil, err
	}
	workers := map[common.Address]map[common.Address]bool{}
	for _, l := range contribs {
		if d, ok := taskDeal[l.Topics[1]]; ok && len(l.Topics) > 2 {
			p := dealOf[d].pool
			if workers[p] == nil {
				workers[p] = map[common.Address]bool{}
			}
			workers[p][common.BytesToAddress(l.Topics[2][:])] = true
		}
	}
	for _, p := range pools {
		st := out[p]
		st.Reliability = float64(st.Finalized+1) / float64(st.Finalized+st.Claimed+2)
		if ts := times[p]; len(ts) > 0 {
			slices.Sort(ts)
			st.MedianSeconds = ts[len(ts)/2]
			if len(ts)%2 == 0 {
				st.MedianSeconds = (ts[len(ts)/2-1] + ts[len(ts)/2]) / 2
			}
		}
		st.Workers = len(workers[p])
		sum := 0.0
		for w := range workers[p] {
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
