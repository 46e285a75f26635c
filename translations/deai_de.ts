<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>HistoryPage</name>
    <message>
        <source>Inference history</source>
        <translation>Inferenzverlauf</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <source>Job whose inferences are listed</source>
        <translation>Job, dessen Inferenzen aufgelistet werden</translation>
    </message>
    <message>
        <source>Loading the history</source>
        <translation>Verlauf wird geladen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the history again</source>
        <translation>Verlauf erneut laden</translation>
    </message>
    <message>
        <source>No inferences yet for this job.</source>
        <translation>Für diesen Job gibt es noch keine Inferenzen.</translation>
    </message>
    <message>
        <source>Inferences of the job</source>
        <translation>Inferenzen des Jobs</translation>
    </message>
    <message>
        <source>Rows per &amp;page:</source>
        <translation>Zeilen pro &amp;Seite:</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Zeilen pro Seite</translation>
    </message>
    <message>
        <source>F&amp;irst</source>
        <translation>&amp;Erste</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Page and number of results</source>
        <translation>Seite und Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>&amp;Letzte</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>&amp;View result…</source>
        <translation>Ergebnis an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Save the selected result and show it as a table and a chart</source>
        <translation>Das ausgewählte Ergebnis speichern und als Tabelle und Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>InferencePanel</name>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>&amp;Datendatei:</translation>
    </message>
    <message>
        <source>Data file to run the inference on</source>
        <translation>Datendatei, auf der die Inferenz ausgeführt wird</translation>
    </message>
    <message>
        <source>A CSV or ZIP file in the format the job was trained on</source>
        <translation>Eine CSV- oder ZIP-Datei im Format, mit dem der Job trainiert wurde</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>Datendatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Run inference…</source>
        <translation>Inferenz &amp;ausführen…</translation>
    </message>
    <message>
        <source>Run an inference on the data file</source>
        <translation>Eine Inferenz auf der Datendatei ausführen</translation>
    </message>
    <message>
        <source>Inference step</source>
        <translation>Inferenzschritt</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <source>Upload speed and time left</source>
        <translation>Upload-Geschwindigkeit und Restzeit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel the inference step in progress</source>
        <translation>Den laufenden Inferenzschritt abbrechen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Inference result</source>
        <translation>Inferenzergebnis</translation>
    </message>
    <message>
        <source>&amp;Transaction:</source>
        <translation>&amp;Transaktion:</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>Transaktions-Hash</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the transaction hash</source>
        <translation>Den Transaktions-Hash kopieren</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Cost of the inference</source>
        <translation>Kosten der Inferenz</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Übermittelt:</translation>
    </message>
    <message>
        <source>Time the inference was submitted</source>
        <translation>Zeitpunkt, zu dem die Inferenz übermittelt wurde</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Address of the result</source>
        <translation>Adresse des Ergebnisses</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the result in the web browser</source>
        <translation>Das Ergebnis im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;View result…</source>
        <translation>Ergebnis an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Save the result and show it as a table and a chart</source>
        <translation>Das Ergebnis speichern und als Tabelle und Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job record was written by a newer version of deAI Studio (schema %1). Update the app to read it.</source>
        <translation>Der Job-Datensatz wurde von einer neueren Version von deAI Studio geschrieben (Schema %1). Aktualisieren Sie die App, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>The job record %1 is damaged and could not be moved aside. Move it away by hand and restart the app.</source>
        <translation>Der Job-Datensatz %1 ist beschädigt und konnte nicht beiseitegelegt werden. Verschieben Sie ihn von Hand und starten Sie die App neu.</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Jobs and inference</source>
        <translation>Jobs und Inferenz</translation>
    </message>
    <message>
        <source>&amp;Jobs created from this computer:</source>
        <translation>Auf diesem Computer angelegte &amp;Jobs:</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>No jobs yet. Create one on the “New training job” page.</source>
        <translation>Noch keine Jobs. Legen Sie einen auf der Seite „Neuer Trainingsjob“ an.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>deAI Studio</source>
        <translation>deAI Studio</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>New training job</source>
        <translation>Neuer Trainingsjob</translation>
    </message>
    <message>
        <source>Train a model on your data: choose the data, check the estimated cost, and create the job.</source>
        <translation>Trainieren Sie ein Modell mit Ihren Daten: Daten auswählen, geschätzte Kosten prüfen und den Job anlegen.</translation>
    </message>
    <message>
        <source>&amp;New training job…</source>
        <translation>&amp;Neuer Trainingsjob…</translation>
    </message>
    <message>
        <source>Create a new training job</source>
        <translation>Einen neuen Trainingsjob anlegen</translation>
    </message>
    <message>
        <source>Jobs and inference</source>
        <translation>Jobs und Inferenz</translation>
    </message>
    <message>
        <source>Inference history</source>
        <translation>Inferenzverlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Network log…</source>
        <translation>Netzwerk&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;About deAI Studio</source>
        <translation>&amp;Über deAI Studio</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>No data at hand? The wizard&apos;s dataset page can make sample data to try it with.</source>
        <translation>Keine Daten zur Hand? Die Datensatzseite des Assistenten kann Beispieldaten zum Ausprobieren erzeugen.</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <source>Phoenix network</source>
        <translation>Phoenix-Netzwerk</translation>
    </message>
    <message>
        <source>Sandbox (local, no CCD spent)</source>
        <translation>Sandbox (lokal, es wird kein CCD ausgegeben)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time deAI Studio starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von deAI Studio.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long is given up</source>
        <translation>Eine Anfrage, die so lange nichts empfängt, wird aufgegeben</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>Eigene Server-URL</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
</context>
<context>
    <name>TransferRate</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n s left</source>
        <translation>
            <numerusform>%1 · noch %n s</numerusform>
            <numerusform>%1 · noch %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardCostPage</name>
    <message>
        <source>The server estimates what training costs with these settings. The estimate is held for this job when you create it.</source>
        <translation>Der Server schätzt, was das Training mit diesen Einstellungen kostet. Die Schätzung gilt für diesen Job, wenn Sie ihn anlegen.</translation>
    </message>
    <message>
        <source>Estimating the cost</source>
        <translation>Kosten werden geschätzt</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Kosten werden geschätzt…</translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation>Geschätzte Kosten:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>Your balance:</source>
        <translation>Ihr Guthaben:</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>Ihr Guthaben</translation>
    </message>
    <message>
        <source>Balance warning</source>
        <translation>Guthabenwarnung</translation>
    </message>
    <message>
        <source>Cost estimate problem</source>
        <translation>Problem bei der Kostenschätzung</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry the cost estimate</source>
        <translation>Kostenschätzung erneut versuchen</translation>
    </message>
