#!/usr/bin/env bash
# The whole-deal test (cmd/decloud TestWholeDealAcrossProcesses: deploy, storage, market, a
# pool, three workers and a trust-3 bag of tasks, each its own process) against an external
# go-ethereum node instead of decloud's embedded chain, so anyone can check that decloud
# works on a stock node. It builds geth at the version go.mod pins (when $GETH is not
# already that version), gives it decloud's dev genesis (mainnet fork rules: stock
# `geth --dev` also enables the experimental Bogota fork, which prices storage far higher),
# starts `geth --dev` on 127.0.0.1, runs the test and logs the hub's gas by method next to
# the embedded chain's run. Everything it starts is stopped at exit.
#
#   scripts/e2e-external.sh            # about 1 minute once geth is built (~2 min cold)
#   GETH=/path/to/geth scripts/e2e-external.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

version=$(go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
gobin=$(go env GOPATH)/bin
geth=${GETH:-$gobin/geth}
if ! "$geth" version 2>/dev/null | grep -q "^Version: ${version#v}"; then
  echo "building geth $version (go install)"
  GOBIN="$gobin" go install "github.com/ethereum/go-ethereum/cmd/geth@$version"
  geth=$gobin/geth
fi

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# decloud's dev genesis: chain id 1337, every fork through Osaka from block 0, Bogota off,
# dev account 0 funded (it deploys; the test gives the other roles coin and tokens).
go run ./cmd/decloud chain --genesis-out "$work/genesis.json" --accounts 1 >"$work/accounts.txt"
"$geth" --datadir "$work/geth" init "$work/genesis.json" >"$work/init.log" 2>&1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$geth" --dev --dev.period 1 --datadir "$work/geth" --http --http.addr 127.0.0.1 --http.port "$port" \
  --http.api eth,net,web3 --port 0 --nodiscover --maxpeers 0 --authrpc.port 0 --ipcdisable \
  --verbosity 2 >"$work/geth.log" 2>&1 &
pid=$!
rpc=http://127.0.0.1:$port
for _ in $(seq 100); do
  if curl -sf -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' "$rpc" >/dev/null; then
    break
  fi
  sleep 0.1
done
echo "geth $version at $rpc (log $work/geth.log)"
if grep -q "Bogota: @0" "$work/geth.log"; then
  echo "geth enabled the Bogota fork: the genesis was not used" >&2
  exit 1
fi

# The deployer is dev account 0 of decloud's genesis (a public dev key, for dev nodes only).
key=$work/deployer.key
(umask 077; sed -n 's/^(0) .* private key \(0x[0-9a-f]*\)$/\1/p' "$work/accounts.txt" >"$key")
DECLOUD_E2E_RPC=$rpc DECLOUD_E2E_DEPLOYER_KEY=$key \
  go test -count=1 -v -run 'TestWholeDealAcrossProcesses$' ./cmd/decloud 2>&1 | grep -E '^(---|ok|FAIL|PASS)|operate_test'
