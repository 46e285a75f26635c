// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference/JobsPage.h"

#include "inference/InferencePanel.h"
#include "inference/JobListModel.h"
#include "ui_jobspage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace deai {

JobsPage::JobsPage(ApiClient *api, JobStore *jobs, UserPrompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobsPage>())
    , m_model(new JobListModel(jobs, this))
    , m_inference(new InferencePanel(api, prompter, this))
{
    m_ui->setupUi(this);
    // The layout hands back the placeholder's item; it is ours to delete.
    delete m_ui->pageLayout->replaceWidget(m_ui->inferencePlaceholder, m_inference);
    delete m_ui->inferencePlaceholder;
    m_ui->inferencePlaceholder = nullptr;
    m_inference->setObjectName(QStringLiteral("inferencePanel"));

    m_ui->jobsTable->setModel(m_model);
    m_ui->jobsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->jobsTable->verticalHeader()->hide();
    connect(m_ui->jobsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPage::updateEmptyState);
    connect(m_inference, &InferencePanel::spent, this, &JobsPage::spent);
    setTabOrder(m_ui->jobsTable, m_inference);
    updateEmptyState();
    onSelectionChanged();
}

JobsPage::~JobsPage() = default;

void JobsPage::setAccount(const QString &server, const QString &account)
{
    m_model->setAccount(server, account);
    if (m_model->rowCount() > 0)
        m_ui->jobsTable->selectRow(0);
}

void JobsPage::selectJob(qint64 localId)
{
    const int row = m_model->rowOfLocalId(localId);
    if (row >= 0)
        m_ui->jobsTable->selectRow(row);
}

void JobsPage::onSelectionChanged()
{
    const JobRecord *job = m_model->jobAt(m_ui->jobsTable->currentIndex().row());
    const QString explanation = job ? JobListModel::explanation(*job) : QString();
    if (explanation.isEmpty())
        m_ui->jobMessage->clear();
    else
        m_ui->jobMessage->showMessage(InlineMessage::Kind::Warning, explanation);
    const bool created = job && job->state == JobRecord::State::Created;
    m_inference->setJobId(created ? job->jobId : QString());
}

void JobsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_ui->emptyJobsLabel->setVisible(empty);
    m_ui->jobsTable->setVisible(!empty);
    fitColumns();
    onSelectionChanged();
}

void JobsPage::fitColumns()
{
    // A person's own jobs are few, so measuring every cell is cheap; only
    // the 77-digit job id is held to a readable width, and elided.
    QTableView *table = m_ui->jobsTable;
    table->resizeColumnsToContents();
    // Measured to the pixel, neighbouring columns would read as one.
    const int padding = table->fontMetrics().horizontalAdvance(QStringLiteral("MM"));
    for (int column = 0; column + 1 < m_model->columnCount(); ++column)
        table->setColumnWidth(column, table->columnWidth(column) + padding);
    const int idWidth = table->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14;
    if (table->columnWidth(JobListModel::JobIdColumn) > idWidth)
        table->setColumnWidth(JobListModel::JobIdColumn, idWidth);
}

} // namespace deai