</context>
<context>
    <name>WizardCreatePage</name>
    <message>
        <source>Job summary</source>
        <translation>Job-Übersicht</translation>
    </message>
    <message>
        <source>Ba&amp;tch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>How many samples the model processes per training step (1 to 4096).</source>
        <translation>Wie viele Beispiele das Modell pro Trainingsschritt verarbeitet (1 bis 4096).</translation>
    </message>
    <message>
        <source>Larger batches train faster per epoch but need more memory.</source>
        <translation>Größere Batches trainieren pro Epoche schneller, brauchen aber mehr Speicher.</translation>
    </message>
    <message>
        <source>C&amp;reate job</source>
        <translation>Job an&amp;legen</translation>
    </message>
    <message>
        <source>Create the training job</source>
        <translation>Den Trainingsjob anlegen</translation>
    </message>
    <message>
        <source>Asks you to confirm the cost, then creates the job on the server.</source>
        <translation>Fragt nach Ihrer Bestätigung der Kosten und legt dann den Job auf dem Server an.</translation>
    </message>
    <message>
        <source>Creating the job</source>
        <translation>Job wird angelegt</translation>
    </message>
    <message>
        <source>Job creation status</source>
        <translation>Status der Job-Anlage</translation>
    </message>
    <message>
        <source>Job &amp;id:</source>
        <translation>Job-&amp;ID:</translation>
    </message>
    <message>
        <source>New job id</source>
        <translation>Neue Job-ID</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the job id</source>
        <translation>Die Job-ID kopieren</translation>
    </message>
</context>
<context>
    <name>WizardDatasetPage</name>
    <message>
        <source>Dataset files</source>
        <translation>Datensatzdateien</translation>
    </message>
    <message>
        <source>&amp;Images ZIP:</source>
        <translation>B&amp;ilder-ZIP:</translation>
    </message>
    <message>
        <source>Images ZIP file on this computer</source>
        <translation>Bilder-ZIP-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>A ZIP archive of PNG, JPEG or BMP images.</source>
        <translation>Ein ZIP-Archiv mit PNG-, JPEG- oder BMP-Bildern.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the images zip file</source>
        <translation>Bilder-ZIP-Datei auswählen</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>Auf dem Server:</translation>
    </message>
    <message>
        <source>Images ZIP server path</source>
        <translation>Serverpfad der Bilder-ZIP</translation>
    </message>
    <message>
        <source>Not uploaded yet</source>
        <translation>Noch nicht hochgeladen</translation>
    </message>
    <message>
        <source>L&amp;abels CSV:</source>
        <translation>L&amp;abel-CSV:</translation>
    </message>
    <message>
        <source>Labels CSV file on this computer</source>
        <translation>Label-CSV-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>A CSV with one label per image, in file-name order or keyed by file name.</source>
        <translation>Eine CSV mit einem Label pro Bild, in der Reihenfolge der Dateinamen oder nach Dateiname zugeordnet.</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <source>Choose the labels csv file</source>
        <translation>Label-CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Labels CSV server path</source>
        <translation>Serverpfad der Label-CSV</translation>
    </message>
    <message>
        <source>&amp;Series CSV:</source>
        <translation>&amp;Zeitreihen-CSV:</translation>
    </message>
    <message>
        <source>Series CSV file on this computer</source>
        <translation>Zeitreihen-CSV-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>A CSV whose first row names the columns; the other rows hold numbers, oldest first.</source>
        <translation>Eine CSV, deren erste Zeile die Spalten benennt; die übrigen Zeilen enthalten Zahlen, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>Choose the series csv file</source>
        <translation>Zeitreihen-CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Series CSV server path</source>
        <translation>Serverpfad der Zeitreihen-CSV</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Upload the dataset files</source>
        <translation>Die Datensatzdateien hochladen</translation>
    </message>
    <message>
        <source>Send the chosen files to the server; files already sent from this account are reused.</source>
        <translation>Die ausgewählten Dateien an den Server senden; bereits von diesem Konto gesendete Dateien werden wiederverwendet.</translation>
    </message>
    <message>
        <source>Cance&amp;l upload</source>
        <translation>Hochladen abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Das Hochladen abbrechen</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>Upload-Status</translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation>Upload-Geschwindigkeit</translation>
    </message>
    <message>
        <source>Upload time left</source>
        <translation>Verbleibende Upload-Zeit</translation>
    </message>
    <message>
        <source>Upload problem</source>
        <translation>Problem beim Hochladen</translation>
    </message>
    <message>
        <source>Dataset check</source>
        <translation>Datensatzprüfung</translation>
    </message>
    <message>
        <source>Dataset preview and problems</source>
        <translation>Datensatzvorschau und Probleme</translation>
    </message>
    <message>
        <source>Use sa&amp;mple data</source>
        <translation>Beispiel&amp;daten verwenden</translation>
    </message>
    <message>
        <source>Use a generated sample dataset</source>
        <translation>Einen erzeugten Beispieldatensatz verwenden</translation>
    </message>
    <message>
        <source>Write a small generated dataset to this computer and choose it, to try a training job without data of your own.</source>
        <translation>Einen kleinen erzeugten Datensatz auf diesem Computer speichern und auswählen, um einen Trainingsauftrag ohne eigene Daten auszuprobieren.</translation>
    </message>
</context>
<context>
    <name>WizardModelPage</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;CNN: image classification</source>
        <translation>&amp;CNN: Bildklassifikation</translation>
    </message>
    <message>
        <source>CNN image classification</source>
        <translation>CNN-Bildklassifikation</translation>
    </message>
    <message>
        <source>Learns to sort images into categories.</source>
        <translation>Lernt, Bilder in Kategorien einzuordnen.</translation>
    </message>
    <message>
        <source>Learns to sort images into categories from a ZIP of images and a CSV of their labels.</source>
        <translation>Lernt anhand einer ZIP mit Bildern und einer CSV mit deren Labels, Bilder in Kategorien einzuordnen.</translation>
    </message>
    <message>
        <source>&amp;LSTM: time series</source>
        <translation>&amp;LSTM: Zeitreihen</translation>
    </message>
    <message>
        <source>LSTM time series</source>
        <translation>LSTM-Zeitreihen</translation>
    </message>
    <message>
        <source>Learns to forecast the next values of a series.</source>
        <translation>Lernt, die nächsten Werte einer Reihe vorherzusagen.</translation>
    </message>
    <message>
        <source>Learns to forecast the next values of a series from a CSV of measurements over time.</source>
        <translation>Lernt anhand einer CSV mit Messwerten über die Zeit, die nächsten Werte einer Reihe vorherzusagen.</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>&amp;Jobname:</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Jobname</translation>
    </message>
    <message>
        <source>e.g. Cats and dogs, first try</source>
        <translation>z. B. Katzen und Hunde, erster Versuch</translation>
    </message>
    <message>
        <source>A name you have not used before on this account; it identifies the job.</source>
        <translation>Ein Name, den Sie in diesem Konto noch nicht verwendet haben; er kennzeichnet den Job.</translation>
    </message>
    <message>
        <source>Job name problem</source>
        <translation>Problem mit dem Jobnamen</translation>
    </message>
