"""Leads of other stories that a wire-format page lists after its article, with no header.

Some outlets' pages (CNN Arabic's of 2018 among them) end with the opening paragraphs of
four or five other stories, one paragraph each, without a "related stories" header:

    ...وواصلت منظمة أوبك خفض توقعاتها لمعدل نمو الطلب على النفط في العام القادم...
    أكدت شركة موانئ دبي العالمية، الثلاثاء، أنها ستواصل اللجوء إلى كافة الإجراءات...
    أكدت الصين وروسيا، الثلاثاء، سعيهما لزيادة التبادل التجاري بينهما بالعملات المحلية...

A lead that opens with its own dateline ("دبي، الإمارات العربية المتحدة (CNN)-") is known
by that alone (see ``parse``). The others are judged here, each line on its own evidence:

- the page is wire-format: its story opens with an agency dateline, or a later paragraph
  opened with another story's dateline (a page that appends leads has shown it does);
- the line is in the run of *fresh* paragraphs that ends the page: each opens without a
  connective (و، ف، كما، أما، بدوره، يذكر...), so it does not continue what precedes it,
  and is a full sentence of at least ``MIN_WORDS`` words;
- the line shares less than ``MAX_SHARED`` of its content words (stems of the words that
  are not particles, numbers or measures) with the article above the run: its title and
  body. A paragraph of the article, even one that opens without a connective, speaks of
  the article's people, places and things;
- at least two lines of the run are judged leads: a lone unrelated last paragraph stays.

The page lists its leads as one block of ``BLOCK`` paragraphs: on 2,925 CNN Arabic pages
of 2018 that open with a dateline, a later paragraph with its own dateline stands 1 to 5
paragraphs from the end (14 pages each on average) and almost never further up, and the
run of fresh paragraphs ending the page is 5 long on 769 of them, 4 on 20 and 6 on 80.
A lead of the block may share the article's subject (a page on a disappearance lists the
day's other stories on it), so words alone miss it. When the run holds a whole block, the
block's first line is judged a lead (unrelated words, or the wire lead's form: a day set
off by commas in its opening, "أكد فلان، الأحد، أن") and at least two of its lines are,
the whole block is taken: the lines below a lead that opens it are the block's.

A line of the run that shares more with the article stays in the body, and so do the
lines above the run: nothing is removed for where it stands alone ("everything after").
Why not everywhere: opinion columns open paragraph after paragraph without a connective
and change subject; only on wire-format pages was the rule found to remove no paragraph
of an article (``bench/other_story_leads.py`` counts and lists what it removes per outlet).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.lines import is_headline, is_open, word_count
from dossier.text.clitics import clitic_stems
from dossier.text.folding import folded_words
from dossier.text.stems import dossier_stem

MIN_WORDS = 12
MAX_SHARED = 0.2
MIN_LEADS = 2
BLOCK = 5  # the leads a wire page lists (see the module docstring)
_HEAD = 40  # characters enough for a paragraph's first two words
_LEAD_HEAD = 120  # characters enough for a lead's subject and its day
# A wire lead names its day between commas right after its subject: "أكد فلان، الأحد، أن".
_DAY_FORM = re.compile(
    r"[،,]\s*(?:(?:يوم|مساء|صباح|ظهر|فجر)\s+)?"
    r"(?:ال)?(?:أحد|احد|[إا]ثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)\s*[،,]")

# Words that carry no subject: particles, days, measures and the reporting verbs.
_NOT_CONTENT = frozenset(folded_words(
    "في من على إلى الى عن مع أن ان أو او ثم التي الذي الذين اللذين اللتين بين حول عبر "
    "خلال بعد قبل منذ لدى هذا هذه ذلك تلك هؤلاء كان كانت يكون تكون قد لقد لم لن ما لا "
    "إن إنه انه أنه أنها إنها كما أيضا قال قالت يقول تقول أضاف أضافت حيث عند كل بعض غير "
    "حتى إذا اذا هو هي هم هن نحو وفق وفقا أكثر أقل أول آخر أخرى العام الماضي الماضية "
    "الحالي الحالية المقبل المقبلة القادم يوم اليوم أمس الأحد الاثنين الإثنين الثلاثاء "
    "الأربعاء الخميس الجمعة السبت صباح مساء مليار مليون ألف آلاف دولار دولارا بنسبة "
    "نسبة المائة عام أعوام سنة سنوات شهر أشهر الأول الثاني الثالث ذات نفس فيه فيها "
    "له لها لهم به بها عليه عليها منه منها"))
# Openings that tie a paragraph to the one before it.
_CONNECTIVES = frozenset(folded_words(
    "أما كما لكن لكنه لكنها لكنهم إلا غير بدوره بدورها بدورهم جاء يأتي يذكر يشار تجدر "
    "يجدر إذ حيث ثم كذلك أيضا هذا هذه ذلك بحسب حسب وفقا لذلك لهذا هو هي هم مضيفا "
    "مشيرا مؤكدا موضحا بينما بيد"))
_SIDE = frozenset(folded_words("جهته جهتها جهتهم جانبه جانبها جانبهم المقابل ناحيته ناحيتها"))
# Words that begin with و or ف themselves: verbs that open a lead (وافق، فاز) and nouns.
_OWN_WAW_FA = frozenset(folded_words(
    "في فيما وافق وافقت وصل وصلت وقع وقعت وجه وجهت وضع وضعت وعد وعدت وقف وقفت ودع ودعت "
    "ورد وردت واصل واصلت واجه واجهت وجد وجدت وفر وفرت وصف وصفت وثق وثقت فاز فازت فشل "
    "فشلت فتح فتحت فرض فرضت فجر فجرت وزير وزيرة وزارة وكالة وسائل ولي ولاية وفد وفاة "
    "وثيقة وحدة واشنطن فريق فرنسا فلسطين فنزويلا فيتنام فنلندا فيسبوك فيلم"))


def _opens_fresh(words: list[str]) -> bool:
    """The paragraph (its first two folded words) does not open with a word tying it to
    the one before."""
    first = words[0]
    if not first:
        return False
    if first in _CONNECTIVES:
        return False
    if first in ("من", "في") and len(words) > 1 and words[1] in _SIDE:
        return False  # من جهته، من جانبها، في المقابل
    # و and ف before a word are connectives; a word may begin with them (وزارة): such a
    # lead is missed, never a paragraph taken.
    return first in _OWN_WAW_FA or first[0] not in "وف"


@lru_cache(maxsize=262144)
def _stems(word: str) -> frozenset[str]:
    """The stems of a content word (one per reading of its proclitics); empty for others."""
    if len(word) < 3 or word in _NOT_CONTENT or word.isdigit():
        return frozenset()
    return frozenset(dossier_stem(form) for form in clitic_stems(word) if len(form) >= 3)


def _content(words) -> list[frozenset[str]]:
    return [stems for stems in map(_stems, words) if stems]


def _shared(line: list[frozenset[str]], article: set[str]) -> float:
    """The share of the line's content words that the article also has."""
    if not line:
        return 1.0
    return sum(1 for stems in line if not stems.isdisjoint(article)) / len(line)


