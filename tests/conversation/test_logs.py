"""Personal data never reaches the logs, even with LOG_LEVEL=DEBUG (the live stack runs so):
Rasa and rasa_sdk write message texts and slot values at debug level (bot/log_privacy.py)."""
ACCOUNT = "Quillon Marchbanks threw yellow paint at my door"
NAME = "Quillon Marchbanks"
PHONE = "07400 987654"


def test_the_reporters_words_name_and_number_stay_out_of_the_logs(conversation, live_stack):
    conversation.say("I'd like to report something")
    conversation.say("yes")
    assert "who did this happen to" in conversation.say(ACCOUNT).lower()
    conversation.say("1")
    assert "what name" in conversation.say("no").lower()
    assert "phone number or email" in conversation.say(NAME).lower()
    assert "when is it safe" in conversation.say(PHONE).lower()

    logs = {name: (live_stack["log_dir"] / f"{name}.log").read_text(errors="replace")
            for name in ("rasa", "actions")}
    assert all(logs.values()), "both servers write logs"
    for name, text in logs.items():
        for secret in ("Marchbanks", "yellow paint", "987654", "7400987654"):
            assert secret not in text, f"{secret!r} in {name}.log"
