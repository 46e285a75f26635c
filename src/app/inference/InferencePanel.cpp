// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference/InferencePanel.h"

#include "common/UserPrompter.h"
#include "results/ResultViewerDialog.h"
#include "ui_inferencepage.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace deai {

namespace {

const QString kLastDataDirKey = QStringLiteral("inference/lastDataDir");

} // namespace

InferencePanel::InferencePanel(ApiClient *api, UserPrompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InferencePanel>())
    , m_prompter(prompter)
    , m_flow(new InferenceFlow(api, prompter, this, this))
{
    m_ui->setupUi(this);
    m_ui->resultGroup->hide();

    connect(m_ui->browseButton, &QPushButton::clicked, this, &InferencePanel::browse);
    connect(m_ui->runInferenceButton, &QPushButton::clicked, this, &InferencePanel::runInference);
    connect(m_ui->dataFileEdit, &QLineEdit::returnPressed, this, &InferencePanel::runInference);
    connect(m_ui->dataFileEdit, &QLineEdit::textChanged, this, &InferencePanel::updateButtons);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_flow, &InferenceFlow::cancel);
    connect(m_ui->inferenceMessage, &InlineMessage::retryRequested, this, [this] {
        m_ui->inferenceMessage->clear();
        m_flow->retryFollowing();
    });

    connect(m_flow, &InferenceFlow::stageChanged, this, &InferencePanel::onStageChanged);
    connect(m_flow, &InferenceFlow::uploadProgress, this, &InferencePanel::onUploadProgress);
    connect(m_flow, &InferenceFlow::spent, this, &InferencePanel::spent);
    connect(m_flow, &InferenceFlow::failed, this, [this](const QString &message, bool retry) {
        m_ui->inferenceMessage->showError(message, retry);
    });
    connect(m_flow, &InferenceFlow::outcomeUnknown, this, [this](const QString &message) {
        m_ui->inferenceMessage->showMessage(InlineMessage::Kind::Warning, message);
    });
    connect(m_flow, &InferenceFlow::cancelled, this, [this] {
        m_ui->inferenceMessage->showMessage(InlineMessage::Kind::Information,
                                            tr("Cancelled. Nothing was spent."));
    });
    connect(m_flow, &InferenceFlow::finished, this, &InferencePanel::showResult);

    connect(m_ui->copyTxHashButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->txHashEdit->text()); });
    connect(m_ui->openResultButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_resultUrl); });
    connect(m_ui->viewResultButton, &QPushButton::clicked, this, &InferencePanel::viewResult);

    onStageChanged(InferenceFlow::Stage::Idle);
}

InferencePanel::~InferencePanel() = default;

void InferencePanel::setJobId(const QString &jobId)
{
    if (jobId == m_jobId)
        return;
    m_jobId = jobId;
    m_ui->inferenceMessage->clear();
    m_ui->resultGroup->hide();
    updateButtons();
}

void InferencePanel::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the data for the inference"),
        QSettings().value(kLastDataDirKey).toString(),
        tr("Data files (*.csv *.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->dataFileEdit->setText(QDir::toNativeSeparators(path));
    QSettings().setValue(kLastDataDirKey, QFileInfo(path).absolutePath());
}

void InferencePanel::runInference()
{
    const QString path = QDir::fromNativeSeparators(m_ui->dataFileEdit->text().trimmed());
    const InferenceFlow::Stage stage = m_flow->stage();
    const bool idle = stage == InferenceFlow::Stage::Idle || stage == InferenceFlow::Stage::Done;
    if (m_jobId.isEmpty() || !idle)
        return;
    if (!QFileInfo(path).isFile()) {
        m_ui->inferenceMessage->showError(
            tr("%1 is not a file. Choose the data file with Browse….")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_ui->inferenceMessage->clear();
    m_ui->resultGroup->hide();
    m_rate.restart();
    m_flow->start(m_jobId, path);
}

void InferencePanel::onStageChanged(InferenceFlow::Stage stage)
{
    using Stage = InferenceFlow::Stage;
    const bool uploading = stage == Stage::Uploading;
    const bool waiting = stage != Stage::Idle && stage != Stage::Done;
    m_ui->uploadProgressBar->setVisible(waiting);
    m_ui->transferLabel->setVisible(uploading);
    m_ui->cancelButton->setVisible(waiting && stage != Stage::Confirming);
    if (uploading) {
        m_ui->uploadProgressBar->setRange(0, 1000);
        m_ui->uploadProgressBar->setValue(0);
        m_ui->transferLabel->clear();
    } else {
        m_ui->uploadProgressBar->setRange(0, 0); // busy
    }
    switch (stage) {
    case Stage::Uploading:
        m_ui->stageLabel->setText(tr("Uploading the data…"));
        break;
    case Stage::Pricing:
        m_ui->stageLabel->setText(tr("Asking the price…"));
        break;
    case Stage::Confirming:
        m_ui->stageLabel->setText(tr("Waiting for your confirmation…"));
        break;
    case Stage::Running:
        m_ui->stageLabel->setText(tr("Sending the inference…"));
        break;
    case Stage::Following:
        m_ui->stageLabel->setText(tr("Waiting for the result…"));
        break;
    case Stage::Idle:
    case Stage::Done:
        m_ui->stageLabel->clear();
        break;
    }
    updateButtons();
}

void InferencePanel::onUploadProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_ui->uploadProgressBar->setValue(int(done * 1000 / total));
    m_ui->transferLabel->setText(m_rate.describe(done, total));
}

void InferencePanel::showResult(const InferenceRecord &record)
{
    m_resultUrl = record.resultUrl;
    m_resultJobId = m_flow->jobId();
    m_resultDataFile = m_flow->localFile();
    m_ui->txHashEdit->setText(record.txHash);
    m_ui->costValueLabel->setText(record.cost.toDisplayString());
    m_ui->timeValueLabel->setText(
        QLocale().toString(record.submitTime.toLocalTime(), QLocale::LongFormat));
    m_ui->resultUrlLabel->setText(record.resultUrl.toDisplayString());
    m_ui->resultGroup->show();
    updateButtons();
    Q_EMIT resultArrived(record);
}

ResultViewerDialog *InferencePanel::viewResult()
{
    if (m_resultUrl.isEmpty())
        return nullptr;
    return ResultViewerDialog::open(window(), m_prompter, m_resultUrl,
                                    tr("Inference result of job %1").arg(m_resultJobId),
                                    m_resultDataFile);
}

void InferencePanel::updateButtons()
{
    const InferenceFlow::Stage stage = m_flow->stage();
    const bool idle = stage == InferenceFlow::Stage::Idle || stage == InferenceFlow::Stage::Done;
    setEnabled(!m_jobId.isEmpty());
    m_ui->runInferenceButton->setEnabled(idle && !m_ui->dataFileEdit->text().trimmed().isEmpty());
    m_ui->dataFileEdit->setEnabled(idle);
    m_ui->browseButton->setEnabled(idle);
    m_ui->viewResultButton->setEnabled(!m_resultUrl.isEmpty());
}

} // namespace deai
