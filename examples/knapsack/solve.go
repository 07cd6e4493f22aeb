package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Item is one object: its value and weight.
type Item struct{ Value, Weight int64 }

// Instance is a 0/1 knapsack problem.
type Instance struct {
	Capacity int64
	Items    []Item
}

// limit bounds values, weights and the capacity so that no product of two, and no sum of
// 10000 values, overflows an int64.
const limit = 1<<31 - 1

// Parse reads an instance: the capacity, then "value weight" lines.
func Parse(r io.Reader) (Instance, error) {
	var in Instance
	sc := bufio.NewScanner(r)
	seenCap := false
	for line := 0; sc.Scan(); {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Fields(t)
		var nums []int64
		for _, s := range f {
			v, err := strconv.ParseInt(s, 10, 64)
			if err != nil || v < 0 || v > limit {
				return in, fmt.Errorf("line %d: %q is not an integer between 0 and 2^31-1", line, s)
			}
			nums = append(nums, v)
		}
		switch {
		case !seenCap && len(nums) == 1:
			in.Capacity, seenCap = nums[0], true
		case !seenCap:
			return in, fmt.Errorf("line %d: want the capacity, a single integer", line)
		case len(nums) == 2:
			in.Items = append(in.Items, Item{Value: nums[0], Weight: nums[1]})
		default:
			return in, fmt.Errorf("line %d: want an item, \"value weight\"", line)
		}
		if len(in.Items) > 10000 {
			return in, errors.New("more than 10000 items")
		}
	}
	if err := sc.Err(); err != nil {
		return in, err
	}
	if !seenCap {
		return in, errors.New("no capacity")
	}
	return in, nil
}

// Solution is an optimal choice of items (indices into Instance.Items, ascending).
type Solution struct {
	Value, Weight int64
	Chosen        []int
	Nodes         int64 // search nodes visited
}

// Solve finds an optimal solution by depth-first branch and bound.
func Solve(in Instance) Solution {
	// The candidates, by decreasing value per weight (ties: file order); items heavier
	// than the knapsack never fit, items worth nothing are never needed (and would make
	// the cross-multiplied comparison below intransitive).
	var order []int
	for i, it := range in.Items {
		if it.Weight <= in.Capacity && it.Value > 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := in.Items[order[a]], in.Items[order[b]]
		return x.Value*y.Weight > y.Value*x.Weight
	})
	s := &search{in: in, order: order, take: make([]bool, len(order))}
	// Start from the greedy solution: a good lower bound prunes most of the tree.
	room := in.Capacity
	for k, i := range order {
		if w := in.Items[i].Weight; w <= room {
			room -= w
			s.best += in.Items[i].Value
			s.take[k] = true
		}
	}
	s.bestTake = append([]bool(nil), s.take...)
	clear(s.take)
	s.dfs(0, in.Capacity, 0)
	sol := Solution{Value: s.best, Nodes: s.nodes}
	for k, t := range s.bestTake {
		if t {
			sol.Chosen = append(sol.Chosen, order[k])
			sol.Weight += in.Items[order[k]].Weight
		}
	}
	sort.Ints(sol.Chosen)
	return sol
}

type search struct {
	in             Instance
	order          []int
	take, bestTake []bool
	best, nodes    int64
}

// bound is an upper bound on what items order[k:] can add in room: the fractional
// knapsack's value, rounded down (the integral optimum cannot exceed it).
func (s *search) bound(k int, room int64) int64 {
	var v int64
	for ; k < len(s.order); k++ {
		it := s.in.Items[s.order[k]]
		if it.Weight > room {
			return v + it.Value*room/it.Weight
		}
		room -= it.Weight
		v += it.Value
	}
	return v
}

func (s *search) dfs(k int, room, value int64) {
	s.nodes++
	if value > s.best {
		s.best = value
		copy(s.bestTake, s.take) // take[k:] is all false here
	}
	if k == len(s.order) || value+s.bound(k, room) <= s.best {
		return
	}
	if w := s.in.Items[s.order[k]].Weight; w <= room {
		s.take[k] = true
		s.dfs(k+1, room-w, value+s.in.Items[s.order[k]].Value)
		s.take[k] = false
	}
	s.dfs(k+1, room, value)
}
