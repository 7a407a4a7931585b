"""`python -m bot staff serve`: the dashboard under waitress, a production WSGI server
(pure Python, no C build, threads: right for a team-sized tool behind the council's proxy)."""
from __future__ import annotations

import logging

from bot.staff.web import settings


def serve(host: str = settings.HOST, port: int = settings.PORT, threads: int = 8) -> int:
    from waitress import serve as waitress_serve

    from bot.staff.web import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app()
    print(f"Staff dashboard:   http://{host}:{port}", flush=True)
    # waitress logs no request lines (no URLs with references or queries in the log).
    waitress_serve(app, host=host, port=port, threads=threads, ident="staff-dashboard",
                   max_request_body_size=app.config["MAX_CONTENT_LENGTH"])
    return 0
