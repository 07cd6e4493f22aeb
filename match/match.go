// Package match is ClassAd-style matchmaking between a request and a worker: a request's
// requirements (a CEL boolean expression) say which workers may run it, its rank (a CEL
// numeric expression) says which of those it prefers. Both are evaluated over a worker's
// advertisement, Ad. The package depends only on cel-go and the standard library.
//
// The variables an expression may use:
//
//	cpu            int           CPUs
//	memory_mb      int           memory, in MiB
//	gpu            int           GPUs
//	gpu_memory_mb  int           memory of its GPUs, in MiB (0 when it advertises none)
//	arch           string        GOARCH ("amd64", "arm64", …)
//	os             string        GOOS ("linux", …)
//	speed          double        relative speed (1.0 unless the operator says otherwise)
//	energy         double        the operator's energy figure (0 when unset)
//	datasets       list(string)  addresses of the datasets the worker has cached, 0x-hex lowercase
//	executors      list(string)  the app kinds it runs: "wasm", "oci"
//	score          int           the worker's reputation on chain
//
// Numbers of different types compare as numbers (speed > 1 is fine).
package match

import (
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/checker"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/interpreter"
)

// Ad is what a worker advertises, as the expressions see it.
type Ad struct {
	CPU      int
	MemoryMB int
	GPU      int
	Arch     string
	OS       string
	Speed    float64
	Energy   float64
	Datasets []string // cached dataset addresses, 0x-hex lowercase
	Score    uint64
	// Executors are the app kinds it runs, by name (poco.AppKindName; a scheduler counts
	// a worker that advertises none as running wasm); GPUMemoryMB the memory of its GPUs
	// in MiB.
	Executors   []string
	GPUMemoryMB int
}

// Limits on what a request may ask of the scheduler. An expression's worst-case cost is
// estimated when it is compiled (with at most MaxDatasets datasets and MaxExecutors
// executors of MaxStringLen characters, and arch and os of at most MaxStringLen): one over
// MaxCost is refused, so
// evaluations need no run-time cost tracking. An Ad's longer lists and strings are cut to
// these sizes before evaluation.
const (
	MaxExpressionLen = 4096   // code points per expression
	MaxCost          = 50_000 // CEL cost units, estimated worst case per evaluation
	MaxDatasets      = 256
	MaxExecutors     = 16
	MaxStringLen     = 64
)

// ErrExpression is wrapped by every error Compile returns for a bad expression.
var ErrExpression = errors.New("match: bad expression")

// Program is a compiled pair of requirements and rank.
type Program struct {
	requirements cel.Program // nil: always true
	rank         cel.Program // nil: always 0
}

var env = sync.OnceValues(func() (*cel.Env, error) {
	return cel.NewEnv(
		cel.Variable("cpu", cel.IntType),
		cel.Variable("memory_mb", cel.IntType),
		cel.Variable("gpu", cel.IntType),
		cel.Variable("arch", cel.StringType),
		cel.Variable("os", cel.StringType),
		cel.Variable("speed", cel.DoubleType),
		cel.Variable("energy", cel.DoubleType),
		cel.Variable("datasets", cel.ListType(cel.StringType)),
		cel.Variable("score", cel.IntType),
		cel.Variable("executors", cel.ListType(cel.StringType)),
		cel.Variable("gpu_memory_mb", cel.IntType),
		cel.CrossTypeNumericComparisons(true),
		cel.ParserExpressionSizeLimit(MaxExpressionLen),
		cel.ParserRecursionLimit(64),
	)
})

// Compile compiles requirements (a bool expression; "" means true) and rank (an int, uint
// or double expression; "" means 0). A bad expression or a wrong result type gives an error
// wrapping ErrExpression and holding CEL's message. Results are memoized in a bounded cache
// (errors too), so calling Compile on every scheduling decision is cheap.
func Compile(requirements, rank string) (*Program, error) {
	return defaultCache.Compile(requirements, rank)
}

func compile(requirements, rank string) (*Program, error) {
	e, err := env()
	if err != nil {
		return nil, fmt.Errorf("match: CEL environment: %w", err)
	}
	var p Program
	if requirements != "" {
		if p.requirements, err = program(e, "requirements", requirements, cel.BoolType); err != nil {
			return nil, err
		}
	}
	if rank != "" {
		if p.rank, err = program(e, "rank", rank, cel.IntType, cel.UintType, cel.DoubleType); err != nil {
			return nil, err
		}
	}
	return &p, nil
}

