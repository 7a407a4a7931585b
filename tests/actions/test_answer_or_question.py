"""Answers that read as a question ("yes tell the police" as ask_police_options): which
intents each question takes as an answer is bot/questions.py's `also_answered_by`;
domain.yml's slot mappings and the replies the form gives in the rules' place must agree."""
import yaml

from actions.report_form import RULE_REPLIES
from bot.config import PROJECT_ROOT
from bot.questions import BY_SLOT, QUESTIONS

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
RULES = yaml.safe_load((PROJECT_ROOT / "nlu_data" / "rules.yml").read_text(encoding="utf-8"))["rules"]
INTERRUPTIONS = set(DOMAIN["x-interruptions"])


def _not_intent(slot):
    """The not_intent of the slot's from_text mapping inside the report form."""
    [mapping] = [m for m in DOMAIN["slots"][slot]["mappings"]
                 if {"active_loop": "report_form", "requested_slot": slot} in m.get("conditions", [])]
    return set(mapping.get("not_intent", []))


def _rule_replies_during_report():
    """intent -> the first action of its "during a report" rule."""
    replies = {}
    for rule in RULES:
        steps = rule["steps"]
        if {"active_loop": "report_form"} in rule.get("condition", []) and "intent" in steps[0]:
            replies[steps[0]["intent"]] = steps[1]["action"]
    return replies


def test_every_form_slot_refuses_the_interruptions_except_what_answers_it():
    assert DOMAIN["forms"]["report_form"]["required_slots"] == list(BY_SLOT)
    for slot, question in BY_SLOT.items():
        assert _not_intent(slot) == INTERRUPTIONS - question.also_answered_by, slot


def test_only_harmless_interruptions_can_be_answers():
    # Danger and stop must always reach their rules; a status question is never an answer.
    for question in QUESTIONS:
        assert question.also_answered_by <= INTERRUPTIONS, question.slot
        assert not question.also_answered_by & {"emergency", "stop_report", "ask_case_status"}, question.slot


def test_the_form_gives_the_rules_replies():
    rules = _rule_replies_during_report()
    assert {intent: rules[intent] for intent in RULE_REPLIES} == RULE_REPLIES
    for question in QUESTIONS:
        for intent in question.also_answered_by:
            # change_language's rule shows the menu, which an answer naming a language skips.
            assert intent in RULE_REPLIES or intent == "change_language", (question.slot, intent)
