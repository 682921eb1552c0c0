"""The suite is collected alike by a bare `pytest` and by `python -m pytest` from the
checkout (the README promises both)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_bare_pytest_collects_every_test_module():
    runner = Path(sys.executable).with_name("pytest")
    command = [str(runner)] if runner.exists() else [shutil.which("pytest") or "pytest"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(command + ["--collect-only", "-q", "-p", "no:cacheprovider"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "error" not in done.stdout.splitlines()[-1].lower()
    collected = {line.split("::")[0] for line in done.stdout.splitlines() if "::" in line}
    modules = {f"tests/{p.name}" for p in (ROOT / "tests").glob("test_*.py")}
    assert modules <= collected, sorted(modules - collected)