func program(e *cel.Env, what, src string, want ...*cel.Type) (cel.Program, error) {
	ast, iss := e.Compile(src)
	if iss.Err() != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrExpression, what, iss.Err())
	}
	ok := false
	for _, t := range want {
		ok = ok || ast.OutputType().IsExactType(t)
	}
	if !ok {
		return nil, fmt.Errorf("%w: %s must be %s, not %s", ErrExpression, what, typeNames(want), ast.OutputType())
	}
	cost, err := e.EstimateCost(ast, sizes{})
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrExpression, what, err)
	}
	if cost.Max > MaxCost {
		return nil, fmt.Errorf("%w: %s may cost up to %d, over the limit of %d", ErrExpression, what, cost.Max, MaxCost)
	}
	prg, err := e.Program(ast, cel.EvalOptions(cel.OptOptimize))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrExpression, what, err)
	}
	return prg, nil
}

func typeNames(ts []*cel.Type) string {
	s := ""
	for i, t := range ts {
		if i > 0 {
			s += " or "
		}
		s += t.String()
	}
	return s
}

// Matches reports whether ad satisfies the requirements; an evaluation error (an index out
// of range, a division by zero…) counts as no match.
func (p *Program) Matches(ad Ad) bool {
	if p.requirements == nil {
		return true
	}
	v, _, err := p.requirements.Eval(activation{&ad})
	if err != nil {
		return false
	}
	b, ok := v.(types.Bool)
	return ok && bool(b)
}

// Rank is how much the request prefers ad (higher is better); an evaluation error or a
// non-finite value counts as negative infinity, below every real rank.
func (p *Program) Rank(ad Ad) float64 {
	if p.rank == nil {
		return 0
	}
	v, _, err := p.rank.Eval(activation{&ad})
	if err != nil {
		return math.Inf(-1)
	}
	f := number(v)
	if math.IsNaN(f) {
		return math.Inf(-1)
	}
	return f
}

func number(v ref.Val) float64 {
	switch n := v.(type) {
	case types.Int:
		return float64(n)
	case types.Uint:
		return float64(n)
	case types.Double:
		return float64(n)
	}
	return math.NaN()
}

// activation resolves the variables from an Ad without building a map per evaluation.
type activation struct{ ad *Ad }

func (a activation) ResolveName(name string) (any, bool) {
	switch name {
	case "cpu":
		return types.Int(a.ad.CPU), true
	case "memory_mb":
		return types.Int(a.ad.MemoryMB), true
	case "gpu":
		return types.Int(a.ad.GPU), true
	case "arch":
		return types.String(cut(a.ad.Arch)), true
	case "os":
		return types.String(cut(a.ad.OS)), true
	case "speed":
		return types.Double(a.ad.Speed), true
	case "energy":
		return types.Double(a.ad.Energy), true
	case "datasets":
		return stringList(a.ad.Datasets, MaxDatasets), true
	case "score":
		return types.Int(min(a.ad.Score, math.MaxInt64)), true
	case "executors":
		return stringList(a.ad.Executors, MaxExecutors), true
	case "gpu_memory_mb":
		return types.Int(a.ad.GPUMemoryMB), true
	}
	return nil, false
}

// stringList is the first n strings of list, as CEL sees them; none at all when one is
// longer than MaxStringLen (a lying worker: an empty list rather than a slow evaluation).
func stringList(list []string, n int) ref.Val {
	list = list[:min(len(list), n)]
	for _, s := range list {
		if len(s) > MaxStringLen {
			list = nil
			break
		}
	}
	return types.NewStringList(types.DefaultTypeAdapter, list)
}

func (a activation) Parent() interpreter.Activation { return nil }

func cut(s string) string { return s[:min(len(s), MaxStringLen)] }

// sizes bounds the sizes of the variables for cost estimates.
type sizes struct{}

func (sizes) EstimateSize(n checker.AstNode) *checker.SizeEstimate {
	p := n.Path()
	switch {
	case len(p) == 1 && p[0] == "datasets":
		return &checker.SizeEstimate{Min: 0, Max: MaxDatasets}
	case len(p) == 1 && p[0] == "executors":
		return &checker.SizeEstimate{Min: 0, Max: MaxExecutors}
	case len(p) == 2 && (p[0] == "datasets" || p[0] == "executors"), len(p) == 1 && (p[0] == "arch" || p[0] == "os"):
		return &checker.SizeEstimate{Min: 0, Max: MaxStringLen}
	}
	return nil
}

func (sizes) EstimateCallCost(function, overloadID string, target *checker.AstNode, args []checker.AstNode) *checker.CallEstimate {
	return nil
}
