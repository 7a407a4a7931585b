"""The case page: the whole report, and the forms that work the case.

Every view goes through bot.cases.casework, which checks the role again and writes the
audit row (case.viewed, contact.logged, ...). A refused change re-renders the page with
a GOV.UK error summary; a done one redirects (post/redirect/get) with a confirmation.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_login import current_user

from bot.cases.errors import AssignsOnlySelf, CaseNotFound, ConsentMissing, InvalidInput, InvalidTransition
from bot.cases.permissions import Permission, Role, allowed
from bot.staff.web import forms as f
from bot.staff.web.labels import _
from bot.staff.web.security import requires

bp = Blueprint("cases", __name__, url_prefix="/cases")

# Policy decision, enforced in Casework.assign: an officer only takes cases for themself,
# so the choice list offers them only their own name.

FORMS = {
    "assign": (f.AssignForm, Permission.ASSIGN),
    "contact": (f.ContactForm, Permission.WORK_CASES),
    "action": (f.ActionForm, Permission.WORK_CASES),
    "crime_reference": (f.CrimeReferenceForm, Permission.WORK_CASES),
    "usah": (f.ButtonForm, Permission.WORK_CASES),
    "outcome": (f.OutcomeForm, Permission.WORK_CASES),
    "close": (f.CloseForm, Permission.WORK_CASES),
    "reopen": (f.ButtonForm, Permission.WORK_CASES),
    "link": (f.LinkForm, Permission.WORK_CASES),
    "escalate": (f.EscalateForm, Permission.ESCALATE),
}
_REFERENCE = re.compile(f.REFERENCE_PATTERN)


def _casework():
    return current_app.extensions["casework"]


def _checked(reference: str) -> str:
    if not _REFERENCE.match(reference or ""):
        abort(404)
    return reference


def _assignable(officers):
    if current_user.role == Role.OFFICER:
        return [o for o in officers if o.id == current_user.id]
    return officers


def _build_forms(submitted: Optional[str] = None, form=None) -> dict:
    """One instance of each form the user may use; the submitted one keeps its data and errors."""
    built = {}
    casework = _casework()
    for name, (cls, permission) in FORMS.items():
        if not allowed(current_user.role, permission):
            continue
        built[name] = form if name == submitted else cls(prefix=name, formdata=None)
    if "assign" in built:
        built["assign"].officer_id.choices = [(o.id, o.display_name)
                                              for o in _assignable(casework.officers(current_user))]
    if "escalate" in built:
        built["escalate"].team_manager_id.choices = [(m.id, m.display_name)
                                                     for m in casework.team_managers(current_user)]
    return built


def _render(reference: str, forms: dict, status: int = 200, failed=None):
    casework = _casework()
    detail = casework.get_case(current_user, reference)  # audits case.viewed
    suggestions = casework.suggest_links(current_user, reference) if "link" in forms else []
    officers = {o.id: o.display_name for o in casework.officers(current_user)}
    if "close" in forms and failed is not forms["close"] and detail.case.outcome:
        forms["close"].outcome.data = detail.case.outcome
        forms["close"].explanation.data = detail.case.outcome_explanation
    return render_template("case.html", detail=detail, case=detail.case, forms=forms, failed=failed,
                           suggestions=[s for s in suggestions if s.reference not in detail.linked],
                           staff_names=officers), status


@bp.get("/<reference>")
@requires(Permission.VIEW_CASES)
def show(reference):
    return _render(_checked(reference), _build_forms())


def _post(name: str, apply: Callable):
    """Validate the form named `name`, apply it, and map the service's refusals to errors."""
    def view(reference):
        reference = _checked(reference)
        cls, _permission = FORMS[name]
        form = cls(prefix=name)
        forms = _build_forms(name, form)
        if not form.validate_on_submit():
            return _render(reference, forms, 400, form)
        try:
            message = apply(reference, form)
        except InvalidInput as exc:
            field = getattr(form, exc.field, None)
            (field.errors if field is not None and isinstance(field.errors, list) else form.form_errors) \
                .append(_ERRORS.get(exc.field, _("Check this answer")))
            return _render(reference, forms, 400, form)
        except ConsentMissing:
            form.form_errors.append(_("The reporter did not consent to a referral to USAH"))
            return _render(reference, forms, 403, form)
        except InvalidTransition:
            form.form_errors.append(_("This case is closed: reopen it first"))
            return _render(reference, forms, 409, form)
        except AssignsOnlySelf:
            form.form_errors.append(_("You can assign cases to yourself only"))
            return _render(reference, forms, 403, form)
        flash(message, "success")
        return redirect(url_for("cases.show", reference=reference))

    view.__name__ = name
    return view


_ERRORS = {
    "officer_id": _("Choose an active officer"),
    "team_manager_id": _("Choose an active team manager"),
    "outcome": _("Record an outcome before closing the case"),
    "explanation": _("Enter the explanation given to the victim"),
    "other_reference": _("Enter the reference of another case"),
    "reference_b": _("Enter the reference of another case"),
    "crime_reference": _("Enter the crime reference"),
}


def _assign(reference, form):
    _casework().assign(current_user, reference, form.officer_id.data)
    return _("Case assigned")


def _contact(reference, form):
    _casework().log_contact(current_user, reference, form.method.data, form.note.data)
    return _("Contact logged: the weekly update is now due in 7 days")


def _action(reference, form):
    _casework().record_action(current_user, reference, form.kind.data, legal=form.legal.data,
                              description=form.description.data)
    return _("Action recorded")


def _crime_reference(reference, form):
    _casework().set_crime_reference(current_user, reference, form.crime_reference.data)
    return _("Crime reference saved")


def _usah(reference, form):
    _casework().refer_to_usah(current_user, reference)
    return _("Referred to USAH")


def _outcome(reference, form):
    _casework().record_outcome(current_user, reference, form.outcome.data, form.explanation.data)
    return _("Outcome recorded")


def _close(reference, form):
    _casework().close(current_user, reference, form.outcome.data, form.explanation.data)
    return _("Case closed")


def _reopen(reference, form):
    _casework().reopen(current_user, reference)
    return _("Case reopened")


def _link(reference, form):
    try:
        _casework().link_cases(current_user, reference, form.other_reference.data.strip(), form.reason.data)
    except (InvalidInput, CaseNotFound) as exc:
        raise InvalidInput("other_reference", str(exc)) from exc
    return _("Cases linked")


def _escalate(reference, form):
    _casework().escalate(current_user, reference, form.team_manager_id.data, form.reason.data)
    return _("Case escalated")


ROUTES = {
    "assign": ("/<reference>/assign", _assign), "contact": ("/<reference>/contacts", _contact),
    "action": ("/<reference>/actions", _action), "crime_reference": ("/<reference>/crime-reference", _crime_reference),
    "usah": ("/<reference>/usah-referral", _usah), "outcome": ("/<reference>/outcome", _outcome),
    "close": ("/<reference>/close", _close), "reopen": ("/<reference>/reopen", _reopen),
    "link": ("/<reference>/links", _link), "escalate": ("/<reference>/escalate", _escalate),
}
for _name, (_rule, _apply) in ROUTES.items():
    bp.add_url_rule(_rule, _name, requires(FORMS[_name][1])(_post(_name, _apply)), methods=["POST"])