</context>
<context>
    <name>WizardParametersPage</name>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>How many times training goes over the whole training set (1 to 1000).</source>
        <translation>Wie oft das Training den gesamten Trainingsdatensatz durchläuft (1 bis 1000).</translation>
    </message>
    <message>
        <source>More epochs can learn more but cost proportionally more.</source>
        <translation>Mehr Epochen können mehr lernen, kosten aber entsprechend mehr.</translation>
    </message>
    <message>
        <source>&amp;Training share:</source>
        <translation>&amp;Trainingsanteil:</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>The share of the data used for training; the rest checks the model (0.01 to 0.99).</source>
        <translation>Der Anteil der Daten, der zum Training verwendet wird; der Rest prüft das Modell (0,01 bis 0,99).</translation>
    </message>
    <message>
        <source>For example 0.8 trains on 80 % of the data and validates on 20 %.</source>
        <translation>Zum Beispiel trainiert 0,8 mit 80 % der Daten und validiert mit 20 %.</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Modellparameter</translation>
    </message>
    <message>
        <source>C&amp;ategories:</source>
        <translation>K&amp;ategorien:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>The number of different labels in the labels CSV (2 to 10000).</source>
        <translation>Die Anzahl verschiedener Labels in der Label-CSV (2 bis 10000).</translation>
    </message>
    <message>
        <source>Each image belongs to exactly one of these classes.</source>
        <translation>Jedes Bild gehört zu genau einer dieser Klassen.</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>Ka&amp;näle:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Colour channels per pixel: 1 for grey, 3 for RGB, 4 for RGBA.</source>
        <translation>Farbkanäle pro Pixel: 1 für Graustufen, 3 für RGB, 4 für RGBA.</translation>
    </message>
    <message>
        <source>Images with another channel count are converted.</source>
        <translation>Bilder mit einer anderen Kanalanzahl werden umgewandelt.</translation>
    </message>
    <message>
        <source>&amp;Scale ratio:</source>
        <translation>&amp;Skalierungsfaktor:</translation>
    </message>
    <message>
        <source>Scale ratio</source>
        <translation>Skalierungsfaktor</translation>
    </message>
    <message>
        <source>The largest pixel value, used to scale pixels to 0..1 (1 to 65535).</source>
        <translation>Der größte Pixelwert, mit dem Pixel auf 0..1 skaliert werden (1 bis 65535).</translation>
    </message>
    <message>
        <source>Usually 255 for 8-bit images.</source>
        <translation>Bei 8-Bit-Bildern meist 255.</translation>
    </message>
    <message>
        <source>&amp;Input width:</source>
        <translation>E&amp;ingabebreite:</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>Eingabebreite</translation>
    </message>
    <message>
        <source>How many consecutive rows the model sees per prediction (at least 1).</source>
        <translation>Wie viele aufeinanderfolgende Zeilen das Modell pro Vorhersage sieht (mindestens 1).</translation>
    </message>
    <message>
        <source>The length of the history window, in rows.</source>
        <translation>Die Länge des Verlaufsfensters in Zeilen.</translation>
    </message>
    <message>
        <source>L&amp;abel width:</source>
        <translation>&amp;Labelbreite:</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Labelbreite</translation>
    </message>
    <message>
        <source>How many consecutive rows the model predicts (at least 1).</source>
        <translation>Wie viele aufeinanderfolgende Zeilen das Modell vorhersagt (mindestens 1).</translation>
    </message>
    <message>
        <source>The length of the predicted window, in rows.</source>
        <translation>Die Länge des Vorhersagefensters in Zeilen.</translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation>&amp;Verschiebung:</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>How far the end of the predicted window lies past the end of the input window, in rows.</source>
        <translation>Wie weit das Ende des Vorhersagefensters hinter dem Ende des Eingabefensters liegt, in Zeilen.</translation>
    </message>
    <message>
        <source>With shift equal to label width the prediction starts right after the input.</source>
        <translation>Ist die Verschiebung gleich der Labelbreite, beginnt die Vorhersage direkt nach der Eingabe.</translation>
    </message>
    <message>
        <source>Se&amp;quence stride:</source>
        <translation>Se&amp;quenzschrittweite:</translation>
    </message>
    <message>
        <source>Sequence stride</source>
        <translation>Sequenzschrittweite</translation>
    </message>
    <message>
        <source>How many rows separate the starts of two consecutive windows (at least 1).</source>
        <translation>Wie viele Zeilen zwischen den Anfängen zweier aufeinanderfolgender Fenster liegen (mindestens 1).</translation>
    </message>
    <message>
        <source>A larger stride makes fewer, less overlapping windows.</source>
        <translation>Eine größere Schrittweite ergibt weniger Fenster, die sich weniger überlappen.</translation>
    </message>
    <message>
        <source>Sa&amp;mpling rate:</source>
        <translation>Abtast&amp;rate:</translation>
    </message>
    <message>
        <source>Sampling rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>Use every n-th row inside a window (at least 1).</source>
        <translation>Jede n-te Zeile innerhalb eines Fensters verwenden (mindestens 1).</translation>
    </message>
    <message>
        <source>1 uses every row; 6 uses every sixth, e.g. hourly from 10-minute data.</source>
        <translation>1 verwendet jede Zeile; 6 jede sechste, z. B. stündlich aus 10-Minuten-Daten.</translation>
    </message>
    <message>
        <source>Parameter problem</source>
        <translation>Parameterproblem</translation>
    </message>
</context>
<context>
    <name>deai</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noch etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>deai::AccountStatus</name>
    <message>
        <source>Current activity</source>
        <translation>Aktuelle Tätigkeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Sign-in ends</source>
        <translation>Anmeldung endet</translation>
    </message>
    <message>
        <source>CCD balance</source>
        <translation>CCD-Guthaben</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>Verbunden mit: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Sign-in ended for %1</source>
        <translation>Anmeldung für %1 beendet</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
</context>
<context>
    <name>deai::ApiClient</name>
    <message>
        <source>signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>loading your account details</source>
        <translation>Laden Ihrer Kontodaten</translation>
    </message>
    <message>
        <source>uploading the dataset</source>
        <translation>Hochladen des Datensatzes</translation>
    </message>
    <message>
        <source>estimating the training cost</source>
        <translation>Schätzen der Trainingskosten</translation>
    </message>
    <message>
        <source>creating the job</source>
        <translation>Anlegen des Jobs</translation>
    </message>
    <message>
        <source>estimating the inference cost</source>
        <translation>Schätzen der Inferenzkosten</translation>
    </message>
    <message>
        <source>starting the inference</source>
        <translation>Starten der Inferenz</translation>
    </message>
    <message>
        <source>loading the inference result</source>
        <translation>Laden des Inferenzergebnisses</translation>
    </message>
    <message>
        <source>loading the inference results</source>
        <translation>Laden der Inferenzergebnisse</translation>
    </message>
