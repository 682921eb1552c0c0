"""Draw the articles of the hand-labelled tagging sample, and print them for reading.

    python bench/tagging_sample.py --corpus PATH            # the draw, one line per article
    python bench/tagging_sample.py --corpus PATH --show 0:10  # articles 0-9 in full
    python bench/tagging_sample.py --corpus PATH --heldout [--show 0:10]

The draw is reproducible (seed 2018) and has two parts:
- spread: a fixed number of articles from every outlet x category cell of the corpus;
- targeted: for each hard case and rare region, articles whose title or text contains a
  pattern (Mali, Oman/Amman, the sunset prayer, Georgia the US state, the Jordan river,
  Central Asia...). The pattern only chooses what to read; labels come from reading.
Articles longer than MAX_CHARS are left out so each one can be read whole.

``--heldout`` draws the held-out sample instead (seed 2019): HELDOUT_PER_OUTLET articles
at random from each outlet, none of them in the first draw. It is labelled by the same
rules into ``heldout.jsonl`` and only ever measured: no rule or threshold is tuned on it.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Document, corpus_files, read_document  # noqa: E402

SEED = 2018
HELDOUT_SEED = 2019
HELDOUT_PER_OUTLET = 10
MAX_CHARS = 4000
PER_CELL = 4
_P = r"(?<!\w)[وفبلك]{0,2}"  # a word's start, with the conjunctions and prepositions
_E = r"(?!\w)"

# (name, pattern, how many): the pattern must match the title or the text.
TARGETS = (
    ("mali-state", r"باماكو|جمهورية مالي|شمال مالي|(?:في|من|إلى) مالي" + _E, 2),
    ("mali-financial", r"(?:دعم|عجز|فساد|وضع|مركز|تمويل|مستشار) مالي" + _E, 2),
    ("oman", r"سلطنة عمان|مسقط" + _E, 2),
    ("amman", _P + r"عمّان" + _E + r"|العاصمة الأردنية", 2),
    ("maghrib-prayer", r"(?:صلاة|أذان|آذان|بعد|قبل|موعد) المغرب" + _E, 2),
    ("morocco", r"الرباط|المملكة المغربية", 1),
    ("algiers-city", r"الجزائر العاصمة", 2),
    ("georgia-us", r"ولاية جورجيا|أتلانتا", 2),
    ("georgia-state", r"تبليسي|جورجيا" + _E, 1),
    ("jordan-river", r"نهر الأردن|غور الأردن|وادي الأردن", 2),
    ("chad", _P + r"تشاد" + _E + r"|نجامينا", 2),
    ("congo", r"الكونغو|كينشاسا|برازافيل", 2),
    ("guinea", r"غينيا|كوناكري", 2),
    ("south-sudan", r"جنوب السودان|جوبا" + _E, 2),
    ("niger", _P + r"النيجر" + _E + r"|نيامي", 2),
    ("nigeria", r"نيجيريا|أبوجا", 1),
    ("cameroon", r"الكاميرون|ياوندي", 1),
    ("qatar-diameter", r"(?<!\w)قطره|قطرها|(?:يبلغ|بلغ|ب)قطر\s|القطر" + _E, 2),
    ("paris-agreement", r"(?:اتفاق|اتفاقية) باريس", 2),
    ("latin-america", r"(?:أمريكا|أميركا) اللاتينية", 2),
    ("central-asia-region", r"آسيا الوسطى", 2),
    ("caucasus", r"القوقاز", 2),
    ("gulf-region", r"(?:دول|منطقة|مياه) الخليج" + _E, 2),
    ("capital-for-state",
     r"(?:طهران|موسكو|واشنطن|بكين|أنقرة|الرياض|الدوحة|دمشق|بغداد) "
     r"(?:ترفض|تتهم|تدين|تحذر|تطالب|تؤكد|ترد|تنفي)", 2),
    ("central-asia", r"كازاخستان|أوزبكستان|قرغيزستان|قيرغيزستان|طاجيكستان|تركمانستان", 4),
    ("caucasus-states", r"أذربيجان|أرمينيا|تبليسي", 2),
    ("gulf", r"البحرين|الكويت|سلطنة عمان", 2),
    ("maghreb", r"تونس|ليبيا|موريتانيا|نواكشوط", 2),
    ("horn", r"الصومال|إثيوبيا|إريتريا|جيبوتي|كينيا", 3),
    ("sahel", r"بوركينا فاسو|واغادوغو|الساحل الأفريقي|منطقة الساحل", 2),
    ("south-asia", r"بنغلاديش|سريلانكا|نيبال|ميانمار|الروهينغا", 2),
    ("south-east-asia", r"إندونيسيا|ماليزيا|الفلبين|تايلاند|فيتنام|سنغافورة", 3),
    ("latin", r"فنزويلا|البرازيل|الأرجنتين|المكسيك|كولومبيا|كوبا|نيكاراغوا|بيرو|تشيلي", 4),
    ("europe", r"السويد|بولندا|إسبانيا|اليونان|المجر|هولندا|النمسا|صربيا|الدنمارك", 3),
    ("kosovo", r"كوسوفو", 1),
    # Second round: the topics the first round left thin, their traps, and more rare places.
    ("water", r"سد النهضة|الموارد المائية|شح المياه|نهر النيل|الأمن المائي|تحلية المياه", 4),
    ("environment", r"تغير المناخ|التغير المناخي|الاحتباس الحراري|التلوث|الانبعاثات", 3),
    ("energy", r"أسعار النفط|الطاقة المتجددة|الطاقة الشمسية|محطة نووية|الغاز الطبيعي", 3),
    ("nuclear-deal", r"الاتفاق النووي|تخصيب اليورانيوم", 2),
    ("sustainability-name", r"استدامة", 1),
    ("transport", r"السكك الحديدية|سكة حديد|الخطوط الجوية|ميناء|مطار", 3),
    ("niger-state-2", _P + r"النيجر" + _E + r"|(?<!\w)نيامي(?!\w)", 2),
    ("georgia-us-2", r"ولاية جورجيا", 2),
    ("guinea-2", r"غينيا الاستوائية|غينيا بيساو", 1),
    ("central-asia-2", r"كازاخستان|أوزبكستان|قرغيزستان|قيرغيزستان|طاجيكستان|تركمانستان", 3),
    ("horn-2", r"الصومال|إريتريا|جيبوتي|مقديشو|أسمرة", 2),
    ("latin-2", r"كولومبيا|الأرجنتين|المكسيك|بيرو|تشيلي|الإكوادور|بوليفيا", 2),
    ("south-east-asia-2", r"إندونيسيا|جاكرتا|تايلاند|بانكوك|فيتنام|كمبوديا", 2),
    # Third round: water and environment were still thin.
    ("water-2", r"الجفاف|الموارد المائية|محطات تحلية|نهر دجلة|نهر الفرات|المياه الجوفية", 3),
    ("environment-2", r"التلوث|النفايات|الحياة البرية|الانقراض|الاحتباس الحراري|التصحر", 4),
)


def _cell(path: Path) -> tuple[str, str]:
    return path.parent.parent.name, path.parent.name


def draw(root: Path) -> list[tuple[str, Document]]:
    """(why, document) in a stable order: the spread first, then the targeted draws."""
    rng = random.Random(SEED)
    docs = [read_document(path, root) for path in corpus_files(root)]
    docs = [doc for doc in docs if 0 < len(doc.text) <= MAX_CHARS]
    cells: dict[tuple[str, str], list[Document]] = defaultdict(list)
    for doc in docs:
        cells[_cell(Path(doc.path))].append(doc)
    chosen: list[tuple[str, Document]] = []
    taken: set[str] = set()
    for cell in sorted(cells):
        for doc in rng.sample(cells[cell], PER_CELL):
            chosen.append(("spread", doc))
            taken.add(doc.docno)
    for name, pattern, count in TARGETS:
        regex = re.compile(pattern)
        hits = [doc for doc in docs if doc.docno not in taken
                and (regex.search(doc.title) or regex.search(doc.text))]
        for doc in rng.sample(hits, min(count, len(hits))):
            chosen.append((name, doc))
            taken.add(doc.docno)
    return chosen


def draw_heldout(root: Path) -> list[tuple[str, Document]]:
    """The held-out sample: articles of each outlet at random, outside the first draw."""
    taken = {doc.docno for _why, doc in draw(root)}
    rng = random.Random(HELDOUT_SEED)
    outlets: dict[str, list[Document]] = defaultdict(list)
    for path in corpus_files(root):
        doc = read_document(path, root)
        if 0 < len(doc.text) <= MAX_CHARS and doc.docno not in taken:
            outlets[_cell(Path(doc.path))[0]].append(doc)
    return [("heldout", doc) for outlet in sorted(outlets)
            for doc in rng.sample(outlets[outlet], HELDOUT_PER_OUTLET)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--show", help="print articles START:END of the draw in full")
    parser.add_argument("--heldout", action="store_true", help="the held-out sample instead")
    args = parser.parse_args()
    chosen = draw_heldout(args.corpus) if args.heldout else draw(args.corpus)
    if not args.show:
        for index, (why, doc) in enumerate(chosen):
            print(f"{index}\t{why}\t{doc.docno}\t{doc.path}")
        return
    start, end = (int(part) for part in args.show.split(":"))
    for index, (why, doc) in enumerate(chosen[start:end], start):
        print(f"#### {index} [{why}] {doc.docno} {doc.path}\nTITLE: {doc.title}\n{doc.text}\n")


if __name__ == "__main__":
    main()
