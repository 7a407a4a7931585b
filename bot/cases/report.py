"""The intake of one report, as a plain dataclass (no database, no Rasa)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, List, Mapping, Optional

HATE_TYPES = ("race", "religion", "disability", "sexual_orientation", "transgender", "other")
REPORTER_ROLES = ("victim", "witness", "on_behalf")
LOCATION_TYPES = ("council_home", "communal_area", "other")
PERPETRATOR_RELATIONS = ("neighbour", "council_tenant", "visitor", "stranger", "unknown")
HARMS = ("injury", "damage", "graffiti", "children_present")
EVIDENCE = ("photos", "witnesses", "cctv")
WANTS = ("support", "security", "graffiti_removal", "repair", "transfer")

DATE_FIELDS = ("incident_date", "repeated_since")
LIST_FIELDS = ("hate_types", "harms", "evidence", "evidence_links", "wants")


@dataclass
class Report:
    # Safety and who is reporting.
    immediate_danger: Optional[bool] = None
    reporter_role: Optional[str] = None
    victim_aware: Optional[bool] = None
    anonymous: bool = False
    # Contact, and how it is safe to reach them.
    contact_name: Optional[str] = None
    contact_phone: Optional[str] = None
    contact_email: Optional[str] = None
    safe_times: Optional[str] = None
    texts_safe: Optional[bool] = None
    voicemail_safe: Optional[bool] = None
    interpreter_needed: Optional[bool] = None
    interpreter_language: Optional[str] = None
    access_needs: Optional[str] = None
    # What happened: kept verbatim, in the reporter's language.
    description: Optional[str] = None
    hate_types: List[str] = field(default_factory=list)
    hate_other: Optional[str] = None
    incident_date: Optional[dt.date] = None
    incident_when_text: Optional[str] = None
    repeated: Optional[bool] = None
    repeated_since: Optional[dt.date] = None
    location: Optional[str] = None
    postcode: Optional[str] = None
    location_type: Optional[str] = None
    perpetrator_relation: Optional[str] = None
    perpetrator_description: Optional[str] = None
    harms: List[str] = field(default_factory=list)
    impact: Optional[str] = None
    evidence: List[str] = field(default_factory=list)
    evidence_links: List[str] = field(default_factory=list)
    police_reported: Optional[bool] = None
    crime_reference: Optional[str] = None
    wants: List[str] = field(default_factory=list)
    consent_police: Optional[bool] = None
    consent_usah: Optional[bool] = None
    vulnerability: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Report":
        """Build from slots or JSON: unknown keys are ignored, ISO dates parsed."""
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in DATE_FIELDS:
            values[name] = _as_date(values.get(name))
        for name in LIST_FIELDS:
            # A slot may hold None or a single string; the case wants a list.
            value = values.get(name)
            if value is None:
                values[name] = []
            elif isinstance(value, str):
                values[name] = [value]
            else:
                values[name] = list(value)
        if values.get("anonymous") is None:
            values["anonymous"] = False
        return cls(**values)

    def to_dict(self) -> dict:
        """JSON-friendly form (dates as ISO strings), e.g. for a draft."""
        out = dataclasses.asdict(self)
        for name in DATE_FIELDS:
            if out[name] is not None:
                out[name] = out[name].isoformat()
        return out


def _as_date(value: Any) -> Optional[dt.date]:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    # Accept both "2026-03-01" and a full ISO timestamp.
    return dt.date.fromisoformat(str(value)[:10])
