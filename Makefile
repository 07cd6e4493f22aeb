# The project's everyday commands. CI (.ci/run) runs lint, generate-check and test.
GO ?= go
RACE_PKGS = ./worker/... ./scheduler/... ./market/... ./storage/... ./executor/...

.PHONY: test-fast test race e2e lint generate-check demo

# Unit tests only: no embedded chain, no end-to-end grid (under 2 minutes on 2 cores).
test-fast:
	$(GO) test -short -timeout 5m ./...

# The whole suite, then the race detector on the packages with concurrency.
test:
	$(GO) test -timeout 20m ./...
	$(GO) test -race -timeout 20m $(RACE_PKGS)

race:
	$(GO) test -race -timeout 20m $(RACE_PKGS)

# The end-to-end tiers: the grid in one process, the CLI against `decloud dev`, the demo.
e2e:
	$(GO) test -timeout 20m ./devnet/... ./cmd/decloud/ ./examples/...
	$(GO) run ./cmd/decloud demo

lint:
	test -z "$$(git ls-files '*.go' | grep -v '^chain/bindings/bindings.go$$' | xargs gofmt -l)"
	$(GO) vet ./...
	golangci-lint run ./...

# The committed contract output and bindings, and the example apps' modules built into the
# binary, match their sources (no Node needed).
generate-check:
	$(GO) test -count=1 ./contracts/... ./examples/prebuilt

demo:
	$(GO) run ./cmd/decloud demo
