<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BriefingOutlineModel</name>
    <message numerus="yes">
        <location filename="../../dossier/ui/briefing_outline_model.py" line="160"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcerptListView</name>
    <message numerus="yes">
        <location filename="../../dossier/ui/excerpt_list_view.py" line="137"/>
        <source>%n excerpt(s) found</source>
        <translation>
            <numerusform>%n excerpt found</numerusform>
            <numerusform>%n excerpts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dossier/ui/excerpt_list_view.py" line="139"/>
        <source>%n excerpt(s) in the library</source>
        <translation>
            <numerusform>%n excerpt in the library</numerusform>
            <numerusform>%n excerpts in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditorView</name>
    <message numerus="yes">
        <location filename="../../dossier/ui/item_editor_view.py" line="180"/>
        <source>%n item(s) in this section</source>
        <translation>
            <numerusform>%n item in this section</numerusform>
            <numerusform>%n items in this section</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 of %n match</numerusform>
            <numerusform>%1 of %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n article in the library</numerusform>
            <numerusform>%n articles in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) shown</source>
        <translation>
            <numerusform>%1 of %n article shown</numerusform>
            <numerusform>%1 of %n articles shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetListModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
</TS>