def appended_leads(title: str, body: list[str], opening: int = 0) -> list[int]:
    """Indexes into ``body`` (the page's text lines, in order) of other stories' leads;
    ``opening``: the index of the story's first paragraph, never one of them. The caller
    has established that the page is wire-format (see the module docstring)."""
    # Only the first words and the length of a line decide its shape: cheap on every page.
    shapes = [(len(line.split()), _opens_fresh(folded_words(line[:_HEAD])[:2] or [""]))
              for line in body]
    start = len(body)
    # The run of fresh full sentences that ends the page, below the story's opening.
    while start > opening + 1 and shapes[start - 1][0] >= MIN_WORDS and shapes[start - 1][1]:
        start -= 1
    if len(body) - start < MIN_LEADS:
        return []
    # A list (an almanac's events, a ranking) is mostly short lines or lines opening
    # fresh: its items cannot be told from leads, so none is judged.
    above = shapes[opening + 1:start]
    if above and 2 * sum(1 for count, fresh in above if count < MIN_WORDS or fresh) > len(above):
        return []
    # The article folded in one pass, each distinct word stemmed once.
    article = set().union(*map(_stems, set(folded_words("\n".join((title, *body[:start]))))))
    judged = {i: _shared(_content(folded_words(body[i])), article) < MAX_SHARED
              for i in range(start, len(body))}
    block = range(max(start, len(body) - BLOCK), len(body))
    if len(block) == BLOCK and _opens_block(body[block[0]], judged[block[0]]) and sum(
            judged[i] or bool(_DAY_FORM.search(body[i][:_LEAD_HEAD])) for i in block) >= MIN_LEADS:
        for i in block:
            judged[i] = True
    leads = [i for i in range(start, len(body)) if judged[i]]
    return leads if len(leads) >= MIN_LEADS else []


