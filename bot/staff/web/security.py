"""Who may see what, and the headers every response carries.

`requires(permission)` is the one gate on every view: signed in (Flask-Login) and a role
that bot.cases.permissions allows. The case service checks again on every call.
"""
from __future__ import annotations

import secrets
from functools import wraps

from flask import abort, g, request
from flask_login import current_user, login_required

from bot.cases.permissions import Permission, allowed


def requires(permission: Permission):
    def decorate(view):
        @wraps(view)
        @login_required
        def guarded(*args, **kwargs):
            if not allowed(current_user.role, permission):
                abort(403)
            return view(*args, **kwargs)

        guarded.required_permission = permission  # read by the authorisation test
        return guarded

    return decorate


def can(permission) -> bool:
    """For templates: show a control only to those who may use it."""
    return current_user.is_authenticated and allowed(current_user.role, Permission(permission))


def csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def add_security_headers(response):
    nonce = g.get("csp_nonce")
    script = f"'self' 'nonce-{nonce}'" if nonce else "'self'"
    response.headers["Content-Security-Policy"] = (
        f"default-src 'self'; script-src {script}; img-src 'self' data:; style-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if request.scheme == "https" or request.headers.get("X-Forwarded-Proto") == "https":
        response.headers["Strict-Transport-Security"] = "max-age=31536000"
    if not request.path.startswith(("/assets/", "/govuk/", "/static/")):
        # Case pages hold personal data: never in a browser's or proxy's cache.
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
    return response
