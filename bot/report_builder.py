"""From the form's slot values to the case service's Report (no Rasa imports)."""
from typing import Any, Dict, List, Optional

from bot.cases.report import Report
from bot.questions import SKIPPED_VALUE

MESSAGE_SAFETY = {"both": (True, True), "texts": (True, False), "voicemail": (False, True), "neither": (False, False)}


def _given(value: Any) -> Any:
    """None for skipped or missing answers."""
    return None if value in (None, SKIPPED_VALUE) else value


def _codes(value: Any) -> List[str]:
    return list(value) if isinstance(value, list) else []


def _text_or_none(value: Any) -> Optional[str]:
    value = _given(value)
    return value if isinstance(value, str) else None


def build_report(slots: Dict[str, Any]) -> Report:
    safe_now = _given(slots.get("safe_now"))
    contact = _given(slots.get("contact")) or {}
    when = _given(slots.get("incident_when")) or {}
    interpreter = _given(slots.get("interpreter"))
    texts_safe, voicemail_safe = MESSAGE_SAFETY.get(_given(slots.get("message_safety")), (None, None))
    anonymous = slots.get("anonymous") is True
    return Report.from_dict({
        "immediate_danger": None if safe_now is None else not safe_now,
        "reporter_role": _given(slots.get("reporter_role")),
        "victim_aware": _given(slots.get("victim_aware")),
        "anonymous": anonymous,
        "contact_name": None if anonymous else _text_or_none(slots.get("contact_name")),
        "contact_phone": None if anonymous else (contact.get("value") if contact.get("kind") == "phone" else None),
        "contact_email": None if anonymous else (contact.get("value") if contact.get("kind") == "email" else None),
        "safe_times": _text_or_none(slots.get("safe_times")),
        "texts_safe": texts_safe,
        "voicemail_safe": voicemail_safe,
        "interpreter_needed": None if interpreter is None else interpreter is not False,
        "interpreter_language": interpreter if isinstance(interpreter, str) else None,
        "access_needs": _text_or_none(slots.get("access_needs")),
        "description": _text_or_none(slots.get("description")),
        "hate_types": _codes(slots.get("hate_types")),
        "incident_date": when.get("date"),
        "incident_when_text": when.get("text"),
        "repeated": when.get("repeated"),
        "repeated_since": when.get("since"),
        "location": _text_or_none(slots.get("location")),
        "postcode": _text_or_none(slots.get("postcode")),
        "location_type": _given(slots.get("location_type")),
        "perpetrator_relation": _given(slots.get("perpetrator_relation")),
        "perpetrator_description": _text_or_none(slots.get("perpetrator_description")),
        "harms": _codes(slots.get("harms")),
        "impact": _text_or_none(slots.get("impact")),
        "evidence": _codes(slots.get("evidence")),
        "evidence_links": _codes(slots.get("evidence_links")),
        "police_reported": _given(slots.get("police_reported")),
        "crime_reference": _text_or_none(slots.get("crime_reference")),
        "wants": _codes(slots.get("wants")),
        "consent_police": _given(slots.get("consent_police")),
        "consent_usah": _given(slots.get("consent_usah")),
        "vulnerability": _text_or_none(slots.get("vulnerability")),
    })
