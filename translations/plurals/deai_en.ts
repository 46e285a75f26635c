<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TransferRate</name>
    <message numerus="yes">
        <source>%1 · %n s left</source>
        <translation>
            <numerusform>%1 · %n s left</numerusform>
            <numerusform>%1 · %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::CnnDatasetInspection</name>
    <message numerus="yes">
        <source>The images come in %n different sizes; the most common is %1×%2 (%3 images).</source>
        <translation>
            <numerusform>The images come in %n different sizes; the most common is %1×%2 (%3 images).</numerusform>
            <numerusform>The images come in %n different sizes; the most common is %1×%2 (%3 images).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The labels file names %n distinct labels.</source>
        <translation>
            <numerusform>The labels file names %n distinct label.</numerusform>
            <numerusform>The labels file names %n distinct labels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::CnnPreviewPage</name>
    <message numerus="yes">
        <source>%Ln grey image(s)</source>
        <translation>
            <numerusform>%Ln grey image</numerusform>
            <numerusform>%Ln grey images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln grey image(s) with alpha</source>
        <translation>
            <numerusform>%Ln grey image with alpha</numerusform>
            <numerusform>%Ln grey images with alpha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RGB image(s)</source>
        <translation>
            <numerusform>%Ln RGB image</numerusform>
            <numerusform>%Ln RGB images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RGBA image(s)</source>
        <translation>
            <numerusform>%Ln RGBA image</numerusform>
            <numerusform>%Ln RGBA images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) with %1 channels</source>
        <translation>
            <numerusform>%Ln image with %1 channels</numerusform>
            <numerusform>%Ln images with %1 channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n readable image(s)</source>
        <translation>
            <numerusform>%n readable image</numerusform>
            <numerusform>%n readable images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s); the most frequent is %1</source>
        <translation>
            <numerusform>%n label; the most frequent is %1</numerusform>
            <numerusform>%n labels; the most frequent is %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::DatasetPage</name>
    <message numerus="yes">
        <source>All files are on the server; %n already were and were reused without sending them again.</source>
        <translation>
            <numerusform>All files are on the server; %n already was and was reused without sending it again.</numerusform>
            <numerusform>All files are on the server; %n already were and were reused without sending them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::HistoryPage</name>
    <message numerus="yes">
        <source>Page %1 of %2 · %n results</source>
        <translation>
            <numerusform>Page %1 of %2 · %n result</numerusform>
            <numerusform>Page %1 of %2 · %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::LabelMatcher</name>
    <message numerus="yes">
        <source>%n images have no label (for example %1).</source>
        <translation>
            <numerusform>%n image has no label (%1).</numerusform>
            <numerusform>%n images have no label (for example %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label rows name no image in the ZIP archive (for example %1).</source>
        <translation>
            <numerusform>%n label row names no image in the ZIP archive (%1).</numerusform>
            <numerusform>%n label rows name no image in the ZIP archive (for example %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the labels file have an empty label.</source>
        <translation>
            <numerusform>%n row of the labels file has an empty label.</numerusform>
            <numerusform>%n rows of the labels file have an empty label.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::LstmPreviewPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numeric column(s)</source>
        <translation>
            <numerusform>%n numeric column</numerusform>
            <numerusform>%n numeric columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s)</source>
        <translation>
            <numerusform>%n malformed row</numerusform>
            <numerusform>%n malformed rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n row(s), from %2 to %3</source>
        <translation>
            <numerusform>%1 over %n row, from %2 to %3</numerusform>
            <numerusform>%1 over %n rows, from %2 to %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::ResultViewer</name>
    <message numerus="yes">
        <source>%n row(s) could not be read and are left out, the first on line %1.</source>
        <translation>
            <numerusform>%n row could not be read and is left out, on line %1.</numerusform>
            <numerusform>%n rows could not be read and are left out, the first on line %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n forecast step(s).</source>
        <translation>
            <numerusform>%1: %n forecast step.</numerusform>
            <numerusform>%1: %n forecast steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forecast step(s)</source>
        <translation>
            <numerusform>%n forecast step</numerusform>
            <numerusform>%n forecast steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual value(s)</source>
        <translation>
            <numerusform>%n actual value</numerusform>
            <numerusform>%n actual values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln image(s) classified into %2.</source>
        <translation>
            <numerusform>%1: %Ln image classified into %2.</numerusform>
            <numerusform>%1: %Ln images classified into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln class</numerusform>
            <numerusform>%Ln classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es); the most frequent is %1 with %2</source>
        <translation>
            <numerusform>%Ln class; the most frequent is %1 with %2</numerusform>
            <numerusform>%Ln classes; the most frequent is %1 with %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::SeriesCsvInspection</name>
    <message numerus="yes">
        <source>%n rows do not have as many fields as the header names columns.</source>
        <translation>
            <numerusform>%n row does not have as many fields as the header names columns.</numerusform>
            <numerusform>%n rows do not have as many fields as the header names columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column %1 has %n missing values.</source>
        <translation>
            <numerusform>Column %1 has %n missing value.</numerusform>
            <numerusform>Column %1 has %n missing values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::WindowDiagramCanvas</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input row(s)</source>
        <translation>
            <numerusform>%Ln input row</numerusform>
            <numerusform>%Ln input rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label row(s)</source>
        <translation>
            <numerusform>%Ln label row</numerusform>
            <numerusform>%Ln label rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) between inputs and labels are skipped.</source>
        <translation>
            <numerusform>%Ln row between inputs and labels is skipped.</numerusform>
            <numerusform>%Ln rows between inputs and labels are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln input row(s) are also labels.</source>
        <translation>
            <numerusform>The last input row is also a label.</numerusform>
            <numerusform>The last %Ln input rows are also labels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::WindowDiagramWidget</name>
    <message numerus="yes">
        <source>Training: %Ln window(s) from %1.</source>
        <translation>
            <numerusform>Training: %Ln window from %1.</numerusform>
            <numerusform>Training: %Ln windows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation: %Ln window(s) from %1.</source>
        <translation>
            <numerusform>Validation: %Ln window from %1.</numerusform>
            <numerusform>Validation: %Ln windows from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::ZipImageScanner</name>
    <message numerus="yes">
        <source>The ZIP archive is damaged: reading stopped after %n entries.</source>
        <translation>
            <numerusform>The ZIP archive is damaged: reading stopped after %n entry.</numerusform>
            <numerusform>The ZIP archive is damaged: reading stopped after %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the ZIP archive are not PNG, JPEG or BMP images (for example %1).</source>
        <translation>
            <numerusform>%n entry in the ZIP archive is not a PNG, JPEG or BMP image (%1).</numerusform>
            <numerusform>%n entries in the ZIP archive are not PNG, JPEG or BMP images (for example %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images cannot be decoded (for example %1).</source>
        <translation>
            <numerusform>%n image cannot be decoded (%1).</numerusform>
            <numerusform>%n images cannot be decoded (for example %1).</numerusform>
        </translation>
    </message>
</context>
</TS>
