"""Why a file cannot become an article, and the size limit every reader applies."""

from __future__ import annotations

# Far above any news article (the longest seed is 25 KB), small enough that a stray
# e-book or log file is refused before it is read into the library.
MAX_BYTES = 2 * 1024 * 1024


class ImportRejected(Exception):
    """A file that cannot become an article; ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __reduce__(self):
        # Rebuilt from both fields when it crosses from an import worker process.
        return type(self), (self.code, self.message)
