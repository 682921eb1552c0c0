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
        <source>The interface and the exported briefings use the Amiri typeface, distributed under the SIL Open Font License 1.1:</source>
        <translation>تستخدم الواجهة والموجزات المصدّرة خط «أميري» الموزَّع بموجب رخصة SIL للخطوط المفتوحة 1.1:</translation>
    </message>
</context>
<context>
    <name>ArticleBrowser</name>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="102" />
        <source>Search articles (Ctrl+F)…</source>
        <translation>ابحث في المقالات (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="167" />
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="168" />
        <source>A search needs at least one word to find, not only words to exclude.</source>
        <translation>يحتاج البحث إلى كلمة واحدة على الأقل للعثور عليها، لا إلى كلمات مستبعدة فقط.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_browser.py" line="169" />
        <source>This search cannot be run; check the quotation marks and operators.</source>
        <translation>تعذّر تنفيذ هذا البحث؛ راجع علامات الاقتباس والعوامل.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../dossier/ui/article_list_model.py" line="102" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_list_model.py" line="102" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/article_list_model.py" line="102" />
        <source>Date</source>
        <translation>التاريخ</translation>
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
        <location filename="../../dossier/ui/facet_list_model.py" line="103" />
        <source>Articles: %1</source>
        <translation>عدد المقالات: %1</translation>
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
    <name>MainMenus</name>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="84" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="85" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="86" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="87" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="88" />
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="89" />
        <source>&amp;Import Articles…</source>
        <translation>&amp;استيراد مقالات…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="90" />
        <source>Import a &amp;Folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="91" />
        <source>&amp;New Briefing</source>
        <translation>موجز &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="92" />
        <source>&amp;Export Briefing as PDF…</source>
        <translation>&amp;صدّر الموجز PDF…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="93" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="94" />
        <source>&amp;Add Selection to Briefing</source>
        <translation>&amp;أضف التحديد إلى الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="95" />
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="96" />
        <source>&amp;Refresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_menus.py" line="97" />
        <source>&amp;About Dossier</source>
        <translation>&amp;حول «دوسييه»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="144" />
        <source>Dossier</source>
        <translation>دوسييه</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="150" />
        <source>Add to briefing</source>
        <translation>أضف إلى الموجز</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="151" />
        <source>Add the selected passage to the open briefing (Ctrl+E)</source>
        <translation>أضف المقطع المحدد إلى الموجز المفتوح (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="156" />
        <location filename="../../dossier/ui/main_window.py" line="221" />
        <location filename="../../dossier/ui/main_window.py" line="240" />
        <source>The briefing composer is not available.</source>
        <translation>محرر الموجزات غير متاح.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="170" />
        <source>Matches: %1 · articles in the library: %2</source>
        <translation>النتائج: %1 · المقالات في المكتبة: %2</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="209" />
        <source>Select a passage, then add it to the briefing with the button, Ctrl+E, the context menu or by dragging it</source>
        <translation>حدّد مقطعًا ثم أضفه إلى الموجز بالزر أو بـ Ctrl+E أو من القائمة السياقية أو بسحبه</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="172" />
        <source>%1 of %2 articles shown</source>
        <translation>المقالات المعروضة: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="199" />
        <source>That article is no longer in the library.</source>
        <translation>لم يعد هذا المقال في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="208" />
        <source>Reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="215" />
        <source>Select a passage of the article first.</source>
        <translation>حدّد مقطعًا من المقال أولًا.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="260" />
        <source>An import is already running.</source>
        <translation>هناك استيراد جارٍ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="275" />
        <source>Importing… %1/%2</source>
        <translation>جارٍ الاستيراد… %1/%2</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/main_window.py" line="281" />
        <source>%1 imported, %2 duplicates, %3 rejected</source>
        <translation>استُورد %1، مكرر %2، مرفوض %3</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <location filename="../../dossier/ui/navigation_panel.py" line="62" />
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/navigation_panel.py" line="63" />
        <source>Topics</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <location filename="../../dossier/ui/navigation_panel.py" line="64" />
        <source>Sources</source>
        <translation>المصادر</translation>
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
</context>
</TS>