</context>
<context>
    <name>deai::ApiError</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s while %2. Check your connection and try again.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet (Vorgang: %2). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server could not be reached while %1. Check your internet connection and the server address, then try again.</source>
        <translation>Der Server war nicht erreichbar (Vorgang: %1). Prüfen Sie Ihre Internetverbindung und die Serveradresse und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed while %1 (%2). Check the server address, your system clock and its certificates.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen (Vorgang: %1; %2). Prüfen Sie die Serveradresse, Ihre Systemuhr und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 while %2. The service may be busy or down; try again later.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet (Vorgang: %2). Der Dienst ist möglicherweise überlastet oder nicht verfügbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent a page instead of an API answer while %1, perhaps from a proxy or during maintenance. Try again later.</source>
        <translation>Der Server hat statt einer API-Antwort eine Seite gesendet (Vorgang: %1), vielleicht von einem Proxy oder während einer Wartung. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood while %1 (%2). Try again later; if this persists, the API may have changed.</source>
        <translation>Die Antwort des Servers war nicht verständlich (Vorgang: %1; %2). Versuchen Sie es später erneut; falls das anhält, hat sich die API möglicherweise geändert.</translation>
    </message>
    <message>
        <source>%1 failed: the server said “%2” (code %3).</source>
        <translation>%1 fehlgeschlagen: Der Server meldete „%2“ (Code %3).</translation>
    </message>
    <message>
        <source>You are not signed in or your session has expired, so %1 was refused. Please sign in again.</source>
        <translation>Sie sind nicht angemeldet oder Ihre Sitzung ist abgelaufen, daher wurde der Vorgang „%1“ abgelehnt. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The file could not be read while %1 (%2). Check that it exists and that you may read it.</source>
        <translation>Die Datei konnte nicht gelesen werden (Vorgang: %1; %2). Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The request may already have reached the server: check your jobs before trying again, so that nothing is paid for twice.</source>
        <translation>Die Anfrage hat den Server möglicherweise bereits erreicht: Prüfen Sie Ihre Jobs, bevor Sie es erneut versuchen, damit nichts doppelt bezahlt wird.</translation>
    </message>
</context>
<context>
    <name>deai::ApiExchange</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>deai::AppBackend</name>
    <message>
        <source>Sign in to %1.</source>
        <translation>Bei %1 anmelden.</translation>
    </message>
    <message>
        <source>Your local job list could not be opened: %1</source>
        <translation>Ihre lokale Jobliste konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Your local job list was damaged. It was moved to %1 and a new, empty one was started; check your jobs on the Phoenix site.</source>
        <translation>Ihre lokale Jobliste war beschädigt. Sie wurde nach %1 verschoben und eine neue, leere Liste wurde angelegt; prüfen Sie Ihre Jobs auf der Phoenix-Website.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The local sandbox account could not be saved in %1. Check that the folder is writable.</source>
        <translation>Das lokale Sandbox-Konto konnte nicht in %1 gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Your sign-in ends at %1. Sign in again to keep working.</source>
        <translation>Ihre Anmeldung endet um %1. Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again to keep working.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
</context>
<context>
    <name>deai::BackgroundNotifications</name>
    <message>
        <source>Inference finished</source>
        <translation>Inferenz abgeschlossen</translation>
    </message>
    <message>
        <source>The result of your inference has arrived in deAI Studio.</source>
        <translation>Das Ergebnis Ihrer Inferenz ist in deAI Studio eingetroffen.</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Hochladen abgeschlossen</translation>
    </message>
    <message>
        <source>Your file has been uploaded to Phoenix&apos;s Distributed AI.</source>
        <translation>Ihre Datei wurde zu Phoenix&apos; Distributed AI hochgeladen.</translation>
    </message>
</context>
<context>
    <name>deai::CcdAmount</name>
    <message>
        <source>%1 CCD</source>
        <extracomment>An amount of the network&apos;s currency, e.g. &quot;0.0278 CCD&quot;.</extracomment>
        <translation>%1 CCD</translation>
    </message>
</context>
<context>
    <name>deai::CnnDatasetInspection</name>
    <message>
        <source>grey</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>grey with alpha</source>
        <translation>Graustufen mit Alpha</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>RGBA</source>
        <translation>RGBA</translation>
    </message>
    <message>
        <source>The ZIP archive holds no readable PNG, JPEG or BMP image.</source>
        <translation>Das ZIP-Archiv enthält kein lesbares PNG-, JPEG- oder BMP-Bild.</translation>
    </message>
    <message numerus="yes">
        <source>The images come in %n different sizes; the most common is %1×%2 (%3 images).</source>
        <translation>
            <numerusform>Die Bilder haben %n Größe; die häufigste ist %1×%2 (%3 Bilder).</numerusform>
            <numerusform>Die Bilder haben %n verschiedene Größen; die häufigste ist %1×%2 (%3 Bilder).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The images mix colour modes (%1).</source>
        <translation>Die Bilder haben gemischte Farbmodi (%1).</translation>
    </message>
    <message>
        <source>No image could be read.</source>
        <translation>Kein Bild konnte gelesen werden.</translation>
    </message>
    <message>
        <source>All images are %1.</source>
        <translation>Alle Bilder sind %1.</translation>
    </message>
    <message>
        <source>The images mix colour modes; %1 keeps every channel.</source>
        <translation>Die Bilder haben gemischte Farbmodi; %1 behält jeden Kanal.</translation>
    </message>
    <message>
        <source>No labels to count categories from.</source>
        <translation>Keine Labels, aus denen Kategorien gezählt werden können.</translation>
    </message>
    <message numerus="yes">
        <source>The labels file names %n distinct labels.</source>
        <translation>
            <numerusform>Die Label-Datei nennt %n eindeutiges Label.</numerusform>
            <numerusform>Die Label-Datei nennt %n verschiedene Labels.</numerusform>
        </translation>
    </message>
    <message>
        <source>The largest pixel value is %1, so the images use the 8-bit range.</source>
        <translation>Der größte Pixelwert ist %1, die Bilder nutzen also den 8-Bit-Bereich.</translation>
    </message>
    <message>
        <source>The largest pixel value is %1: the images are already scaled.</source>
        <translation>Der größte Pixelwert ist %1: Die Bilder sind bereits skaliert.</translation>
    </message>
    <message>
        <source>The largest pixel value is %1.</source>
        <translation>Der größte Pixelwert ist %1.</translation>
    </message>
</context>
<context>
    <name>deai::CnnPreviewPage</name>
    <message>
        <source>all %1 × %2 pixels</source>
        <translation>alle %1 × %2 Pixel</translation>
    </message>
    <message>
        <source>%1 sizes, most often %2 × %3 pixels</source>
        <translation>%1 Größen, meist %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>Sample images with their labels</source>
        <translation>Beispielbilder mit ihren Labels</translation>
    </message>
    <message>
        <source>No labels file was given, so there are no label counts to show.</source>
        <translation>Es wurde keine Label-Datei angegeben, daher gibt es keine Label-Anzahlen anzuzeigen.</translation>
    </message>
    <message>
        <source>Images per label</source>
        <translation>Bilder pro Label</translation>
    </message>
    <message numerus="yes">
        <source>%n readable image(s)</source>
        <translation>
            <numerusform>%n lesbares Bild</numerusform>
            <numerusform>%n lesbare Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unlesbar</numerusform>
            <numerusform>%n unlesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n Label</numerusform>
            <numerusform>%n Labels</numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(kein Label)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s); the most frequent is %1</source>
        <translation>
            <numerusform>%n Label; das häufigste ist %1</numerusform>
            <numerusform>%n Labels; das häufigste ist %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln grey image(s)</source>
        <translation>
            <numerusform>%Ln Graustufenbild</numerusform>
            <numerusform>%Ln Graustufenbilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln grey image(s) with alpha</source>
        <translation>
            <numerusform>%Ln Graustufenbild mit Alphakanal</numerusform>
            <numerusform>%Ln Graustufenbilder mit Alphakanal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RGB image(s)</source>
        <translation>
            <numerusform>%Ln RGB-Bild</numerusform>
            <numerusform>%Ln RGB-Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RGBA image(s)</source>
        <translation>
            <numerusform>%Ln RGBA-Bild</numerusform>
            <numerusform>%Ln RGBA-Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) with %1 channels</source>
        <translation>
            <numerusform>%Ln Bild mit %1 Kanälen</numerusform>
            <numerusform>%Ln Bilder mit %1 Kanälen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::CostPage</name>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What training with these values costs, before anything is spent.</source>
        <translation>Was das Training mit diesen Werten kostet, bevor etwas ausgegeben wird.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The estimate is more than your balance: the server will refuse the job until you add %1.</source>
        <translation>Die Schätzung übersteigt Ihr Guthaben: Der Server lehnt den Job ab, bis Sie %1 aufladen.</translation>
    </message>