def _opens_block(line: str, unrelated: bool) -> bool:
    """The first line of a block of leads is itself known as one: by its words, or by the
    wire lead's form (a paragraph of the article that merely opens fresh has neither)."""
    return unrelated or bool(_DAY_FORM.search(line[:_LEAD_HEAD]))


# Headlines of other stories that a page sets between two paragraphs of its article, two
# or more in a row with no label (BBC Arabic's pages of 2018 do so): each is a headline
# (no sentence end) of ``_LINK_WORDS`` words or more, most are headlines of a full story
# (``_LONG_LINK`` words or more), one has a headline's "who: what" form, and together they
# speak of other things than the paragraph they interrupt. A box of facts ("الدولة: تشيلي",
# "تأليف: ...", "الناشر: ...") has short values; a subheading pair introduces the
# paragraph below it, which then speaks of it.
_LINK_WORDS = 5
_LONG_LINK = 7
_MAX_LINK_WORDS = 16
_PARAGRAPH_WORDS = 12
_MAX_SHARED_WITH_NEXT = 0.25


def _is_link_headline(line: str) -> bool:
    # A headline is at most 160 characters (``is_headline``): checked before any split.
    return len(line) <= 160 and _LINK_WORDS <= word_count(line) <= _MAX_LINK_WORDS and is_headline(line)


def _who_what(line: str) -> bool:
    head, colon, rest = line.partition(":")
    return bool(colon) and word_count(head) <= 4 and not head.strip().startswith("و") \
        and word_count(rest) >= 4


def _paragraph(line: str) -> bool:
    return word_count(line) >= _PARAGRAPH_WORDS and not is_open(line)


def headline_runs(text: list[str]) -> list[int]:
    """Indexes into ``text`` (a page's text lines, in order) of the headlines of other
    stories set in rows between two of its paragraphs (see above). Each line is looked at
    a bounded number of times."""
    found: list[int] = []
    i = 1
    while i < len(text):
        if not _is_link_headline(text[i]) or not _paragraph(text[i - 1]):
            i += 1
            continue
        j = i
        while j < len(text) and _is_link_headline(text[j]):
            j += 1
        run = text[i:j]
        if (j < len(text) and len(run) >= 2 and _paragraph(text[j])
                and sum(word_count(line) >= _LONG_LINK for line in run) >= 2
                and any(map(_who_what, run))
                and _shared_with(run, text[j]) < _MAX_SHARED_WITH_NEXT):
            found.extend(range(i, j))
        i = j + 1
    return found


def _shared_with(run: list[str], paragraph: str) -> float:
    words = [stems for line in run for stems in map(_stems, folded_words(line)) if stems]
    return _shared(words, set().union(*map(_stems, folded_words(paragraph))))
