<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n mapping(s) written to %1.</source>
        <translation>
            <numerusform>%n mapping written to %1.</numerusform>
            <numerusform>%n mappings written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectorySync</name>
    <message numerus="yes">
        <source>%n department(s) listed</source>
        <translation>
            <numerusform>%n department listed</numerusform>
            <numerusform>%n departments listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingsView</name>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mapping(s)? Their local accounts are lost too.</source>
        <translation>
            <numerusform>Delete %n mapping? Their local accounts are lost too.</numerusform>
            <numerusform>Delete %n mappings? Their local accounts are lost too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) written to %1.</source>
        <translation>
            <numerusform>%n mapping written to %1.</numerusform>
            <numerusform>%n mappings written to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
