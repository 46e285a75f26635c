// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DatasetPage.h"

#include "dataset/SampleDatasets.h"
#include "ui_wizarddatasetpage.h"
#include "wizard/DatasetCheck.h"
#include "wizard/DatasetUploader.h"
#include "wizard/UploadText.h"
#include "wizard/WizardContext.h"

#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace deai {

DatasetPage::DatasetPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardDatasetPage>())
    , m_uploader(new DatasetUploader(context, this))
    , m_check(nullptr)
    , m_checkDelay(new QTimer(this))
    , m_chooseFile([](QWidget *dialogParent, const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(dialogParent, caption, QString(), filter);
    })
{
    m_ui->setupUi(this);
    m_check = new DatasetCheck(context, m_ui->datasetPreviewArea, this);
    // Typing a path checks it once the typing pauses, not at every key.
    m_checkDelay->setSingleShot(true);
    m_checkDelay->setInterval(300);
    connect(m_checkDelay, &QTimer::timeout, this, &DatasetPage::checkChosenFiles);
    connect(m_check, &DatasetCheck::resultChanged, this, &DatasetPage::completeChanged);
    setTitle(tr("Dataset"));
    setSubTitle(tr("Choose the files to train on and upload them to the server."));

    const QString zipFilter = tr("ZIP archives (*.zip);;All files (*)");
    const QString csvFilter = tr("CSV files (*.csv);;All files (*)");
    m_slots[ImagesSlot] = {m_ui->imagesPathEdit, m_ui->imagesBrowseButton,
                           m_ui->imagesServerPathEdit, tr("Choose the images ZIP"), zipFilter};
    m_slots[LabelsSlot] = {m_ui->labelsPathEdit, m_ui->labelsBrowseButton,
                           m_ui->labelsServerPathEdit, tr("Choose the labels CSV"), csvFilter};
    m_slots[SeriesSlot] = {m_ui->seriesPathEdit, m_ui->seriesBrowseButton,
                           m_ui->seriesServerPathEdit, tr("Choose the series CSV"), csvFilter};

    for (int slot = 0; slot < SlotCount; ++slot) {
        const FileSlot &fileSlot = m_slots[slot];
        connect(fileSlot.browseButton, &QPushButton::clicked, this, [this, slot] { chooseFile(slot); });
        // Enter in a path field uploads, so the page works from the keyboard.
        connect(fileSlot.localEdit, &QLineEdit::returnPressed, this, [this] {
            if (m_ui->uploadButton->isEnabled())
                startUpload();
        });
        // A changed local file makes its earlier server path stale.
        connect(fileSlot.localEdit, &QLineEdit::textChanged, this, [this, slot] {
            m_slots[slot].serverEdit->clear();
            m_checkDelay->start();
            updateUploadButton();
            Q_EMIT completeChanged();
        });
    }

    connect(m_ui->useSampleButton, &QPushButton::clicked, this, &DatasetPage::useSampleData);
    connect(m_ui->uploadButton, &QPushButton::clicked, this, &DatasetPage::startUpload);
    connect(m_ui->cancelUploadButton, &QPushButton::clicked, m_uploader, &DatasetUploader::cancel);
    connect(m_uploader, &DatasetUploader::statusChanged, m_ui->uploadStatusLabel, &QLabel::setText);
    connect(m_uploader, &DatasetUploader::progressChanged, this, &DatasetPage::showProgress);
    connect(m_uploader, &DatasetUploader::fileReady, this,
            [this](int slot, const QString &serverPath, bool reused) {
                m_slots[slot].serverEdit->setText(serverPath);
                m_reusedCount += reused ? 1 : 0;
                Q_EMIT completeChanged();
            });
    connect(m_uploader, &DatasetUploader::allReady, this, [this] {
        setUploading(false);
        // Keyboard users continue with Enter.
        if (wizard())
            wizard()->button(QWizard::NextButton)->setFocus();
        m_ui->uploadStatusLabel->setText(
            m_reusedCount == 0 ? tr("All files are on the server.")
                               : tr("All files are on the server; %n already were and were reused "
                                    "without sending them again.",
                                    nullptr, m_reusedCount));
    });
    connect(m_uploader, &DatasetUploader::failed, this, [this](const QString &message) {
        setUploading(false);
        m_ui->uploadStatusLabel->clear();
        m_ui->uploadErrorLabel->setText(message);
    });
    connect(m_uploader, &DatasetUploader::cancelled, this, [this] {
        setUploading(false);
        m_ui->uploadProgressBar->setValue(0);
        m_ui->uploadStatusLabel->setText(tr("Upload cancelled."));
    });

    setUploading(false);
}

DatasetPage::~DatasetPage() = default;

void DatasetPage::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

QStackedWidget *DatasetPage::previewArea() const
{
    return m_ui->datasetPreviewArea;
}

QList<int> DatasetPage::activeSlots() const
{
    if (m_context->model == ModelKind::Lstm)
        return {SeriesSlot};
    return {ImagesSlot, LabelsSlot};
}

