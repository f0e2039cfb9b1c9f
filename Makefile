# lokaal — build, run, test, install.
#   make run      open lokaal on the bundled data (installs missing system packages first)
#   make test     every test: unit, golden screens, command line, tmux end to end (CI runs this)
#   make check    the fast tier for the edit-test loop: build, unit tests without the hardening suites, golden screens
#   make bench    benchmarks (not part of make test), after make eval
#   make differential OLD=REF   every subcommand of an older build (git ref or binary) against this one, byte for byte
#   make eval     lokaal fit on the relevance set: nDCG@10 and recall@10 beside plain BM25
#   make soak     the hardening suites at SOAK times their size (default 20), then the e2e suite
#   make install PREFIX=/usr/local   (binary, data, completions, man page share/man/man1/lokaal.1)

PREFIX  ?= /usr/local
SWIFT   ?= swift
BIN      = .build/debug/lokaal
RELEASE  = .build/release/lokaal
APT_PKGS = libncurses-dev libstemmer-dev pkg-config
TEST_PKGS = tmux python3 python3-venv
PYENV    = .build/pyenv

.PHONY: all build release run test check unit e2e binary built unit-lane mutation-lane e2e-lane deps test-deps test-packages pyenv install uninstall clean bench eval golden soak man differential

all: build

# Installs what is missing when we can (root, or sudo without a password);
# otherwise says exactly what to run.
deps:
	@sh scripts/ensure-packages.sh $(APT_PKGS)

# The e2e suite reads the .ics and .vcf back with real parsers from PyPI, in a venv under .build.
test-deps: test-packages pyenv

test-packages:
	@sh scripts/ensure-packages.sh $(APT_PKGS) $(TEST_PKGS)

pyenv:
	@$(PYENV)/bin/python -c "import icalendar, vobject" 2>/dev/null || \
	  { python3 -m venv $(PYENV) && $(PYENV)/bin/pip install -q --disable-pip-version-check icalendar vobject; }

build: deps
	$(SWIFT) build

# Release links the Swift runtime and Foundation statically: start-up halves and
# memory drops by a third (see DECISIONS.md and make bench). Every function in its own
# section, so that the linker can place start-up code together (Package.swift, DECISIONS.md 21).
RELEASE_FLAGS = -Xswiftc -Xfrontend -Xswiftc -function-sections
# GCC's libstdc++.a, linked into the release binary instead of loading libstdc++.so: the
# toolchain passes -lstdc++, and Package.swift puts this directory first on the search path.
# Without a static libstdc++ (none found) the shared one is used, as before.
CXX_STATIC = .build/static-cxx
release: deps
	@mkdir -p $(CXX_STATIC); cc=$$(dirname "$$(command -v $(SWIFT))")/clang; [ -x "$$cc" ] || cc=cc; \
	 a=$$("$$cc" -print-file-name=libstdc++.a 2>/dev/null); \
	 if [ -f "$$a" ]; then ln -sf "$$a" $(CXX_STATIC)/libstdc++.a; else rm -f $(CXX_STATIC)/libstdc++.a; fi
	$(SWIFT) build -c release --static-swift-stdlib $(RELEASE_FLAGS)

run: build
	$(BIN) $(ARGS)

# What the e2e suite runs: the binary, and the man page generator it calls.
binary: deps
	$(SWIFT) build --product lokaal
	$(SWIFT) build --product generate-manual

# Everything the tests run, in one swift build: it schedules the test targets beside the
# binary's modules on both cores (108 s from scratch here, against 171 s for the binary,
# then the tests).
built: deps
	$(SWIFT) build --build-tests
	$(SWIFT) build --product generate-manual

# The real binary is required: the mutation suite fails, not skips, without it.
UNIT = LOKAAL_REQUIRE_BINARY=1 SWIFT_BACKTRACE=enable=no $(SWIFT) test --skip-build
E2E  = sh Tests/e2e/run.sh $(BIN)

unit: built
	$(UNIT)

# The hardening suites (seeded fuzz, size sweep, mutations): in make test and make soak, not in make check.
HARDENING = KeyFuzzTests|SizeSweepTests|MutationTests

