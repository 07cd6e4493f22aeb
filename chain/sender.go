package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Log attribute keys of this package.
const (
	keyAccount = "account"
	keyAttempt = "attempt"
	keyDelay   = "delay"
	keyErr     = "err"
	keyFrom    = "from"
	keyLogs    = "logs"
	keyNonce   = "nonce"
	keyTo      = "to"
)

// Backend is what the sender needs of a node; *ethclient.Client and the client of
// go-ethereum's simulated backend implement it.
type Backend interface {
	ethereum.ChainIDReader
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.PendingStateReader
	ethereum.TransactionSender
	ethereum.TransactionReader
	ethereum.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// RevertError is a transaction or call the chain rejected, with the reason the contract
// gave. Match it with errors.As or RevertReason.
type RevertError struct {
	Reason string      // the Error(string) or Panic(uint256) reason; "" if the revert carried none
	Data   []byte      // raw revert data (custom errors are decoded by the caller's ABI)
	Tx     common.Hash // the mined transaction; zero when rejected before sending
}

func (e *RevertError) Error() string {
	reason := e.Reason
	if reason == "" {
		reason = "execution reverted without a reason"
	}
	if e.Tx != (common.Hash{}) {
		return fmt.Sprintf("%s (tx %s)", reason, e.Tx.Hex())
	}
	return reason
}

// RevertReason returns the contract's reason if err is, or wraps, a *RevertError.
func RevertReason(err error) (string, bool) {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Reason, true
	}
	return "", false
}

// asRevert turns an error carrying a revert (eth_call, eth_estimateGas) into a
// *RevertError, and returns nil for any other error.
func asRevert(err error) *RevertError {
	if err == nil {
		return nil
	}
	if data, ok := ethclient.RevertErrorData(err); ok {
		reason, _ := abi.UnpackRevert(data)
		return &RevertError{Reason: reason, Data: data}
	}
	// A revert without data comes back as a plain "execution reverted" message.
	if _, after, ok := strings.Cut(err.Error(), "execution reverted"); ok {
		return &RevertError{Reason: strings.TrimPrefix(after, ": ")}
	}
	return nil
}

// Sender sends transactions from one key, managing its nonce locally so that many can be
// in flight at once. It is safe for concurrent use: transactions get consecutive nonces
// in the order their Send/SendAsync calls reach the node.
type Sender struct {
	backend    Backend
	noSimulate atomic.Bool // the node refused eth_simulateV1: SendMeasured estimates
	key        *ecdsa.PrivateKey
	addr       common.Address
	chainID    *big.Int
	signer     types.Signer
	log        *slog.Logger

	mu    sync.Mutex // held while signing and sending, so nonces reach the pool in order
	nonce uint64     // the next nonce to use, when known
	known bool       // nonce is in sync with the node
}

// NewSender returns a sender for key, asking the node for its chain id; log may be nil.
func NewSender(backend Backend, key *ecdsa.PrivateKey, log *slog.Logger) (*Sender, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: chain id: %w", err)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Sender{
		backend: backend, key: key, addr: crypto.PubkeyToAddress(key.PublicKey),
		chainID: id, signer: types.LatestSignerForChainID(id), log: log,
	}, nil
}

// Address is the sending account.
func (s *Sender) Address() common.Address { return s.addr }

// Key is the sending account's key (for signing orders and authorizations).
func (s *Sender) Key() *ecdsa.PrivateKey { return s.key }

// Pending is a transaction in the node's pool whose receipt can be awaited.
type Pending struct {
	s  *Sender
	Tx *types.Transaction
}

// Hash is the transaction's hash.
func (p *Pending) Hash() common.Hash { return p.Tx.Hash() }

