<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PartnerBrief</name>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pledge(s)</source>
        <translation>
            <numerusform>, %n pledge</numerusform>
            <numerusform>, %n pledges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n partner(s)</source>
        <comment>status bar: records with partners</comment>
        <translation>
            <numerusform>%1 with %n partner</numerusform>
            <numerusform>%1 with %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpe::ChartsView</name>
    <message numerus="yes">
        <source>Partnerships per partner (top %n)</source>
        <translation>
            <numerusform>Partnerships per partner (top %n)</numerusform>
            <numerusform>Partnerships per partner (top %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpe::CorpusStore</name>
    <message numerus="yes">
        <source>%n article(s) without extraction</source>
        <translation>
            <numerusform>%n article without extraction</numerusform>
            <numerusform>%n articles without extraction</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpe::ImportController</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation>
            <numerusform>%n article read</numerusform>
            <numerusform>%n articles read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n file skipped</numerusform>
            <numerusform>%n files skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpe::ImportReportDialog</name>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation>
            <numerusform>%n article read</numerusform>
            <numerusform>%n articles read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n file skipped</numerusform>
            <numerusform>%n files skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpe::RecordLanes</name>
    <message numerus="yes">
        <source>%n more in %1: click to show only this year</source>
        <translation>
            <numerusform>%n more in %1: click to show only this year</numerusform>
            <numerusform>%n more in %1: click to show only this year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpe::TileMapModel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpe::YearHistogram</name>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pledge(s)</source>
        <translation>
            <numerusform>%n pledge</numerusform>
            <numerusform>%n pledges</numerusform>
        </translation>
    </message>
</context>
</TS>
