<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../dossier/ui/about_dialog.py" line="47" />
        <source>About Dossier</source>
        <translation>حول «دوسييه»</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/about_dialog.py" line="48" />
        <source>Dossier %1</source>
        <translation>دوسييه %1</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/about_dialog.py" line="49" />
        <source>Browse Arabic press about Central Asia by country, topic and source; excerpt it; export right-to-left PDF briefings.</source>
        <translation>تصفّح الصحافة العربية عن آسيا الوسطى حسب البلد والموضوع والمصدر، واقتبس منها، وصدّر موجزات PDF من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/about_dialog.py" line="51" />
        <source>The interface and the exported briefings use the Amiri typeface, and the exported briefings Noto Serif for the letters Amiri lacks (such as Cyrillic), both distributed under the SIL Open Font License 1.1:</source>
        <translation>تستخدم الواجهة والموجزات المصدّرة خط «أميري»، وتستخدم الموجزات المصدّرة خط «نوتو سيريف» للحروف التي يخلو منها «أميري» (كالسيريلية)، وكلاهما موزَّع بموجب رخصة SIL للخطوط المفتوحة 1.1:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../dossier/ui/app.py" line="1" />
        <source>Dossier cannot open its library</source>
        <translation>تعذّر على «دوسييه» فتح مكتبته</translation>
    </message>
