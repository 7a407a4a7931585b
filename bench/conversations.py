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

# Our assistant.
# PLACEHOLDER: the same three turns as the moodbot for now. The assistant's author
# replaces this with full report flows (greeting, what happened, when, where,
# consents, summary confirmed, reference given), one list of messages per flow.
OURS = [
    ["hello", "how do I report this to the police?", "thank you"],
]
# Our assistant should answer every message: keep this empty.
OURS_MAY_BE_SILENT = set()
