"""Practical-need and safeguarding flags an officer sees on a case (policy 5.4.1, 8.1)."""
from dataclasses import dataclass

from bot.cases.report import Report


@dataclass(frozen=True)
class Flags:
    damage: bool
    security: bool
    vulnerability: bool
    repeat: bool
    graffiti: bool


def derive_flags(report: Report, *, earlier_case_from_sender: bool = False) -> Flags:
    """Flags from the intake; `earlier_case_from_sender` comes from the store."""
    harms, wants = set(report.harms), set(report.wants)
    return Flags(
        graffiti="graffiti" in harms or "graffiti_removal" in wants,
        damage="damage" in harms or "repair" in wants,
        security=bool(wants & {"security", "transfer"}),
        vulnerability=bool(
            _given(report.vulnerability)
            or _given(report.access_needs)
            or harms & {"injury", "children_present"}
        ),
        repeat=report.repeated is True or earlier_case_from_sender,
    )


def _given(text) -> bool:
    return bool(text and str(text).strip())
