"""The intake questions, in the order they are asked, and when each one applies.

One table drives the form: which slots are required (skipping what does not apply),
how each answer is parsed, and what a case field is made of. Every question can be
skipped; a skipped answer is stored as SKIPPED_VALUE so it is not asked again.
"""
from dataclasses import dataclass, field
from typing import Callable, Dict, FrozenSet, List, Optional, Tuple

SKIPPED_VALUE = "skipped"

Options = List[Tuple[str, List[str]]]


@dataclass(frozen=True)
class Question:
    slot: str
    kind: str  # yesno | choice | multi | text | when | contact | postcode
    options: Options = field(default_factory=list)
    applies: Callable[[Dict], bool] = lambda slots: True
    none_code: Optional[str] = None  # for multi: the option that means "none of these"
    # Interrupting intents (domain.yml's x-interruptions) an honest answer can be read as:
    # "yes, report it to the police" to the police consent reads as ask_police_options. The
    # form keeps such a message as the answer (domain.yml's not_intent leaves these out; a
    # test checks) and the rule's reply still comes (actions/report_form.py). Never
    # emergency or stop_report: those always reach their rules.
    also_answered_by: FrozenSet[str] = frozenset()
    # A choice a bare yes or no answers, in every language: (the yes option, the no option).
    yes_no_options: Optional[Tuple[str, str]] = None
    # An option named by words that also come inside answers naming the others: "me", "with",
    # "happened" in "it happened with my son", "I am a witness". It counts only when no other
    # option is named as well.
    named_last: Optional[str] = None


def _named(slots: Dict) -> bool:
    return slots.get("anonymous") is not True


def _has_phone(slots: Dict) -> bool:
    contact = slots.get("contact")
    return _named(slots) and isinstance(contact, dict) and contact.get("kind") == "phone"


ROLE_OPTIONS: Options = [
    ("victim", ["me", "myself", "victim", "happened to me", "i was"]),
    ("witness", ["saw", "witness", "seen", "watched"]),
    ("on_behalf", ["behalf", "someone else", "friend", "relative", "family", "mum", "dad", "son", "daughter", "neighbour"]),
]
STRAND_OPTIONS: Options = [
    ("race", ["race", "racist", "racial", "colour", "ethnic", "nationality", "foreign", "immigrant", "skin"]),
    ("religion", ["religion", "religious", "faith", "muslim", "islam", "jewish", "christian", "sikh", "hindu", "hijab", "mosque", "church"]),
    ("disability", ["disability", "disabled", "wheelchair", "blind", "deaf", "autism", "autistic", "mental health"]),
    ("sexual_orientation", ["gay", "lesbian", "bisexual", "sexuality", "sexual orientation", "homophobic", "lgb"]),
    ("transgender", ["trans", "transgender", "transphobic", "non-binary", "nonbinary"]),
    ("other", ["other", "something else", "age", "gender", "sex"]),
]
LOCATION_TYPE_OPTIONS: Options = [
    ("council_home", ["council home", "my home", "my flat", "my house", "at home", "council"]),
    ("communal_area", ["communal", "shared", "stairs", "stairwell", "corridor", "lift", "car park", "garden", "landing"]),
    ("other", ["street", "shop", "bus", "park", "other", "somewhere else", "elsewhere"]),
]
PERPETRATOR_OPTIONS: Options = [
    ("neighbour", ["neighbour", "neighbor", "next door", "upstairs", "downstairs"]),
    ("council_tenant", ["tenant", "council tenant", "lives on the estate"]),
    ("visitor", ["visitor", "visiting", "friend of"]),
    ("stranger", ["stranger", "someone i don't know", "never seen", "passer"]),
    ("unknown", ["not sure who", "no idea who", "unknown"]),
]
HARM_OPTIONS: Options = [
    ("injury", ["hurt", "injured", "injury", "hit", "punched", "bleeding"]),
    ("damage", ["damage", "damaged", "broke", "broken", "smashed", "window", "car"]),
    ("graffiti", ["graffiti", "painted", "spray", "written", "wrote"]),
    ("children_present", ["children", "kids", "child", "son", "daughter", "baby"]),
    ("none", ["none", "nothing", "no"]),
]
EVIDENCE_OPTIONS: Options = [
    ("photos", ["photo", "photos", "picture", "pictures", "video", "recording", "screenshot"]),
    ("witnesses", ["witness", "witnesses", "neighbour saw", "someone saw", "people saw"]),
    ("cctv", ["cctv", "camera", "doorbell", "ring"]),
    ("none", ["none", "nothing", "no"]),
]
WANT_OPTIONS: Options = [
    ("support", ["support", "help", "talk", "someone to talk"]),
    ("security", ["security", "locks", "lock", "safe", "door", "alarm", "letterbox"]),
    ("graffiti_removal", ["remove", "removed", "clean", "graffiti"]),
    ("repair", ["repair", "fix", "fixed", "mend"]),
    ("transfer", ["move", "moving", "transfer", "rehouse", "new home"]),
]
MESSAGE_SAFETY_OPTIONS: Options = [
    ("both", ["both", "texts and voicemail", "either", "any"]),
    ("texts", ["text", "texts", "sms", "message"]),
    ("voicemail", ["voicemail", "voice mail", "message on phone"]),
    ("neither", ["neither", "none", "don't", "no"]),
]
CONFIRM_OPTIONS: Options = [
    ("send", ["send", "yes", "correct", "right", "ok", "fine", "submit", "confirm"]),
    ("change", ["change", "no", "wrong", "edit", "correct it", "fix"]),
]
# What a reporter can choose to correct, and the questions each choice asks again.
SECTIONS: Dict[str, List[str]] = {
    "what": ["description", "hate_types"],
    "when": ["incident_when"],
    "where": ["location", "postcode", "location_type"],
    "who": ["perpetrator_relation", "perpetrator_description"],
    "contact": ["anonymous", "contact_name", "contact", "safe_times", "message_safety", "interpreter", "access_needs"],
    "help": ["harms", "evidence", "police_reported", "crime_reference", "wants", "consent_police", "consent_usah", "vulnerability"],
}
SECTION_OPTIONS: Options = [
    ("what", ["what happened", "what", "description", "strand", "type"]),
    ("when", ["when", "date", "time"]),
    ("where", ["where", "place", "address", "postcode", "location"]),
    ("who", ["who", "person", "perpetrator"]),
    ("contact", ["contact", "name", "phone", "email", "number"]),
    ("help", ["help", "consent", "police", "usah", "evidence", "support"]),
]

