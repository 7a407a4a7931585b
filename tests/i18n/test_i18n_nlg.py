"""Rasa responses rendered by bot.nlg.LocalisedNLG with the tracker's `language` slot."""
import pytest
from rasa.core.nlg.generator import NaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

from bot.bidi import FSI, PDI
from bot.config import PROJECT_ROOT
from bot.nlg import LocalisedNLG


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


@pytest.fixture(scope="module")
def nlg(domain):
    """Built the way `rasa run --endpoints endpoints.yml` builds it."""
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "nlg")
    generator = NaturalLanguageGenerator.create(config, domain)
    assert isinstance(generator, LocalisedNLG)
    return generator


def tracker(domain, language=None):
    events = [SlotSet("language", language)] if language else []
    return DialogueStateTracker.from_events("reporter", events, slots=domain.slots)


async def test_english_is_the_domain_text_unchanged(nlg, domain):
    reply = await nlg.generate("utter_ask_safe_now", tracker(domain), "rest")
    assert reply["text"] == "First: are you safe right now? Reply 1 for Yes, 2 for No."
    assert [b["title"] for b in reply["buttons"]] == ["Yes", "No"]


async def test_urdu_text_and_buttons_are_translated(nlg, domain):
    reply = await nlg.generate("utter_ask_safe_now", tracker(domain, "ur"), "webchat")
    assert reply["text"] == "سب سے پہلے: کیا آپ اس وقت محفوظ ہیں؟ ہاں کے لیے 1، نہیں کے لیے 2 لکھیں۔"
    assert [(b["title"], b["payload"]) for b in reply["buttons"]] == [("ہاں", "1"), ("نہیں", "2")]


async def test_polish_placeholder_is_filled_after_translation(nlg, domain):
    reply = await nlg.generate("utter_report_sent", tracker(domain, "pl"), "twilio",
                               reference="HC-2026-00042")
    assert reply["text"] == ("Dziękuję. Twoje zgłoszenie trafiło do zespołu ds. zachowań "
                             "antyspołecznych. Numer Twojej sprawy to HC-2026-00042.")


async def test_arabic_reference_is_isolated_on_sms(nlg, domain):
    reply = await nlg.generate("utter_report_sent", tracker(domain, "ar"), "twilio",
                               reference="HC-2026-00042")
    assert reply["text"].startswith("شكرًا لك.")
    assert f"{FSI}HC-2026-00042{PDI}" in reply["text"]


async def test_arabic_numbers_and_links_are_isolated_on_telegram(nlg, domain):
    reply = await nlg.generate("utter_signposting", tracker(domain, "ar"), "telegram")
    assert f"{FSI}0330 0881 339{PDI}" in reply["text"]
    assert f"{FSI}https://www.report-it.org.uk/{PDI}" in reply["text"]


async def test_arabic_on_the_web_chat_has_no_isolates(nlg, domain):
    reply = await nlg.generate("utter_report_sent", tracker(domain, "ar"), "webchat",
                               reference="HC-2026-00042")
    assert "HC-2026-00042" in reply["text"] and FSI not in reply["text"]


async def test_persian_summary_slot_text_is_isolated_after_filling(nlg, domain):
    summary = "- کد پستی: ST4 1HH\n- راه تماس: 07700 900123"
    reply = await nlg.generate("utter_summary", tracker(domain, "fa"), "sms", summary=summary)
    assert reply["text"].startswith("این گزارش شماست:\n")
    assert f"{FSI}ST4 1HH{PDI}" in reply["text"] and f"{FSI}07700 900123{PDI}" in reply["text"]
    assert [b["title"] for b in reply["buttons"]] == ["بفرست", "تغییر چیزی"]


async def test_unknown_language_code_falls_back_to_english(nlg, domain):
    reply = await nlg.generate("utter_goodbye", tracker(domain, "../../etc"), "rest")
    assert reply["text"].startswith("Take care.")


async def test_unknown_response_gives_nothing(nlg, domain):
    assert await nlg.generate("utter_no_such_thing", tracker(domain, "pl"), "rest") is None


async def test_roman_urdu_is_answered_from_its_own_catalog_without_isolates(nlg, domain):
    """An Urdu conversation written in Latin letters (`reply_script` "latin") is answered in
    Roman Urdu, left to right: no Nastaliq, no direction isolates, the same numbers."""
    from bot.i18n import gettext_for

    roman = DialogueStateTracker.from_events(
        "reporter", [SlotSet("language", "ur"), SlotSet("reply_script", "latin")], slots=domain.slots)
    reply = await nlg.generate("utter_report_sent", roman, "twilio", reference="HC-2026-00042")
    expected = gettext_for("ur_Latn")(domain.responses["utter_report_sent"][0]["text"])
    assert reply["text"] == expected.format(reference="HC-2026-00042")
    assert "HC-2026-00042" in reply["text"] and FSI not in reply["text"]
    assert not any("\u0600" <= c <= "\u06ff" for c in reply["text"])
    assert reply["text"] != domain.responses["utter_report_sent"][0]["text"].format(
        reference="HC-2026-00042")  # not the English left in place
