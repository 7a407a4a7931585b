"""Every route, as every role and as nobody: the table below is the authorisation policy.

A route added to the app without a row here fails test_every_route_is_in_the_table.
"""
import pytest

from tests.staff_web.conftest import ROLES

VIEW = {"officer", "team_manager", "cohesion_manager"}
WORK = {"officer", "team_manager"}
ESCALATE = {"cohesion_manager"}
EVERYONE = set(ROLES)
AUDIT = {"administrator"}
PUBLIC = "public"

# (method, rule, who may use it, what a request needs: a fresh case, a closed one, ...)
TABLE = [
    ("GET", "/", VIEW, None),
    ("GET", "/drafts", VIEW, None),
    ("GET", "/cases/<reference>", VIEW, "case"),
    ("POST", "/cases/<reference>/assign", WORK, "case"),
    ("POST", "/cases/<reference>/contacts", WORK, "case"),
    ("POST", "/cases/<reference>/actions", WORK, "case"),
    ("POST", "/cases/<reference>/crime-reference", WORK, "case"),
    ("POST", "/cases/<reference>/usah-referral", WORK, "consenting case"),
    ("POST", "/cases/<reference>/outcome", WORK, "case"),
    ("POST", "/cases/<reference>/close", WORK, "case"),
    ("POST", "/cases/<reference>/reopen", WORK, "closed case"),
    ("POST", "/cases/<reference>/links", WORK, "case"),
    ("POST", "/cases/<reference>/escalate", ESCALATE, "case"),
    ("GET", "/performance", EVERYONE, None),
    ("GET", "/performance/csv", EVERYONE, None),
    ("GET", "/audit", AUDIT, None),
    ("GET", "/sign-in", PUBLIC, None),
    ("POST", "/sign-in", PUBLIC, None),
    ("GET", "/sign-out", PUBLIC, None),
    ("GET", "/health", PUBLIC, None),
    ("GET", "/assets/<path:name>", PUBLIC, None),
    ("GET", "/govuk/<name>", PUBLIC, None),
    ("GET", "/static/<path:filename>", PUBLIC, None),
]


def form_data(rule, users, role, other_reference):
    officer = users["officer"] if role in ("officer", None, "cohesion_manager", "administrator") else users["second_officer"]
    return {
        "/cases/<reference>/assign": {"assign-officer_id": officer.id},
        "/cases/<reference>/contacts": {"contact-method": "phone", "contact-note": "Spoke to the victim"},
        "/cases/<reference>/actions": {"action-kind": "mediation"},
        "/cases/<reference>/crime-reference": {"crime_reference-crime_reference": "SP/12345/26"},
        "/cases/<reference>/outcome": {"outcome-outcome": "resolved"},
        "/cases/<reference>/close": {"close-outcome": "resolved"},
        "/cases/<reference>/links": {"link-other_reference": other_reference, "link-reason": "manual"},
        "/cases/<reference>/escalate": {"escalate-team_manager_id": users["team_manager"].id,
                                        "escalate-reason": "No contact yet"},
    }.get(rule, {})


def public_url(rule):
    return {"/assets/<path:name>": "/assets/images/favicon.svg", "/govuk/<name>": "/govuk/govuk-frontend.min.css",
            "/static/<path:filename>": "/static/staff.css"}.get(rule, rule)


def test_every_route_is_in_the_table(app):
    routes = {(method, rule.rule) for rule in app.url_map.iter_rules()
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes == {(method, rule) for method, rule, _, _ in TABLE}


@pytest.mark.parametrize("role", list(ROLES) + [None], ids=list(ROLES) + ["nobody"])
@pytest.mark.parametrize("method,rule,who,needs", TABLE, ids=[f"{m} {r}" for m, r, _, _ in TABLE])
def test_route_as_role(method, rule, who, needs, role, client_as, users, new_case, casework):
    client = client_as(role)
    reference = None
    if needs == "case":
        reference = new_case()
    elif needs == "consenting case":
        reference = new_case(consent_usah=True)
    elif needs == "closed case":
        reference = new_case()
        casework.close(users["team_manager"], reference, "resolved")
    url = public_url(rule).replace("<reference>", reference or "")
    data = form_data(rule, users, role, new_case()) if method == "POST" else None
    if rule == "/sign-in" and method == "POST":
        data = {"email": "nobody@stoke.example", "password": "not the password at all"}
    response = client.open(url, method=method, data=data)

    if who == PUBLIC:
        if rule == "/sign-in" and role is not None:
            assert response.status_code == 302  # signed in already: off to their home page
        elif rule == "/sign-out":
            assert response.status_code == 302 and response.location.endswith("/sign-in")
        else:
            assert response.status_code == 200
    elif role is None:
        assert response.status_code == 302
        assert response.location.startswith("/sign-in?next=")
    elif role in who:
        expected = 302 if method == "POST" else 200
        assert response.status_code == expected, response.data[:3000]
        if method == "POST":
            assert response.location == f"/cases/{reference}"
    else:
        assert response.status_code == 403
        assert b"You cannot see this page" in response.data


@pytest.mark.parametrize("role", ["officer", "team_manager"])
def test_officer_assigns_only_to_themself(role, client_as, users, new_case, casework):
    reference = new_case()
    colleague = users["second_officer"]
    response = client_as(role).post(f"/cases/{reference}/assign", data={"assign-officer_id": colleague.id})
    detail = casework.get_case(users["team_manager"], reference)
    if role == "officer":
        assert response.status_code in (400, 403)
        assert detail.case.assigned_officer_id is None
    else:
        assert response.status_code == 302
        assert detail.case.assigned_officer_id == colleague.id
