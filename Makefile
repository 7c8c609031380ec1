# QBounds — the two Quick start commands, plus helpers.
#   make run    certify the bundled claims (fixtures/claims) and write the reports to out/
#   make test   run the whole test suite
# Both install libgmp-dev and libmpfr-dev first when they are missing (scripts/setup.sh).

SWIFT ?= swift
OUT ?= out

.PHONY: run test setup build release bench clean

setup:
	@./scripts/setup.sh

build: setup
	$(SWIFT) build

run: setup
	@mkdir -p $(OUT)
	$(SWIFT) build --product qbounds
	$(SWIFT) run --skip-build qbounds certify fixtures/claims \
	    --junit $(OUT)/junit.xml --markdown $(OUT)/report.md --certificates $(OUT)/certificates

test: setup
	$(SWIFT) test --disable-xctest

release: setup
	$(SWIFT) build -c release --product qbounds

bench: setup
	./Benchmarks/run-arithmetic.sh

clean:
	rm -rf .build $(OUT)
