"""Sentences of real press shared by the import, curation and window tests.

Copied from the ANT Corpus v2.1 (A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic
Multi-source News Corpus: Experimenting on Single-document Extractive Summarization",
Arabian Journal for Science and Engineering 46(8), 2021), with each article's DOCNO.
"""

# SK-middleEast-3165-20180729 (Sky News Arabia)
TITLE = "\"شهادات الوفاة\".. خطة النظام السوري لطي صفحة المعتقلين"
PARAS = [
    "يسعى النظام السوري جاهدا لحسم الحرب الدائرة في البلاد منذ أعوام، لكنه يحرص في الوقت نفسه "
    "على طي ملف المعتقلين، واستبعاده من مباحثات السلام المرتقبة، سواء في جنيف أو أستانا.",
    "وأوردت \"تلغراف\" أن العائلات السورية التي ظلت تنتظر مصير أبنائها طيلة سنوات صار بوسعها "
    "أن تقصد مكاتب السجل المدني لتحصل على تأكيد بشأن وفاة أبنائها.",
    "وعلى سبيل المثال تشير 400 من شهادات الوفاة التي تم تقديمها لعائلات معتقلي \"صيدنايا\" "
    "بريف دمشق إلى أن الضحايا ماتوا جراء أزمات قلبية أو جلطات، لكن الأهالي يشتبهون في أن "
    "ذويهم قضوا تحت التعذيب في السجون.",
]
