package chain_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/decloud/decloud/chain"
	"github.com/decloud/decloud/chain/bindings"
	"github.com/decloud/decloud/chain/devchain"
	"github.com/decloud/decloud/poco"
)

// env is a fresh embedded chain with the hub deployed (with the test-only ScoreSetter
// module), and named actors that each hold DevRLC and have deposited part of it.
type env struct {
	t      *testing.T
	ctx    context.Context
	dc     *devchain.Chain
	client *ethclient.Client
	dep    chain.Deployment
	hub    *chain.Hub
	domain poco.Domain

	owner, requester, appDev, dataDev, sched *actor
	workers                                  []*actor
	all                                      []*actor
}

type actor struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
	tx   *chain.Sender
}

const (
	mintEach    = 1_000_000_000_000 // token units minted to every dev account
	depositEach = 100_000_000_000   // token units each actor deposits at start
)

func newEnv(t *testing.T) *env {
	if testing.Short() {
		t.Skip("starts an embedded chain (full tier only)")
	}
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	e := &env{t: t, ctx: ctx}
	var dep chain.Deployment
	dc, err := devchain.Start(ctx, devchain.Config{
		Accounts: 16,
		Deploy: func(ctx context.Context, c *devchain.Chain) (json.RawMessage, error) {
			accs := c.Accounts()
			s, err := chain.NewSender(c.Client(), accs[0].Key, nil)
			if err != nil {
				return nil, err
			}
			var mint []common.Address
			for _, a := range accs {
				mint = append(mint, a.Address)
			}
			dep, err = chain.Deploy(ctx, s, c.Client(), chain.DeployOptions{
				Categories:      chain.DefaultCategories,
				Mint:            mint,
				MintEach:        big.NewInt(mintEach),
				ChainID:         c.ChainID().Uint64(),
				TestScoreSetter: true,
			})
			if err != nil {
				return nil, err
			}
			return json.Marshal(dep)
		},
	})
	if err != nil {
		t.Fatalf("start dev chain: %v", err)
	}
	t.Cleanup(func() { dc.Close() })
	e.dc, e.client, e.dep = dc, dc.Client(), dep
	e.hub = chain.NewHub(e.client, dep.Hub)
	e.domain = poco.NewDomain(dc.ChainID(), dep.Hub)

	names := []string{"owner", "requester", "appDev", "dataDev", "sched"}
	for i, acc := range dc.Accounts() {
		name := "worker"
		if i < len(names) {
			name = names[i]
		}
		s, err := chain.NewSender(e.client, acc.Key, nil)
		if err != nil {
			t.Fatal(err)
		}
		a := &actor{name: name, key: acc.Key, addr: acc.Address, tx: s}
		e.all = append(e.all, a)
		if i >= len(names) {
			e.workers = append(e.workers, a)
		}
	}
	e.owner, e.requester, e.appDev, e.dataDev, e.sched = e.all[0], e.all[1], e.all[2], e.all[3], e.all[4]
	token := bindings.NewToken()
	for _, a := range e.all {
		e.must(a.tx.Send(ctx, &dep.Token, token.PackApprove(dep.Hub, new(big.Int).Lsh(big.NewInt(1), 255)), nil))
		e.must(e.hub.Deposit(ctx, a.tx, big.NewInt(depositEach)))
	}
	return e
}

// must fails the test on err and returns the receipt.
func (e *env) must(r *types.Receipt, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("unexpected error: %v", err)
	}
	return r
}

// reverts asserts err is a revert whose reason is want.
func (e *env) reverts(err error, want string) {
	e.t.Helper()
	if err == nil {
		e.t.Fatalf("expected a revert with %q, got success", want)
	}
	var re *chain.RevertError
	if !errors.As(err, &re) {
		e.t.Fatalf("expected a revert with %q, got %v", want, err)
	}
	if re.Reason != want {
		e.t.Fatalf("revert reason %q, want %q", re.Reason, want)
	}
}

func (e *env) account(a common.Address) (balance, frozen uint64) {
	e.t.Helper()
	v, err := e.hub.Account(e.ctx, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return v.Balance.Uint64(), v.Frozen.Uint64()
}

func (e *env) score(a common.Address) uint64 {
	e.t.Helper()
	s, err := e.hub.Score(e.ctx, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return s.Uint64()
}

// setScore uses the test-only ScoreSetter module.
func (e *env) setScore(a common.Address, score uint64) {
	e.t.Helper()
	data := bindings.NewScoreSetter().PackTestSetScore(a, new(big.Int).SetUint64(score))
	e.must(e.owner.tx.Send(e.ctx, &e.dep.Hub, data, nil))
}

// snapshot is the observable money state: every actor's balance and frozen, and the pot.
type snapshot struct {
	balances map[common.Address][2]uint64
	pot      uint64
}

func (e *env) snapshot() snapshot {
	e.t.Helper()
	s := snapshot{balances: map[common.Address][2]uint64{}}
	for _, a := range e.all {
		b, f := e.account(a.addr)
		s.balances[a.addr] = [2]uint64{b, f}
	}
	p, err := e.hub.Pot(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	s.pot = p.Uint64()
	return s
}

func (e *env) unchanged(before snapshot) {
	e.t.Helper()
	after := e.snapshot()
	for a, v := range before.balances {
		if after.balances[a] != v {
			e.t.Fatalf("account %s changed from %v to %v", a, v, after.balances[a])
		}
	}
	if after.pot != before.pot {
		e.t.Fatalf("pot changed from %d to %d", before.pot, after.pot)
	}
}

// conserved asserts sum(balance + frozen) + pot == the hub's token balance.
func (e *env) conserved() {
	e.t.Helper()
	s := e.snapshot()
	sum := new(big.Int).SetUint64(s.pot)
	for _, v := range s.balances {
		sum.Add(sum, new(big.Int).SetUint64(v[0]+v[1]))
	}
	held, err := e.tokenBalance(e.dep.Hub)
	if err != nil {
		e.t.Fatal(err)
	}
	if sum.Cmp(held) != 0 {
		e.t.Fatalf("funds not conserved: accounts + pot = %s, hub holds %s", sum, held)
	}
}

func (e *env) tokenBalance(a common.Address) (*big.Int, error) {
	token := bindings.NewToken()
	out, err := e.client.CallContract(e.ctx, callMsg(e.dep.Token, token.PackBalanceOf(a)), nil)
	if err != nil {
		return nil, err
	}
	return token.UnpackBalanceOf(out)
}

// advance moves chain time forward.
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	if err := e.dc.AdjustTime(e.ctx, d); err != nil {
		e.t.Fatal(err)
	}
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
