// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CreatePage.h"

#include "api/ApiClient.h"
#include "common/UserPrompter.h"
#include "jobs/JobStore.h"
#include "logging/LogCategories.h"
#include "ui_wizardcreatepage.h"
#include "wizard/TrainingSpecJson.h"
#include "wizard/WizardContext.h"

#include <QClipboard>
#include <QGuiApplication>

namespace deai {

CreatePage::CreatePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardCreatePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Create the job"));
    setSubTitle(tr("Creating the job reserves its cost from your balance."));

    connect(m_ui->createJobButton, &QPushButton::clicked, this, &CreatePage::createJob);
    connect(m_ui->copyJobIdButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->jobIdEdit->text());
    });
    m_ui->jobIdRow->hide();
    setBusy(false);
}

CreatePage::~CreatePage()
{
    // The reply must not reach a destroyed page; the record stays Pending,
    // which the job list treats as "check before retrying".
    if (m_call)
        m_call->disconnect(this);
}

void CreatePage::initializePage()
{
    m_ui->createSummaryLabel->setText(
        tr("Job \"%1\" (%2) is estimated to cost %3.")
            .arg(m_context->jobName, modelName(*m_context->spec),
                 m_context->estimate->toDisplayString()));
    m_ui->createJobButton->setFocus();
}

void CreatePage::cleanupPage()
{
    // Keep the batch size and any message when going back.
}

bool CreatePage::isComplete() const
{
    return m_created;
}

void CreatePage::createJob()
{
    const TrainingSpec spec = *m_context->spec;
    const CcdAmount cost = *m_context->estimate;
    const QString name = m_context->jobName;
    if (!m_context->prompter->confirm(this, tr("Create training job"),
                                      tr("Create job %1 for %2?").arg(name, cost.toDisplayString()),
                                      tr("Create job"))) {
        return;
    }

    JobRecord record;
    record.server = m_context->server;
    record.account = m_context->account;
    record.name = name;
    record.model = modelName(spec);
    record.parameters = trainingSpecToJson(spec);
    record.datasetPaths = m_context->datasetPaths;
    record.estimatedCost = cost;
    record.batchSize = m_ui->batchSizeSpinBox->value();
    record.state = JobRecord::State::Pending;
    record.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 localId = m_context->jobs->addPending(record);
    if (localId == 0) {
        // Without the local record a lost answer could hide spent money.
        m_ui->createStatusLabel->setText(
            tr("The job was not sent because it could not be recorded on this computer: %1")
                .arg(m_context->jobs->lastError()));
        return;
    }

    m_ui->createStatusLabel->clear();
    ApiReply<QString> *reply = m_context->api->createJob({name, record.batchSize});
    m_call = reply;
    setBusy(true);
    connect(reply, &ApiCall::finished, this, [this, localId] { onCreateFinished(localId); });
}

void CreatePage::onCreateFinished(qint64 localId)
{
    auto *reply = static_cast<ApiReply<QString> *>(m_call.data());
    m_call = nullptr;

    if (reply->isOk()) {
        const QString jobId = reply->value();
        if (!m_context->jobs->markCreated(localId, jobId))
            qCWarning(lcJobs) << "Could not record the id of created job" << localId;
        m_created = true;
        lockAfterSending();
        m_ui->createStatusLabel->setText(tr("The job was created."));
        m_ui->jobIdEdit->setText(jobId);
        m_ui->jobIdRow->show();
        m_ui->copyJobIdButton->setFocus();
        Q_EMIT completeChanged();
        Q_EMIT jobCreated(localId);
        return;
    }

    const ApiError &error = reply->error();
    if (error.outcomeUnknown()) {
        m_context->jobs->markOutcomeUnknown(localId, error.message());
        lockAfterSending();
        m_ui->createStatusLabel->setText(
            tr("%1\nThe server may have created the job. Check your jobs before trying again: "
               "creating it twice could spend twice.")
                .arg(error.message()));
        return;
    }
    setBusy(false);
    m_context->jobs->markFailed(localId, error.message());
    m_ui->createStatusLabel->setText(error.message());
    m_ui->createJobButton->setFocus();
}

void CreatePage::setBusy(bool busy)
{
    m_ui->createBusyIndicator->setVisible(busy);
    m_ui->createJobButton->setEnabled(!busy && !m_locked);
    m_ui->batchSizeSpinBox->setEnabled(!busy && !m_locked);
    // Going back while the request is out could change the values of a job
    // that is being created.
    if (wizard())
        wizard()->setOption(QWizard::NoBackButtonOnLastPage, busy || m_locked);
}

void CreatePage::lockAfterSending()
{
    m_locked = true;
    setBusy(false);
}

} // namespace deai
