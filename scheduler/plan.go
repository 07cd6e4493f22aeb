// Package scheduler is a workerpool's scheduler. Its decisions are a pure function of a
// read-only snapshot of the pool (Decide), kept apart from the loops that read the chain and
// the store and apply the resulting plan, so they can be tested alone.
package scheduler

import (
	"bytes"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/decloud/decloud/match"
	"github.com/decloud/decloud/poco"
)

// ReplicateState is where one worker's run of one task stands.
type ReplicateState int

const (
	Assigned    ReplicateState = iota // handed out, nothing heard back
	Contributed                       // the worker's contribution is on chain
	Revealed                          // its reveal is on chain
	Failed                            // the worker reported an error
	Lost                              // the worker stopped heartbeating before contributing
	Stalled                           // the worker kept beating but did not contribute in time
)

func (s ReplicateState) String() string {
	return [...]string{"assigned", "contributed", "revealed", "failed", "lost", "stalled"}[s]
}

// Replicate is one worker's run of a task.
type Replicate struct {
	Worker          common.Address
	State           ReplicateState
	ResultHash      common.Hash // once contributed
	RevealRequested bool
	Reason          string // why it failed, as the worker reported it
	// AssignedAt is when the replicate was handed out (wall clock; after a restart, the
	// restart): a worker that does not contribute within its progress bound loses it.
	AssignedAt time.Time
	// Score is the worker's on-chain score when its contribution was mined: the hub fixes a
	// vote's weight then, so later score changes do not move it.
	Score uint64
	// Digest and Signature are a batched deal's contribution as its worker signed it
	// (poco.Contribution for ResultHash and the seal of Digest): what settle needs. The
	// digest stays with the scheduler: no other worker is shown it.
	Digest    common.Hash
	Signature []byte
}

// Task is a task as the scheduler knows it: its chain state and its replicates.
type Task struct {
	ID                   common.Hash
	Deal                 common.Hash
	Index                uint64
	Status               poco.TaskStatus
	Trust                uint64
	ContributionDeadline time.Time
	RevealDeadline       time.Time // zero until consensus
	FinalDeadline        time.Time
	Consensus            common.Hash // the winning result hash, once REVEALING
	Uploaded             bool        // a winner stored the result
	UploadRequested      bool
	ResultLocation       string // where the uploaded result is (its sha256 in storage)
	// Uploader is the winner last asked to upload (or that stored the result with its
	// batched contribution), and UploadAskedAt when (wall clock, in memory only): past its
	// upload bound, the next revealed winner is asked.
	Uploader      common.Address
	UploadAskedAt time.Time
	CallbackData  []byte // the app's callback.bin as the uploader reported it (callback deals)
	Replicates    []*Replicate
}

// DealTasks is a deal of the pool, with what assignments need to know of it.
type DealTasks struct {
	ID                   common.Hash
	Volume               uint64
	App                  common.Address
	Dataset              common.Address
	Params               string
	Trust                uint64
	TimeRef              uint64 // the category's T, in seconds
	Callback             common.Address
	Initialized          map[uint64]bool
	ContributionDeadline time.Time
	FinalDeadline        time.Time
	// AppKind is the kind of the deal's app (poco.AppWASM, poco.AppOCI; 0, unknown, counts
	// as wasm) and Tag the deal's tag (the request order's, which DealCreated records):
	// its tasks go only to workers that run that kind and, when the tag has poco.TagGPU,
	// have a GPU.
	AppKind uint8
	Tag     common.Hash
	// Batched: the deal's workerpool order has poco.TagBatched, so its tasks are never
	// initialized on chain: workers sign contributions and the scheduler settles them in
	// batches (batch.go). WorkerStake is what each counted contribution needs in its
	// worker's bond to the pool (nil: none).
	Batched     bool
	WorkerStake *big.Int
	// Took holds how long the deal's latest contributions took after their assignment
	// (wall clock, at most tookSamples, not persisted): what a task of this deal really
	// costs, so a worker that takes far longer can lose its assignment early.
	Took []time.Duration
}

// tookSamples is how many contribution times a deal keeps.
const tookSamples = 32

