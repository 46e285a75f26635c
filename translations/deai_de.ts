<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>HistoryPage</name>
    <message>
        <source>Inference history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job whose inferences are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inferences yet for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferences of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page and number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InferencePanel</name>
    <message>
        <source>Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file to run the inference on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or ZIP file in the format the job was trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run inference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an inference on the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload speed and time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the inference step in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the inference was submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the result in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the result as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>JobsPage</name>
    <message>
        <source>Jobs and inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs created from this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet. Create one on the “New training job” page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>deAI Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model on your data: choose the data, check the estimated cost, and create the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New training job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs and inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About deAI Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <source>Phoenix network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (local, no CCD spent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time deAI Studio starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that receives nothing for this long is given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferRate</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardCostPage</name>
    <message>
        <source>The server estimates what training costs with these settings. The estimate is held for this job when you create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost estimate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardCreatePage</name>
    <message>
        <source>Job summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;tch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples the model processes per training step (1 to 4096).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger batches train faster per epoch but need more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks you to confirm the cost, then creates the job on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job creation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the job id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardDatasetPage</name>
    <message>
        <source>Dataset files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images ZIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ZIP file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ZIP archive of PNG, JPEG or BMP images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the images zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ZIP server path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;abels CSV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels CSV file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV with one label per image, in file-name order or keyed by file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the labels csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels CSV server path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series CSV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series CSV file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV whose first row names the columns; the other rows hold numbers, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the series csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series CSV server path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the dataset files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the chosen files to the server; files already sent from this account are reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset preview and problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardModelPage</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CNN: image classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN image classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns to sort images into categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns to sort images into categories from a ZIP of images and a CSV of their labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LSTM: time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns to forecast the next values of a series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns to forecast the next values of a series from a CSV of measurements over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cats and dogs, first try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you have not used before on this account; it identifies the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardParametersPage</name>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times training goes over the whole training set (1 to 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More epochs can learn more but cost proportionally more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the data used for training; the rest checks the model (0.01 to 0.99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 0.8 trains on 80 % of the data and validates on 20 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of different labels in the labels CSV (2 to 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each image belongs to exactly one of these classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour channels per pixel: 1 for grey, 3 for RGB, 4 for RGBA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images with another channel count are converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest pixel value, used to scale pixels to 0..1 (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually 255 for 8-bit images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many consecutive rows the model sees per prediction (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of the history window, in rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;abel width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many consecutive rows the model predicts (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of the predicted window, in rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the end of the predicted window lies past the end of the input window, in rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With shift equal to label width the prediction starts right after the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;quence stride:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows separate the starts of two consecutive windows (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A larger stride makes fewer, less overlapping windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mpling rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use every n-th row inside a window (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 uses every row; 6 uses every sixth, e.g. hourly from 10-minute data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::AccountStatus</name>
    <message>
        <source>Current activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCD balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in ended for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
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
    <name>deai::AppBackend</name>
    <message>
        <source>Sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local job list could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local job list was damaged. It was moved to %1 and a new, empty one was started; check your jobs on the Phoenix site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox account could not be saved in %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in ends at %1. Sign in again to keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again to keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::BackgroundNotifications</name>
    <message>
        <source>Inference finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of your inference has arrived in deAI Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file has been uploaded to Phoenix&apos;s Distributed AI.</source>
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
    <name>deai::CnnPreviewPage</name>
    <message numerus="yes">
        <source>%n image(s) with %1 channel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sizes, most often %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample images with their labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels file was given, so there are no label counts to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n readable image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s); the most frequent is %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deai::CostPage</name>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What training with these values costs, before anything is spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate is more than your balance: the server will refuse the job until you add %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::CreatePage</name>
    <message>
        <source>Create the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the job reserves its cost from your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; (%2) is estimated to cost %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create job %1 for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not sent because it could not be recorded on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The server may have created the job. Check your jobs before trying again: creating it twice could spend twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::DatasetPage</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the files to train on and upload them to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the images ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the labels CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the series CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files are on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All files are on the server; %n already were and were reused without sending them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::DatasetPreviewWidget</name>
    <message>
        <source>Dataset preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset inspection progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops inspecting the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset could not be inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was canceled; what is shown covers only part of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be fixed before training can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training can start, but check this first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::DatasetUploader</name>
    <message>
        <source>Checking whether the server already has %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::HistoryPage</name>
    <message>
        <source>&amp;Copy transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open result in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · 1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No inferences yet for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No created jobs yet, so there is no history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::InferenceFlow</name>
    <message>
        <source>Run the inference?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inference costs %1. The amount is taken from your balance when you run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server may have run this inference and charged for it. Look at the inference history before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of the inference is not there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inference was sent; Retry looks for its result again without running it twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::InferenceHistoryModel</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::InferencePanel</name>
    <message>
        <source>Cancelled. Nothing was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the result to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data for the inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Choose the data file with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the inference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the result…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::InlineMessage</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::JobListModel</name>
    <message>
        <source>Being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown — check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may have created this job; check on the Phoenix site before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this job, so nothing was spent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
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
    <name>deai::LstmPreviewPage</name>
    <message>
        <source>First rows of the time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the chosen column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numeric column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dates in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No numeric column to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n row(s), from %2 to %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>deai::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About deAI Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;deAI Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Train models and run inferences on Phoenix&apos;s Distributed AI, or try everything first on a local sandbox that spends no CCD.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ModelPage</name>
    <message>
        <source>Model and job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to train and give the job a name you will recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a job name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a job named &quot;%1&quot; on this account. Job names cannot be repeated: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::NetworkLogDialog</name>
    <message>
        <source>Network log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  HTTP %3  %4 bytes  %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ParametersPage</name>
    <message>
        <source>Training parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a field or read the line under it to see what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 (RGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 (RGBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a number between the limits its tip names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label width (%1) cannot exceed input width plus shift (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::PasswordVault</name>
    <message>
        <source>No keychain is available (%1), so your password is kept only until you quit deAI Studio. You will be asked to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ResultCsv</name>
    <message>
        <source>The result file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an inference result: its first line should be &quot;file,predicted_class,confidence&quot; or &quot;step,forecast&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ResultDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ResultDownloader</name>
    <message>
        <source>The result address %1 is not a web address, so it cannot be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be downloaded: %1. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ResultSources</name>
    <message>
        <source>The images in %1 cannot be shown: it is not a readable ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series %1 has no numeric column to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series %1 has no column &quot;%2&quot; to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ResultTableModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::ResultViewer</name>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified images with their predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and are left out, the first on line %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) classified into %2 class(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n forecast step(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n class(es); the most frequent is %1 with %2 image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast against actual values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n forecast step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the download; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Inference Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was canceled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::SandboxLauncher</name>
    <message>
        <source>The local sandbox (deai-sandbox) was not found next to the app. Reinstall deAI Studio, or sign in to the Phoenix network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped before it was ready (exit code %1).</source>
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
    <name>deai::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::SignInDialog</name>
    <message>
        <source>Phoenix network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (local, no CCD spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://example.org/sdk/computation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::TrainingWizard</name>
    <message>
        <source>New training job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::WindowDiagramCanvas</name>
    <message>
        <source>Input width, label width and shift must each be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: the label width (%1) exceeds input width plus shift (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each window has %1 input row(s) followed by %2 label row(s), shift %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) between inputs and labels are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 input row(s) are also labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With sampling rate %1 a window spans %2 row(s) of the file; a new window starts every %3 row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM window diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans %1 rows (sampling rate %2), next window %3 rows later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deai::WindowDiagramWidget</name>
    <message>
        <source>Inspect the dataset to count the windows these settings give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 window(s) from %2 rows. Validation: %3 window(s) from %4 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM window</source>
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
