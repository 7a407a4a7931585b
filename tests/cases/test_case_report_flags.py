import datetime as dt

from bot.cases.flags import derive_flags
from bot.cases.report import Report


def test_from_dict_ignores_unknown_keys_and_parses_dates():
    report = Report.from_dict(
        {
            "description": "Ktoś napisał obraźliwe słowa na drzwiach",
            "incident_date": "2026-03-01",
            "repeated_since": "2026-01-10T00:00:00",
            "hate_types": "race",
            "harms": None,
            "requested_slot": "location",
            "anonymous": None,
        }
    )
    assert report.incident_date == dt.date(2026, 3, 1)
    assert report.repeated_since == dt.date(2026, 1, 10)
    assert report.hate_types == ["race"]
    assert report.harms == []
    assert report.anonymous is False
    assert Report.from_dict(report.to_dict()) == report


def test_no_flags_for_a_bare_report():
    flags = derive_flags(Report())
    assert not any([flags.damage, flags.security, flags.vulnerability, flags.repeat, flags.graffiti])


def test_flags_from_harms_and_wants():
    assert derive_flags(Report(harms=["graffiti"])).graffiti
    assert derive_flags(Report(wants=["graffiti_removal"])).graffiti
    assert derive_flags(Report(harms=["damage"])).damage
    assert derive_flags(Report(wants=["repair"])).damage
    assert derive_flags(Report(wants=["security"])).security
    assert derive_flags(Report(wants=["transfer"])).security
    assert not derive_flags(Report(wants=["support"])).security


def test_vulnerability_flag():
    assert derive_flags(Report(vulnerability="lives alone, dementia")).vulnerability
    assert derive_flags(Report(harms=["injury"])).vulnerability
    assert derive_flags(Report(harms=["children_present"])).vulnerability
    assert derive_flags(Report(access_needs="wheelchair user")).vulnerability
    assert not derive_flags(Report(vulnerability="  ")).vulnerability


def test_repeat_flag():
    assert derive_flags(Report(repeated=True)).repeat
    assert not derive_flags(Report(repeated=False)).repeat
    assert derive_flags(Report(), earlier_case_from_sender=True).repeat
