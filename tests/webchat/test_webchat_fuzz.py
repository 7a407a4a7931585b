"""Hypothesis against the live endpoints: never a 500, never a message handled without a session."""
import json

import requests
from hypothesis import HealthCheck, given, settings, strategies as st

# JSON has no NaN or infinity: requests refuses to send them.
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)
FIELDS = st.fixed_dictionaries({}, optional={
    "session": st.text(max_size=300) | JSON, "message": st.text(max_size=50) | JSON,
    "choice": st.text(max_size=5) | JSON, "language": st.text(max_size=5) | JSON,
})
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(body=FIELDS | JSON, raw=st.binary(max_size=200), use_raw=st.booleans())
def test_message_endpoint_never_fails_or_processes_without_a_session(web_stack, body, raw, use_raw):
    data = raw if use_raw else json.dumps(body).encode()
    response = requests.post(f"{web_stack['page_url']}message", data=data, timeout=30)
    assert response.status_code in (400, 403, 413), response.status_code
    assert "messages" not in response.text


@FUZZ
@given(choice=JSON | st.text(max_size=6), language=JSON | st.text(max_size=6))
def test_choices_and_languages_from_the_client_never_crash(web_stack, choice, language):
    session = requests.post(f"{web_stack['page_url']}session", json={}, timeout=30).json()["session"]
    response = requests.post(f"{web_stack['page_url']}message",
                             json={"session": session, "choice": choice, "language": language}, timeout=60)
    assert response.status_code in (200, 400), response.status_code
