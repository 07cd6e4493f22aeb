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
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is what the sender needs of a node; *ethclient.Client implements it.
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

// RevertError is a transaction or call the chain rejected, with the reason the contract gave.
type RevertError struct {
	Reason string      // the Error(string) reason, or "" if the revert carried none
	Data   []byte      // raw revert data
	Tx     common.Hash // the mined transaction, zero when rejected before sending
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

// RevertReason returns the contract's reason if err is a revert.
func RevertReason(err error) (string, bool) {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Reason, true
	}
	return "", false
}

// asRevert turns an error carrying revert data (eth_call, eth_estimateGas) into a *RevertError.
func asRevert(err error) error {
	if err == nil {
		return nil
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			data := common.FromHex(s)
			reason, _ := abi.UnpackRevert(data)
			return &RevertError{Reason: reason, Data: data}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		reason := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "execution reverted"), ": ")
		return &RevertError{Reason: reason}
	}
	return err
}

// Sender sends transactions from one key, managing its nonce locally so that many can be
// in flight at once. It is safe for concurrent use.
type Sender struct {
	backend Backend
	key     *ecdsa.PrivateKey
	addr    common.Address
	chainID *big.Int
	signer  types.Signer
	log     *slog.Logger

	mu    sync.Mutex
	nonce uint64
	known bool // nonce is in sync with the node
}

// NewSender returns a sender for key; log may be nil.
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

// Pending is a sent transaction whose receipt can be awaited.
type Pending struct {
	s  *Sender
	Tx *types.Transaction
}

// Send sends a transaction (to == nil creates a contract), estimating its gas, and waits
// for the receipt. A rejected call returns a *RevertError, before sending when the
// estimate fails, or after mining when the receipt shows a failure.
func (s *Sender) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	p, err := s.SendAsync(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// SendWithGas is Send with a fixed gas limit and no estimate: the transaction is mined
// even if it reverts.
func (s *Sender) SendWithGas(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	p, err := s.send(ctx, to, data, value, gas)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// SendAsync estimates, signs and sends a transaction with the next nonce and returns at
// once; many can be pipelined and only the last awaited.
func (s *Sender) SendAsync(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*Pending, error) {
	if value == nil {
		value = new(big.Int)
	}
	gas, err := s.backend.EstimateGas(ctx, ethereum.CallMsg{From: s.addr, To: to, Data: data, Value: value})
	if err != nil {
		return nil, asRevert(err)
	}
	return s.send(ctx, to, data, value, gas+gas/5+5000)
}

func (s *Sender) send(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas uint64) (*Pending, error) {
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
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))

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
		if err == nil {
			s.nonce++
			return &Pending{s: s, Tx: tx}, nil
		}
		if attempt < 3 && nonceProblem(err) {
			s.log.Debug("resyncing nonce", "account", s.addr, "err", err)
			s.known = false
			continue
		}
		// The transaction did not reach the pool: its nonce is still free, but the node's
		// view may differ from ours, so ask again next time.
		s.known = false
		return nil, fmt.Errorf("chain: send: %w", err)
	}
}

func nonceProblem(err error) bool {
	msg := err.Error()
	for _, s := range []string{"nonce too low", "already known", "replacement transaction underpriced", "nonce too high"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Wait polls for the receipt (5 ms, backing off to 200 ms). A failed transaction returns
// the receipt and a *RevertError whose reason comes from replaying the call.
func (p *Pending) Wait(ctx context.Context) (*types.Receipt, error) {
	delay := 5 * time.Millisecond
	for {
		r, err := p.s.backend.TransactionReceipt(ctx, p.Tx.Hash())
		if err == nil && !p.s.headReached(ctx, r.BlockNumber) {
			// A node may serve the receipt before its head moves to the block; callers
			// expect the next call to see the transaction's effects, so wait for the head.
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
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("chain: waiting for %s: %w", p.Tx.Hash(), ctx.Err())
		case <-time.After(delay):
		}
		if delay < 200*time.Millisecond {
			delay *= 2
		}
	}
}

// revertOf replays a failed transaction at its block to learn the reason.
func (s *Sender) revertOf(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	msg := ethereum.CallMsg{From: s.addr, To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas()}
	_, err := s.backend.CallContract(ctx, msg, r.BlockNumber)
	re := &RevertError{Tx: tx.Hash()}
	var inner *RevertError
	if errors.As(asRevert(err), &inner) {
		re.Reason, re.Data = inner.Reason, inner.Data
	} else if r.GasUsed == tx.Gas() {
		re.Reason = "out of gas"
	}
	return re
}

func (s *Sender) headReached(ctx context.Context, block *big.Int) bool {
	h, err := s.backend.HeaderByNumber(ctx, nil)
	return err == nil && block != nil && h.Number.Cmp(block) >= 0
}
