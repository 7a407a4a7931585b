"""Staff accounts: argon2 hashes, sign-in, rehash on new parameters, the CLI."""
import os
import subprocess
import sys

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from bot.cases.errors import InvalidInput
from bot.cases.models import StaffUser
from bot.cases.permissions import Role
from bot.config import PROJECT_ROOT
from bot.staff import accounts
from tests.staff_backend.conftest import PASSWORD


def test_add_and_authenticate(store):
    user = accounts.add_user(store, email="Officer@Stoke.example", name="Olu", role="officer", password=PASSWORD)
    assert user.role is Role.OFFICER and user.email == "officer@stoke.example"
    assert accounts.authenticate(store, "officer@stoke.example", PASSWORD) == user
    assert accounts.authenticate(store, "officer@stoke.example", "wrong password!!") is None
    assert accounts.authenticate(store, "nobody@stoke.example", PASSWORD) is None
    with store.transaction("t") as session:
        stored = session.execute(select(StaffUser.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    with pytest.raises(InvalidInput):
        accounts.add_user(store, email="officer@stoke.example", name="Again", role="officer", password=PASSWORD)
    with pytest.raises(InvalidInput):
        accounts.add_user(store, email="short@stoke.example", name="S", role="officer", password="short")
    accounts.set_active(store, user.id, False)
    assert accounts.authenticate(store, "officer@stoke.example", PASSWORD) is None


def test_old_parameters_are_rehashed_on_sign_in(store):
    user = accounts.add_user(store, email="m@stoke.example", name="M", role="team_manager", password=PASSWORD)
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with store.transaction("t") as session:
        session.execute(update(StaffUser).values(password_hash=weak))
    assert accounts.authenticate(store, "m@stoke.example", PASSWORD) == user
    with store.transaction("t") as session:
        assert session.execute(select(StaffUser.password_hash)).scalar_one() != weak
    assert accounts.get_user(store, str(user.id)) == user and accounts.get_user(store, "x") is None


def test_add_user_command(sqlite_url):
    env = {**os.environ, "DATABASE_URL": sqlite_url, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "staff", "add-user", "--email", "c@stoke.example", "--name", "Cara",
         "--role", "cohesion_manager", "--password-stdin"],
        input=PASSWORD + "\n", cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, check=True)
    assert "Created c@stoke.example (cohesion_manager)" in done.stdout
    from bot.cases.store import CaseStore

    store = CaseStore(sqlite_url)
    assert accounts.authenticate(store, "c@stoke.example", PASSWORD).role is Role.COHESION_MANAGER
    store.close()
