"""Performance figures (policy 10.1) for a month: charts on the page, a table beside each
chart, and the same figures as CSV (bot.cases.reporting, as `python -m bot report monthly`)."""
from __future__ import annotations

import datetime as dt
import re

from flask import Blueprint, Response, current_app, render_template, request
from flask_login import current_user

from bot.cases import audit
from bot.cases.deadlines import LONDON
from bot.cases.permissions import Permission
from bot.cases.reporting import figures_csv, monthly_figures
from bot.staff.web.charts import bar_chart
from bot.staff.web.security import requires

bp = Blueprint("performance", __name__, url_prefix="/performance")
_MONTH = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])$")


def _month() -> str:
    value = request.args.get("month", "")
    if _MONTH.match(value):
        return value
    return dt.datetime.now(LONDON).strftime("%Y-%m")


def _figures(month: str) -> dict:
    store = current_app.extensions["case_store"]
    figures = monthly_figures(store, month)
    with store.transaction("figures viewed") as session:
        audit.record(session, store.now(), "figures.viewed", staff_id=current_user.id)
    return figures


@bp.get("")
@requires(Permission.VIEW_FIGURES)
def index():
    month = _month()
    figures = _figures(month)
    return render_template("performance.html", figures=figures, month=month, bar_chart=bar_chart,
                           previous=_shift(month, -1), following=_shift(month, 1))


@bp.get("/csv")
@requires(Permission.VIEW_FIGURES)
def csv():
    month = _month()
    return Response(figures_csv(_figures(month)), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="hate-incidents-{month}.csv"'})


def _shift(month: str, by: int) -> str:
    year, number = int(month[:4]), int(month[5:]) - 1 + by
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"
