"""The dashboard's forms: Flask-WTF (CSRF on every one) rendered by govuk-frontend-wtf.

Each case-page form has a prefix, so several can sit on one page without their field
ids (and error-summary links) colliding.
"""
from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput, GovPasswordInput, GovRadioInput, GovSelect, GovSubmitInput, GovTextArea, GovTextInput,
)
from wtforms import BooleanField, PasswordField, RadioField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional, Regexp, ValidationError

from bot.cases.casework import ACTION_KINDS, CONTACT_METHODS, MAX_CRIME_REFERENCE, MAX_TEXT, OUTCOMES
from bot.staff.accounts import MAX_PASSWORD
from bot.staff.web.labels import _, label

REFERENCE_PATTERN = r"^HC-\d{4}-\d{5,6}$"


def _choices(codes):
    return [(code, label(code)) for code in codes]


class SignInForm(FlaskForm):
    email = StringField(_("Email address"), widget=GovTextInput(),
                        validators=[DataRequired(_("Enter your email address")), Length(max=320)])
    password = PasswordField(_("Password"), widget=GovPasswordInput(),
                             validators=[DataRequired(_("Enter your password")), Length(max=MAX_PASSWORD)])
    submit = SubmitField(_("Sign in"), widget=GovSubmitInput())


class AssignForm(FlaskForm):
    officer_id = SelectField(_("Officer"), coerce=int, widget=GovSelect(),
                             validators=[InputRequired(_("Choose an officer"))])
    submit = SubmitField(_("Assign"), widget=GovSubmitInput())


class ContactForm(FlaskForm):
    method = RadioField(_("How did you contact the reporter?"), choices=_choices(CONTACT_METHODS),
                        widget=GovRadioInput(), validators=[InputRequired(_("Choose how you made contact"))])
    note = TextAreaField(_("Note (optional)"), widget=GovTextArea(),
                         validators=[Optional(), Length(max=MAX_TEXT)])
    submit = SubmitField(_("Log contact"), widget=GovSubmitInput())


class ActionForm(FlaskForm):
    kind = SelectField(_("Action"), choices=_choices(ACTION_KINDS), widget=GovSelect(),
                       validators=[InputRequired(_("Choose the action taken"))])
    legal = BooleanField(_("This is a legal action (policy section 10)"), widget=GovCheckboxInput())
    description = TextAreaField(_("Details (optional)"), widget=GovTextArea(),
                                validators=[Optional(), Length(max=MAX_TEXT)])
    submit = SubmitField(_("Record action"), widget=GovSubmitInput())


class CrimeReferenceForm(FlaskForm):
    crime_reference = StringField(_("Police crime reference"), widget=GovTextInput(), validators=[
        DataRequired(_("Enter the crime reference")), Length(max=MAX_CRIME_REFERENCE)])
    submit = SubmitField(_("Save crime reference"), widget=GovSubmitInput())


class ButtonForm(FlaskForm):
    """A form that is only a button (USAH referral, reopen): the CSRF token is its content."""
    submit = SubmitField(_("Continue"), widget=GovSubmitInput())


class OutcomeForm(FlaskForm):
    outcome = RadioField(_("Outcome"), choices=_choices(OUTCOMES), widget=GovRadioInput(),
                         validators=[InputRequired(_("Choose the outcome"))])
    explanation = TextAreaField(_("Explanation given to the victim"), widget=GovTextArea(),
                                validators=[Optional(), Length(max=MAX_TEXT)])
    submit = SubmitField(_("Record outcome"), widget=GovSubmitInput())

    def validate_explanation(self, field):
        # Policy 5.3: a "not motivated by hate" decision is explained to the victim, and recorded.
        if self.outcome.data == "not_motivated_by_hate" and not (field.data or "").strip():
            raise ValidationError(_("Enter the explanation given to the victim"))


class CloseForm(OutcomeForm):
    submit = SubmitField(_("Close case"), widget=GovSubmitInput())


class LinkForm(FlaskForm):
    other_reference = StringField(_("Reference of the related case"), widget=GovTextInput(), validators=[
        DataRequired(_("Enter a case reference")),
        Regexp(REFERENCE_PATTERN, message=_("Enter a reference like HC-2026-00042"))])
    reason = SelectField(_("Why are they related?"), widget=GovSelect(),
                         choices=_choices(("manual", "same_address", "same_postcode", "same_perpetrator")))
    submit = SubmitField(_("Link cases"), widget=GovSubmitInput())


class EscalateForm(FlaskForm):
    team_manager_id = SelectField(_("Team manager"), coerce=int, widget=GovSelect(),
                                  validators=[InputRequired(_("Choose a team manager"))])
    reason = TextAreaField(_("Why are you escalating this case?"), widget=GovTextArea(), validators=[
        DataRequired(_("Say why you are escalating the case")), Length(max=MAX_TEXT)])
    submit = SubmitField(_("Escalate"), widget=GovSubmitInput())
