"""Logs carry references, never personal data: a submission, delivery, casework and a purge at DEBUG."""
import logging

from bot.cases.casework import Casework
from bot.notifications.worker import deliver_once
from tests.staff_backend.conftest import DESCRIPTION, NAME, PHONE, report


def test_no_personal_data_in_logs(store, staff, clock, caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)  # even SQL echo
    try:
        ref = store.submit(report(), channel="twilio", language="en", sender_key=f"twilio:{PHONE}").reference
        deliver_once(store)  # no SMTP server: failures are logged too
        work = Casework(store)
        work.log_contact(staff["officer"], ref, "phone", note=f"{NAME} says {DESCRIPTION}")
        work.close(staff["officer"], ref, "resolved")
        clock.advance(days=1)
        store.purge(clock.now)
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert ref in logged  # the reference is there...
    for secret in (NAME, PHONE, "7400123456", DESCRIPTION, "Trent Road", "ST2 0AB"):
        assert secret not in logged  # ...nothing personal is