// Send sends a transaction (to == nil creates a contract) and waits for its receipt. Gas
// is estimated against the latest block, plus 20% (at most MaxTxGas). A call the chain rejects returns a
// *RevertError: before sending when the estimate reverts (nothing is sent, no nonce is
// used), or with the receipt when the mined transaction failed.
func (s *Sender) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	p, err := s.SendAsync(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// SendMeasured is Send with the gas measured by one run of the call (eth_simulateV1,
// where the node has it: its peak use) instead of eth_estimateGas, whose search runs a
// large call several times, plus reserve: what the call must have left at some point
// without using it (a gasleft() check before a call with a fixed budget), which a run
// with ample gas does not show. Over-provisioned gas is not charged. A node without
// eth_simulateV1 gets the estimate (and the reserve).
func (s *Sender) SendMeasured(ctx context.Context, to *common.Address, data []byte, value *big.Int, reserve uint64) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	gas, err := s.measure(ctx, ethereum.CallMsg{From: s.addr, To: to, Data: data, Value: value})
	if err != nil {
		return nil, err
	}
	p, err := s.SendAsyncWithGas(ctx, to, data, value, min(gas+gas/5+5000+reserve, MaxTxGas))
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// simulator is a node that runs calls with eth_simulateV1 (*ethclient.Client is one).
type simulator interface {
	SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, blockNrOrHash *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
}

// measure is the most gas msg uses at any point of one run against the latest block, or
// its estimate where the node cannot simulate. A revert is a *RevertError.
func (s *Sender) measure(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	sim, ok := s.backend.(simulator)
	if !ok || s.noSimulate.Load() {
		return s.estimate(ctx, msg)
	}
	latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	res, err := sim.SimulateV1(ctx, ethclient.SimulateOptions{BlockStateCalls: []ethclient.SimulateBlock{{Calls: []ethereum.CallMsg{msg}}}}, &latest)
	switch {
	case err == nil && len(res) == 1 && len(res[0].Calls) == 1:
		c := res[0].Calls[0]
		if c.Status == types.ReceiptStatusSuccessful {
			return max(c.MaxUsedGas, c.GasUsed), nil
		}
		re := &RevertError{}
		if c.Error != nil {
			re.Data, _ = hexutil.Decode(c.Error.Data)
			re.Reason, _ = abi.UnpackRevert(re.Data)
		}
		return 0, re
	case ctx.Err() != nil:
		return 0, fmt.Errorf("chain: simulating the call: %w", ctx.Err())
	}
	// Not offered, or not understood: estimates from now on.
	s.noSimulate.Store(true)
	s.log.Info("the node does not simulate calls (eth_simulateV1): gas is estimated", keyErr, err)
	return s.estimate(ctx, msg)
}

// estimate is eth_estimateGas; a revert is a *RevertError.
func (s *Sender) estimate(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	gas, err := s.backend.EstimateGas(ctx, msg)
	if err != nil {
		if re := asRevert(err); re != nil {
			return 0, re
		}
		return 0, fmt.Errorf("chain: estimate gas: %w", err)
	}
	return gas, nil
}

// SendWithGas is Send with a fixed gas limit and no estimate: the transaction is mined
// even if it reverts (Wait then returns the receipt and a *RevertError).
func (s *Sender) SendWithGas(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	p, err := s.SendAsyncWithGas(ctx, to, data, value, gas)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// SendAsync estimates, signs and sends a transaction with the next nonce and returns as
// soon as the node accepted it; many can be pipelined and only the last awaited. The
// estimate sees the latest block, not the transactions still pending: a transaction that
// depends on an earlier one in the same pipeline needs SendAsyncWithGas.
func (s *Sender) SendAsync(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*Pending, error) {
	if value == nil {
		value = new(big.Int)
	}
	gas, err := s.estimate(ctx, ethereum.CallMsg{From: s.addr, To: to, Data: data, Value: value})
	if err != nil {
		return nil, err
	}
	return s.SendAsyncWithGas(ctx, to, data, value, min(gas+gas/5+5000, MaxTxGas))
}

// MaxTxGas is the most gas one transaction may have since Osaka (EIP-7825): Send never asks
// for more, so a large batch whose estimate is near it still goes through.
const MaxTxGas = 1 << 24

// maxResync bounds how often one send resynchronizes its nonce with the node.
const maxResync = 3

// SendAsyncWithGas is SendAsync with a fixed gas limit and no estimate.
//
// Fees follow EIP-1559: the node's suggested tip, and a cap of twice the latest base fee
// plus the tip. If the node refuses the nonce (another client used the key, or a
// transaction we thought lost reached the pool), the sender asks the node for the
// account's pending nonce and tries again. A transaction the node refused for any other
// reason did not use its nonce: the next send takes it.
func (s *Sender) SendAsyncWithGas(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas uint64) (*Pending, error) {
	if value == nil {
		value = new(big.Int)
	}
	tip, err := s.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: gas tip: %w", err)
	}
	head, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: head: %w", err)
	}
	feeCap := new(big.Int).Set(tip)
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if !s.known {
			n, err := s.backend.PendingNonceAt(ctx, s.addr)
			if err != nil {
				return nil, fmt.Errorf("chain: nonce: %w", err)
			}
			s.nonce, s.known = n, true
		}
		tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
			ChainID: s.chainID, Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: to, Value: value, Data: data,
		})
		if err != nil {
			return nil, fmt.Errorf("chain: sign: %w", err)
		}
		err = s.backend.SendTransaction(ctx, tx)
		if err != nil && strings.Contains(err.Error(), "already known") {
			// This very transaction (same hash) is already in the pool: it was sent.
			err = nil
		}
		if err == nil {
			s.nonce++
			return &Pending{s: s, Tx: tx}, nil
		}
		// Whatever the error, the node's view may differ from ours: ask it next time.
		s.known = false
		if attempt < maxResync && nonceProblem(err) && ctx.Err() == nil {
			s.log.Debug("resyncing nonce", keyAccount, s.addr, keyNonce, tx.Nonce(), keyErr, err)
			continue
		}
		return nil, fmt.Errorf("chain: send: %w", err)
	}
}

