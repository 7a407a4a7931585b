"""The case service: reports become cases in the ASB team's queue (no Rasa here)."""
from bot.cases.report import Report
from bot.cases.store import CaseStore, CaseStoreError, Draft, SubmittedCase

__all__ = ["CaseStore", "CaseStoreError", "Draft", "Report", "SubmittedCase"]
