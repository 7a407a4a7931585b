"""A reporter completes a report through POST /webhooks/rest/webhook; the case is in the queue."""
import re

from bot.cases import CaseStore

REFERENCE = re.compile(r"HC-\d{4}-\d{5}")

FULL_REPORT = [  # (answer, words of the question that should follow)
    ("yes", "what happened"),
    ("My neighbour wrote racist graffiti on my door and shouted at my kids", "who did this happen to"),
    ("1", "anonymous"),
    ("no", "what name"),
    ("Amira Khan", "phone number or email"),
    ("07400 123456", "when is it safe"),
    ("weekdays after 5pm", "leave you messages"),
    ("2", "interpreter"),
    ("no", "access needs"),
    ("no", "why do you think"),
    ("1 2", "when did it happen"),
    ("last night", "where did it happen"),
    ("12 Trent Road, Bentilee", "postcode"),
    ("ST2 0AB", "what kind of place"),
    ("1", "who did it"),
    ("1", "describe them"),
    ("the man at number 14, about 40", "did any of these happen"),
    ("3 4", "affected you"),
    ("skip", "evidence"),
    ("1", "already reported this to the police"),
    ("no", "what would help"),
    ("2 3", "share your report with staffordshire police"),
    ("yes", "usah"),
    ("yes", "more vulnerable"),
    ("no", "here is your report"),
]


def test_full_report_creates_a_case(conversation, live_stack):
    assert "automated assistant" in conversation.say("hi").lower()
    reply = conversation.say("I'd like to report something")
    assert "are you safe right now" in reply.lower()
    for answer, next_question in FULL_REPORT:
        reply = conversation.say(answer)
        assert next_question in reply.lower(), (answer, reply)
    assert "racist graffiti" in reply and "+447400123456" in reply

    reply = conversation.say("1")
    reference = REFERENCE.search(reply).group(0)
    assert "999" in reply and "0330 0881 339" in reply
    assert "officer will contact you by" in reply.lower()

    case = next(c for c in CaseStore(live_stack["database_url"]).export() if c["reference"] == reference)
    assert case["description"] == "My neighbour wrote racist graffiti on my door and shouted at my kids"
    assert case["hate_types"] == ["race", "religion"]
    assert case["reporter_role"] == "victim"
    assert case["anonymous"] is False
    assert case["postcode"] == "ST2 0AB"
    assert case["consent_police"] is True and case["consent_usah"] is True
    assert case["immediate_danger"] is False
    assert case["channel"] == "rest" and case["language"] == "en" and case["status"] == "new"
    assert case["incident_date"] is not None and case["first_contact_due"]


def test_danger_mid_report_gives_999_and_keeps_answers(conversation):
    conversation.say("I want to report a hate incident")
    conversation.say("yes")
    conversation.say("They shouted abuse at me in the lift because I wear a hijab")
    reply = conversation.say("help he has a knife")
    assert reply.index("999") < reply.lower().index("report")
    assert "18000" in reply
    # The account already given is not asked for again: the form goes on where it was.
    assert "who did this happen to" in reply.lower()


def test_first_message_account_is_not_asked_again(conversation):
    reply = conversation.say("someone sprayed racist graffiti on our front door last night")
    assert "are you safe right now" in reply.lower()
    reply = conversation.say("yes")
    assert "in your own words" not in reply.lower()
    assert "who did this happen to" in reply.lower()


def test_signposting_questions(conversation):
    assert "101" in conversation.say("how do I report this to the police?")
    assert "report-it.org.uk" in conversation.say("how do I report this to the police?")
    assert "0330 0881 339" in conversation.say("is there any support for victims")
    assert "01782 234234" in conversation.say("can i talk to a real person")
    assert "don't have to prove it" in conversation.say("what counts as a hate incident")


def test_abandoned_report_is_kept_as_a_draft(conversation, live_stack):
    conversation.say("I want to report something")
    conversation.say("yes")
    conversation.say("People keep leaving dog mess on my step because we are Polish")
    reply = conversation.say("stop")
    assert "draft" in reply.lower()
    drafts = CaseStore(live_stack["database_url"]).list_drafts()
    assert any(d.sender_key == f"rest:{conversation.sender}" for d in drafts)