# Fast tier (seconds, not minutes): everything but the hardening suites; goldens included.
check: deps
	$(SWIFT) build
	SWIFT_BACKTRACE=enable=no $(SWIFT) test --skip '$(HARDENING)'

e2e: test-deps binary
	$(E2E)

# Everything: one build, then three lanes at once: the unit tests, the mutation suite
# (thousands of runs of the real binary) and the e2e suite (tmux, mostly waiting on screens),
# so that the binary's runs fill the time the e2e suite waits. The e2e lane, the shortest,
# first makes its Python venv (8 CPU-seconds of pip), which would otherwise slow the build.
# Each lane's output is shown whole when it ends (--output-sync); make fails if any does.
# The lanes read the one build side by side (--ignore-lock: --skip-build writes nothing).
test: test-packages
	$(MAKE) --no-print-directory built
	$(MAKE) --no-print-directory -j3 --output-sync=target mutation-lane unit-lane e2e-lane

unit-lane:
	$(UNIT) --ignore-lock --skip MutationTests

mutation-lane:
	$(UNIT) --ignore-lock --filter MutationTests

e2e-lane: pyenv
	$(E2E)

# The seeded hardening suites, longer: LOKAAL_SOAK multiplies their events, sizes and mutations.
SOAK ?= 20
soak: test-deps binary
	LOKAAL_SOAK=$(SOAK) SWIFT_BACKTRACE=enable=no $(SWIFT) test --filter '$(HARDENING)|FuzzRegressionTests'
	sh Tests/e2e/run.sh $(BIN)

# Rewrites the golden screens from the current views and shows what changed.
golden: deps
	LOKAAL_UPDATE_GOLDEN=1 $(SWIFT) test --filter Golden || true
	git --no-pager diff --stat -- Tests/LokaalUITests/Golden
	git --no-pager diff -- Tests/LokaalUITests/Golden

# The relevance set of lokaal fit (Tests/LokaalCoreTests/Relevance/offers.json); exit 1 on a missed target.
eval: release
	.build/release/lokaal-bench eval --offers Tests/LokaalCoreTests/Relevance/offers.json --data Data

bench: eval
	sh scripts/bench.sh $(RELEASE) .build/release/lokaal-bench

# Holds this release build to an older one: stdout, stderr and exit code of every subcommand,
# on the bundled data, 1,000 synthetic regions and broken data (scripts/differential.py).
# OLD is a lokaal binary, or a git ref built in a temporary worktree (cached in .build/differential/).
OLD ?= main
differential: release
	@sh scripts/ensure-packages.sh python3
	@if [ -f "$(OLD)" ] && [ -x "$(OLD)" ]; then old="$(OLD)"; \
	 else old=$$(SWIFT="$(SWIFT)" sh scripts/build-ref.sh "$(OLD)") || exit $$?; fi; \
	 python3 scripts/differential.py "$$old" $(RELEASE) --bench .build/release/lokaal-bench

# The man page is generated from the command definitions by swift-argument-parser's
# manual generator (the tool behind its GenerateManual plugin), never written by hand.
MANDIR = .build/man
man: release
	$(SWIFT) build -c release --static-swift-stdlib $(RELEASE_FLAGS) --product generate-manual
	mkdir -p $(MANDIR)
	.build/release/generate-manual $(RELEASE) --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)" --output-directory $(MANDIR)

install: release man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/lokaal $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 $(MANDIR)/lokaal.1 $(DESTDIR)$(PREFIX)/share/man/man1/lokaal.1
	install -m 755 -s $(RELEASE) $(DESTDIR)$(PREFIX)/bin/lokaal
	install -m 644 Data/*.json $(DESTDIR)$(PREFIX)/share/lokaal/
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	           $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	           $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	$(RELEASE) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/lokaal
	$(RELEASE) --generate-completion-script zsh  > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_lokaal
	$(RELEASE) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/lokaal.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/lokaal $(DESTDIR)$(PREFIX)/share/man/man1/lokaal.1 \
	      $(DESTDIR)$(PREFIX)/share/bash-completion/completions/lokaal \
	      $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_lokaal \
	      $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/lokaal.fish
	rm -rf $(DESTDIR)$(PREFIX)/share/lokaal

clean:
	rm -rf .build
