"""Bytes of a saved page to text: encodings, line ends, and mojibake repaired or refused.

``decode`` accepts UTF-8 (with or without BOM, or UTF-16 with BOM as Notepad writes it)
and Windows-1256, the Arabic Windows code page. Text that was garbled before it was
saved (UTF-8 read as Windows-1252 or Latin-1 and saved again: "Ø§Ù„Ø¹Ø§Ù„Ù…") is
repaired with ftfy, which knows those code pages and the "sloppy" forms browsers use;
UTF-8 read as Windows-1256 ("ط§ظ„ط¹ط§ظ„ظ…"), which ftfy does not cover, is undone by
encoding back to Windows-1256. Text that still looks garbled is refused with a reason.

Mojibake is rare, so it is looked for only where its marks are frequent (a C-level
count): Ø and Ù carry every Arabic letter of UTF-8 read as Latin-1, ط and ظ of UTF-8 read
as Windows-1256.
"""

from __future__ import annotations

import codecs
import re

from dossier.ingest.errors import MAX_BYTES, ImportRejected

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What Windows-1256 text is made of: ASCII, Arabic, Latin-1 letters and typography.
_NOT_TEXT_1256 = re.compile(r"[^\t\n\r\x20-\x7e\u0600-\u06ff\u00a0\u00c0-\u00ff\u200c-\u200f\u2013-\u2026\u00ab\u00bb]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
# Share of the characters that are mojibake marks before a text is looked at closely:
# far above what real text holds (ظ is about 0.5% of Arabic letters).
_MARKS = 0.08
_MIN_MARKS = 10


_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b <= 0x08 or 0x0E <= b <= 0x1F or b == 0x7F))


def _is_binary(text: str, utf8: bytes | None = None) -> bool:
    """Mostly control characters. ``utf8``: the bytes ``text`` was decoded from as UTF-8,
    where each control character is its own byte, counted at C speed (the regular
    expression over a large export cost more than decoding it)."""
    if utf8 is not None:
        controls = len(utf8.translate(None, _NOT_CONTROL_BYTES))
        return b"\x00" in utf8 or controls > len(text) * 0.05
    return "\x00" in text or len(_CONTROL.findall(text)) > len(text) * 0.05


def _looks_like_1256_text(text: str) -> bool:
    odd = len(_NOT_TEXT_1256.findall(text))
    spaces = text.count(" ") + text.count("\n")
    return odd <= len(text) * 0.02 and (len(text) < 40 or spaces >= len(text) * 0.05)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportRejected("undecodable", f"The file is not valid {encoding.upper()} text.") from None


def _arabic_share(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    return len(_ARABIC.findall(text)) / letters if letters else 0.0


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 mojibake undone; raises ImportRejected("mojibake") when it
    cannot be undone. Text without the marks of mojibake is returned as it is."""
    size = max(len(text), 1)
    latin = text.count("\u00d8") + text.count("\u00d9")
    arabic_1256 = text.count("\u0637") + text.count("\u0638")
    if latin >= _MIN_MARKS and latin > size * _MARKS:
        import ftfy

        fixed = ftfy.fix_encoding(text)
        if fixed.count("\u00d8") + fixed.count("\u00d9") <= len(fixed) * 0.01 and _arabic_share(fixed) > 0.5:
            return fixed
    elif arabic_1256 >= _MIN_MARKS and arabic_1256 > size * _MARKS * 2:
        try:
            fixed = text.encode("cp1256").decode("utf-8")
        except UnicodeError:
            fixed = None
        if fixed and _arabic_share(fixed) > 0.5:
            return fixed
    else:
        return text
    raise ImportRejected(
        "mojibake", "The text is garbled by a wrong character encoding (it reads like "
        "\"Ø§Ù„\" or \"ط§ظ„\") and could not be repaired.")


def decode(data: bytes, limit: int = MAX_BYTES) -> str:
    """The text of a saved page, with LF line ends; raises ImportRejected."""
    if len(data) > limit:
        raise ImportRejected("too_large", f"The file is larger than {limit // (1024 * 1024)} MiB.")
    if not data.strip():
        raise ImportRejected("empty", "The file is empty.")
    utf8 = None
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8")
        utf8 = data
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    elif b"\x00" in data:
        raise ImportRejected("binary", "The file is not text (it contains NUL bytes).")
    else:
        try:
            text = data.decode("utf-8")
            utf8 = data
        except UnicodeDecodeError:
            # Windows-1256 maps nearly every byte, so decoding proves nothing: judge the result.
            text = _strict(data, "cp1256")
            if not _is_binary(text) and not _looks_like_1256_text(text):
                raise ImportRejected("undecodable", "The file is neither UTF-8 nor Arabic Windows-1256 text.") from None
    if _is_binary(text, utf8):
        raise ImportRejected("binary", "The file is not text (it is mostly control characters).")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ImportRejected("empty", "The file holds only blank space.")
    return repair_mojibake(text)
