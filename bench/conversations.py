"""Scripted conversations the benchmark sends, one message per turn.

Every turn must get a non-empty reply from the bot, or the run counts an error, except
the messages listed in a bot's *_MAY_BE_SILENT set: an empty reply to those is counted
as "silent" (shown in the table), not as an error. Conversation i of a run uses script
i % len(scripts), each with a fresh sender id.
"""

# The stock moodbot (`rasa init`): the turns DESIGN.md's baseline figures use.
MOODBOT = [
    ["hello", "how do I report this to the police?", "thank you"],
]
# The stock moodbot has no answer to these: its NLU takes them for `deny` (or similar),
# UnexpecTEDIntentPolicy and RulePolicy predict action_default_fallback, and its domain has
# no utter_default, so the REST channel replies []. Rasa does the full turn's work all the
# same, so they are measured like any other turn; an empty reply to "hello" is an error.
MOODBOT_MAY_BE_SILENT = {"how do I report this to the police?", "thank you"}

# Our assistant, like for like: the moodbot's three turns (the target is measured on these).
OURS = [
    ["hello", "how do I report this to the police?", "thank you"],
]
# Our assistant doing what the moodbot cannot: a whole report, every answer of which goes
# through the form's validation on the action server and saves an encrypted draft.
FULL_REPORT = [
    "hello", "yes", "yes", "my neighbour wrote racist graffiti on my door", "1", "no", "Amira Khan",
    "07400 123456", "weekdays after 5pm", "2", "no", "no", "1 2", "last night", "12 Trent Road",
    "ST2 0AB", "1", "1", "the man at number 14", "3 4", "skip", "1", "no", "2 3", "yes", "yes", "no", "1",
]
OURS_REPORT = [FULL_REPORT]
# Our assistant should answer every message: keep these empty.
OURS_MAY_BE_SILENT = set()
OURS_REPORT_MAY_BE_SILENT = set()
