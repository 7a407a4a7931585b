"""What our model costs: training time, size on disk, and time to load (from the bench run)."""
import subprocess
import time
from pathlib import Path

from . import processes

ROOT = Path(__file__).resolve().parent.parent


def training_seconds(out_dir: Path) -> float:
    """Trains the project's model from scratch into out_dir (Rasa's cache off) and times it."""
    started = time.monotonic()
    subprocess.run(
        [processes.rasa_executable(), "train", "--config", "config.yml", "--domain", "domain.yml",
         "--data", "nlu_data", "--out", str(out_dir), "--fixed-model-name", "timing", "--quiet"],
        cwd=ROOT, env=processes.child_env(PYTHONPATH=str(ROOT), RASA_CACHE_DIRECTORY=str(out_dir / "cache"),
                                          RASA_MAX_CACHE_SIZE="0"),
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return time.monotonic() - started


def report(model: Path, out_dir: Path, load_s) -> dict:
    costs = {"model_mb": round(model.stat().st_size / 1e6, 1), "model_load_s": load_s}
    print("ours: training the model from scratch to time it ...", flush=True)
    costs["training_s"] = round(training_seconds(out_dir / "train-timing"), 1)
    print(f"ours: training {costs['training_s']} s, model {costs['model_mb']} MB, "
          f"loaded and answering after {load_s} s", flush=True)
    return costs
