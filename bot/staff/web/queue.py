"""The queue (new and open cases, most urgent first, with what is due) and the drafts."""
from __future__ import annotations

import re

from flask import Blueprint, current_app, render_template, request
from flask_login import current_user

from bot.cases.drafts import drafts_for_staff
from bot.cases.permissions import Permission
from bot.staff.web.labels import LANGUAGES, STRANDS
from bot.staff.web.security import requires

bp = Blueprint("queue", __name__)

STATUS_FILTERS = {"": ("new", "open"), "new": ("new",), "open": ("open",), "closed": ("closed",)}
_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")


def _filters(args, officer_ids):
    """Query-string filters, each checked against what it may be; anything else is ignored."""
    district = (args.get("district") or "").strip().upper()[:8]
    officer = args.get("officer") or ""
    return {
        "status": args.get("status") if args.get("status") in STATUS_FILTERS else "",
        "strand": args.get("strand") if args.get("strand") in STRANDS else "",
        "district": district if _DISTRICT.match(district) else "",
        "language": args.get("language") if args.get("language") in LANGUAGES else "",
        "officer": officer if officer.isdigit() and int(officer) in officer_ids else "",
    }


@bp.get("/")
@requires(Permission.VIEW_CASES)
def index():
    casework = current_app.extensions["casework"]
    officers = casework.officers(current_user)
    chosen = _filters(request.args, {o.id for o in officers})
    items = casework.queue(
        current_user, statuses=STATUS_FILTERS[chosen["status"]], strand=chosen["strand"] or None,
        district=chosen["district"] or None, language=chosen["language"] or None,
        officer_id=int(chosen["officer"]) if chosen["officer"] else None)
    return render_template("queue.html", items=items, filters=chosen, officers=officers,
                           officer_names={o.id: o.display_name for o in officers},
                           strands=STRANDS, languages=LANGUAGES)


@bp.get("/drafts")
@requires(Permission.VIEW_CASES)
def drafts():
    items = drafts_for_staff(current_app.extensions["case_store"], current_user)
    return render_template("drafts.html", drafts=items)
