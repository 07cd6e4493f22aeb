package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/decloud/decloud/sdk"
)

// A worker bonds part of its escrow to a pool, starts releasing some, cannot withdraw it
// before the hub's delay, and cannot bond more than its free escrow; the escrow moves with
// the bond.
func TestBondCommands(t *testing.T) {
	e := startDev(t)
	pool := regexp.MustCompile(`workerpool\s+(0x[0-9a-fA-F]{40})`).FindStringSubmatch(e.devOut)[1]
	var before, after sdk.AccountInfo
	e.must(&before, "account", "show", "--json")
	var b sdk.Bond
	e.must(&b, "account", "bond", "add", pool, "100", "--json")
	if b.Bonded.Int64() != 100 || b.Unbonding.Sign() != 0 {
		t.Fatalf("after bond add 100: %+v", b)
	}
	e.must(&after, "account", "show", "--json")
	if got := after.Balance.Int64(); got != before.Balance.Int64()-100 || after.Frozen.Int64() != before.Frozen.Int64()+100 {
		t.Fatalf("escrow %s/%s → %s/%s after bonding 100", before.Balance, before.Frozen, after.Balance, after.Frozen)
	}
	e.must(&b, "account", "bond", "unbond", pool, "40", "--json")
	if b.Bonded.Int64() != 60 || b.Unbonding.Int64() != 40 || b.ReleaseAt.IsZero() {
		t.Fatalf("after unbond 40: %+v", b)
	}
	if _, err := e.run(nil, "account", "bond", "withdraw", pool); err == nil || !strings.Contains(err.Error(), "unbonding delay not over") {
		t.Fatalf("a withdrawal before the delay: %v", err)
	}
	if _, err := e.run(nil, "account", "bond", "add", pool, "1000000000000000000"); err == nil || !strings.Contains(err.Error(), "less than") {
		t.Fatalf("bonding more than the escrow: %v", err)
	}
	var shown sdk.Bond
	e.must(&shown, "account", "bond", "show", pool, "--json")
	if shown.Bonded.Int64() != 60 || shown.Unbonding.Int64() != 40 {
		t.Fatalf("bond show: %+v", shown)
	}
}
