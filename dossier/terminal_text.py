"""Text from files and the library, made safe to print on a terminal.

Titles, file names and quotes come from files anyone could have written. An ESC or CSI
in them would be obeyed by the terminal (moving the cursor, retitling the window,
hiding what follows), a BEL would ring it, and a file name that is not UTF-8 cannot be
printed at all. The library keeps the text as it is; only what is printed is escaped.
Bidirectional marks (LRM, RLM, isolates) are part of Arabic text and are kept.
"""

from __future__ import annotations

import json
import re

# C0 controls but tab, DEL, C1 controls, and the lone surrogates that stand for bytes
# of a file name that were not UTF-8.
_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")
# In JSON, C0 controls are already escaped by the encoder.
_UNSAFE_IN_JSON = re.compile(r"[\x7f-\x9f\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: object) -> str:
    """``text`` with every control character written as an escape (``\\x1b``)."""
    return _UNSAFE.sub(_escape, str(text))


def safe_json(data, indent: int | None = 2) -> str:
    """JSON of ``data`` that is safe to print and still valid JSON of the same values."""
    dumped = json.dumps(data, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
