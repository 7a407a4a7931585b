"""A reporter asks how their report is going: only they can learn its status."""
from bot.cases import CaseStore, Report


def submitted(live_stack, sender_key="sms:+447400000000"):
    report = Report(description="They smashed my window", contact_phone="+447400123456", hate_types=["race"])
    return CaseStore(live_stack["database_url"]).submit(report, channel="twilio", language="en",
                                                         sender_key=sender_key).reference


def test_status_after_the_last_four_digits(conversation, live_stack):
    reference = submitted(live_stack)
    reply = conversation.say(f"what is happening with my report {reference}")
    assert "last four digits" in reply.lower()
    reply = conversation.say("3456")
    assert "received and waiting for an officer" in reply


def test_wrong_digits_three_times_lock_the_lookup(conversation, live_stack):
    reference = submitted(live_stack)
    conversation.say("any update on my case")
    assert "last four digits" in conversation.say(reference).lower()
    assert "does not match" in conversation.say("1111")
    assert "does not match" in conversation.say("2222")
    assert "paused for 30 minutes" in conversation.say("3333")
    # While locked, asking again gets no further than the lock.
    assert "paused for 30 minutes" in conversation.say(f"what is happening with my report {reference}")
