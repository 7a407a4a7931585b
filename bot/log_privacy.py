"""No debug records from Rasa or rasa_sdk, whatever LOG_LEVEL or --debug says.

At debug level they write conversation content: the message text and its intent
(`processor.message.parse`), every slot value (`processor.slots.log`: names, phone numbers,
the reporter's account), the events of each action, the tracker sent to the action server.
Personal data must never be logged, and turning on debug logging to chase a fault is exactly
what an operator would do. Records at INFO and above (server started, errors) still pass.
Installed by the processes that hold conversations: Rasa (bot.nlg, loaded from endpoints.yml)
and the action server (actions/). SQLAlchemy's decrypted result rows: bot/cases/store.py."""
import logging

SILENCED = ("rasa", "rasa_sdk")


class NoDebugFromRasa(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.INFO or not _from_rasa(record.name)


def _from_rasa(name: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in SILENCED)


def install() -> None:
    """On the root logger's handlers (Rasa and rasa_sdk configure those before they load our
    code), and the loggers themselves raised to INFO so debug records are not even built."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, NoDebugFromRasa) for f in handler.filters):
            handler.addFilter(NoDebugFromRasa())
    for name in SILENCED:
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.INFO:
            logger.setLevel(logging.INFO)
