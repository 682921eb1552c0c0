"""Real-mouse drags on the real window, run on a platform with a drag loop.

The offscreen platform of this suite returns from QDrag.exec() at once, so no drag
started with the mouse ever reaches a drop target here. The drag tests (real_drags.py)
run in a child process on Qt's minimal platform, whose drag loop is Qt's own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_real_mouse_drags_onto_the_outline():
    env = dict(os.environ, QT_QPA_PLATFORM="minimal:enable_fonts")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(TESTS / "real_drags.py")],
        cwd=TESTS.parent, env=env, capture_output=True, text=True, timeout=600)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report[-3000:]
    assert "4 passed" in report, report[-3000:]
