"""The life of a case from the staff side, with the policy's rules."""
import datetime as dt

import pytest

from bot.cases.casework import Casework
from bot.cases.errors import AssignsOnlySelf, ConsentMissing, InvalidInput, InvalidTransition, NotPermitted
from tests.staff_backend.conftest import report


@pytest.fixture
def work(store):
    return Casework(store)


def test_whole_life_of_a_case(store, staff, work, clock):
    officer, manager = staff["officer"], staff["team_manager"]
    ref = store.submit(report(), channel="rest", language="en", sender_key="rest:a").reference
    [item] = work.queue(officer)
    assert (item.reference, item.status, [d.kind for d in item.due]) == (ref, "new", ["first_contact"])

    work.assign(manager, ref, officer.id)
    clock.advance(hours=3)
    work.log_contact(officer, ref, "phone", note="agreed a home visit")
    case = work.get_case(officer, ref).case
    assert case.status == "open" and case.assigned_officer_id == officer.id
    assert case.first_contacted_at == case.last_contact_at == clock.now
    assert case.weekly_update_due == clock.now + dt.timedelta(days=7)

    clock.advance(days=2)
    work.log_contact(officer, ref, "home_visit")
    detail = work.get_case(officer, ref)
    assert detail.case.first_contacted_at == clock.now - dt.timedelta(days=2)  # the first stays
    assert detail.case.weekly_update_due == clock.now + dt.timedelta(days=7)  # clock reset
    assert [c.method for c in detail.contacts] == ["phone", "home_visit"]

    work.record_action(officer, ref, "warning_letter", legal=False, description="letter to no. 14")
    work.record_action(manager, ref, "injunction", legal=True)
    work.set_crime_reference(officer, ref, "SP-2026-123456")
    work.refer_to_usah(officer, ref)
    work.close(officer, ref, "resolved")
    detail = work.get_case(officer, ref)
    assert [(a.kind, a.legal) for a in detail.actions] == [("warning_letter", False), ("injunction", True)]
    assert detail.case.crime_reference == "SP-2026-123456" and detail.case.usah_referred_at is not None
    assert (detail.case.status, detail.case.outcome) == ("closed", "resolved")
    assert work.queue(officer) == []
    with pytest.raises(InvalidTransition):
        work.log_contact(officer, ref, "phone")
    work.reopen(officer, ref)
    assert work.get_case(officer, ref).case.status == "open"


def test_usah_referral_needs_consent(store, staff, work):
    ref = store.submit(report(consent_usah=False), channel="rest", language="en", sender_key="k").reference
    with pytest.raises(ConsentMissing):
        work.refer_to_usah(staff["officer"], ref)
    assert work.get_case(staff["officer"], ref).case.usah_referred_at is None


def test_not_motivated_by_hate_needs_the_explanation_given(store, staff, work):
    ref = store.submit(report(), channel="rest", language="en", sender_key="k").reference
    with pytest.raises(InvalidInput) as info:
        work.close(staff["officer"], ref, "not_motivated_by_hate")
    assert info.value.field == "explanation"
    work.close(staff["officer"], ref, "not_motivated_by_hate", "A boundary dispute; explained by phone.")
    case = work.get_case(staff["officer"], ref).case
    assert case.outcome_explanation == "A boundary dispute; explained by phone."
    with pytest.raises(InvalidInput):
        work.close(staff["officer"], store.submit(report(), channel="rest", language="en",
                                                  sender_key="j").reference)  # no outcome


def test_cohesion_manager_reads_and_escalates_only(store, staff, work):
    cohesion, manager = staff["cohesion_manager"], staff["team_manager"]
    ref = store.submit(report(), channel="rest", language="en", sender_key="k").reference
    assert work.get_case(cohesion, ref).case.description
    for change in (lambda: work.log_contact(cohesion, ref, "phone"),
                   lambda: work.assign(cohesion, ref, staff["officer"].id),
                   lambda: work.close(cohesion, ref, "resolved")):
        with pytest.raises(NotPermitted):
            change()
    with pytest.raises(InvalidInput):  # escalation goes to a team manager, not an officer
        work.escalate(cohesion, ref, staff["officer"].id, "no contact in a week")
    work.escalate(cohesion, ref, manager.id, "no contact in a week")
    case = work.get_case(manager, ref).case
    assert (case.escalated_by, case.escalated_to, case.escalation_reason) == (
        cohesion.id, manager.id, "no contact in a week")
    with pytest.raises(NotPermitted):
        work.escalate(staff["officer"], ref, manager.id, "x")


@pytest.mark.parametrize("role", ["administrator", None])
def test_others_cannot_see_cases(store, staff, work, role):
    ref = store.submit(report(), channel="rest", language="en", sender_key="k").reference
    with pytest.raises(NotPermitted):
        work.get_case(staff[role] if role else None, ref)


def test_queue_puts_danger_and_vulnerability_first_and_filters(store, staff, work):
    plain = store.submit(report(postcode="ST4 1HH"), channel="rest", language="en", sender_key="a").reference
    danger = store.submit(report(immediate_danger=True, postcode="ST4 2AA"), channel="rest",
                          language="pl", sender_key="b").reference
    vulnerable = store.submit(report(vulnerability="uses a wheelchair", hate_types=["disability"]),
                              channel="rest", language="en", sender_key="c").reference
    officer = staff["officer"]
    assert [i.reference for i in work.queue(officer)] == [danger, vulnerable, plain]
    assert [i.reference for i in work.queue(officer, district="st4")] == [danger, plain]
    assert [i.reference for i in work.queue(officer, strand="disability")] == [vulnerable]
    assert [i.reference for i in work.queue(officer, language="pl")] == [danger]


def test_suggest_and_link_repeat_incidents(store, staff, work):
    first = store.submit(report(), channel="rest", language="en", sender_key="a").reference
    same_place = store.submit(report(perpetrator_description=None), channel="rest", language="en",
                              sender_key="b").reference
    same_person = store.submit(
        report(postcode="ST6 1AA", location="the park", perpetrator_description="The man at number 14"),
        channel="rest", language="en", sender_key="c").reference
    store.submit(report(postcode="ST3 9ZZ", location="bus stop", perpetrator_description="two teenagers"),
                 channel="rest", language="en", sender_key="d")
    officer = staff["officer"]
    suggestions = {(s.reference, s.reason) for s in work.suggest_links(officer, first)}
    assert suggestions == {(same_place, "same_postcode"), (same_person, "same_perpetrator")}
    work.link_cases(officer, first, same_place, "same_postcode")
    work.link_cases(officer, same_place, first, "same_postcode")  # idempotent
    assert work.get_case(officer, first).linked == [same_place]
    assert work.get_case(officer, same_place).case.flag_repeat
    assert {s.reference for s in work.suggest_links(officer, first)} == {same_person}


def test_officers_take_cases_and_only_managers_hand_them_out(store, staff, work):
    officer, manager = staff["officer"], staff["team_manager"]
    ref = store.submit(report(), channel="rest", language="en", sender_key="rest:b").reference
    with pytest.raises(AssignsOnlySelf):
        work.assign(officer, ref, manager.id)
    work.assign(officer, ref, officer.id)
    work.assign(manager, ref, manager.id)
    assert work.get_case(manager, ref).case.assigned_officer_id == manager.id