</context>
<context>
    <name>deai::CreatePage</name>
    <message>
        <source>Create the job</source>
        <translation>Job anlegen</translation>
    </message>
    <message>
        <source>Creating the job reserves its cost from your balance.</source>
        <translation>Beim Anlegen des Jobs werden seine Kosten von Ihrem Guthaben reserviert.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; (%2) is estimated to cost %3.</source>
        <translation>Die geschätzten Kosten für Job „%1“ (%2) betragen %3.</translation>
    </message>
    <message>
        <source>Create training job</source>
        <translation>Trainingsjob anlegen</translation>
    </message>
    <message>
        <source>Create job %1 for %2?</source>
        <translation>Job %1 für %2 anlegen?</translation>
    </message>
    <message>
        <source>Create job</source>
        <translation>Job anlegen</translation>
    </message>
    <message>
        <source>The job was not sent because it could not be recorded on this computer: %1</source>
        <translation>Der Job wurde nicht gesendet, weil er auf diesem Computer nicht gespeichert werden konnte: %1</translation>
    </message>
    <message>
        <source>The job was created.</source>
        <translation>Der Job wurde angelegt.</translation>
    </message>
    <message>
        <source>%1
The server may have created the job. Check your jobs before trying again: creating it twice could spend twice.</source>
        <translation>%1
Der Server hat den Job möglicherweise angelegt. Prüfen Sie Ihre Jobs, bevor Sie es erneut versuchen: Ein doppeltes Anlegen kann doppelt kosten.</translation>
    </message>
</context>
<context>
    <name>deai::DatasetCheck</name>
    <message>
        <source>The dataset check could not start.</source>
        <translation>Die Datensatzprüfung konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>deai::DatasetPage</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Choose the files to train on and upload them to the server.</source>
        <translation>Wählen Sie die Dateien für das Training aus und laden Sie sie auf den Server hoch.</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>ZIP-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the images ZIP</source>
        <translation>Bilder-ZIP auswählen</translation>
    </message>
    <message>
        <source>Choose the labels CSV</source>
        <translation>Label-CSV auswählen</translation>
    </message>
    <message>
        <source>Choose the series CSV</source>
        <translation>Zeitreihen-CSV auswählen</translation>
    </message>
    <message>
        <source>All files are on the server.</source>
        <translation>Alle Dateien sind auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>All files are on the server; %n already were and were reused without sending them again.</source>
        <translation>
            <numerusform>Alle Dateien sind auf dem Server; %n war bereits dort und wurde ohne erneutes Senden wiederverwendet.</numerusform>
            <numerusform>Alle Dateien sind auf dem Server; %n waren bereits dort und wurden ohne erneutes Senden wiederverwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>Hochladen abgebrochen.</translation>
    </message>
    <message>
        <source>The sample data could not be written: %1 Check that there is space on the disk, or choose files of your own.</source>
        <translation>Die Beispieldaten konnten nicht geschrieben werden: %1 Prüfen Sie, ob auf dem Datenträger Platz ist, oder wählen Sie eigene Dateien.</translation>
    </message>
</context>
<context>
    <name>deai::DatasetPreviewWidget</name>
    <message>
        <source>Dataset preview</source>
        <translation>Datensatzvorschau</translation>
    </message>
    <message>
        <source>Choose a dataset to see what it holds.</source>
        <translation>Wählen Sie einen Datensatz, um seinen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Problems found in the dataset</source>
        <translation>Im Datensatz gefundene Probleme</translation>
    </message>
    <message>
        <source>Inspecting the dataset…</source>
        <translation>Datensatz wird untersucht…</translation>
    </message>
    <message>
        <source>Dataset inspection progress</source>
        <translation>Fortschritt der Datensatzprüfung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops inspecting the dataset</source>
        <translation>Beendet die Untersuchung des Datensatzes</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The dataset could not be inspected.</source>
        <translation>Der Datensatz konnte nicht untersucht werden.</translation>
    </message>
    <message>
        <source>The inspection was canceled; what is shown covers only part of the data.</source>
        <translation>Die Untersuchung wurde abgebrochen; die Anzeige umfasst nur einen Teil der Daten.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>This must be fixed before training can start.</source>
        <translation>Dies muss behoben werden, bevor das Training beginnen kann.</translation>
    </message>
    <message>
        <source>Training can start, but check this first.</source>
        <translation>Das Training kann beginnen, aber prüfen Sie dies zuerst.</translation>
    </message>
</context>
<context>
    <name>deai::DatasetUploader</name>
    <message>
        <source>Checking whether the server already has %1…</source>
        <translation>Es wird geprüft, ob der Server %1 bereits hat…</translation>
    </message>
    <message>
        <source>Could not read %1. Check that the file exists and that you may read it.</source>
        <translation>%1 konnte nicht gelesen werden. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
</context>
<context>
    <name>deai::HistoryPage</name>
    <message>
        <source>&amp;Copy transaction hash</source>
        <translation>Transaktions-Hash &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open result in browser</source>
        <translation>Ergebnis im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Page %1 of %2 · 1 result</source>
        <translation>Seite %1 von %2 · 1 Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n results</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Ergebnis</numerusform>
            <numerusform>Seite %1 von %2 · %n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>No inferences yet for this job.</source>
        <translation>Für diesen Job gibt es noch keine Inferenzen.</translation>
    </message>
    <message>
        <source>No created jobs yet, so there is no history.</source>
        <translation>Noch keine angelegten Jobs, daher gibt es keinen Verlauf.</translation>
    </message>
    <message>
        <source>&amp;View result…</source>
        <translation>Ergebnis an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Inference result of job %1, transaction %2</source>
        <translation>Inferenzergebnis von Job %1, Transaktion %2</translation>
    </message>
