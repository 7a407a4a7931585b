"""What a channel reads from or adds to a conversation outside Rasa's message flow.

A channel's handler gets only `on_new_message`; Rasa's server keeps its Agent on
`request.app.ctx.agent`. Through it a channel can answer a keyword (HELP) with a
domain.yml response in the conversation's language, and record evidence that arrives
without words (a photo alone) on the `evidence_links` slot without disturbing the form.
"""
import logging
from typing import Any, List, Optional, Sequence

from rasa.core.channels.channel import CollectingOutputChannel
from rasa.shared.core.events import SlotSet
from sanic.request import Request

from bot import i18n

logger = logging.getLogger(__name__)

EVIDENCE_SLOT = "evidence_links"
MAX_EVIDENCE_LINKS = 50


def _agent(request: Request) -> Optional[Any]:
    agent = getattr(request.app.ctx, "agent", None)
    return agent if agent is not None and agent.is_ready() else None


async def reply_locale(request: Request, sender_id: str) -> Optional[str]:
    """The catalog this conversation is answered from (bot/i18n.reply_locale)."""
    agent = _agent(request)
    if agent is None:
        return None
    tracker = await agent.tracker_store.retrieve(sender_id)
    if tracker is None:
        return None
    return i18n.reply_locale_of(tracker.get_slot)


async def response_text(request: Request, sender_id: str, response: str, channel: str) -> Optional[str]:
    """A domain.yml response rendered for this conversation (its language's variation)."""
    agent = _agent(request)
    if agent is None:
        return None
    tracker = await agent.tracker_store.get_or_create_tracker(sender_id)
    message = await agent.nlg.generate(response, tracker, channel)
    return (message or {}).get("text")


async def add_evidence(request: Request, sender_id: str, links: Sequence[str]) -> None:
    """Append evidence links to the conversation's `evidence_links` slot (bounded)."""
    agent = _agent(request)
    if agent is None or not links:
        return
    async with agent.lock_store.lock(sender_id):
        # Runs action_session_start first on a new conversation, as a message would,
        # so the session start does not come after (and wipe) the evidence.
        tracker = await agent.processor.fetch_tracker_and_update_session(
            sender_id, CollectingOutputChannel())
        current: List[str] = list(tracker.get_slot(EVIDENCE_SLOT) or [])
        merged = (current + [l for l in links if l not in current])[:MAX_EVIDENCE_LINKS]
        tracker.update(SlotSet(EVIDENCE_SLOT, merged))
        await agent.tracker_store.save(tracker)
    logger.info("recorded %d evidence link(s) on a conversation", len(links))