// Observe records a contribution made d after its assignment.
func (d *DealTasks) Observe(took time.Duration) {
	if len(d.Took) == tookSamples {
		d.Took = d.Took[1:]
	}
	d.Took = append(d.Took, took)
}

// typical is the median contribution time of the deal, once 3 are known (0 before).
func (d *DealTasks) typical() time.Duration {
	if d == nil || len(d.Took) < 3 {
		return 0
	}
	s := append([]time.Duration(nil), d.Took...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

// Worker is a registered worker.
type Worker struct {
	Addr      common.Address
	Score     uint64
	LastSeen  time.Time
	Slots     int // replicates it may run at once (at least 1)
	Resources Resources
	// Trusted: the pool's owner vouches for it (Admission.Trusted): a veteran whatever its
	// score, an anchor of replicated tasks from the start.
	Trusted bool
	// Votes counts its votes on the pool's certified tasks; a worker with too many losses
	// gets no more tasks (Config.MaxLosses).
	Votes
	// Bond is what its bond to the pool holds (bonded and unbonding, both seizable): a
	// batched deal's task goes to a worker whose bond backs one more stake than the
	// batched replicates it already holds (in memory only: read at login, followed on
	// chain; nil: not read, no batched task).
	Bond *big.Int
}

// Votes counts a worker's contributions to the pool's certified tasks, with the consensus
// (Wins) and against it (Losses), since the scheduler started (the chain's score keeps the
// longer memory).
type Votes struct{ Wins, Losses int }

// veteran reports whether w may anchor a replicated task.
func (w *Worker) veteran(cfg Config) bool { return w.Trusted || w.Score >= cfg.AnchorScore }

// excluded reports whether a worker lost too many consensus votes to be given tasks: at
// least cfg.MaxLosses, and more than one per ten wins (an honest worker that lost once or
// twice to bad luck, among many wins, keeps working).
func (v Votes) excluded(cfg Config) bool {
	return v.Losses >= cfg.MaxLosses && v.Losses*10 > v.Wins
}

// Resources is what a worker advertises at login; with its score, it is the ad that a
// deal's requirements and rank are evaluated over (package match).
type Resources struct {
	CPU      int      `json:"cpu"`
	MemoryMB int      `json:"memoryMb"`
	GPU      int      `json:"gpu"`
	Arch     string   `json:"arch"`
	OS       string   `json:"os"`
	Speed    float64  `json:"speed"`    // relative speed (1.0 by default)
	Energy   float64  `json:"energy"`   // the operator's energy figure (0 when unset)
	Datasets []string `json:"datasets"` // addresses of the datasets it has cached, 0x-hex lowercase
	// Sandbox names the confinement layers its sandbox has ("landlock", "namespaces"): a
	// pool may require some (Admission.RequireSandbox). Self-reported, like the rest.
	Sandbox []string `json:"sandbox,omitempty"`
	// Executors names the app kinds it runs (poco.AppKindName: "wasm", "oci"); none, as a
	// worker from before kinds sends, means wasm alone. OCI is its runc's version ("":
	// none). Devices are the Container Device Interface names (vendor/class=name) it gives
	// the tasks of GPU deals, GPUMemoryMB the memory of its GPUs. Bounded by Check.
	Executors   []string `json:"executors,omitempty"`
	OCI         string   `json:"oci,omitempty"`
	GPUMemoryMB int      `json:"gpuMemoryMb,omitempty"`
	Devices     []string `json:"devices,omitempty"`
}

// Ad is w as matchmaking sees it.
func (w *Worker) Ad() match.Ad {
	r := w.Resources
	return match.Ad{CPU: r.CPU, MemoryMB: r.MemoryMB, GPU: r.GPU, Arch: r.Arch, OS: r.OS, Speed: r.Speed, Energy: r.Energy,
		Datasets: r.Datasets, Score: w.Score, Executors: r.executors(), GPUMemoryMB: r.GPUMemoryMB}
}

// believed is w as far as its record supports what it advertises: a worker whose on-chain
// score is under proven gets one slot and a speed of at most 1 (what a worker that measures
// nothing advertises), so that a stranger advertising 1000 slots and speed 1e12 cannot take
// a pool's tasks; a proven worker gets at most 1+score slots.
func (w *Worker) believed(proven uint64) *Worker {
	c := *w
	if c.Score < proven {
		c.Slots = 1
		c.Resources.Speed = min(c.Resources.Speed, 1)
	} else {
		c.Slots = int(min(uint64(max(c.Slots, 1)), 1+c.Score))
	}
	return &c
}

// progressBound is how long w may hold a replicate of a task of a category whose time
// reference is timeRef seconds before it loses it: twice the reference for a worker not yet
// proven, four times for a proven one (the contribution deadline is seven times the
// reference, so another worker still has time); zero (no bound) when the reference is
// unknown. Once the deal's contributions show what a task really takes (typical, their
// median), a worker not yet proven gets ten times that, at least 30 s (a squatter holding a
// two-second task loses it in 30 s, not in 2T), and a proven one twenty times, at least a
// minute; never more than the bound from the reference.
func progressBound(timeRef uint64, w *Worker, proven uint64, typical time.Duration) time.Duration {
	factor, floor, mult := time.Duration(2), 30*time.Second, time.Duration(10)
	if w.Score >= proven {
		factor, floor, mult = 4, time.Minute, 20
	}
	bound := factor * time.Duration(timeRef) * time.Second
	if typical > 0 && bound > 0 {
		bound = min(bound, max(floor, mult*typical))
	}
	return bound
}

// Snapshot is the read-only state a decision is made from.
type Snapshot struct {
	Now     time.Time // chain time (block timestamps), for deadlines
	Clock   time.Time // wall time, for heartbeats
	Deals   []*DealTasks
	Tasks   []*Task
	Workers []*Worker
}

// Config tunes decisions.
type Config struct {
	Heartbeat    time.Duration // expected interval (default 10 s)
	MissedBeats  int           // a worker is lost after this many missed beats (default 3)
	MaxReplicas  int           // per task (default 16)
	InitBatch    int           // tasks per initializeArray (default 100)
	ClaimEnabled bool          // claim tasks past their final deadline
	// ProvenScore is the on-chain score from which a worker's advertised slots and speed
	// are believed (default 3; see Worker.believed).
	ProvenScore uint64
	// AnchorScore is the on-chain score from which a worker is a veteran (default 3): on a
	// task of trust 2 or more, while the deal has an eligible veteran alive, the first
	// replicates go to veterans, and other workers join only once a veteran has contributed,
	// so newcomers cannot certify each other's results (see docs/trust.md).
	AnchorScore uint64
	// MaxLosses is how many certified results a worker may contradict before the pool
	// stops giving it tasks (default 2; see Worker.excluded).
	MaxLosses int
	// BatchSize is how many tasks a settlement carries at most (default 100), and
	// BatchInterval how long a certified task waits for others before a smaller batch
	// goes (default 250 ms): a lone task is not held back longer. While a settlement is
	// being mined the next batch fills up, so a chain with long blocks gets full batches.
	BatchSize     int
	BatchInterval time.Duration
}

func (c Config) withDefaults() Config {
	if c.Heartbeat <= 0 {
		c.Heartbeat = 10 * time.Second
	}
	if c.MissedBeats <= 0 {
		c.MissedBeats = 3
	}
	if c.MaxReplicas <= 0 {
		c.MaxReplicas = 16
	}
	if c.InitBatch <= 0 {
		c.InitBatch = 100
	}
	if c.ProvenScore == 0 {
		c.ProvenScore = 3
	}
	if c.AnchorScore == 0 {
		c.AnchorScore = 3
	}
	if c.MaxLosses <= 0 {
		c.MaxLosses = 2
	}
	if c.BatchSize <= 0 {
		c.BatchSize = 100
	}
	if c.BatchInterval <= 0 {
		c.BatchInterval = 250 * time.Millisecond
	}
	return c
}

// TaskRef names a task by deal and index (initialize and claim work on those).
type TaskRef struct {
	Deal  common.Hash
	Index uint64
}

// Assignment pairs a task with a worker.
type Assignment struct {
	Task   common.Hash
	Worker common.Address
}

// Plan is what the loops should do next; applying it is their job.
type Plan struct {
	Initialize []TaskRef
	// Create lists the tasks of batched deals to start (off chain: they have no
	// initialize), Consensus the batched tasks whose contributions reached consensus (with
	// the winning result hash), Settle those certified and stored, ready for a batch.
	Create    []TaskRef
	Consensus []Consensus
	Settle    []common.Hash
	Lost      []Assignment // replicates to mark lost (their worker went silent)
	Stalled   []Assignment // replicates to take back (their worker beats but did not contribute in time)
	Assign    []Assignment
	Reveal    []Assignment
	Upload    []Assignment
	Finalize  []common.Hash
	Reopen    []common.Hash
	Claim     []TaskRef
	Unmatched []DealError // deals whose params cannot be matched: none of their tasks is assigned
	// Waiting lists the deals with active tasks that no live worker can run now, and why
	// (wrapping ErrCannotServe: none runs the app's kind, none has the GPU its tag asks
	// for, none meets its requirements): their tasks wait for such a worker.
	Waiting []DealError
	// Unreachable lists active tasks that cannot reach consensus with the workers at hand:
	// nothing pending, and every eligible worker has already contributed, failed or
	// stalled on them. They wait for new workers (or their final deadline, then a claim).
	Unreachable []common.Hash
}

// Consensus is a batched task whose contributions reached consensus on Hash.
type Consensus struct {
	Task common.Hash
	Hash common.Hash
}

// DealError is a deal that cannot be scheduled, and why.
type DealError struct {
	Deal common.Hash
	Err  error
}

// Decide computes the next plan from s. It never finalizes a task without consensus and a
// revealed winner, never assigns after a task's contribution deadline, and never gives one
// worker two replicates of the same task. A task is only assigned to workers that run its
// deal's app kind, have a GPU when its deal's tag asks for one, and whose ad meets its
// deal's requirements, preferring a higher rank, then a higher score, then the lower
// address; a deal whose params do not parse or validate (taskparams) gets no assignment and
// is listed in Plan.Unmatched, one that no live worker can run in Plan.Waiting. A task
// whose deal is not in s has no requirements.
func Decide(s Snapshot, cfg Config) Plan {
	cfg = cfg.withDefaults()
	var p Plan
	alive := map[common.Address]*Worker{}
	for _, w := range s.Workers {
		if s.Clock.Sub(w.LastSeen) <= time.Duration(cfg.MissedBeats)*cfg.Heartbeat {
			alive[w.Addr] = w.believed(cfg.ProvenScore)
		}
	}
	known := map[common.Address]*Worker{} // every worker, alive or not, as it is
	for _, w := range s.Workers {
		known[w.Addr] = w
	}
	timeRef := map[common.Hash]uint64{}
	typical := map[common.Hash]time.Duration{}
	for _, d := range s.Deals {
		timeRef[d.ID] = d.TimeRef
		typical[d.ID] = d.typical()
	}
	busy := map[common.Address]int{}
	lost := map[Assignment]bool{}
	// exposure counts each worker's replicates of batched tasks not yet settled (held or
	// contributed): each may cost it a stake from its bond.
	exposure := map[common.Address]int{}
	batched := map[common.Hash]*DealTasks{}
	for _, d := range s.Deals {
		if d.Batched {
			batched[d.ID] = d
		}
	}
	idle := 0 // batched tasks nobody holds yet
	for _, t := range s.Tasks {
		if batched[t.Deal] != nil && t.Status == poco.TaskActive {
			held := false
			for _, r := range t.Replicates {
				held = held || r.State == Assigned || r.State == Contributed
			}
			if !held {
				idle++
			}
		}
		if batched[t.Deal] != nil {
			for _, r := range t.Replicates {
				if r.State == Assigned || r.State == Contributed {
					exposure[r.Worker]++
				}
			}
		}
		for _, r := range t.Replicates {
			if r.State != Assigned {
				continue
			}
			a := Assignment{t.ID, r.Worker}
			w := alive[r.Worker]
			switch {
			case w == nil:
				p.Lost = append(p.Lost, a)
				lost[a] = true
			case t.Status == poco.TaskActive && !r.AssignedAt.IsZero() && progressBound(timeRef[t.Deal], w, cfg.ProvenScore, typical[t.Deal]) > 0 &&
				s.Clock.Sub(r.AssignedAt) > progressBound(timeRef[t.Deal], w, cfg.ProvenScore, typical[t.Deal]):
				p.Stalled = append(p.Stalled, a)
				lost[a] = true
			default:
				busy[r.Worker]++
			}
		}
	}

	// Initialize what can still be worked on, in batches. Batched deals' tasks are only
	// started off chain, as many as the live workers can take soon (twice their slots),
	// so that plans stay small whatever the deals' volume.
	slots := 0
	for _, w := range alive {
		slots += max(w.Slots, 1)
	}
	room := max(2*slots-idle, 0)
	for _, d := range s.Deals {
		if !s.Now.Before(d.ContributionDeadline) {
			if d.Batched && !s.Now.Before(d.FinalDeadline) {
				// Tasks never started are refunded by claims like the others.
				for i := uint64(0); i < d.Volume && len(p.Claim) < cfg.InitBatch && cfg.ClaimEnabled; i++ {
					if !d.Initialized[i] {
						p.Claim = append(p.Claim, TaskRef{d.ID, i})
					}
				}
			}
			continue
		}
		for i := uint64(0); i < d.Volume; i++ {
			if d.Initialized[i] {
				continue
			}
			if d.Batched {
				if len(p.Create) >= room {
					break
				}
				p.Create = append(p.Create, TaskRef{d.ID, i})
			} else {
				if len(p.Initialize) >= cfg.InitBatch {
					break
				}
				p.Initialize = append(p.Initialize, TaskRef{d.ID, i})
			}
		}
	}

	// Candidates per deal (matching its requirements, in its order), computed once; then
	// per task, those still free.
	deals := map[common.Hash]*DealTasks{}
	for _, d := range s.Deals {
		deals[d.ID] = d
	}
	candidates := map[common.Hash][]*Worker{}
	ranks := map[common.Hash]map[common.Address]float64{}
	unmatchable := map[common.Hash]bool{}
	free := func(deal common.Hash) []*Worker {
		if unmatchable[deal] {
			return nil
		}
		list, ok := candidates[deal]
		if !ok {
			var err error
			var rank map[common.Address]float64
			if list, rank, err = eligible(deals[deal], alive, cfg); err != nil {
				unmatchable[deal] = true
				p.Unmatched = append(p.Unmatched, DealError{deal, err})
				return nil
			}
			candidates[deal], ranks[deal] = list, rank
			if len(list) == 0 && deals[deal] != nil {
				if why := idleReason(deals[deal], alive, cfg); why != nil {
					p.Waiting = append(p.Waiting, DealError{deal, why})
				}
			}
		}
		var out []*Worker
		d := batched[deal]
		for _, w := range list {
			if busy[w.Addr] < max(w.Slots, 1) && (d == nil || backs(w, d.WorkerStake, exposure[w.Addr]+1)) {
				out = append(out, w)
			}
		}
		return out
	}

	tasks := append([]*Task(nil), s.Tasks...)
	sort.Slice(tasks, func(i, j int) bool { return tasks[i].ContributionDeadline.Before(tasks[j].ContributionDeadline) })
	for _, t := range tasks {
		switch t.Status {
		case poco.TaskActive:
			if !s.Now.Before(t.FinalDeadline) {
				p.Claim = appendClaim(p.Claim, t, cfg)
				continue
			}
			if d := batched[t.Deal]; d != nil {
				// Planned on the votes the hub would count; no contribution deadline on
				// chain: a late vote may still certify it.
				t = countedView(t, d.WorkerStake, known)
				if lead, ok := batchConsensus(t); ok {
					p.Consensus = append(p.Consensus, Consensus{t.ID, lead})
					continue
				}
			}
			if !s.Now.Before(t.ContributionDeadline) {
				continue // stop spending: claim comes at the final deadline
			}
			add := replicasToAdd(t, alive, lost, inTaskOrder(t.ID, free(t.Deal), ranks[t.Deal]), veterans(candidates[t.Deal], cfg), cfg)
			for _, w := range add {
				p.Assign = append(p.Assign, Assignment{t.ID, w.Addr})
				busy[w.Addr]++
				if batched[t.Deal] != nil {
					exposure[w.Addr]++
				}
			}
			if len(add) == 0 && !unmatchable[t.Deal] && unreachable(t, alive, lost, candidates[t.Deal]) {
				p.Unreachable = append(p.Unreachable, t.ID)
			}
		case poco.TaskRevealing:
			if !s.Now.Before(t.FinalDeadline) {
				p.Claim = appendClaim(p.Claim, t, cfg)
				continue
			}
			if batched[t.Deal] != nil {
				decideCertified(&p, t, s.Clock, uploadBound(timeRef[t.Deal]))
				continue
			}
			decideRevealing(&p, t, s.Now, s.Clock, uploadBound(timeRef[t.Deal]))
		}
	}
	return p
}

// eligible returns the workers of alive that run d's app kind, have a GPU when d's tag asks
// for one, meet d's requirements and are not excluded for their losses, by rank, then score
// (trusted workers need fewer replicas), then address. A nil d has no requirements.
func eligible(d *DealTasks, alive map[common.Address]*Worker, cfg Config) ([]*Worker, map[common.Address]float64, error) {
	var prog *match.Program
	if d != nil {
		var err error
		if prog, err = dealProgram(d); err != nil {
			return nil, nil, err
		}
	}
	type ranked struct {
		w    *Worker
		rank float64
	}
	var out []ranked
	for _, w := range alive {
		if w.excluded(cfg) || (d != nil && (!w.Resources.runsKind(d.AppKind) || !w.Resources.hasGPU(d.Tag))) {
			continue
		}
		if prog == nil {
			out = append(out, ranked{w, 0})
			continue
		}
		if ad := w.Ad(); prog.Matches(ad) {
			out = append(out, ranked{w, prog.Rank(ad)})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.rank != b.rank:
			return a.rank > b.rank
		case a.w.Score != b.w.Score:
			return a.w.Score > b.w.Score
		}
		return a.w.Addr.Cmp(b.w.Addr) < 0
	})
	ws := make([]*Worker, len(out))
	ranks := make(map[common.Address]float64, len(out))
	for i, r := range out {
		ws[i] = r.w
		ranks[r.w.Addr] = r.rank
	}
	return ws, ranks, nil
}

func appendClaim(claims []TaskRef, t *Task, cfg Config) []TaskRef {
	if cfg.ClaimEnabled {
		claims = append(claims, TaskRef{t.Deal, t.Index})
	}
	return claims
}

// inTaskOrder reorders workers that eligible ranked equal (same rank and score) by
// keccak256(task, worker) instead of by address: an address ground to sort first gets
// no more tasks than any other, and which equal workers meet on a task is a draw per task.
func inTaskOrder(task common.Hash, ws []*Worker, rank map[common.Address]float64) []*Worker {
	out := append([]*Worker(nil), ws...)
	type keyed struct {
		key common.Hash
		w   *Worker
	}
	var run []keyed
	// eligible's order puts equal workers next to each other: sort each run of them, each
	// worker's key computed once.
	for i := 0; i < len(out); {
		j := i + 1
		for j < len(out) && rank[out[j].Addr] == rank[out[i].Addr] && out[j].Score == out[i].Score {
			j++
		}
		if j-i > 1 {
			run = run[:0]
			for _, w := range out[i:j] {
				run = append(run, keyed{crypto.Keccak256Hash(task[:], w.Addr[:]), w})
			}
			slices.SortFunc(run, func(a, b keyed) int { return bytes.Compare(a.key[:], b.key[:]) })
			for k, e := range run {
				out[i+k] = e.w
			}
		}
		i = j
	}
	return out
}

// veterans returns the veterans among a deal's eligible workers: when there is one, its
// replicated tasks are anchored on veterans.
func veterans(eligible []*Worker, cfg Config) []*Worker {
	var out []*Worker
	for _, w := range eligible {
		if w.veteran(cfg) {
			out = append(out, w)
		}
	}
	return out
}

// replicasToAdd returns the workers to add to an active task so that, if every pending
// replicate agrees with the leading result, consensus is reached. Anchored (trust 2 or
// more and veterans among the deal's eligible workers), newcomers are added only as far as
// they could not certify a result against the veterans' votes (newcomersSafe). The leading result is
// the group of largest weight, each vote weighing what the hub recorded for it (the voter's
// score at contribution). A worker whose replicate was lost (it went silent before
// contributing) may be given the task again once it is back; one that contributed, holds an
// assignment, reported a failure or stalled past its progress bound is not.
func replicasToAdd(t *Task, alive map[common.Address]*Worker, lost map[Assignment]bool, free, veterans []*Worker, cfg Config) []*Worker {
	held := map[common.Address]bool{}
	var voters []*Replicate
	var pending []uint64
	// The newcomers that hold the task's authorization and have not voted: pending, lost,
	// stalled or failed, any of them may still contribute (the hub accepts a contribution
	// until the deadline, whatever the pool thinks of the worker).
	var unvotedNew []uint64
	for _, r := range t.Replicates {
		w := alive[r.Worker]
		if r.State != Contributed && r.State != Revealed && (w == nil || !w.veteran(cfg)) {
			score := uint64(0)
			if w != nil {
				score = w.Score
			}
			unvotedNew = append(unvotedNew, score)
		}
		switch r.State {
		case Contributed, Revealed:
			held[r.Worker] = true
			voters = append(voters, r)
		case Assigned:
			held[r.Worker] = true
			if w != nil && !lost[Assignment{t.ID, r.Worker}] {
				pending = append(pending, w.Score)
			}
		case Failed, Stalled:
			held[r.Worker] = true
		}
	}
	// Anchored (trust 2 or more, veterans among the deal's eligible workers): newcomers are
	// added only while their votes, all of them colluding on one result against every
	// result a veteran voted for, could not certify it (see newcomersSafe). Newcomers voting
	// with a veteran count on its side. When no more veteran can take a turn, the task waits
	// for one (newcomers that vote with veterans elsewhere become veterans), not for
	// newcomers that could outvote them.
	anchored := t.Trust >= 2 && len(veterans) > 0
	isVeteranVote := func(r *Replicate) bool {
		w := alive[r.Worker]
		return r.Score >= cfg.AnchorScore || (w != nil && w.veteran(cfg))
	}
	lead := leadingResult(t.Trust, voters)
	reached := func(extra []uint64) bool {
		sim := poco.NewTally(t.Trust)
		for _, r := range voters {
			sim.Vote(r.ResultHash, r.Score)
		}
		ok := sim.Reached(lead)
		for _, s := range append(append([]uint64(nil), pending...), extra...) {
			ok = sim.Vote(lead, s)
		}
		return ok
	}
	var add []*Worker
	var extra, extraNew []uint64
	active := len(pending) + len(voters)
	for _, w := range free {
		if reached(extra) || active+len(add) >= cfg.MaxReplicas {
			break
		}
		if held[w.Addr] {
			continue
		}
		if anchored && !w.veteran(cfg) &&
			!newcomersSafe(t.Trust, voters, isVeteranVote, append(append(append([]uint64(nil), unvotedNew...), extraNew...), w.Score)) {
			continue
		}
		add = append(add, w)
		extra = append(extra, w.Score)
		if !w.veteran(cfg) {
			extraNew = append(extraNew, w.Score)
		}
	}
	return add
}

// newcomersSafe reports whether the newcomers of a task (voters whose result no veteran
// voted for, and the scores of those that may still vote or are about to be added) could
// not certify a
// result even if all of them colluded on one: their group G (the product of their weights)
// must stay within (T−1)·(1+V), V the weight of the results veterans voted for (the hub's
// rule G·T > total·(T−1) with total ≥ 1+G+V). With no veteran vote yet, at trust 3 that is
// one newcomer; against one honest veteran of weight 2, two.
func newcomersSafe(trust uint64, voters []*Replicate, veteranVote func(*Replicate) bool, newcomers []uint64) bool {
	tally := poco.NewTally(trust)
	backed := map[common.Hash]bool{}
	for _, r := range voters {
		tally.Vote(r.ResultHash, r.Score)
		if veteranVote(r) {
			backed[r.ResultHash] = true
		}
	}
	v := new(big.Int)
	for h := range backed {
		v.Add(v, tally.Group(h))
	}
	g := big.NewInt(1)
	for _, r := range voters {
		if !backed[r.ResultHash] {
			g.Mul(g, new(big.Int).SetUint64(poco.Weight(r.Score)))
		}
	}
	for _, s := range newcomers {
		g.Mul(g, new(big.Int).SetUint64(poco.Weight(s)))
	}
	bound := new(big.Int).Mul(new(big.Int).SetUint64(max(trust, 1)-1), v.Add(v, big.NewInt(1)))
	return g.Cmp(bound) <= 0
}

// unreachable reports whether active task t has no replicate pending and no eligible
// worker left to try it (one whose replicate was lost may take it again, so it counts).
func unreachable(t *Task, alive map[common.Address]*Worker, lost map[Assignment]bool, eligible []*Worker) bool {
	held := map[common.Address]bool{}
	for _, r := range t.Replicates {
		switch r.State {
		case Assigned:
			if alive[r.Worker] != nil && !lost[Assignment{t.ID, r.Worker}] {
				return false // still pending
			}
		case Lost:
		default:
			held[r.Worker] = true
		}
	}
	for _, w := range eligible {
		if !held[w.Addr] {
			return false
		}
	}
	return true
}

// leadingResult is the result hash whose group weighs most (the first to get there on a
// tie); the zero hash when there is no vote.
func leadingResult(trust uint64, voters []*Replicate) common.Hash {
	tally := poco.NewTally(trust)
	var lead common.Hash
	for _, r := range voters {
		tally.Vote(r.ResultHash, r.Score)
		if r.ResultHash != lead && tally.Group(r.ResultHash).Cmp(tally.Group(lead)) > 0 {
			lead = r.ResultHash
		}
	}
	return lead
}

// decideRevealing tells winners to reveal, picks an uploader, finalizes or reopens.
// uploadBound is how long a winner asked to upload has before another winner is asked: a
// quarter of the category's reference time, between 30 s and 10 minutes (storing a result
// is quick; the final deadline is 10T after the deal's start).
func uploadBound(timeRef uint64) time.Duration {
	return min(max(time.Duration(timeRef)*time.Second/4, 30*time.Second), 10*time.Minute)
}

func decideRevealing(p *Plan, t *Task, now, clock time.Time, bound time.Duration) {
	var winners, revealed []*Replicate
	for _, r := range t.Replicates {
		if (r.State == Contributed || r.State == Revealed) && r.ResultHash == t.Consensus {
			winners = append(winners, r)
			if r.State == Revealed {
				revealed = append(revealed, r)
			}
		}
	}
	pastReveal := !t.RevealDeadline.IsZero() && !now.Before(t.RevealDeadline)
	if len(revealed) == 0 {
		if pastReveal {
			p.Reopen = append(p.Reopen, t.ID)
			return
		}
	}
	for _, r := range winners {
		if r.State == Contributed && !r.RevealRequested && !pastReveal {
			p.Reveal = append(p.Reveal, Assignment{t.ID, r.Worker})
		}
	}
	if len(revealed) == 0 {
		return
	}
	if len(revealed) < len(winners) && !pastReveal {
		return // wait for the other winners until the reveal deadline
	}
	if t.Uploaded {
		p.Finalize = append(p.Finalize, t.ID)
		return
	}
	askUpload(p, t, revealed, clock, bound)
}

// askUpload asks a winner that knows the digest (revealed, or a batched contributor) to
// store the result: the first, then, past the upload bound, the next in turn (so a
// withheld upload costs one bound per winner at most).
func askUpload(p *Plan, t *Task, winners []*Replicate, clock time.Time, bound time.Duration) {
	switch {
	case !t.UploadRequested:
		p.Upload = append(p.Upload, Assignment{t.ID, winners[0].Worker})
	case !t.UploadAskedAt.IsZero() && clock.Sub(t.UploadAskedAt) > bound && len(winners) > 1:
		next := winners[0]
		for i, r := range winners {
			if r.Worker == t.Uploader {
				next = winners[(i+1)%len(winners)]
			}
		}
		p.Upload = append(p.Upload, Assignment{t.ID, next.Worker})
	}
}
