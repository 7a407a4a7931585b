"""The case page and its forms, the queue, the drafts, the audit log and the figures."""
import csv
import datetime as dt
import io
import re

from sqlalchemy import select

from bot.cases.models import AuditEntry
from bot.cases.store import CaseStore
from tests.staff_web.conftest import URDU, make_app, report, sign_in


def audit_actions(store, reference=None, staff_id=None):
    with store.transaction("test audit") as session:
        query = select(AuditEntry.action, AuditEntry.staff_id, AuditEntry.reference).order_by(AuditEntry.id)
        if reference:
            query = query.where(AuditEntry.reference == reference)
        rows = session.execute(query).all()
    return [r.action for r in rows if staff_id is None or r.staff_id == staff_id]


def test_case_page_shows_the_report_verbatim_and_right_to_left(client_as, new_case):
    reference = new_case(evidence_links=["https://example.org/photo1"])
    html = client_as("officer").get(f"/cases/{reference}").get_data(as_text=True)
    assert re.search(r'<span lang="ur" dir="rtl" class="app-verbatim"><bdi>' + URDU + "</bdi></span>", html)
    for shown in ("Amina Khan", "+447700900123", "Flat 3, Example House", "https://example.org/photo1",
                  "Needs an interpreter", "Consents to a referral to USAH"):
        assert shown in html


def test_case_page_shows_roman_urdu_left_to_right(client_as, store):
    """Written in Latin letters (Roman Urdu): staff see it, to text back the same way."""
    words = "mere padosi ne hamare darwaze par nasli gaaliyan likhi"
    reference = store.submit(report(description=words), channel="sms", language="ur",
                             sender_key="sms:+447700900999", reply_script="latin").reference
    html = client_as("officer").get(f"/cases/{reference}").get_data(as_text=True)
    assert f'<span lang="ur-Latn" dir="ltr" class="app-verbatim"><bdi>{words}</bdi></span>' in html
    assert "Urdu in Latin letters (Roman Urdu)" in html
    # The case's language is still "ur": the queue's language filter offers the eight only.
    assert "Roman Urdu" not in client_as("officer").get("/").get_data(as_text=True)


def test_usah_referral_refused_without_consent(client_as, new_case, casework, users):
    reference = new_case(consent_usah=False)
    client = client_as("officer")
    page = client.get(f"/cases/{reference}").get_data(as_text=True)
    assert "Refer to USAH</button>" not in page and "did not consent" in page
    response = client.post(f"/cases/{reference}/usah-referral")
    assert response.status_code == 403
    assert "The reporter did not consent to a referral to USAH" in response.get_data(as_text=True)
    assert casework.get_case(users["officer"], reference).case.usah_referred_at is None


def test_usah_referral_with_consent(client_as, new_case, casework, users):
    reference = new_case(consent_usah=True)
    client = client_as("officer")
    assert "Refer to USAH" in client.get(f"/cases/{reference}").get_data(as_text=True)
    assert client.post(f"/cases/{reference}/usah-referral").status_code == 302
    assert casework.get_case(users["officer"], reference).case.usah_referred_at is not None


def test_views_and_changes_are_audited(client_as, new_case, users, store):
    reference = new_case()
    officer = users["officer"]
    client = client_as("officer")
    client.get(f"/cases/{reference}")
    client.post(f"/cases/{reference}/assign", data={"assign-officer_id": officer.id})
    client.post(f"/cases/{reference}/contacts", data={"contact-method": "home_visit"})
    client.post(f"/cases/{reference}/close", data={"close-outcome": "resolved"})
    actions = audit_actions(store, reference, officer.id)
    for expected in ("case.viewed", "case.assigned", "contact.logged", "case.closed"):
        assert expected in actions
    client.get("/")
    client.get("/drafts")
    everything = audit_actions(store, staff_id=officer.id)
    assert "queue.viewed" in everything and "drafts.viewed" in everything


def test_not_motivated_by_hate_needs_the_explanation(client_as, new_case, casework, users):
    reference = new_case()
    client = client_as("team_manager")
    refused = client.post(f"/cases/{reference}/outcome", data={"outcome-outcome": "not_motivated_by_hate"})
    assert refused.status_code == 400
    text = refused.get_data(as_text=True)
    assert "There is a problem" in text and "Enter the explanation given to the victim" in text
    assert casework.get_case(users["officer"], reference).case.outcome is None
    client.post(f"/cases/{reference}/outcome", data={"outcome-outcome": "not_motivated_by_hate",
                                                      "outcome-explanation": "A dispute over parking"})
    case = casework.get_case(users["officer"], reference).case
    assert (case.outcome, case.outcome_explanation) == ("not_motivated_by_hate", "A dispute over parking")


def test_close_and_reopen(client_as, new_case, casework, users):
    reference = new_case()
    client = client_as("officer")
    assert client.post(f"/cases/{reference}/close", data={"close-outcome": "resolved"}).status_code == 302
    page = client.get(f"/cases/{reference}").get_data(as_text=True)
    assert "Case closed" in page and "Reopen case" in page
    refused = client.post(f"/cases/{reference}/contacts", data={"contact-method": "phone"})
    assert refused.status_code == 409 and "reopen it first" in refused.get_data(as_text=True)
    assert client.post(f"/cases/{reference}/reopen").status_code == 302
    assert casework.get_case(users["officer"], reference).case.status == "open"


