"""Rasa's stock moodbot, created and trained once by `rasa init` under var/bench/moodbot."""
from pathlib import Path

from .processes import child_env, rasa_executable, run_to_completion


def find_model(models_dir: Path):
    """The newest model archive in models_dir, or None."""
    models = sorted(models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def prepare(directory: Path, log_dir: Path) -> Path:
    """Make sure the moodbot exists and has a trained model; return its directory."""
    if find_model(directory / "models"):
        print(f"moodbot: cached model in {directory / 'models'} (delete it to retrain)")
        return directory
    directory.mkdir(parents=True, exist_ok=True)  # rasa init refuses a missing directory
    log = log_dir / "moodbot-init.log"
    print(f"moodbot: rasa init + training in {directory} (about a minute; log {log})", flush=True)
    rc = run_to_completion(
        "moodbot init", [rasa_executable(), "init", "--no-prompt", "--init-dir", str(directory)],
        cwd=directory, env=child_env(), log_path=log)
    if rc != 0 or not find_model(directory / "models"):
        raise RuntimeError(f"rasa init failed (exit {rc}); see {log}")
    return directory
