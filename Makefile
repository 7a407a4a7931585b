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
TRAINING_INPUTS := config.yml domain.yml $(shell find nlu_data -name '*.yml' 2>/dev/null)
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: help setup train run test bench validate clean

help:
	@echo "make run    start the assistant (Rasa :5005, actions :5055) on SQLite"
	@echo "make test   run every test (sets up and trains first)"
	@echo "make bench  measure turns per second against Rasa's stock moodbot"

setup: $(VENV)/.installed

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

train: $(MODEL)

$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	$(RASA) train --config config.yml --domain domain.yml --data nlu_data \
	  --out models --fixed-model-name hatebot --quiet

run: $(MODEL)
	$(PY) -m bot run

validate: $(VENV)/.installed
	$(RASA) data validate --domain domain.yml --data nlu_data --config config.yml

test: $(MODEL) validate
	$(PY) -m pytest

bench: $(MODEL)
	$(PY) -m bench

clean:
	rm -rf models var/test-results
