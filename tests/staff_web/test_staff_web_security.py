"""CSRF, sign-in rate limiting, session expiry and cookies, headers, generic errors."""
import datetime as dt

import itsdangerous.timed

from bot.staff.web import settings
from bot.staff.web.ratelimit import SignInLimiter
from tests.staff_web.conftest import PASSWORD, csrf_token, make_app, sign_in


def test_post_without_csrf_token_is_rejected(store, users, new_case, casework):
    app = make_app(store, WTF_CSRF_ENABLED=True)
    client = app.test_client()
    page = client.get("/sign-in").get_data(as_text=True)
    response = client.post("/sign-in", data={"email": users["officer"].email, "password": PASSWORD,
                                             "csrf_token": csrf_token(page)})
    assert response.status_code == 302
    reference = new_case()

    refused = client.post(f"/cases/{reference}/contacts", data={"contact-method": "phone"})
    assert refused.status_code == 400
    assert "Your form has expired" in refused.get_data(as_text=True)
    assert casework.get_case(users["officer"], reference).contacts == []

    page = client.get(f"/cases/{reference}").get_data(as_text=True)
    accepted = client.post(f"/cases/{reference}/contacts", data={
        "contact-method": "phone", "contact-csrf_token": csrf_token(page, "contact")})
    assert accepted.status_code == 302
    assert len(casework.get_case(users["officer"], reference).contacts) == 1


def test_sign_in_without_csrf_token_is_rejected(store, users):
    client = make_app(store, WTF_CSRF_ENABLED=True).test_client()
    response = sign_in(client, users["officer"])
    assert response.status_code == 400
    assert client.get("/").status_code == 302  # still signed out


def test_wrong_password_gets_a_generic_message(client_as, app, users):
    client = app.test_client()
    wrong = sign_in(client, users["officer"], password="not the right password")
    unknown = client.post("/sign-in", data={"email": "nobody@stoke.example", "password": "whatever at all"})
    for response in (wrong, unknown):
        assert response.status_code == 200
        assert "The email address or password is not right" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_sign_in_is_rate_limited_per_email_and_address(store, users):
    now = [dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)]
    app = make_app(store, SIGNIN_LIMITER=SignInLimiter(clock=lambda: now[0]))
    client = app.test_client()
    officer = users["officer"]
    for _ in range(5):
        assert sign_in(client, officer, password="a wrong password").status_code == 200
    blocked = sign_in(client, officer)  # even the right password is not checked now
    assert blocked.status_code == 429
    assert "Too many failed attempts" in blocked.get_data(as_text=True)
    assert client.get("/").status_code == 302

    other_address = app.test_client()
    assert sign_in(other_address, officer, environ_base={"REMOTE_ADDR": "10.0.0.9"}).status_code == 302
    assert sign_in(app.test_client(), users["team_manager"]).status_code == 302  # another email

    now[0] += dt.timedelta(minutes=15)
    assert sign_in(client, officer).status_code == 302


def test_session_expires_after_30_idle_minutes(app, users, monkeypatch):
    client = app.test_client()
    assert sign_in(client, users["officer"]).status_code == 302
    assert client.get("/").status_code == 200
    real_time = itsdangerous.timed.time.time
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: real_time() + 29 * 60)
    assert client.get("/").status_code == 200  # still active: and the request refreshes the session
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: real_time() + 29 * 60 + 31 * 60)
    expired = client.get("/")
    assert expired.status_code == 302 and expired.location.startswith("/sign-in")


def test_session_cookie_flags(app, users, monkeypatch):
    response = sign_in(app.test_client(), users["officer"])
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert app.config["PERMANENT_SESSION_LIFETIME"] == dt.timedelta(minutes=30)
    monkeypatch.setenv("STAFF_BASE_URL", "https://cases.stoke.example")
    assert settings.flask_config()["SESSION_COOKIE_SECURE"] is True


def test_security_headers_and_no_caching(client_as, new_case):
    response = client_as("officer").get(f"/cases/{new_case()}")
    assert response.status_code == 200
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "no-store" in response.headers["Cache-Control"]


def test_signing_out_ends_the_session(client_as):
    client = client_as("officer")
    assert client.get("/").status_code == 200
    client.get("/sign-out")
    assert client.get("/").status_code == 302


def test_deactivated_account_is_signed_out(store, client_as):
    from bot.staff import accounts

    user = accounts.add_user(store, email=f"temp-{id(store)}@stoke.example", name="Temporary",
                             role="officer", password=PASSWORD)
    client = client_as(None)
    assert sign_in(client, user).status_code == 302
    accounts.set_active(store, user.id, False)
    assert client.get("/").status_code == 302


def test_open_redirect_is_refused(app, users):
    client = app.test_client()
    response = client.post("/sign-in?next=//evil.example/", data={"email": users["officer"].email,
                                                                   "password": PASSWORD})
    assert response.location == "/"


def test_secret_key_for_a_newcomer_is_private(tmp_path, monkeypatch):
    monkeypatch.delenv("STAFF_SECRET_KEY", raising=False)
    path = tmp_path / "var" / "staff_secret.key"
    first = settings.secret_key(path)
    assert len(first) >= 40 and settings.secret_key(path) == first
    assert path.stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv("STAFF_SECRET_KEY", "from-the-environment")
    assert settings.secret_key(path) == "from-the-environment"