</context>
<context>
    <name>ArticleBrowser</name>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="113" />
        <source>Search articles (Ctrl+F)…</source>
        <translation>ابحث في المقالات (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="0" />
        <source>Most relevant first</source>
        <translation>الأكثر صلة أولاً</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="0" />
        <source>Newest first</source>
        <translation>الأحدث أولاً</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="0" />
        <source>Oldest first</source>
        <translation>الأقدم أولاً</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="0" />
        <source>Order of the hits</source>
        <translation>ترتيب النتائج</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="180" />
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="181" />
        <source>A search needs at least one word to find, not only words to exclude.</source>
        <translation>يحتاج البحث إلى كلمة واحدة على الأقل للعثور عليها، لا إلى كلمات مستبعدة فقط.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="182" />
        <source>This search cannot be run; check the quotation marks and operators.</source>
        <translation>تعذّر تنفيذ هذا البحث؛ راجع علامات الاقتباس والعوامل.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../dossier/ui/article_list_model.py" line="115" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_list_model.py" line="115" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_list_model.py" line="115" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>BriefingBinder</name>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="90" />
        <source>Briefing:</source>
        <translation>الموجز:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="92" />
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="92" />
        <source>Create a new briefing</source>
        <translation>أنشئ موجزًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="93" />
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="93" />
        <source>Delete the open briefing</source>
        <translation>احذف الموجز المفتوح</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="94" />
        <source>Export PDF…</source>
        <translation>صدّر PDF…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="94" />
        <source>Export the briefing as a PDF</source>
        <translation>صدّر الموجز ملف PDF</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="95" />
        <source>Add section</source>
        <translation>أضف قسمًا</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="95" />
        <source>Add a section after the selected one</source>
        <translation>أضف قسمًا بعد القسم المحدد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="96" />
        <source>Add note</source>
        <translation>أضف ملاحظة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="96" />
        <source>Add a note to the selected section</source>
        <translation>أضف ملاحظة إلى القسم المحدد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="97" />
        <source>Edit</source>
        <translation>حرّر</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="97" />
        <source>Edit the heading or the note</source>
        <translation>حرّر العنوان أو الملاحظة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="98" />
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="98" />
        <source>Remove the selected section or item</source>
        <translation>أزل القسم أو العنصر المحدد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="99" />
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="99" />
        <source>Move the selection up (Ctrl+Up)</source>
        <translation>انقل المحدد إلى الأعلى (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="100" />
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="100" />
        <source>Move the selection down (Ctrl+Down)</source>
        <translation>انقل المحدد إلى الأسفل (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="101" />
        <source>Show in article</source>
        <translation>اعرضه في المقال</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_binder.py" line="101" />
        <source>Show the excerpt in its article (Ctrl+J)</source>
        <translation>اعرض المقتطف في مقاله (Ctrl+J)</translation>
    </message>
</context>
<context>
    <name>BriefingFieldsView</name>
    <message>
        <location filename="../../dossier/ui/briefing_fields_view.py" line="66" />
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_fields_view.py" line="66" />
        <source>Subtitle:</source>
        <translation>العنوان الفرعي:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_fields_view.py" line="67" />
        <source>Author:</source>
        <translation>المُعِدّ:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_fields_view.py" line="67" />
        <source>Classification:</source>
        <translation>التصنيف:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_fields_view.py" line="68" />
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_fields_view.py" line="71" />
        <source>Summary:</source>
        <translation>الخلاصة:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_fields_view.py" line="72" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_fields_view.py" line="79" />
        <source>Title of the briefing</source>
        <translation>عنوان الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_fields_view.py" line="80" />
        <source>A few lines for the reader in a hurry</source>
        <translation>بضعة أسطر للقارئ المستعجل</translation>
    </message>
</context>
<context>
    <name>BriefingListModel</name>
    <message>
        <location filename="../../dossier/ui/briefing_list_model.py" line="67" />
        <source>Untitled briefing</source>
        <translation>موجز بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_list_model.py" line="83" />
        <source>Briefing</source>
        <translation>الموجز</translation>
    </message>
</context>
<context>
    <name>BriefingOutlineModel</name>
    <message>
        <location filename="../../dossier/ui/briefing_outline_model.py" line="136" />
        <source>Untitled section</source>
        <translation>قسم بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_outline_model.py" line="178" />
        <source>Section / excerpt</source>
        <translation>القسم / المقتطف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_outline_model.py" line="180" />
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_outline_model.py" line="353" />
        <source>New section</source>
        <translation>قسم جديد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dossier/ui/briefing_outline_model.py" line="160" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_outline_model.py" line="369" />
        <source>Add excerpts</source>
        <translation>أضف مقتطفات</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_outline_model.py" line="384" />
        <source>Add articles</source>
        <translation>أضف مقالات</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="91" />
        <source>Write the date as YYYY-MM-DD, for example 2025-03-18.</source>
        <translation>اكتب التاريخ بالصيغة YYYY-MM-DD، مثل 2025-03-18.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="291" />
        <source>Untitled briefing</source>
        <translation>موجز بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="295" />
        <source>New briefing created.</source>
        <translation>أُنشئ موجز جديد.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="302" />
        <source>Delete the briefing “%1”? Undo brings it back.</source>
        <translation>أتحذف الموجز «%1»؟ يمكنك استعادته بالتراجع.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="303" />
        <source>Delete briefing</source>
        <translation>حذف الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="311" />
        <source>Briefing deleted.</source>
        <translation>حُذف الموجز.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="339" />
        <location filename="../../dossier/ui/briefing_panel.py" line="349" />
        <location filename="../../dossier/ui/briefing_panel.py" line="422" />
        <source>New section</source>
        <translation>قسم جديد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="457" />
        <source>Open a briefing to export it.</source>
        <translation>افتح موجزًا لتصديره.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="460" />
        <source>An export is already running.</source>
        <translation>هناك تصدير جارٍ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="465" />
        <source>Exported to %1</source>
        <translation>صُدّر إلى %1</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="466" />
        <source>The export failed.</source>
        <translation>فشل التصدير.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="467" />
        <source>Export cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="473" />
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="159" />
        <source>Selected</source>
        <translation>المحدد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="159" />
        <source>Briefing</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/briefing_panel.py" line="160" />
        <source>Excerpts</source>
        <translation>المقتطفات</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../dossier/ui/commands.py" line="25" />
        <source>Edit title</source>
        <translation>تحرير العنوان</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="26" />
        <source>Edit subtitle</source>
        <translation>تحرير العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="27" />
        <source>Edit author</source>
        <translation>تحرير اسم المُعِدّ</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="28" />
        <source>Edit classification</source>
        <translation>تحرير التصنيف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="29" />
        <source>Edit date</source>
        <translation>تحرير التاريخ</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="30" />
        <source>Edit summary</source>
        <translation>تحرير الخلاصة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="100" />
        <source>Add section</source>
        <translation>أضف قسمًا</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="122" />
        <source>Rename section</source>
        <translation>إعادة تسمية القسم</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="140" />
        <source>Move section</source>
        <translation>نقل القسم</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="158" />
        <source>Delete section</source>
        <translation>حذف القسم</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="178" />
        <source>Delete briefing</source>
        <translation>حذف الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="196" />
        <source>Add excerpt</source>
        <translation>أضف مقتطفًا</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="206" />
        <source>Add note</source>
        <translation>أضف ملاحظة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="215" />
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="233" />
        <source>Move item</source>
        <translation>نقل العنصر</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/commands.py" line="251" />
        <source>Delete item</source>
        <translation>حذف العنصر</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_commands.py" line="15" />
        <source>Change excerpt</source>
        <translation>غيّر المقتطف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_commands.py" line="35" />
        <source>Delete excerpt</source>
        <translation>احذف المقتطف</translation>
    </message>
</context>
<context>
    <name>ComposerExcerpts</name>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="49" />
        <source>The selection could not be added to the briefing.</source>
        <translation>تعذّرت إضافة التحديد إلى الموجز.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="51" />
        <source>Excerpt added to the briefing.</source>
        <translation>أُضيف المقتطف إلى الموجز.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="64" />
        <source>Open or create a briefing first.</source>
        <translation>افتح موجزًا أو أنشئ واحدًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="73" />
        <source>Untitled section</source>
        <translation>قسم بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="74" />
        <source>Add to which section?</source>
        <translation>إلى أي قسم يُضاف؟</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="75" />
        <source>No section is selected. Add the excerpt to:</source>
        <translation>لم يُحدَّد قسم. أضف المقتطف إلى:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="86" />
        <source>Select the new extent of the excerpt in its article first (Show in article opens it).</source>
        <translation>حدّد أولًا الامتداد الجديد للمقتطف في مقاله (يفتحه «اعرضه في المقال»).</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="97" />
        <source>Excerpt changed.</source>
        <translation>غُيِّر المقتطف.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="109" />
        <source>Excerpt deleted. Undo brings it back.</source>
        <translation>حُذف المقتطف. التراجع يعيده.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/composer_excerpts.py" line="121" />
        <source>The open briefing does not quote this excerpt.</source>
        <translation>لا يقتبس الموجز المفتوح هذا المقتطف.</translation>
    </message>
</context>
<context>
    <name>ExcerptListModel</name>
    <message>
        <location filename="../../dossier/ui/excerpt_list_model.py" line="50" />
        <source>In: %1</source>
        <translation>في: %1</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_list_model.py" line="74" />
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_list_model.py" line="74" />
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_list_model.py" line="74" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_list_model.py" line="75" />
        <source>Briefings</source>
        <translation>الموجزات</translation>
    </message>
</context>
<context>
    <name>ExcerptListView</name>
    <message>
        <location filename="../../dossier/ui/excerpt_list_view.py" line="83" />
        <source>Search the excerpts of the library</source>
        <translation>ابحث في مقتطفات المكتبة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_list_view.py" line="84" />
        <source>Add to briefing</source>
        <translation>أضف إلى الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_list_view.py" line="85" />
        <source>Put the selected excerpt into the selected section (or drag it onto a section)</source>
        <translation>ضع المقتطف المحدد في القسم المحدد (أو اسحبه إلى قسم)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_list_view.py" line="87" />
        <source>Show in article</source>
        <translation>اعرضه في المقال</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/excerpt_list_view.py" line="88" />
        <source>Delete excerpt</source>
        <translation>احذف المقتطف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dossier/ui/excerpt_list_view.py" line="137" />
        <source>%n excerpt(s) found</source>
        <translation>
            <numerusform>لم يُعثر على مقتطفات</numerusform>
            <numerusform>عُثر على مقتطف واحد</numerusform>
            <numerusform>عُثر على مقتطفين</numerusform>
            <numerusform>عُثر على %n مقتطفات</numerusform>
            <numerusform>عُثر على %n مقتطفًا</numerusform>
            <numerusform>عُثر على %n مقتطف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dossier/ui/excerpt_list_view.py" line="139" />
        <source>%n excerpt(s) in the library</source>
        <translation>
            <numerusform>لا مقتطفات في المكتبة</numerusform>
            <numerusform>مقتطف واحد في المكتبة</numerusform>
            <numerusform>مقتطفان في المكتبة</numerusform>
            <numerusform>%n مقتطفات في المكتبة</numerusform>
            <numerusform>%n مقتطفًا في المكتبة</numerusform>
            <numerusform>%n مقتطف في المكتبة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../dossier/ui/error_reporter.py" line="1" />
        <source>The library could not be changed</source>
        <translation>تعذّر تعديل المكتبة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/error_reporter.py" line="1" />
        <source>Something went wrong: %1. Your work so far is saved; the details are in %2.</source>
        <translation>حدث خطأ غير متوقع: %1. عملك حتى الآن محفوظ، والتفاصيل في %2.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/error_reporter.py" line="1" />
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/error_reporter.py" line="1" />
        <source>The library is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>المكتبة مشغولة: برنامج آخر يكتب فيها. لم يتغيّر شيء؛ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/error_reporter.py" line="1" />
        <source>The disk is full. Nothing of this change was written.</source>
        <translation>القرص ممتلئ. لم يُكتب شيء من هذا التعديل.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/error_reporter.py" line="1" />
        <source>The library cannot be written (a read-only file or folder). Nothing was changed.</source>
        <translation>لا يمكن الكتابة في المكتبة (ملف أو مجلد للقراءة فقط). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/error_reporter.py" line="1" />
        <source>The library file is damaged. Run “dossier check” to see what is wrong.</source>
        <translation>ملف المكتبة تالف. شغّل «dossier check» لمعرفة الخلل.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="57" />
        <source>Export Briefing</source>
        <translation>تصدير الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="58" />
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="59" />
        <source>Page size:</source>
        <translation>حجم الصفحة:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="60" />
        <source>Digits:</source>
        <translation>الأرقام:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="61" />
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="62" />
        <source>Word document (.docx)</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="63" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="63" />
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="64" />
        <source>Latin (123)</source>
        <translation>لاتينية (123)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="65" />
        <source>Arabic-Indic (١٢٣)</source>
        <translation>هندية (١٢٣)</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="115" />
        <location filename="../../dossier/ui/export_dialog.py" line="142" />
        <source>Export Briefing</source>
        <translation>تصدير الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="116" />
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word ‏(*.docx)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="116" />
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="140" />
        <source>Writing the Word document…</source>
        <translation>جارٍ كتابة مستند Word…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="140" />
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="141" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="167" />
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <source>%1 character(s) that no bundled font has were drawn as boxes (their text still copies): %2</source>
        <translation>رُسم %1 من المحارف التي لا يتضمنها أي خط مرفق مربعاتٍ (ويبقى نصها قابلًا للنسخ): %2</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="168" />
        <source>The briefing was saved as
%1

Open it now?</source>
        <translation>حُفظ الموجز باسم
%1

أتفتحه الآن؟</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="178" />
        <source>The file could not be written.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/export_dialog.py" line="179" />
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>لا يوجد برنامج لفتحه</translation>
    </message>
    <message>
        <source>The briefing was saved, but no program to open %1 files was found on this computer. Open it from its folder:
%2</source>
        <translation>حُفظت الإحاطة، لكن لم يُعثر على هذا الحاسوب على برنامج يفتح ملفات %1. افتحها من مجلدها:
%2</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>FacetListModel</name>
    <message>
        <location filename="../../dossier/ui/facet_list_model.py" line="80" />
        <source>Unknown source</source>
        <translation>مصدر غير معروف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/facet_list_model.py" line="121" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/facet_list_model.py" line="121" />
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/facet_list_model.py" line="122" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/facet_list_model.py" line="124" />
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالةً</numerusform>
            <numerusform>%n مقالة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../dossier/ui/file_dialogs.py" line="12" />
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/file_dialogs.py" line="12" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/file_dialogs.py" line="16" />
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../dossier/ui/filter_bar.py" line="41" />
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/filter_bar.py" line="42" />
        <source>Show all articles again</source>
        <translation>اعرض كل المقالات مجددًا</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/filter_bar.py" line="46" />
        <source>Filter:</source>
        <translation>التصفية:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/filter_bar.py" line="46" />
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/filter_bar.py" line="57" />
        <source>Remove this condition</source>
        <translation>أزل هذا الشرط</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="48" />
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="50" />
        <source>Imported:</source>
        <translation>المستورَدة:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="50" />
        <source>Duplicates (already in the library):</source>
        <translation>مكررة (موجودة في المكتبة):</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="51" />
        <source>Rejected:</source>
        <translation>المرفوضة:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="54" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="61" />
        <source>Importing %1 of %2: %3</source>
        <translation>استيراد %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="66" />
        <source>the file cannot be read</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="67" />
        <source>the file is too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="68" />
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="69" />
        <source>the file is not text</source>
        <translation>الملف ليس نصًا</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="70" />
        <source>the text is neither UTF-8 nor Arabic Windows-1256</source>
        <translation>النص ليس بترميز UTF-8 ولا Windows-1256 العربي</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="71" />
        <source>no article text was found</source>
        <translation>لم يُعثر على نص مقال</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="72" />
        <source>the library could not store it</source>
        <translation>تعذّر على المكتبة حفظه</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="74" />
        <source>unknown reason</source>
        <translation>سبب غير معروف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="79" />
        <source>Import finished.</source>
        <translation>انتهى الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="85" />
        <source>No file was rejected.</source>
        <translation>لم يُرفض أي ملف.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/import_dialog.py" line="89" />
        <source>The import failed: %1</source>
        <translation>فشل الاستيراد: %1</translation>
    </message>
</context>
<context>
    <name>ItemEditorView</name>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="116" />
        <source>Select a section or an item in the outline to see it here in full and write its note.</source>
        <translation>حدّد قسمًا أو عنصرًا في المخطط لتراه هنا كاملًا وتكتب ملاحظته.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="118" />
        <source>Section heading:</source>
        <translation>عنوان القسم:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="119" />
        <source>Note:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="120" />
        <source>What the reader should take from this</source>
        <translation>ما ينبغي أن يستخلصه القارئ من هذا</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="121" />
        <source>Show in article</source>
        <translation>اعرضه في المقال</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="122" />
        <source>Open the article at this excerpt</source>
        <translation>افتح المقال عند هذا المقتطف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="123" />
        <source>Use reader selection</source>
        <translation>استخدم تحديد القارئ</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="124" />
        <source>Extend or trim the excerpt to the passage selected in the reader (whole words)</source>
        <translation>وسّع المقتطف أو قصّره إلى المقطع المحدد في القارئ (بكلمات كاملة)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="126" />
        <source>Delete excerpt</source>
        <translation>احذف المقتطف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/item_editor_view.py" line="127" />
        <source>Delete the excerpt from the library and from every briefing that quotes it</source>
        <translation>احذف المقتطف من المكتبة ومن كل موجز يقتبسه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dossier/ui/item_editor_view.py" line="180" />
        <source>%n item(s) in this section</source>
        <translation>
            <numerusform>لا عناصر في هذا القسم</numerusform>
            <numerusform>عنصر واحد في هذا القسم</numerusform>
            <numerusform>عنصران في هذا القسم</numerusform>
            <numerusform>%n عناصر في هذا القسم</numerusform>
            <numerusform>%n عنصرًا في هذا القسم</numerusform>
            <numerusform>%n عنصر في هذا القسم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="86" />
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="86" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="87" />
        <source>&amp;Redo %1</source>
        <translation>&amp;أعد %1</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="87" />
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="93" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="94" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="95" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="96" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="97" />
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="98" />
        <source>&amp;Import Articles…</source>
        <translation>&amp;استيراد مقالات…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="99" />
        <source>Import a &amp;Folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="100" />
        <source>&amp;New Briefing</source>
        <translation>موجز &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="101" />
        <source>&amp;Export Briefing (PDF or Word)…</source>
        <translation>&amp;صدّر الموجز (PDF أو Word)…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="102" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="103" />
        <source>&amp;Add Selection to Briefing</source>
        <translation>&amp;أضف التحديد إلى الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="105" />
        <source>&amp;Refresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="106" />
        <source>&amp;About Dossier</source>
        <translation>&amp;حول «دوسييه»</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="112" />
        <source>&amp;Writing Mode</source>
        <translation>وضع ال&amp;كتابة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="113" />
        <source>Give the briefing composer most of the window, beside the reader</source>
        <translation>امنح محرر الموجز معظم النافذة بجانب القارئ</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>ا&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>التطابق ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>التطابق ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>ابحث في ال&amp;مكتبة…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>الحجم ال&amp;أصلي</translation>
    </message>
    <message>
        <source>&amp;Sort Articles By</source>
        <translation>&amp;ترتيب المقالات حسب</translation>
    </message>
    <message>
        <source>&amp;Newest First</source>
        <translation>الأ&amp;حدث أولًا</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>الأ&amp;قدم أولًا</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="152" />
        <source>Dossier</source>
        <translation>دوسييه</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="158" />
        <source>Add to briefing</source>
        <translation>أضف إلى الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="159" />
        <source>Add the selected passage to the open briefing (Ctrl+E)</source>
        <translation>أضف المقطع المحدد إلى الموجز المفتوح (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="164" />
        <location filename="../../dossier/ui/main_window.py" line="238" />
        <location filename="../../dossier/ui/main_window.py" line="257" />
        <source>The briefing composer is not available.</source>
        <translation>محرر الموجزات غير متاح.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="226" />
        <source>Select a passage, then add it to the briefing with the button, Ctrl+E, the context menu or by dragging it</source>
        <translation>حدّد مقطعًا ثم أضفه إلى الموجز بالزر أو بـ Ctrl+E أو من القائمة السياقية أو بسحبه</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="216" />
        <source>That article is no longer in the library.</source>
        <translation>لم يعد هذا المقال في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="225" />
        <source>Reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="232" />
        <source>Select a passage of the article first.</source>
        <translation>حدّد مقطعًا من المقال أولًا.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="277" />
        <source>An import is already running.</source>
        <translation>هناك استيراد جارٍ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="297" />
        <source>Importing… %1/%2</source>
        <translation>جارٍ الاستيراد… %1/%2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>النتائج: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>لا مقالات في المكتبة</numerusform>
            <numerusform>مقالة واحدة في المكتبة</numerusform>
            <numerusform>مقالتان في المكتبة</numerusform>
            <numerusform>%n مقالات في المكتبة</numerusform>
            <numerusform>%n مقالةً في المكتبة</numerusform>
            <numerusform>%n مقالة في المكتبة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) shown</source>
        <translation>
            <numerusform>لا مقالات لعرضها</numerusform>
            <numerusform>عرض %1 من مقالة واحدة</numerusform>
            <numerusform>عرض %1 من مقالتين</numerusform>
            <numerusform>عرض %1 من %n مقالات</numerusform>
            <numerusform>عرض %1 من %n مقالةً</numerusform>
            <numerusform>عرض %1 من %n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>لم تُستورد أي مقالة</numerusform>
            <numerusform>استُوردت مقالة واحدة</numerusform>
            <numerusform>استُوردت مقالتان</numerusform>
            <numerusform>استُوردت %n مقالات</numerusform>
            <numerusform>استُوردت %n مقالةً</numerusform>
            <numerusform>استُوردت %n مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>لا مكررات</numerusform>
            <numerusform>مكررة واحدة</numerusform>
            <numerusform>مكررتان</numerusform>
            <numerusform>%n مكررات</numerusform>
            <numerusform>%n مكررةً</numerusform>
            <numerusform>%n مكررة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>لا مرفوضات</numerusform>
            <numerusform>مرفوضة واحدة</numerusform>
            <numerusform>مرفوضتان</numerusform>
            <numerusform>%n مرفوضات</numerusform>
            <numerusform>%n مرفوضةً</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <location filename="../../dossier/ui/navigation_panel.py" line="61" />
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/navigation_panel.py" line="62" />
        <source>Topics</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/navigation_panel.py" line="63" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>إلى %1</translation>
    </message>
</context>
<context>
    <name>OutlineEditing</name>
    <message>
        <location filename="../../dossier/ui/composer_outline.py" line="30" />
        <source>New section</source>
        <translation>قسم جديد</translation>
    </message>
</context>
<context>
    <name>PlainIconProvider</name>
    <message>
        <location filename="../../dossier/ui/plain_icon_provider.py" line="1" />
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/plain_icon_provider.py" line="1" />
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/plain_icon_provider.py" line="1" />
        <source>%1 file</source>
        <translation>ملف %1</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../dossier/ui/reader_view.py" line="152" />
        <source>Source not known</source>
        <translation>المصدر غير معروف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/reader_view.py" line="240" />
        <source>Add to briefing</source>
        <translation>أضف إلى الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/reader_view.py" line="180" />
        <source>Change the excerpt to the selection</source>
        <translation>غيّر المقتطف إلى التحديد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/reader_view.py" line="182" />
        <source>Write the excerpt's note</source>
        <translation>اكتب ملاحظة المقتطف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/reader_view.py" line="183" />
        <source>Delete the excerpt</source>
        <translation>احذف المقتطف</translation>
    </message>
</context>
<context>
    <name>DateRangeView</name>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>A year, a month or a day: 2018, 2018-06 or 2018-06-30</source>
        <translation>سنة أو شهر أو يوم: 2018 أو 2018-06 أو 2018-06-30</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>اختر تاريخًا</translation>
    </message>
    <message>
        <source>Not a date: type a year, a month or a day, e.g. 2018-06-30</source>
        <translation>ليس تاريخًا: اكتب سنة أو شهرًا أو يومًا، مثل 2018-06-30</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Words in this article</source>
        <translation>كلمات في هذا المقال</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>التطابق السابق (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>التطابق التالي (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لا تطابق</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 من أكثر من %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من تطابق واحد</numerusform>
            <numerusform>%1 من تطابقين</numerusform>
            <numerusform>%1 من %n تطابقات</numerusform>
            <numerusform>%1 من %n تطابقًا</numerusform>
            <numerusform>%1 من %n تطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleCuration</name>
    <message>
        <source>Removed lines…</source>
        <translation>الأسطر المحذوفة…</translation>
    </message>
    <message>
        <source>See what import left out of the body, and the file as it was read</source>
        <translation>اطّلع على ما حذفه الاستيراد من متن المقال، وعلى الملف كما قُرئ</translation>
    </message>
    <message>
        <source>What Import &amp;Removed…</source>
        <translation>ما &amp;حذفه الاستيراد…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Correct the article's title, outlet, author, date or address</source>
        <translation>صحّح عنوان المقال أو مصدره أو كاتبه أو تاريخه أو رابطه</translation>
    </message>
    <message>
        <source>Countries and topics…</source>
        <translation>البلدان والموضوعات…</translation>
    </message>
    <message>
        <source>Add or remove a country or a topic of the article</source>
        <translation>أضف بلدًا أو موضوعًا إلى المقال أو احذفه منه</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;تفاصيل المقال…</translation>
    </message>
    <message>
        <source>Article &amp;Countries and Topics…</source>
        <translation>&amp;بلدان المقال وموضوعاته…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>ال&amp;صق كمقال جديد</translation>
    </message>
    <message>
        <source>Import the text on the clipboard as an article</source>
        <translation>استورد النص الموجود في الحافظة كمقال</translation>
    </message>
    <message>
        <source>&amp;Hide Repeated Stories</source>
        <translation>إ&amp;خفاء الأخبار المكررة</translation>
    </message>
    <message>
        <source>Leave out of the list the articles that repeat another story</source>
        <translation>استبعد من القائمة المقالات التي تكرر خبرًا آخر</translation>
    </message>
    <message>
        <source>The library refused the change: %1</source>
        <translation>رفضت المكتبة التعديل: %1</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>تعديل تفاصيل المقال</translation>
    </message>
    <message>
        <source>Change countries and topics</source>
        <translation>تغيير البلدان والموضوعات</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>لا يوجد في الحافظة نص للاستيراد.</translation>
    </message>
    <message>
        <source>The pasted text is now an article.</source>
        <translation>أصبح النص الملصق مقالًا.</translation>
    </message>
    <message>
        <source>That text is already in the library.</source>
        <translation>هذا النص موجود في المكتبة بالفعل.</translation>
    </message>
    <message>
        <source>The pasted text was not imported: %1</source>
        <translation>لم يُستورد النص الملصق: %1</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <source>Article details</source>
        <translation>تفاصيل المقال</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>الم&amp;صدر:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>الكا&amp;تب:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التا&amp;ريخ:</translation>
    </message>
    <message>
        <source>Web &amp;address:</source>
        <translation>الرا&amp;بط:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The date is not one (write it as YYYY-MM-DD).</source>
        <translation>التاريخ غير صالح (اكتبه بالصيغة YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>يحتاج المقال إلى عنوان.</translation>
    </message>
</context>
<context>
    <name>TagEditorDialog</name>
    <message>
        <source>Countries and topics of the article</source>
        <translation>بلدان المقال وموضوعاته</translation>
    </message>
    <message>
        <source>Countries (ticked: the article's)</source>
        <translation>البلدان (المؤشَّر عليها: بلدان المقال)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Find a country…</source>
        <translation>ابحث عن بلد…</translation>
    </message>
</context>
<context>
    <name>RepeatLink</name>
    <message>
        <source>Repeats an earlier story (%1% alike): %2</source>
        <translation>يكرر خبرًا سابقًا (التشابه %1%): %2</translation>
    </message>
    <message>
        <source>This story is repeated by %1 other article(s)</source>
        <translation>يتكرر هذا الخبر في %1 مقال/مقالات أخرى</translation>
    </message>
</context>
<context>
    <name>ComposeMode</name>
    <message>
        <source>Briefing</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Show the briefing composer beside the reader, or hide it (Ctrl+Shift+B)</source>
        <translation>أظهر محرّر الموجز بجانب القارئ أو أخفِه (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>Opened for reading only: browsing, search, reading and export work; edits and imports are refused. %1</source>
        <translation>مفتوحة للقراءة فقط: التصفّح والبحث والقراءة والتصدير متاحة، أما التعديل والاستيراد فمرفوضان. %1</translation>
    </message>
    <message>
        <source>The library is on a read-only disk.</source>
        <translation>المكتبة على قرص للقراءة فقط.</translation>
    </message>
    <message>
        <source>The library file's permissions do not allow writing.</source>
        <translation>أذونات ملف المكتبة لا تسمح بالكتابة.</translation>
    </message>
    <message>
        <source>The library's folder does not allow writing, and changes are logged beside the file.</source>
        <translation>مجلّد المكتبة لا يسمح بالكتابة، وسجلّ التغييرات يُحفظ بجانب الملف.</translation>
    </message>
    <message>
        <source>The library cannot be written.</source>
        <translation>لا يمكن الكتابة في المكتبة.</translation>
    </message>
    <message>
        <source>The library is open for reading only: nothing was changed. %1</source>
        <translation>المكتبة مفتوحة للقراءة فقط: لم يتغيّر شيء. %1</translation>
    </message>
</context>
<context>
    <name>RemovedLinesModel</name>
    <message>
        <source>Headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <source>Section label</source>
        <translation>اسم القسم</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>سطر التاريخ</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>سطر الكاتب</translation>
    </message>
    <message>
        <source>Outlet's name</source>
        <translation>اسم الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Share buttons</source>
        <translation>أزرار المشاركة</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Photo credit</source>
        <translation>مصدر الصورة</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>روابط التصفح</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>إعلان ترويجي</translation>
    </message>
    <message>
        <source>“Read also” box</source>
        <translation>خانة «اقرأ أيضاً»</translation>
    </message>
    <message>
        <source>Related stories</source>
        <translation>أخبار ذات صلة</translation>
    </message>
    <message>
        <source>Another story's link</source>
        <translation>رابط خبر آخر</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>ختم الوقت</translation>
    </message>
    <message>
        <source>Another story's lead</source>
        <translation>مقدمة خبر آخر</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>RemovedLinesDialog</name>
    <message>
        <source>What import removed</source>
        <translation>ما حذفه الاستيراد</translation>
    </message>
    <message>
        <source>Removed lines</source>
        <translation>الأسطر المحذوفة</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>الملف الأصلي</translation>
    </message>
    <message>
        <source>No original is kept for this article: it was imported before originals were kept.</source>
        <translation>لا أصل محفوظاً لهذا المقال: استُورد قبل أن تُحفظ الأصول.</translation>
    </message>
    <message>
        <source>Lines import left out of the body: %1, in the page's order.</source>
        <translation>الأسطر التي أخرجها الاستيراد من المتن: %1، بترتيبها في الصفحة.</translation>
    </message>
    <message>
        <source>Import removed nothing: every line of the page is in the body.</source>
        <translation>لم يحذف الاستيراد شيئاً: كل أسطر الصفحة في المتن.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>File: %1, as it was read</source>
        <translation>الملف: %1، كما قُرئ</translation>
    </message>
    <message>
        <source>File: %1 (%2), record %3</source>
        <translation>الملف: %1 (%2)، السجل %3</translation>
    </message>
</context>
</TS>