</context>
<context>
    <name>deai::InferenceFlow</name>
    <message>
        <source>Run the inference?</source>
        <translation>Inferenz ausführen?</translation>
    </message>
    <message>
        <source>This inference costs %1. The amount is taken from your balance when you run it.</source>
        <translation>Diese Inferenz kostet %1. Der Betrag wird bei der Ausführung von Ihrem Guthaben abgebucht.</translation>
    </message>
    <message>
        <source>&amp;Run for %1</source>
        <translation>Für %1 &amp;ausführen</translation>
    </message>
    <message>
        <source>%1 The server may have run this inference and charged for it. Look at the inference history before trying again.</source>
        <translation>%1 Der Server hat diese Inferenz möglicherweise ausgeführt und berechnet. Sehen Sie im Inferenzverlauf nach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The result of the inference is not there yet.</source>
        <translation>Das Ergebnis der Inferenz liegt noch nicht vor.</translation>
    </message>
    <message>
        <source>The inference was sent; Retry looks for its result again without running it twice.</source>
        <translation>Die Inferenz wurde gesendet; „Erneut versuchen“ sucht erneut nach ihrem Ergebnis, ohne sie ein zweites Mal auszuführen.</translation>
    </message>
</context>
<context>
    <name>deai::InferenceHistoryModel</name>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>deai::InferencePanel</name>
    <message>
        <source>Cancelled. Nothing was spent.</source>
        <translation>Abgebrochen. Es wurde nichts ausgegeben.</translation>
    </message>
    <message>
        <source>Choose the data for the inference</source>
        <translation>Daten für die Inferenz auswählen</translation>
    </message>
    <message>
        <source>Data files (*.csv *.zip);;All files (*)</source>
        <translation>Datendateien (*.csv *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose the data file with Browse….</source>
        <translation>%1 ist keine Datei. Wählen Sie die Datendatei über „Durchsuchen…“ aus.</translation>
    </message>
    <message>
        <source>Uploading the data…</source>
        <translation>Daten werden hochgeladen…</translation>
    </message>
    <message>
        <source>Asking the price…</source>
        <translation>Preis wird abgefragt…</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Warten auf Ihre Bestätigung…</translation>
    </message>
    <message>
        <source>Sending the inference…</source>
        <translation>Inferenz wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting for the result…</source>
        <translation>Warten auf das Ergebnis…</translation>
    </message>
    <message>
        <source>Inference result of job %1</source>
        <translation>Inferenzergebnis von Job %1</translation>
    </message>
</context>
<context>
    <name>deai::InlineMessage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>deai::JobListModel</name>
    <message>
        <source>Being created</source>
        <translation>Wird angelegt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Unknown — check first</source>
        <translation>Unbekannt – zuerst prüfen</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Nicht angelegt</translation>
    </message>
    <message>
        <source>The server may have created this job; check on the Phoenix site before creating it again.</source>
        <translation>Der Server hat diesen Job möglicherweise angelegt; prüfen Sie dies auf der Phoenix-Website, bevor Sie ihn erneut anlegen.</translation>
    </message>
    <message>
        <source>The server refused this job, so nothing was spent: %1</source>
        <translation>Der Server hat diesen Job abgelehnt, es wurde also nichts ausgegeben: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
</context>
<context>
    <name>deai::LabelMatcher</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>No image in the ZIP archive has a label in the labels file.</source>
        <translation>Kein Bild im ZIP-Archiv hat ein Label in der Label-Datei.</translation>
    </message>
    <message>
        <source>Every image has the same label; a classifier needs at least two.</source>
        <translation>Alle Bilder haben dasselbe Label; ein Klassifikator braucht mindestens zwei.</translation>
    </message>
    <message numerus="yes">
        <source>%n images have no label (for example %1).</source>
        <translation>
            <numerusform>%n Bild hat kein Label (zum Beispiel %1).</numerusform>
            <numerusform>%n Bilder haben kein Label (zum Beispiel %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label rows name no image in the ZIP archive (for example %1).</source>
        <translation>
            <numerusform>%n Label-Zeile nennt kein Bild im ZIP-Archiv (zum Beispiel %1).</numerusform>
            <numerusform>%n Label-Zeilen nennen kein Bild im ZIP-Archiv (zum Beispiel %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the labels file have an empty label.</source>
        <translation>
            <numerusform>%n Zeile der Label-Datei hat ein leeres Label.</numerusform>
            <numerusform>%n Zeilen der Label-Datei haben ein leeres Label.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::LabelsCsv</name>
    <message>
        <source>The labels file %1 cannot be read: %2</source>
        <translation>Die Label-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The labels file %1 holds no labels.</source>
        <translation>Die Label-Datei %1 enthält keine Labels.</translation>
    </message>
</context>
<context>
    <name>deai::LstmPreviewPage</name>
    <message>
        <source>First rows of the time series</source>
        <translation>Erste Zeilen der Zeitreihe</translation>
    </message>
    <message>
        <source>Column to chart</source>
        <translation>Darzustellende Spalte</translation>
    </message>
    <message>
        <source>Chart of the chosen column</source>
        <translation>Diagramm der gewählten Spalte</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numeric column(s)</source>
        <translation>
            <numerusform>%n numerische Spalte</numerusform>
            <numerusform>%n numerische Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>dates in &quot;%1&quot;</source>
        <translation>Datumsangaben in „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s)</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile</numerusform>
            <numerusform>%n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>No numeric column to chart</source>
        <translation>Keine numerische Spalte zum Darstellen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n row(s), from %2 to %3</source>
        <translation>
            <numerusform>%1 über %n Zeile, von %2 bis %3</numerusform>
            <numerusform>%1 über %n Zeilen, von %2 bis %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::LstmWindows</name>
    <message>
        <source>Input width, label width, shift, sequence stride and sampling rate must each be at least 1.</source>
        <translation>Eingabebreite, Labelbreite, Verschiebung, Sequenzschrittweite und Abtastrate müssen jeweils mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The training share must lie strictly between 0 and 1.</source>
        <translation>Der Trainingsanteil muss echt zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The label width (%1) cannot exceed input width plus shift (%2).</source>
        <translation>Die Labelbreite (%1) darf Eingabebreite plus Verschiebung (%2) nicht überschreiten.</translation>
    </message>
    <message>
        <source>These settings give no training window: one window spans %1 rows, but the training part has only %2.</source>
        <translation>Diese Einstellungen ergeben kein Trainingsfenster: Ein Fenster umfasst %1 Zeilen, der Trainingsteil hat aber nur %2.</translation>
    </message>
    <message>
        <source>These settings give no validation window: one window spans %1 rows, but the validation part has only %2.</source>
        <translation>Diese Einstellungen ergeben kein Validierungsfenster: Ein Fenster umfasst %1 Zeilen, der Validierungsteil hat aber nur %2.</translation>
    </message>
</context>
<context>
    <name>deai::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>About deAI Studio</source>
        <translation>Über deAI Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;deAI Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Train models and run inferences on Phoenix&apos;s Distributed AI, or try everything first on a local sandbox that spends no CCD.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;deAI Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Trainieren Sie Modelle und führen Sie Inferenzen auf Phoenix&apos; Distributed AI aus, oder probieren Sie zuerst alles in einer lokalen Sandbox aus, die kein CCD ausgibt.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit Qt %3)&lt;/p&gt;&lt;p&gt;Lizenziert unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt; (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>deai::ModelPage</name>
    <message>
        <source>Model and job name</source>
        <translation>Modell und Jobname</translation>
    </message>
    <message>
        <source>Choose what to train and give the job a name you will recognise.</source>
        <translation>Wählen Sie, was trainiert werden soll, und geben Sie dem Job einen Namen, den Sie wiedererkennen.</translation>
    </message>
    <message>
        <source>Enter a job name.</source>
        <translation>Geben Sie einen Jobnamen ein.</translation>
    </message>
    <message>
        <source>You already have a job named &quot;%1&quot; on this account. Job names cannot be repeated: choose another.</source>
        <translation>Sie haben in diesem Konto bereits einen Job namens „%1“. Jobnamen dürfen sich nicht wiederholen: Wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>deai::NetworkLogDialog</name>
    <message>
        <source>Network log</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>%1  %2  HTTP %3  %4 bytes  %5 ms</source>
        <translation>%1  %2  HTTP %3  %4 Byte  %5 ms</translation>
    </message>
</context>
<context>
    <name>deai::ParametersPage</name>
    <message>
        <source>Training parameters</source>
        <translation>Trainingsparameter</translation>
    </message>
    <message>
        <source>Hover over a field or read the line under it to see what it does.</source>
        <translation>Bewegen Sie den Mauszeiger über ein Feld oder lesen Sie die Zeile darunter, um zu sehen, wozu es dient.</translation>
    </message>
    <message>
        <source>1 (grey)</source>
        <translation>1 (Graustufen)</translation>
    </message>
    <message>
        <source>3 (RGB)</source>
        <translation>3 (RGB)</translation>
    </message>
    <message>
        <source>4 (RGBA)</source>
        <translation>4 (RGBA)</translation>
    </message>
    <message>
        <source>%1: enter a number between the limits its tip names.</source>
        <translation>%1: Geben Sie eine Zahl innerhalb der im Hinweis genannten Grenzen ein.</translation>
    </message>
    <message>
        <source>The label width (%1) cannot exceed input width plus shift (%2).</source>
        <translation>Die Labelbreite (%1) darf Eingabebreite plus Verschiebung (%2) nicht überschreiten.</translation>
    </message>
</context>
<context>
    <name>deai::PasswordVault</name>
    <message>
        <source>No keychain is available (%1), so your password is kept only until you quit deAI Studio. You will be asked to sign in again next time.</source>
        <translation>Kein Schlüsselbund verfügbar (%1), daher wird Ihr Passwort nur bis zum Beenden von deAI Studio aufbewahrt. Beim nächsten Mal werden Sie erneut zur Anmeldung aufgefordert.</translation>
    </message>
</context>
<context>
    <name>deai::ProposedFields</name>
    <message>
        <source>proposed from your dataset</source>
        <translation>aus Ihrem Datensatz vorgeschlagen</translation>
    </message>
    <message>
        <source>%1 was proposed from your dataset</source>
        <translation>%1 wurde aus Ihrem Datensatz vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>deai::ResultCsv</name>
    <message>
        <source>The result file is empty.</source>
        <translation>Die Ergebnisdatei ist leer.</translation>
    </message>
    <message>
        <source>This is not an inference result: its first line should be &quot;file,predicted_class,confidence&quot; or &quot;step,forecast&quot;.</source>
        <translation>Dies ist kein Inferenzergebnis: Die erste Zeile sollte „file,predicted_class,confidence“ oder „step,forecast“ lauten.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>deai::ResultDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>Das Ergebnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The result could not be downloaded: %1</source>
        <translation>Das Ergebnis konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The result address %1 is not a web address, so it cannot be downloaded.</source>
        <translation>Die Ergebnisadresse %1 ist keine Webadresse und kann daher nicht heruntergeladen werden.</translation>
    </message>
</context>
<context>
    <name>deai::ResultSources</name>
    <message>
        <source>The images in %1 cannot be shown: it is not a readable ZIP archive.</source>
        <translation>Die Bilder in %1 können nicht angezeigt werden: Es ist kein lesbares ZIP-Archiv.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>The series %1 cannot be read.</source>
        <translation>Die Zeitreihe %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The series %1 has no numeric column to compare with.</source>
        <translation>Die Zeitreihe %1 hat keine numerische Spalte zum Vergleichen.</translation>
    </message>
    <message>
        <source>The series %1 has no column &quot;%2&quot; to compare with.</source>
        <translation>Die Zeitreihe %1 hat keine Spalte „%2“ zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>deai::ResultTableModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
</context>
<context>
    <name>deai::ResultViewer</name>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>Diagramm als PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>Inference result</source>
        <translation>Inferenzergebnis</translation>
    </message>
    <message>
        <source>No result loaded.</source>
        <translation>Kein Ergebnis geladen.</translation>
    </message>
    <message>
        <source>Result chart</source>
        <translation>Ergebnisdiagramm</translation>
    </message>
    <message>
        <source>Classified images with their predictions</source>
        <translation>Klassifizierte Bilder mit ihren Vorhersagen</translation>
    </message>
    <message>
        <source>Result rows</source>
        <translation>Ergebniszeilen</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and are left out, the first on line %1.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wird ausgelassen, die erste in Zeile %1.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und werden ausgelassen, die erste in Zeile %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n forecast step(s).</source>
        <translation>
            <numerusform>%1: %n Prognoseschritt.</numerusform>
            <numerusform>%1: %n Prognoseschritte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be exported to %1: %2</source>
        <translation>Das Diagramm konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>Das Diagramm wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Images per predicted class</source>
        <translation>Bilder pro vorhergesagter Klasse</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Forecast against actual values</source>
        <translation>Prognose im Vergleich zu tatsächlichen Werten</translation>
    </message>
    <message numerus="yes">
        <source>%n forecast step(s)</source>
        <translation>
            <numerusform>%n Prognoseschritt</numerusform>
            <numerusform>%n Prognoseschritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual value(s)</source>
        <translation>
            <numerusform>%n tatsächlicher Wert</numerusform>
            <numerusform>%n tatsächliche Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the result…</source>
        <translation>Ergebnis wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops the download; nothing is saved</source>
        <translation>Beendet den Download; es wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Save Inference Result</source>
        <translation>Inferenzergebnis speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation>Der Download wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the saved result file</source>
        <translation>Die gespeicherte Ergebnisdatei öffnen</translation>
    </message>
    <message>
        <source>No application could open %1. Open it from your file manager.</source>
        <translation>Keine Anwendung konnte %1 öffnen. Öffnen Sie die Datei über Ihren Dateimanager.</translation>
    </message>
    <message>
        <source>Show the saved result file in its folder</source>
        <translation>Die gespeicherte Ergebnisdatei in ihrem Ordner anzeigen</translation>
    </message>
    <message>
        <source>The folder of %1 could not be opened.</source>
        <translation>Der Ordner von %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln image(s) classified into %2.</source>
        <translation>
            <numerusform>%1: %Ln Bild in %2 eingeordnet.</numerusform>
            <numerusform>%1: %Ln Bilder in %2 eingeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln Klasse</numerusform>
            <numerusform>%Ln Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es); the most frequent is %1 with %2</source>
        <translation>
            <numerusform>%Ln Klasse; die häufigste ist %1 mit %2</numerusform>
            <numerusform>%Ln Klassen; die häufigste ist %1 mit %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bildern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::SampleDatasets</name>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>deai::SandboxLauncher</name>
    <message>
        <source>The local sandbox (deai-sandbox) was not found next to the app. Reinstall deAI Studio, or sign in to the Phoenix network.</source>
        <translation>Die lokale Sandbox (deai-sandbox) wurde nicht neben der App gefunden. Installieren Sie deAI Studio neu oder melden Sie sich beim Phoenix-Netzwerk an.</translation>
    </message>
    <message>
        <source>The local sandbox could not be started (%1).</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>The local sandbox stopped before it was ready (exit code %1).</source>
        <translation>Die lokale Sandbox wurde beendet, bevor sie bereit war (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>deai::SeriesCsvInspection</name>
    <message>
        <source>The file %1 has column names but no data rows.</source>
        <translation>Die Datei %1 hat Spaltennamen, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>The file %1 has no numeric column.</source>
        <translation>Die Datei %1 hat keine numerische Spalte.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows do not have as many fields as the header names columns.</source>
        <translation>
            <numerusform>%n Zeile hat nicht so viele Felder, wie die Kopfzeile Spalten nennt.</numerusform>
            <numerusform>%n Zeilen haben nicht so viele Felder, wie die Kopfzeile Spalten nennt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column %1 has %n missing values.</source>
        <translation>
            <numerusform>Spalte %1 hat %n fehlenden Wert.</numerusform>
            <numerusform>Spalte %1 hat %n fehlende Werte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 is not numeric; only a leading date column may be.</source>
        <translation>Spalte %1 ist nicht numerisch; das darf nur eine führende Datumsspalte sein.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The first row of %1 looks like data; it should name the columns.</source>
        <translation>Die erste Zeile von %1 sieht nach Daten aus; sie sollte die Spalten benennen.</translation>
    </message>
</context>
<context>
    <name>deai::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>deai::SignInDialog</name>
    <message>
        <source>Phoenix network</source>
        <translation>Phoenix-Netzwerk</translation>
    </message>
    <message>
        <source>Sandbox (local, no CCD spent)</source>
        <translation>Sandbox (lokal, es wird kein CCD ausgegeben)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://example.org/sdk/computation.</source>
        <translation>Geben Sie die Serveradresse ein, z. B. https://example.org/sdk/computation.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>deai::TrainingWizard</name>
    <message>
        <source>New training job</source>
        <translation>Neuer Trainingsjob</translation>
    </message>
</context>
<context>
    <name>deai::WindowDiagramCanvas</name>
    <message>
        <source>Input width, label width and shift must each be at least 1.</source>
        <translation>Eingabebreite, Labelbreite und Verschiebung müssen jeweils mindestens 1 sein.</translation>
    </message>
    <message>
        <source>No window: the label width (%1) exceeds input width plus shift (%2).</source>
        <translation>Kein Fenster: Die Labelbreite (%1) übersteigt Eingabebreite plus Verschiebung (%2).</translation>
    </message>
    <message>
        <source>LSTM window diagram</source>
        <translation>LSTM-Fensterdiagramm</translation>
    </message>
    <message>
        <source>inputs: %1</source>
        <translation>Eingaben: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>shift %1</source>
        <translation>Verschiebung %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Each window has %1 followed by %2, shift %3.</source>
        <translation>Jedes Fenster hat %1, gefolgt von %2, Verschiebung %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln input row(s)</source>
        <translation>
            <numerusform>%Ln Eingabezeile</numerusform>
            <numerusform>%Ln Eingabezeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label row(s)</source>
        <translation>
            <numerusform>%Ln Zielzeile</numerusform>
            <numerusform>%Ln Zielzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) between inputs and labels are skipped.</source>
        <translation>
            <numerusform>%Ln Zeile zwischen Eingaben und Zielen wird übersprungen.</numerusform>
            <numerusform>%Ln Zeilen zwischen Eingaben und Zielen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln input row(s) are also labels.</source>
        <translation>
            <numerusform>Die letzte Eingabezeile ist auch ein Ziel.</numerusform>
            <numerusform>Die letzten %Ln Eingabezeilen sind auch Ziele.</numerusform>
        </translation>
    </message>
    <message>
        <source>With sampling rate %1 a window spans %2 of the file; a new window starts every %3.</source>
        <translation>Mit Abtastrate %1 umfasst ein Fenster %2 der Datei; alle %3 beginnt ein neues Fenster.</translation>
    </message>
    <message>
        <source>spans %1 (sampling rate %2), next window %3 later</source>
        <translation>umfasst %1 (Abtastrate %2), nächstes Fenster %3 später</translation>
    </message>
</context>
<context>
    <name>deai::WindowDiagramWidget</name>
    <message>
        <source>Inspect the dataset to count the windows these settings give.</source>
        <translation>Untersuchen Sie den Datensatz, um die Fenster zu zählen, die diese Einstellungen ergeben.</translation>
    </message>
    <message>
        <source>Window counts</source>
        <translation>Anzahl der Fenster</translation>
    </message>
    <message>
        <source>LSTM window</source>
        <translation>LSTM-Fenster</translation>
    </message>
    <message numerus="yes">
        <source>Training: %Ln window(s) from %1.</source>
        <translation>
            <numerusform>Training: %Ln Fenster aus %1.</numerusform>
            <numerusform>Training: %Ln Fenster aus %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation: %Ln window(s) from %1.</source>
        <translation>
            <numerusform>Validierung: %Ln Fenster aus %1.</numerusform>
            <numerusform>Validierung: %Ln Fenster aus %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::ZipImageScanner</name>
    <message>
        <source>The images file %1 cannot be read as a ZIP archive.</source>
        <translation>Die Bilddatei %1 kann nicht als ZIP-Archiv gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>The ZIP archive is damaged: reading stopped after %n entries.</source>
        <translation>
            <numerusform>Das ZIP-Archiv ist beschädigt: Das Lesen endete nach %n Eintrag.</numerusform>
            <numerusform>Das ZIP-Archiv ist beschädigt: Das Lesen endete nach %n Einträgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the ZIP archive are not PNG, JPEG or BMP images (for example %1).</source>
        <translation>
            <numerusform>%n Eintrag im ZIP-Archiv ist kein PNG-, JPEG- oder BMP-Bild (zum Beispiel %1).</numerusform>
            <numerusform>%n Einträge im ZIP-Archiv sind keine PNG-, JPEG- oder BMP-Bilder (zum Beispiel %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images cannot be decoded (for example %1).</source>
        <translation>
            <numerusform>%n Bild kann nicht dekodiert werden (zum Beispiel %1).</numerusform>
            <numerusform>%n Bilder können nicht dekodiert werden (zum Beispiel %1).</numerusform>
        </translation>
    </message>
</context>
</TS>
