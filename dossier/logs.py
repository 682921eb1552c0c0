"""The log file: warnings and errors of the app and the command line, with tracebacks.

It lives in the user's data folder (``dossier.log``, rotated at 1 MiB, three old
files kept) and is created only when there is something to log. A folder that cannot
be written leaves the program without a log file rather than failing it.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from dossier import paths

LOG_NAME = "dossier.log"
_handler: logging.Handler | None = None


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    def handleError(self, record) -> None:
        # A full disk or a removed folder must not print a traceback of its own.
        pass


def log_path() -> Path:
    return paths.user_data_dir() / LOG_NAME


def setup_logging() -> Path | None:
    """Send warnings and errors of every ``dossier`` logger to the log file; its path."""
    global _handler
    target = log_path()
    logger = logging.getLogger("dossier")
    if _handler is not None:
        if Path(getattr(_handler, "baseFilename", "")) == target:
            return target
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(
            target, maxBytes=1 << 20, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler = handler
    return target
