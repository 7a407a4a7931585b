"""Fixes for measured hot spots in Rasa 3.6, installed when Rasa loads bot.nlg.

Profiling a reporting conversation with py-spy (see README, "Performance"):
- Rasa checks every action server response with `jsonschema.validate`, which validates the
  *schema itself* against the JSON Schema meta-schema on each call: 45% of the Rasa server's
  CPU. The schema never changes, so it is checked once and a ready validator is reused;
  responses are still validated in full.
- Every stored event is turned back into an object by `Event.resolve_by_type`, which walks all
  subclasses of Event for each one: 11%. The classes are fixed once Rasa is loaded, so the
  type-name lookup is cached (a miss still falls back to the full walk).
"""
from functools import lru_cache
from typing import Dict, Optional, Type

from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event

_original_resolve_by_type = Event.resolve_by_type
_event_classes: Dict[str, Type[Event]] = {}


@lru_cache(maxsize=1)
def _response_validator():
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self, result) -> bool:
    from jsonschema import ValidationError

    try:
        _response_validator().validate(result)
        return True
    except ValidationError as error:
        error.message += ". Failed to validate Action server response from API."
        raise


def _resolve_by_type(type_name: str, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    found = _event_classes.get(type_name)
    if found is None:
        found = _original_resolve_by_type(type_name, default)
        if found is not None and found is not default:
            _event_classes[type_name] = found
    return found


def install() -> None:
    RemoteAction._validate_action_result = _validate_action_result
    Event.resolve_by_type = staticmethod(_resolve_by_type)
