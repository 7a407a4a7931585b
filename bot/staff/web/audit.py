"""The audit log, read-only, for the administrator (bot.cases.casework.audit_entries)."""
from __future__ import annotations

import re

from flask import Blueprint, current_app, render_template, request
from flask_login import current_user

from bot.cases.permissions import Permission
from bot.staff.web.forms import REFERENCE_PATTERN
from bot.staff.web.security import requires

bp = Blueprint("audit", __name__, url_prefix="/audit")
PAGE = 100
MAX_PAGE = 10_000


@bp.get("")
@requires(Permission.READ_AUDIT)
def index():
    page = request.args.get("page", "1")
    page = min(int(page), MAX_PAGE) if page.isdigit() and int(page) > 0 else 1
    reference = (request.args.get("reference") or "").strip().upper()
    reference = reference if re.match(REFERENCE_PATTERN, reference) else None
    entries = current_app.extensions["casework"].audit_entries(
        current_user, reference=reference, limit=PAGE + 1, offset=(page - 1) * PAGE)
    return render_template("audit.html", entries=entries[:PAGE], page=page, more=len(entries) > PAGE,
                           reference=reference or "")
