"""Display names of the codes stored on a case (staff fields keep the codes)."""
from bot.i18n import N_, gettext_for

LABELS = {
    "victim": N_("It happened to me"),
    "witness": N_("I saw it happen"),
    "on_behalf": N_("On behalf of someone else"),
    "race": N_("Race, ethnicity or nationality"),
    "religion": N_("Religion or belief"),
    "disability": N_("Disability"),
    "sexual_orientation": N_("Sexual orientation"),
    "transgender": N_("Transgender identity"),
    "other": N_("Something else"),
    "council_home": N_("A council home"),
    "communal_area": N_("A shared or communal area"),
    "neighbour": N_("A neighbour"),
    "council_tenant": N_("Another council tenant"),
    "visitor": N_("A visitor to the area"),
    "stranger": N_("A stranger"),
    "unknown": N_("I don't know"),
    "injury": N_("Someone was hurt"),
    "damage": N_("Damage to a home or property"),
    "graffiti": N_("Graffiti"),
    "children_present": N_("Children were there"),
    "photos": N_("Photos or videos"),
    "witnesses": N_("Witnesses"),
    "cctv": N_("CCTV or a doorbell camera"),
    "support": N_("Support for me or my family"),
    "security": N_("Better security at home"),
    "graffiti_removal": N_("Graffiti removed"),
    "repair": N_("Damage repaired"),
    "transfer": N_("A move to another home"),
    "send": N_("Send it"),
    "change": N_("Change something"),
    "skipped": N_("Not given"),
}


def label(code: str, lang: str | None) -> str:
    return gettext_for(lang)(LABELS.get(code, code))
