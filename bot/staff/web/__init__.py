"""The ASB team's dashboard: a Flask application on GOV.UK Frontend (issue 5).

`create_app(config=None)` builds it; `python -m bot staff serve` serves it with waitress
on 127.0.0.1:8000. Blueprints by concern: auth (sign in/out), queue (queue, drafts),
cases (the case page and its forms), performance (figures, CSV), audit (administrator).
"""
from __future__ import annotations

from typing import Optional

from flask import Flask, abort, render_template, send_from_directory
from flask_login import LoginManager
from flask_wtf.csrf import CSRFError, CSRFProtect
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

from bot.cases.casework import Casework
from bot.cases.errors import CaseNotFound, NotPermitted
from bot.cases.store import CaseStore
from bot.config import PROJECT_ROOT
from bot.staff import accounts
from bot.staff.web import labels, settings
from bot.staff.web.errors import error_list
from bot.staff.web.ratelimit import SignInLimiter
from bot.staff.web.security import add_security_headers, can, csp_nonce

GOVUK_DIST = PROJECT_ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"
# The only built files the pages use; everything else in the npm package stays unserved.
GOVUK_FILES = {"govuk-frontend.min.css", "govuk-frontend.min.js"}


def create_app(config: Optional[dict] = None) -> Flask:
    app = Flask(__name__, static_folder="static", static_url_path="/static")
    app.config.update(settings.flask_config())
    app.config.update(config or {})
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = settings.secret_key()
    store = app.config.get("CASE_STORE") or CaseStore(app.config.get("DATABASE_URL"))
    app.extensions["case_store"] = store
    app.extensions["casework"] = Casework(store)
    app.extensions["signin_limiter"] = app.config.get("SIGNIN_LIMITER") or SignInLimiter()
    _templates(app)
    _login(app, store)
    CSRFProtect(app)
    _assets(app)
    _errors(app)
    _blueprints(app)
    app.after_request(add_security_headers)
    return app


def _templates(app: Flask) -> None:
    app.jinja_loader = ChoiceLoader([
        PackageLoader("bot.staff.web"),
        PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                      "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf")}),
    ])
    app.jinja_env.add_extension("jinja2.ext.i18n")
    app.jinja_env.install_gettext_callables(
        gettext=labels._, ngettext=lambda s, p, n: labels._(s if n == 1 else p), newstyle=True)
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    WTFormsHelpers(app)
    app.jinja_env.globals.update(can=can, csp_nonce=csp_nonce, error_list=error_list, label=labels.label,
                                 language_name=labels.language_name, language_tag=labels.language_tag,
                                 text_direction=labels.text_direction, yes_no=labels.yes_no)
    app.jinja_env.filters["london"] = labels.london_time


def _login(app: Flask, store: CaseStore) -> None:
    manager = LoginManager(app)
    manager.login_view = "auth.sign_in"
    manager.login_message = labels._("Sign in to see this page")
    manager.login_message_category = "info"
    manager.session_protection = "strong"

    @manager.user_loader
    def load(user_id):
        account = accounts.get_user(store, user_id)
        # A deactivated account is signed out at its next request.
        return account if account is not None and account.active else None


def _assets(app: Flask) -> None:
    """GOV.UK Frontend from npm (make node_modules/.installed): its CSS asks for /assets/fonts/..."""
    @app.get("/assets/<path:name>")
    def govuk_assets(name):
        return send_from_directory(GOVUK_DIST / "assets", name, max_age=3600)

    @app.get("/govuk/<name>")
    def govuk_built(name):
        if name not in GOVUK_FILES:
            abort(404)
        return send_from_directory(GOVUK_DIST, name, max_age=3600)

    @app.get("/health")
    def health():
        return {"status": "ok"}


def _errors(app: Flask) -> None:
    def page(status, title, body):
        return render_template("error.html", title=title, body=body), status

    app.register_error_handler(CaseNotFound, lambda e: page(404, labels._("Page not found"),
                                                            labels._("There is no case with this reference.")))
    app.register_error_handler(NotPermitted, lambda e: page(403, labels._("You cannot see this page"),
                                                            labels._("Your role does not allow this.")))
    app.register_error_handler(403, lambda e: page(403, labels._("You cannot see this page"),
                                                   labels._("Your role does not allow this.")))
    app.register_error_handler(404, lambda e: page(404, labels._("Page not found"),
                                                   labels._("If you typed the web address, check it is correct.")))
    app.register_error_handler(CSRFError, lambda e: page(400, labels._("Your form has expired"),
                                                         labels._("Go back, reload the page and try again.")))


def _blueprints(app: Flask) -> None:
    from bot.staff.web import audit, auth, cases, performance, queue

    for module in (auth, queue, cases, performance, audit):
        app.register_blueprint(module.bp)
