"""The project's own Rasa input channels: SMS through Twilio and Telegram.

Rasa's stock connectors check no signature or secret and block the event loop; these
verify every request in constant time, bound bodies, namespace sender ids per channel and
treat whatever a user types as text (see plain_text.py). Registered in credentials.yml
by module path: `bot.channels.twilio_sms.TwilioSmsInput`, `bot.channels.telegram.TelegramInput`.
"""
