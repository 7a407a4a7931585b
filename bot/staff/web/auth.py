"""Signing in and out. Failures get one generic message (it never says whether the email
has an account), and are rate-limited per email and IP address (bot.staff.web.ratelimit)."""
from __future__ import annotations

import logging

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from bot.cases.permissions import Permission, allowed
from bot.staff import accounts
from bot.staff.web.forms import SignInForm
from bot.staff.web.labels import _

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)


def home_for(user) -> str:
    """The first page a role may see: the queue, or the figures for an administrator."""
    if allowed(user.role, Permission.VIEW_CASES):
        return url_for("queue.index")
    if allowed(user.role, Permission.READ_AUDIT):
        return url_for("audit.index")
    return url_for("performance.index")


def _safe_next(target) -> str | None:
    # Only a path on this site: never an absolute or scheme-relative URL (open redirect).
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target[:500]
    return None


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = SignInForm()
    status = 200
    if form.validate_on_submit():
        limiter = current_app.extensions["signin_limiter"]
        ip = request.remote_addr or ""
        email = form.email.data
        if limiter.blocked(email, ip):
            log.warning("sign-in refused: too many failures")  # no email, no address
            form.form_errors.append(_("Too many failed attempts. Wait 15 minutes, then try again."))
            status = 429
        else:
            account = accounts.authenticate(current_app.extensions["case_store"], email, form.password.data)
            if account is None:
                limiter.failed(email, ip)
                form.form_errors.append(_("The email address or password is not right"))
                status = 200
            else:
                limiter.succeeded(email, ip)
                session.clear()  # a fresh session: nothing from before sign-in survives (fixation)
                session.permanent = True
                login_user(account)
                return redirect(_safe_next(request.args.get("next")) or home_for(account))
    elif form.is_submitted():
        status = 400
    return render_template("sign_in.html", form=form), status


@bp.get("/sign-out")
def sign_out():
    logout_user()
    session.clear()
    return redirect(url_for("auth.sign_in"))
