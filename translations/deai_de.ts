<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>JobStore</name>
    <message>
        <source>The job record was written by a newer version of deAI Studio (schema %1). Update the app to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job record %1 is damaged and could not be moved aside. Move it away by hand and restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ApiClient</name>
    <message>
        <source>signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading your account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating the training cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating the inference cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the inference result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the inference results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ApiError</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 s while %2. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached while %1. Check your internet connection and the server address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed while %1 (%2). Check the server address, your system clock and its certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 while %2. The service may be busy or down; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a page instead of an API answer while %1, perhaps from a proxy or during maintenance. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood while %1 (%2). Try again later; if this persists, the API may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server said “%2” (code %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in or your session has expired, so %1 was refused. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read while %1 (%2). Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request may already have reached the server: check your jobs before trying again, so that nothing is paid for twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::CcdAmount</name>
    <message>
        <source>%1 CCD</source>
        <extracomment>An amount of the network&apos;s currency, e.g. &quot;0.0278 CCD&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::CnnDatasetInspection</name>
    <message>
        <source>grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey with alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive holds no readable PNG, JPEG or BMP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The images come in %n different sizes; the most common is %1×%2 (%3 images).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images mix colour modes (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images mix colour modes; %1 keeps every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels to count categories from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The labels file names %n distinct labels.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The largest pixel value is %1, so the images use the 8-bit range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest pixel value is %1: the images are already scaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest pixel value is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::LabelMatcher</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image in the ZIP archive has a label in the labels file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image has the same label; a classifier needs at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n images have no label (for example %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label rows name no image in the ZIP archive (for example %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the labels file have an empty label.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::LabelsCsv</name>
    <message>
        <source>The labels file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels file %1 holds no labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::LstmWindows</name>
    <message>
        <source>Input width, label width, shift, sequence stride and sampling rate must each be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training share must lie strictly between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label width (%1) cannot exceed input width plus shift (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings give no training window: one window spans %1 rows, but the training part has only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings give no validation window: one window spans %1 rows, but the validation part has only %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::SeriesCsvInspection</name>
    <message>
        <source>The file %1 has column names but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has no numeric column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows do not have as many fields as the header names columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column %1 has %n missing values.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 is not numeric; only a leading date column may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row of %1 looks like data; it should name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ZipImageScanner</name>
    <message>
        <source>The images file %1 cannot be read as a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ZIP archive is damaged: reading stopped after %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the ZIP archive are not PNG, JPEG or BMP images (for example %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images cannot be decoded (for example %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
