"""What can go wrong in casework, as exceptions with a stable `code` the dashboard can
turn into a localised message (the messages here are for logs and developers)."""


class CaseworkError(Exception):
    code = "casework_error"


class CaseNotFound(CaseworkError):
    code = "case_not_found"


class NotPermitted(CaseworkError):
    code = "not_permitted"


class AssignsOnlySelf(NotPermitted):
    """Officers take cases (assign them to themselves); only team managers hand out work."""
    code = "assigns_only_self"


class InvalidTransition(CaseworkError):
    """E.g. closing a closed case, or changing a closed or purged one."""

    code = "invalid_transition"


class ConsentMissing(CaseworkError):
    """A referral the reporter did not agree to (policy 5.3: sharing only with express permission)."""

    code = "consent_missing"


class InvalidInput(CaseworkError):
    """A value out of its allowed set or too long; `field` names it."""

    code = "invalid_input"

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