void DatasetPage::initializePage()
{
    const bool lstm = m_context->model == ModelKind::Lstm;
    m_ui->filesStack->setCurrentWidget(lstm ? m_ui->lstmFilesPage : m_ui->cnnFilesPage);
    // QWizard focuses the page's first focusable child, hidden or not: the
    // fields of the other model must not be one.
    const QList<int> active = activeSlots();
    for (int slot = 0; slot < SlotCount; ++slot) {
        const Qt::FocusPolicy policy = active.contains(slot) ? Qt::StrongFocus : Qt::NoFocus;
        m_slots[slot].localEdit->setFocusPolicy(policy);
        m_slots[slot].browseButton->setFocusPolicy(policy);
        m_slots[slot].serverEdit->setFocusPolicy(policy);
    }
    updateUploadButton();
    checkChosenFiles();
}

void DatasetPage::cleanupPage()
{
    // Going back keeps what the user chose; only a running upload stops,
    // since the model it was meant for may change.
    m_uploader->cancel();
}

void DatasetPage::chooseFile(int slot)
{
    FileSlot &fileSlot = m_slots[slot];
    const QString path = m_chooseFile(this, fileSlot.caption, fileSlot.filter);
    if (!path.isEmpty()) {
        fileSlot.localEdit->setText(path);
        checkChosenFiles();
    }
}

void DatasetPage::useSampleData()
{
    // Kept with the app's data, so that choosing it again reuses the files
    // and their earlier upload.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("samples"));
    QString error;
    if (m_context->model == ModelKind::Lstm) {
        if (const auto sample = SampleDatasets::writeSeriesSample(folder, &error))
            m_slots[SeriesSlot].localEdit->setText(sample->seriesCsv);
    } else if (const auto sample = SampleDatasets::writeImageSample(folder, &error)) {
        m_slots[ImagesSlot].localEdit->setText(sample->imagesZip);
        m_slots[LabelsSlot].localEdit->setText(sample->labelsCsv);
    }
    m_ui->uploadErrorLabel->setText(
        error.isEmpty() ? QString()
                        : tr("The sample data could not be written: %1 Check that there is "
                             "space on the disk, or choose files of your own.")
                              .arg(error));
    checkChosenFiles();
}

void DatasetPage::checkChosenFiles()
{
    m_checkDelay->stop();
    QStringList paths;
    for (int slot : activeSlots()) {
        const QString path = m_slots[slot].localEdit->text().trimmed();
        // The labels CSV may follow the images; the check waits for every file.
        if (path.isEmpty() || !QFileInfo(path).isFile()) {
            m_ui->datasetPreviewGroupBox->setVisible(false);
            m_checkedPaths.clear();
            m_check->reset();
            return;
        }
        paths.append(path);
    }
    if (paths == m_checkedPaths && m_context->model == m_checkedModel)
        return;
    m_checkedPaths = paths;
    m_checkedModel = m_context->model;
    m_ui->datasetPreviewGroupBox->setVisible(true);
    m_check->check(m_context->model, paths);
}

void DatasetPage::startUpload()
{
    QList<DatasetUploader::Item> items;
    for (int slot : activeSlots()) {
        if (m_slots[slot].serverEdit->text().isEmpty())
            items.append({slot, m_slots[slot].localEdit->text().trimmed()});
    }
    if (items.isEmpty())
        return;
    m_ui->uploadErrorLabel->clear();
    m_reusedCount = 0;
    m_uploader->start(items);
    setUploading(true);
}

void DatasetPage::setUploading(bool uploading)
{
    for (const FileSlot &fileSlot : m_slots) {
        fileSlot.localEdit->setReadOnly(uploading);
        fileSlot.browseButton->setEnabled(!uploading);
    }
    m_ui->cancelUploadButton->setEnabled(uploading);
    m_ui->useSampleButton->setEnabled(!uploading);
    m_ui->uploadSpeedLabel->clear();
    m_ui->uploadTimeLeftLabel->clear();
    if (!uploading && m_ui->uploadProgressBar->maximum() == 0)
        m_ui->uploadProgressBar->setRange(0, 1000); // no busy bar once stopped
    if (uploading)
        m_ui->cancelUploadButton->setFocus();
    updateUploadButton();
    Q_EMIT completeChanged();
}

void DatasetPage::showProgress(qint64 done, qint64 total, double bytesPerSecond)
{
    // While a file is checked its size does not tell progress: show a busy
    // bar. QProgressBar counts in int, so progress is in per mille.
    m_ui->uploadProgressBar->setRange(0, total > 0 ? 1000 : 0);
    m_ui->uploadProgressBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_ui->uploadSpeedLabel->setText(formatTransferSpeed(bytesPerSecond));
    m_ui->uploadTimeLeftLabel->setText(formatTimeLeft(total - done, bytesPerSecond));
}

void DatasetPage::updateUploadButton()
{
    bool allChosen = true;
    bool anyMissing = false;
    for (int slot : activeSlots()) {
        allChosen = allChosen && !m_slots[slot].localEdit->text().trimmed().isEmpty();
        anyMissing = anyMissing || m_slots[slot].serverEdit->text().isEmpty();
    }
    m_ui->uploadButton->setEnabled(!m_uploader->isBusy() && allChosen && anyMissing);
}

bool DatasetPage::isComplete() const
{
    if (m_uploader->isBusy() || m_check->blocksTraining())
        return false;
    for (int slot : activeSlots()) {
        if (m_slots[slot].serverEdit->text().isEmpty())
            return false;
    }
    return true;
}

bool DatasetPage::validatePage()
{
    if (!isComplete())
        return false;
    m_context->datasetPaths.clear();
    for (int slot : activeSlots())
        m_context->datasetPaths.append(m_slots[slot].serverEdit->text());
    return true;
}

} // namespace deai
