"""Near-duplicates: the same story with other furniture, a few words changed, or the same
wire story in two outlets.

A story is its set of shingles: every run of five consecutive folded words. Two stories
are the same when their shingle sets overlap enough: a resemblance (Jaccard) of at
least ``RESEMBLANCE`` (a few words changed: each changed word touches five shingles),
or a containment of at least ``CONTAINMENT`` of the shorter one (a wire story that one
outlet printed whole and another cut short).

Finding candidates must not compare every pair: each story keeps a sketch, the
``SKETCH`` smallest shingle hashes (a bottom-k sketch), stored as keys. Stories that
share at least ``MIN_SHARED`` keys are candidates, and a candidate is confirmed on the
two texts. Shingles are hashed from stable word numbers (CRC-32 of each word), so the
keys written by one import are the keys of the next.
"""

from __future__ import annotations

import heapq
import zlib
from array import array
from itertools import repeat

from dossier.text.folding import folded_text

SHINGLE = 5
SKETCH = 16
MIN_SHARED = 4
RESEMBLANCE = 0.5
CONTAINMENT = 0.8
# Shorter texts share their few shingles by chance (a one-line brief): never compared.
MIN_SHINGLES = 20


def _word_ids(words: list[str]) -> list[int]:
    """The CRC-32 of each word's UTF-8 bytes. Encoding the words once as one string and
    splitting the bytes costs less than encoding (or looking up) each word: a page's words
    are mostly new strings, whose hashing alone cost as much as this."""
    data = " ".join(words).encode("utf-8", "surrogatepass")
    ids = list(map(zlib.crc32, data.split(b" ")))
    if len(ids) != len(words):  # a word holding a space: each on its own
        ids = [zlib.crc32(word.encode("utf-8", "surrogatepass")) for word in words]
    return ids


def shingles(words: list[str]) -> set[int]:
    """The hashes of every run of SHINGLE consecutive words (folded words expected)."""
    return _hashed(_word_ids(words))


def text_shingles(folded: str) -> set[int]:
    """``shingles(folded.split())`` of a text whose words are parted by spaces, as
    ``folding.folded_text`` writes them: its bytes are split into words straight away,
    with no list of words made and joined again (an import does this for every article)."""
    return _hashed(list(map(zlib.crc32, folded.encode("utf-8", "surrogatepass").split())))


def body_shingles(body: str) -> set[int]:
    """The shingles of an article's body, as the import's workers take them."""
    return text_shingles(folded_text(body))


def _hashed(ids: list[int]) -> set[int]:
    if len(ids) < SHINGLE:
        return {hash(tuple(ids))} if ids else set()
    # A tuple of ints hashes the same in every process (no per-process salt, unlike str).
    return set(map(hash, zip(*(ids[i:] for i in range(SHINGLE)))))


def sketch(words: list[str]) -> tuple[int, ...]:
    """The bottom-k sketch of a text's shingles; empty for a text too short to compare."""
    return bottom(shingles(words))


def bottom(found: set[int]) -> tuple[int, ...]:
    """The bottom-k sketch of a set of shingles."""
    if len(found) < MIN_SHINGLES:
        return ()
    # A heap made and popped in C: about half the time of heapq.nsmallest's Python loop.
    heap = list(found)
    heapq.heapify(heap)
    return tuple(map(heapq.heappop, repeat(heap, SKETCH)))


def similarity(a: set[int], b: set[int]) -> tuple[float, float]:
    """(resemblance, containment of the smaller) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / len(a | b), common / min(len(a), len(b))


def is_repeat(a: set[int], b: set[int]) -> float | None:
    """The resemblance when the two texts are the same story, else None."""
    if min(len(a), len(b)) < MIN_SHINGLES:
        return None
    resemblance, containment = similarity(a, b)
    if resemblance >= RESEMBLANCE or containment >= CONTAINMENT:
        return round(resemblance, 3)
    return None


def packed(found: set[int]) -> bytes:
    """A shingle set as bytes: it crosses between processes as one string, and is
    unpacked only for the rare article that has a candidate to compare with."""
    return array("q", list(found)).tobytes()  # from a list: about twice as fast as from the set


def unpacked(data: bytes) -> set[int]:
    found = array("q")
    found.frombytes(data)
    return set(found)
