"""The report summary the reporter confirms or corrects before it is sent."""
from typing import Any, Dict

from bot.i18n import N_, gettext_for
from bot.labels import label
from bot.questions import BY_SLOT, SKIPPED_VALUE

# (label, how to show the answer); order as the reporter told it.
LINES = [
    (N_("What happened"), "description"),
    (N_("Why targeted"), "hate_types"),
    (N_("When"), "incident_when"),
    (N_("Where"), "location"),
    (N_("Postcode"), "postcode"),
    (N_("Who did it"), "perpetrator_relation"),
    (N_("Description of them"), "perpetrator_description"),
    (N_("Your role"), "reporter_role"),
    (N_("Contact"), "contact"),
    (N_("Share with police"), "consent_police"),
    (N_("Refer to USAH"), "consent_usah"),
]
MAX_SHOWN = 300  # characters of free text shown per line; the case keeps it all


def render_summary(slots: Dict[str, Any], lang: str) -> str:
    _ = gettext_for(lang)
    # A question that did not apply is left out ("Refer to USAH" for an anonymous report);
    # the contact line stays, saying "Anonymous".
    shown = [(title, slot) for title, slot in LINES if slot == "contact" or BY_SLOT[slot].applies(slots)]
    return "\n".join(f"- {_(title)}: {_show(slots, slot, lang)}" for title, slot in shown)


CODED = {"reporter_role", "perpetrator_relation"}


def _show(slots: Dict[str, Any], slot: str, lang: str) -> str:
    _ = gettext_for(lang)
    value = slots.get(slot)
    if slot == "contact" and slots.get("anonymous") is True:
        return _("Anonymous")
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if value in (None, SKIPPED_VALUE, []):
        return label("skipped", lang)
    if isinstance(value, list):
        return ", ".join(label(code, lang) for code in value)
    if isinstance(value, dict):
        return str(value.get("text") or value.get("value") or "")[:MAX_SHOWN]
    return label(value, lang) if slot in CODED else str(value)[:MAX_SHOWN]