def test_after_stopping_a_message_answers_no_question(conversation, live_stack):
    """Stopping ends the report: no "didn't understand" after it, and "thanks" or "report"
    next is not taken as the answer to the question that was pending."""
    conversation.say("I want to report something")
    conversation.say("yes")
    reply = conversation.say("stop")
    assert "draft" in reply.lower() and "didn't understand" not in reply
    assert "welcome" in conversation.say("thanks").lower()
    draft = CaseStore(live_stack["database_url"]).get_draft(f"rest:{conversation.sender}")
    assert draft.data.get("description") in (None, "")
    reply = conversation.say("report")
    assert "are you safe right now" in reply.lower()  # a new report, from its first question


def test_report_after_stopping_carries_on_where_it_stopped(conversation, live_stack):
    """A frightened "stop it" may not mean "stop the report": "report" afterwards carries on
    with the answers kept, asking only "are you safe?" again, since that may have changed."""
    conversation.say("I want to report something")
    conversation.say("yes")
    conversation.say("People keep leaving dog mess on my step because we are Polish")
    conversation.say("1")
    assert "what name" in conversation.say("skip").lower()  # "stay anonymous?" skipped
    assert "draft" in conversation.say("stop it").lower()
    reply = conversation.say("report")
    assert "carry on" in reply.lower() and "are you safe right now" in reply.lower(), reply
    assert "didn't understand" not in reply
    reply = conversation.say("yes")
    assert "in your own words" not in reply.lower() and "anonymous" not in reply.lower()
    assert "what name" in reply.lower(), reply
    draft = CaseStore(live_stack["database_url"]).get_draft(f"rest:{conversation.sender}")
    assert draft.data["description"].startswith("People keep leaving dog mess")
    assert draft.data["reporter_role"] == "victim"


def test_an_answer_that_also_asks_for_support_is_kept(conversation, live_stack):
    """"locks and someone to talk" at "what would help?": the model may read it as a request
    for support; the support details come, and the answer is kept, not asked for again."""
    conversation.say("I'd like to report something")
    index = next(i for i, (_, question) in enumerate(FULL_REPORT) if question == "what would help")
    for answer, next_question in FULL_REPORT[: index + 1]:
        assert next_question in conversation.say(answer).lower(), answer
    reply = conversation.say("locks and someone to talk")
    assert "0330 0881 339" in reply and "share your report with staffordshire police" in reply.lower(), reply
    assert "didn't understand" not in reply
    draft = CaseStore(live_stack["database_url"]).get_draft(f"rest:{conversation.sender}")
    assert draft.data["wants"] == ["support", "security"]


def test_a_consent_that_reads_as_a_police_question_is_kept(conversation, live_stack):
    """"yes, report it to the police" at the police consent: the model reads it as
    ask_police_options. The police options come, the yes is kept and the report goes on;
    a real question there is answered and the consent asked again, nothing misunderstood."""
    conversation.say("I'd like to report something")
    index = next(i for i, (_, question) in enumerate(FULL_REPORT) if "staffordshire police" in question)
    for answer, next_question in FULL_REPORT[: index + 1]:
        assert next_question in conversation.say(answer).lower(), answer
    reply = conversation.say("how do I call the police?")
    assert "101" in reply and "share your report with staffordshire police" in reply.lower(), reply
    assert "didn't understand" not in reply
    reply = conversation.say("yes, report it to the police")
    assert "101" in reply and "usah" in reply.lower() and "didn't understand" not in reply, reply
    for answer, next_question in FULL_REPORT[index + 2:]:
        assert next_question in conversation.say(answer).lower(), answer
    reference = REFERENCE.search(conversation.say("1")).group(0)
    case = next(c for c in CaseStore(live_stack["database_url"]).export() if c["reference"] == reference)
    assert case["consent_police"] is True and case["consent_usah"] is True
