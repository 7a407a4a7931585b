"""Custom actions: thin adapters between Rasa and the `bot` package."""

from bot import log_privacy

# rasa_sdk imports this package after configuring its logging: no debug records from it here.
log_privacy.install()
