# The portal's commands. On a fresh machine with Python 3.11 and pip, `make site` and
# `make test` do all the set-up themselves.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
# Material prints a notice about its successor on every build; the build log is ours.
export NO_MKDOCS_2_WARNING := 1
# Dates in the site (the sitemap's) come from the commit, not the clock, so the same
# commit builds the same bytes.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif

# The browser tests drive Debian's chromium and run axe-core from the npm registry; the
# scanned-PDF tests read with Debian's tesseract and its Vietnamese data.
CHROMIUM ?= /usr/bin/chromium
TESSERACT_VIE := /usr/share/tesseract-ocr/5/tessdata/vie.traineddata
AXE_VERSION := 4.11.0
AXE := tests/.npm/node_modules/axe-core/axe.min.js
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help corpus site test serve clean distclean browser bench publish

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

TWO_TIER_DIVISIONS_VERSION := 2025.10.1

$(INSTALLED): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@# The communes of the two tiers (from 1 July 2025): a later version of the package
	@# that lists the districts, which one environment cannot hold beside it.
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --upgrade \
		--target $(VENV)/two-tier-divisions vietnam-provinces==$(TWO_TIER_DIVISIONS_VERSION)
	touch $@

corpus: $(INSTALLED) ## Convert sources/ into the generated pages under docs/
	$(PY) build_corpus.py

site: $(INSTALLED) ## Convert sources/ into docs/van-ban/ and build the portal into site/
	@# A refused source still lets the rest build; the exit status then reports it.
	@status=0; $(PY) build_corpus.py || status=$$?; \
	$(PY) -m vanban.sitebuild || exit $$?; \
	exit $$status

test: $(INSTALLED) browser ## Run every test
	CHROMIUM=$(CHROMIUM) AXE_JS=$(AXE) $(PY) -m pytest

browser: $(CHROMIUM) $(AXE) $(TESSERACT_VIE) ## Install what the browser and OCR tests need (Debian chromium, tesseract; axe-core)

$(CHROMIUM) $(TESSERACT_VIE):
	$(SUDO) apt-get update -q
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium tesseract-ocr tesseract-ocr-vie

$(AXE):
	npm install --silent --no-audit --no-fund --prefix tests/.npm axe-core@$(AXE_VERSION)

VERSION ?=
ALIAS ?= latest
publish: $(INSTALLED) ## Publish the portal as VERSION on gh-pages with mike (make publish VERSION=2026.11 [ALIAS=latest] [PUSH=1])
	@test -n "$(VERSION)" || { echo "make publish: say which version, e.g. make publish VERSION=2026.11" >&2; exit 2; }
	$(PY) build_corpus.py
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" PORTAL_VERSION_PROVIDER=mike $(VENV)/bin/mike deploy --alias-type=redirect $(if $(PUSH),--push) \
		$(if $(ALIAS),--update-aliases $(VERSION) $(ALIAS),$(VERSION))
	$(if $(ALIAS),$(VENV)/bin/mike set-default $(if $(PUSH),--push) $(ALIAS))

N ?= 1000
REPEAT ?= 1
bench: $(INSTALLED) browser ## Benchmark N synthetic documents from sources to site (make bench N="1000 10000" [REPEAT=3])
	$(PY) -m bench.run $(N) --search --repeat $(REPEAT)

serve: $(INSTALLED) ## Convert the sources and preview the portal at http://127.0.0.1:8000
	$(PY) build_corpus.py
	$(PY) -m mkdocs serve

clean: ## Remove the built site and the generated pages
	rm -rf site docs/van-ban

distclean: clean ## Also remove the virtual environment
	rm -rf $(VENV)