def test_link_suggestions_and_linking(client_as, new_case, casework, users):
    first = new_case(postcode="ST6 3XY", location="12 Shared Road")
    second = new_case(postcode="ST6 3XY", location="12 Shared Road")
    client = client_as("officer")
    page = client.get(f"/cases/{second}").get_data(as_text=True)
    assert re.search(rf'id="suggested-links".*{first}', page, re.S)
    assert client.post(f"/cases/{second}/links", data={"link-other_reference": first,
                                                       "link-reason": "same_address"}).status_code == 302
    assert first in casework.get_case(users["officer"], second).linked
    missing = client.post(f"/cases/{second}/links", data={"link-other_reference": "HC-2001-99999",
                                                          "link-reason": "manual"})
    assert missing.status_code == 400


def test_cohesion_manager_reads_and_escalates(client_as, new_case, casework, users):
    reference = new_case()
    client = client_as("cohesion_manager")
    page = client.get(f"/cases/{reference}").get_data(as_text=True)
    assert "Escalate to a team manager" in page and "Log contact" not in page and "Close case" not in page
    assert client.post(f"/cases/{reference}/escalate", data={
        "escalate-team_manager_id": users["team_manager"].id, "escalate-reason": "Overdue"}).status_code == 302
    assert casework.get_case(users["team_manager"], reference).case.escalated_to == users["team_manager"].id


def test_queue_puts_danger_first_and_filters(client_as, new_case):
    calm = new_case(postcode="ST3 1AA")
    danger = new_case(immediate_danger=True, postcode="ST3 1AB", hate_types=["disability"])
    html = client_as("officer").get("/").get_data(as_text=True)
    assert html.index(danger) < html.index(calm)
    assert "First contact" in html
    filtered = client_as("officer").get("/?strand=disability").get_data(as_text=True)
    assert danger in filtered and calm not in filtered


def test_queue_filters_offer_their_choices(client_as, users):
    """The strand, language and officer lists were empty but for "Any" (a Jinja loop's set)."""
    html = client_as("officer").get("/").get_data(as_text=True)
    options = dict(re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', html))
    assert options["disability"] == "Disability" and options["sexual_orientation"] == "Sexual orientation"
    assert options["ur"] == "Urdu" and options["ckb"] == "Kurdish (Sorani)"
    assert options[str(users["officer"].id)] == users["officer"].display_name


def test_drafts_are_listed_read_only(client_as, store):
    store.save_draft("webchat:draft-test", channel="webchat", language="pl",
                     data={"description": "Ktoś napisał obraźliwe słowa", "hate_types": ["race"]})
    html = client_as("officer").get("/drafts").get_data(as_text=True)
    assert '<span lang="pl" dir="ltr" class="app-verbatim"><bdi>Ktoś napisał obraźliwe słowa</bdi>' in html
    assert "<form" not in html.split('id="main-content"')[1]


def test_performance_page_and_csv(database_url, users):
    november = dt.datetime(2026, 11, 10, 10, 0, tzinfo=dt.timezone.utc)
    store = CaseStore(database_url, clock=lambda: november)
    try:
        before = _csv_rows(make_app(store), users)
        store.submit(report(hate_types=["race"], postcode="ST4 7AA"), channel="sms", language="ur", sender_key=None)
        store.submit(report(hate_types=["race", "disability"], postcode="ST4 8BB", interpreter_needed=False),
                     channel="webchat", language="en", sender_key=None)
        app = make_app(store)
        after = _csv_rows(app, users)
        client = app.test_client()
        sign_in(client, users["administrator"])
        page = client.get("/performance?month=2026-11").get_data(as_text=True)
    finally:
        store.close()
    assert after[("new_cases", "total")] - before.get(("new_cases", "total"), 0) == 2
    assert after[("new_cases_by_strand", "race")] - before.get(("new_cases_by_strand", "race"), 0) == 2
    assert after[("new_cases_by_locality", "ST4")] - before.get(("new_cases_by_locality", "ST4"), 0) == 2
    assert after[("equality_by_language", "ur")] - before.get(("equality_by_language", "ur"), 0) == 1
    assert "<svg" in page and "New cases by strand" in page and "ST4" in page
    assert "Amina" not in page


def _csv_rows(app, users):
    client = app.test_client()
    sign_in(client, users["team_manager"])
    response = client.get("/performance/csv?month=2026-11")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    text = response.get_data(as_text=True)
    assert "Amina" not in text and "+4477" not in text
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == ["month", "section", "key", "value"]
    return {(row["section"], row["key"]): int(float(row["value"] or 0)) for row in reader}


def test_audit_log_page_for_the_administrator(client_as, new_case):
    reference = new_case()
    client_as("officer").get(f"/cases/{reference}")
    html = client_as("administrator").get(f"/audit?reference={reference}").get_data(as_text=True)
    assert "case.viewed" in html and "case.created" in html and reference in html


def test_drafts_need_a_case_role(store, users):
    import pytest

    from bot.cases.drafts import drafts_for_staff
    from bot.cases.errors import NotPermitted

    with pytest.raises(NotPermitted):
        drafts_for_staff(store, users["administrator"])
    with pytest.raises(NotPermitted):
        drafts_for_staff(store, None)
    assert isinstance(drafts_for_staff(store, users["cohesion_manager"]), list)
