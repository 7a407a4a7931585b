"""Rasa's end-to-end test stories, run against the live action server."""
import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.stack import child_env
from tests.conversation.conftest import MODEL


def test_stories_have_no_prediction_errors(live_stack, tmp_path):
    rasa = str(Path(sys.executable).with_name("rasa"))
    result = subprocess.run(
        [rasa, "test", "core", "--model", str(MODEL), "--stories", "tests/e2e_stories.yml",
         "--endpoints", str(live_stack["endpoints"]), "--fail-on-prediction-errors", "--out", str(tmp_path)],
        cwd=PROJECT_ROOT, env=child_env(), capture_output=True, text=True, timeout=900,
    )
    failed = tmp_path / "failed_test_stories.yml"
    assert result.returncode == 0, (failed.read_text() if failed.exists() else result.stdout[-4000:] + result.stderr[-4000:])
