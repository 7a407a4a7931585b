# Two commands for a newcomer: `make run` and `make test`. Every target does the
# set-up it needs itself (environment, install, training when the model is stale).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
MODEL := models/hatebot.tar.gz
# Rasa 3.6 runs on Python 3.8-3.10 only: python3.10 on PATH, else pyenv's.
FIND_PY310 := for p in python3.10 $$(pyenv root 2>/dev/null)/versions/3.10.*/bin/python3.10; do \
	  "$$p" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null && { echo "$$p"; break; }; done
# Compiled gettext catalogs (rules under "Translations" below); prerequisites of setup/run/test.
PO_FILES := $(wildcard locales/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)
# The web chat page's assets (rules near the end): npm's GOV.UK Frontend and the built stylesheet.
WEBCHAT_ASSETS := node_modules/.installed bot/channels/webchat_static/build/webchat.css
# The project's own NLU components (bot/nlu) shape what is trained, so they are inputs too.
TRAINING_INPUTS := config.yml domain.yml $(shell find nlu_data -name '*.yml' 2>/dev/null) $(wildcard bot/nlu/*.py)
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: help setup train run test bench validate clean browser bench-langid nlu-report nlu-audit
.PHONY: i18n-extract i18n-init i18n-update i18n-compile

help:
	@echo "make run    start the assistant (Rasa :5005, actions :5055, staff dashboard :8000) on SQLite"
	@echo "make test   run every test (sets up and trains first)"
	@echo "make bench  measure turns per second against Rasa's stock moodbot"

setup: $(VENV)/.installed $(MO_FILES)

$(VENV)/.installed: requirements.lock
	@py=$$($(FIND_PY310)); \
	if [ -z "$$py" ]; then \
	  echo "Python 3.10 is needed (Rasa 3.6 supports 3.8-3.10) and none was found."; \
	  echo "Install it, e.g. 'pyenv install 3.10' or your system's python3.10 package, then run make again."; \
	  exit 1; fi; \
	[ -x $(PY) ] || "$$py" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip<25"
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

train: $(MODEL) $(MO_FILES)

# Rasa's training cache knows a component by its name and settings, not by its code: one cache
# per version of bot/nlu, or a changed component would be silently reused from the cache.
NLU_CACHE := .rasa/cache-$(shell cat $(sort $(wildcard bot/nlu/*.py)) | sha1sum | cut -c1-12)

# The model is dated when its training began: an input edited while it trains is newer, so
# the next make trains again instead of keeping a model without that edit.
$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	rm -rf $(filter-out $(NLU_CACHE),$(wildcard .rasa/cache .rasa/cache-*))
	mkdir -p models && touch models/.training-started
	RASA_CACHE_DIRECTORY=$(NLU_CACHE) $(RASA) train --config config.yml --domain domain.yml \
	  --data nlu_data --out models --fixed-model-name hatebot --quiet
	touch -r models/.training-started $@ && rm models/.training-started

run: $(MODEL) $(MO_FILES) $(WEBCHAT_ASSETS)
	$(PY) -m bot run

validate: $(VENV)/.installed
	$(RASA) data validate --domain domain.yml --data nlu_data --config config.yml

test: $(MODEL) $(MO_FILES) $(WEBCHAT_ASSETS) browser validate
	$(PY) -m pytest

bench: $(MODEL) bench-langid
	$(PY) -m bench

# Language identification on short messages: ours vs langdetect (var/bench/langid.md).
bench-langid: $(VENV)/.installed
	$(PY) -m bench.langid

# Held-out intent accuracy per language (one stratified 80/20 split, one training; reports/nlu-report.md, committed).
nlu-report: $(VENV)/.installed $(TRAINING_INPUTS)
	$(PY) -m bench.nlu_report

# Cross-validated mistakes per language, for reviewing the training data (var/nlu-audit/<code>.tsv).
nlu-audit: $(VENV)/.installed
	$(PY) -m bench.nlu_audit

# Translations (gettext catalogs managed by Babel; see README "Languages and translation").
# The .po files are committed; the .mo files are build output, rebuilt when a .po changes.
PYBABEL := $(VENV)/bin/pybabel

i18n-extract: $(VENV)/.installed
	$(PYBABEL) extract -F babel.cfg -k N_ --no-wrap --sort-by-file --omit-header \
	  --project "Hate incident reporting assistant" -o locales/messages.pot .

# `make i18n-init LANG=xx` starts a new language's catalog from the template.
i18n-init: $(VENV)/.installed
	@[ "$(origin LANG)" = "command line" ] || { echo "usage: make i18n-init LANG=xx"; exit 1; }
	$(PYBABEL) init --no-wrap -D messages -i locales/messages.pot -d locales -l $(LANG)
	$(PY) -m bot.i18n_extract fix-headers locales

i18n-update: $(VENV)/.installed
	$(PYBABEL) update --no-wrap -D messages -i locales/messages.pot -d locales
	$(PY) -m bot.i18n_extract fix-headers locales

i18n-compile: $(MO_FILES)

locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po $(VENV)/.installed
	$(PYBABEL) compile --statistics -D messages -l $* -i $< -o $@

# The web chat's assets: GOV.UK Frontend from npm (pinned in package-lock.json) and the page's
# stylesheet built from its Sass with the council's settings (bot/channels/webchat_static).

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

bot/channels/webchat_static/build/webchat.css: bot/channels/webchat_static/webchat.scss node_modules/.installed
	node_modules/.bin/sass --no-source-map --style=compressed --pkg-importer=node --quiet-deps $< $@

# The browser tests drive Debian's chromium; install it when it is missing (CI runs as root).
browser:
	@[ -x /usr/bin/chromium ] || { DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; }

clean:
	rm -rf models var/test-results
