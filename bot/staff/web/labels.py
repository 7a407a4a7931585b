"""Staff-facing names of the codes stored on cases, through the gettext layer.

The dashboard is in English for the ASB team; the strings still pass through bot.i18n
so a catalog can translate them, like every other user-facing string.
"""
from babel.dates import format_datetime

from bot.cases.deadlines import LONDON
from bot.i18n import LATIN_URDU, N_, babel_locale, gettext_for, reply_locale

STAFF_LANGUAGE = "en"
_ = gettext_for(STAFF_LANGUAGE)

LABELS = {
    # statuses
    "new": N_("New"), "open": N_("Open"), "closed": N_("Closed"),
    # strands (policy 3.1)
    "race": N_("Race"), "religion": N_("Religion or belief"), "disability": N_("Disability"),
    "sexual_orientation": N_("Sexual orientation"), "transgender": N_("Transgender identity"),
    "other": N_("Other"),
    # what is due
    "first_contact": N_("First contact"), "weekly_update": N_("Weekly update"),
    "graffiti_removal": N_("Graffiti removal"),
    # contact methods
    "phone": N_("Phone"), "sms": N_("Text message"), "email": N_("Email"), "in_person": N_("In person"),
    "home_visit": N_("Home visit"), "letter": N_("Letter"), "video": N_("Video call"),
    # outcomes
    "resolved": N_("Resolved"), "not_motivated_by_hate": N_("Not motivated by hate"),
    "no_further_action": N_("No further action"), "victim_withdrew": N_("Victim withdrew"),
    "referred_to_police": N_("Referred to police"), "perpetrator_action_taken": N_("Action taken against perpetrator"),
    # action kinds
    "warning_letter": N_("Warning letter"), "acceptable_behaviour_contract": N_("Acceptable behaviour contract"),
    "mediation": N_("Mediation"), "security_measures": N_("Security measures"),
    "graffiti_removed": N_("Graffiti removed"), "repair": N_("Repair"), "support_referral": N_("Support referral"),
    "management_transfer": N_("Management transfer"), "injunction": N_("Injunction"),
    "possession_proceedings": N_("Possession proceedings"), "closure_order": N_("Closure order"),
    "community_protection_notice": N_("Community protection notice"),
    # link reasons
    "same_postcode": N_("Same postcode"), "same_address": N_("Same address"),
    "same_perpetrator": N_("Similar perpetrator description"), "manual": N_("Linked by staff"),
    # reporter roles, channels
    "victim": N_("Victim"), "witness": N_("Witness"), "on_behalf": N_("On behalf of someone"),
    "webchat": N_("Web chat"), "telegram": N_("Telegram"), "rest": N_("Web (REST)"),
    # roles
    "officer": N_("ASB officer"), "team_manager": N_("Team manager"),
    "cohesion_manager": N_("Community Cohesion Manager"), "administrator": N_("Administrator"),
    "unknown": N_("Unknown"),
}

LANGUAGES = {
    "en": N_("English"), "ur": N_("Urdu"), "pl": N_("Polish"), "ro": N_("Romanian"), "ar": N_("Arabic"),
    "ckb": N_("Kurdish (Sorani)"), "pa": N_("Punjabi"), "fa": N_("Persian"),
}
# A case's `language` is one of LANGUAGES (the queue filters by them); the page tags the
# reporter's words "ur-Latn" (BCP 47 for Roman Urdu's catalog, bot.i18n) when written so.
ROMAN_URDU = LATIN_URDU.replace("_", "-")
NAMES = {**LANGUAGES, ROMAN_URDU: N_("Urdu in Latin letters (Roman Urdu)")}
RTL_LANGUAGES = {"ur", "ar", "ckb", "fa"}
STRANDS = ("race", "religion", "disability", "sexual_orientation", "transgender", "other")


def label(code) -> str:
    if code is None:
        return ""
    code = getattr(code, "value", code)
    return _(LABELS.get(code) or LANGUAGES.get(code) or str(code).replace("_", " "))


def language_tag(code, reply_script=None) -> str:
    """The language the reporter wrote in, as a page's `lang` attribute: Roman Urdu is Urdu
    in Latin letters, read left to right."""
    return ROMAN_URDU if reply_locale(code, reply_script) == LATIN_URDU else code


def language_name(code) -> str:
    return _(NAMES.get(code, code or "")) if code else ""


def text_direction(code) -> str:
    return "rtl" if code in RTL_LANGUAGES else "ltr"


def yes_no(value) -> str:
    if value is None:
        return _("Not known")
    return _("Yes") if value else _("No")


def london_time(value) -> str:
    """A moment as the team reads it: London time, British English (Babel)."""
    return format_datetime(value, "d MMM yyyy, HH:mm", tzinfo=LONDON, locale=babel_locale(STAFF_LANGUAGE))