QUESTIONS: List[Question] = [
    Question("safe_now", "yesno"),
    Question("description", "text"),
    Question("reporter_role", "choice", ROLE_OPTIONS, named_last="victim"),
    Question("victim_aware", "yesno", applies=lambda s: s.get("reporter_role") in ("witness", "on_behalf")),
    Question("anonymous", "yesno"),
    Question("contact_name", "text", applies=_named),
    Question("contact", "contact", applies=_named),
    Question("safe_times", "text", applies=lambda s: _named(s) and isinstance(s.get("contact"), dict)),
    # "Is it safe for us to leave you messages?" "no" / "nie" / "لا".
    Question("message_safety", "choice", MESSAGE_SAFETY_OPTIONS, applies=_has_phone,
             yes_no_options=("both", "neither")),
    # "yes, Polish" names the interpreter's language, not the conversation's.
    Question("interpreter", "text", applies=_named, also_answered_by=frozenset({"change_language"})),
    Question("access_needs", "text", applies=_named),
    Question("hate_types", "multi", STRAND_OPTIONS),
    Question("incident_when", "when"),
    Question("location", "text"),
    Question("postcode", "postcode"),
    Question("location_type", "choice", LOCATION_TYPE_OPTIONS),
    Question("perpetrator_relation", "choice", PERPETRATOR_OPTIONS),
    Question("perpetrator_description", "text"),
    Question("harms", "multi", HARM_OPTIONS, none_code="none"),
    Question("impact", "text", also_answered_by=frozenset({"ask_support"})),  # "I need someone to talk to"
    Question("evidence", "multi", EVIDENCE_OPTIONS, none_code="none"),
    Question("police_reported", "yesno", also_answered_by=frozenset({"ask_police_options"})),  # "no, how do I?"
    Question("crime_reference", "text", applies=lambda s: s.get("police_reported") is True),
    Question("wants", "multi", WANT_OPTIONS, also_answered_by=frozenset({"ask_support", "request_human"})),
    Question("consent_police", "yesno", also_answered_by=frozenset({"ask_police_options"})),  # "yes, report it to the police"
    # "May we pass your details to USAH?": an anonymous reporter gave none (the signposting
    # still gives every reporter USAH's number to refer themselves, policy 5.4.2).
    Question("consent_usah", "yesno", applies=_named,
             also_answered_by=frozenset({"ask_support", "request_human"})),  # "yes, refer me"
    Question("vulnerability", "text", also_answered_by=frozenset({"ask_support"})),  # "mental health, I need support"
    Question("confirm", "choice", CONFIRM_OPTIONS, yes_no_options=("send", "change")),
    Question("correction", "choice", SECTION_OPTIONS, applies=lambda s: s.get("confirm") == "change"),
]
BY_SLOT: Dict[str, Question] = {q.slot: q for q in QUESTIONS}
INTAKE_SLOTS: List[str] = [q.slot for q in QUESTIONS]


def required_slots(slots: Dict) -> List[str]:
    """The questions that apply given the answers so far, in asking order."""
    return [q.slot for q in QUESTIONS if q.applies(slots)]
