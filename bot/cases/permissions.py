"""Who may do what: one table, used by the case service and the dashboard alike.

The dashboard should check `allowed(role, permission)` to show or hide controls; the
service checks again, so a forgotten check in a view cannot leak or change a case.
"""
from enum import Enum
from typing import FrozenSet


class Role(str, Enum):
    OFFICER = "officer"
    TEAM_MANAGER = "team_manager"
    COHESION_MANAGER = "cohesion_manager"
    ADMINISTRATOR = "administrator"


class Permission(str, Enum):
    VIEW_CASES = "view_cases"      # queue and case pages (personal data, decrypted)
    WORK_CASES = "work_cases"      # contacts, actions, crime ref, USAH, outcome, close, reopen, links
    ASSIGN = "assign"              # assign a case to an officer
    ESCALATE = "escalate"          # cohesion manager -> a team manager
    VIEW_FIGURES = "view_figures"  # performance figures (de-personalised)
    READ_AUDIT = "read_audit"
    MANAGE_USERS = "manage_users"


_ALL = frozenset(Role)
PERMISSIONS = {
    Permission.VIEW_CASES: frozenset({Role.OFFICER, Role.TEAM_MANAGER, Role.COHESION_MANAGER}),
    Permission.WORK_CASES: frozenset({Role.OFFICER, Role.TEAM_MANAGER}),
    Permission.ASSIGN: frozenset({Role.OFFICER, Role.TEAM_MANAGER}),
    Permission.ESCALATE: frozenset({Role.COHESION_MANAGER}),
    Permission.VIEW_FIGURES: _ALL,
    Permission.READ_AUDIT: frozenset({Role.ADMINISTRATOR}),
    Permission.MANAGE_USERS: frozenset({Role.ADMINISTRATOR}),
}


def allowed(role, permission: Permission) -> bool:
    try:
        return Role(role) in PERMISSIONS[Permission(permission)]
    except ValueError:
        return False


def roles_with(permission: Permission) -> FrozenSet[Role]:
    return PERMISSIONS[permission]