func nonceProblem(err error) bool {
	msg := err.Error()
	for _, s := range []string{"nonce too low", "nonce too high", "replacement transaction underpriced"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Receipt polling: start tight (the dev chain seals in milliseconds), back off to a
// reasonable rate for real chains.
const (
	firstPoll = 2 * time.Millisecond
	maxPoll   = 200 * time.Millisecond
)

// Wait polls for the receipt (first after 2 ms, backing off to every 200 ms) until the
// transaction is mined and the node's head has reached its block, so the next call sees
// its effects.
// A failed transaction returns the receipt and a *RevertError whose reason comes from
// replaying the call at that block. Wait returns ctx's error if ctx ends first; the
// transaction may still be mined later.
func (p *Pending) Wait(ctx context.Context) (*types.Receipt, error) {
	delay := firstPoll
	for {
		r, err := p.s.backend.TransactionReceipt(ctx, p.Tx.Hash())
		if err == nil && !p.s.headReached(ctx, r.BlockNumber) {
			// A node may serve the receipt before its head moves to the block.
			err = ethereum.NotFound
		}
		if err == nil {
			if r.Status == types.ReceiptStatusSuccessful {
				return r, nil
			}
			return r, p.s.revertOf(ctx, p.Tx, r)
		}
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("chain: receipt of %s: %w", p.Tx.Hash(), err)
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("chain: waiting for %s: %w", p.Tx.Hash(), ctx.Err())
		case <-t.C:
		}
		delay = min(2*delay, maxPoll)
	}
}

// revertOf replays a failed transaction at its block to learn the reason.
func (s *Sender) revertOf(ctx context.Context, tx *types.Transaction, r *types.Receipt) *RevertError {
	msg := ethereum.CallMsg{From: s.addr, To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas()}
	_, err := s.backend.CallContract(ctx, msg, r.BlockNumber)
	re := asRevert(err)
	if re == nil {
		re = &RevertError{}
		if r.GasUsed == tx.Gas() {
			re.Reason = "out of gas"
		}
	}
	re.Tx = tx.Hash()
	return re
}

func (s *Sender) headReached(ctx context.Context, block *big.Int) bool {
	h, err := s.backend.HeaderByNumber(ctx, nil)
	return err == nil && block != nil && h.Number.Cmp(block) >= 0
}
