"""The GOV.UK error summary for one or more forms: each field error links to its field;
errors of the whole form (e.g. "not right", "reopen it first") link to its first field."""
from __future__ import annotations

from typing import List


def error_list(*forms) -> List[dict]:
    items = []
    for form in forms:
        if form is None:
            continue
        fields = [f for f in form if f.type not in ("CSRFTokenField", "HiddenField", "SubmitField")]
        first = f"#{fields[0].id}" if fields else "#main-content"
        for message in form.form_errors:
            items.append({"text": message, "href": first})
        for field in fields:
            for message in field.errors[:1]:
                items.append({"text": message, "href": f"#{field.id}"})
        csrf = getattr(form, "csrf_token", None)
        if csrf is not None and csrf.errors:
            items.append({"text": csrf.errors[0], "href": first})
    return items
