// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryPage.h"

#include "history/InferenceHistoryModel.h"
#include "jobs/JobStore.h"
#include "results/ResultViewerDialog.h"
#include "ui_historypage.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSettings>
#include <QShowEvent>
#include <QTableView>

namespace deai {

namespace {

const QString kPageSizeKey = QStringLiteral("history/pageSize");

} // namespace

HistoryPage::HistoryPage(ApiClient *api, JobStore *jobs, SavePathChooser *chooser,
                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_jobs(jobs)
    , m_chooser(chooser)
    , m_model(new InferenceHistoryModel(api, this))
{
    m_ui->setupUi(this);
    m_ui->historyTable->setModel(m_model);
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    // Rows of one height and columns sized by the user, not by measuring
    // every cell of a thousand-record page each time one arrives.
    QHeaderView *rows = m_ui->historyTable->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    // Fitting a column to its contents measures the rows in view, not all of a page.
    rows->setResizeContentsPrecision(0);
    m_ui->historyTable->setWordWrap(false);
    m_ui->historyTable->setTextElideMode(Qt::ElideMiddle);
    m_ui->busyBar->hide();
    m_ui->emptyLabel->hide();

    auto *copyAction = new QAction(tr("&Copy transaction hash"), m_ui->historyTable);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *viewAction = new QAction(tr("&View result…"), m_ui->historyTable);
    auto *openAction = new QAction(tr("&Open result in browser"), m_ui->historyTable);
    m_ui->historyTable->addAction(viewAction);
    m_ui->historyTable->addAction(copyAction);
    m_ui->historyTable->addAction(openAction);
    connect(copyAction, &QAction::triggered, this, &HistoryPage::copyTxHash);
    connect(viewAction, &QAction::triggered, this, &HistoryPage::viewSelectedResult);
    connect(openAction, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(currentResultUrl()); });
    // Enter or a double click on a row shows its result.
    connect(m_ui->historyTable, &QAbstractItemView::activated, this,
            &HistoryPage::viewSelectedResult);
    connect(m_ui->viewSelectedResultButton, &QPushButton::clicked, this,
            &HistoryPage::viewSelectedResult);
    connect(m_ui->historyTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryPage::updatePaging);

    const int savedSize = QSettings().value(kPageSizeKey, 10).toInt();
    m_ui->pageSizeCombo->setCurrentText(QString::number(savedSize));
    m_model->setPageSize(m_ui->pageSizeCombo->currentText().toInt());
    connect(m_ui->pageSizeCombo, &QComboBox::currentTextChanged, this, [this](const QString &t) {
        QSettings().setValue(kPageSizeKey, t.toInt());
        m_model->setPageSize(t.toInt());
    });

    connect(m_ui->jobCombo, &QComboBox::currentIndexChanged, this, &HistoryPage::onJobChosen);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_model, &InferenceHistoryModel::refresh);
    connect(m_ui->historyMessage, &InlineMessage::retryRequested, m_model,
            &InferenceHistoryModel::refresh);
    connect(m_ui->firstButton, &QPushButton::clicked, this, [this] { m_model->loadPage(1); });
    connect(m_ui->previousButton, &QPushButton::clicked, this,
            [this] { m_model->loadPage(m_model->pageNumber() - 1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this,
            [this] { m_model->loadPage(m_model->pageNumber() + 1); });
    connect(m_ui->lastButton, &QPushButton::clicked, this,
            [this] { m_model->loadPage(m_model->totalPages()); });

    connect(m_model, &InferenceHistoryModel::loadingChanged, this, [this](bool loading) {
        m_ui->busyBar->setVisible(loading);
        if (loading)
            m_ui->historyMessage->clear();
        updatePaging();
    });
    connect(m_model, &InferenceHistoryModel::pageLoaded, this, [this] {
        updatePaging();
        fitColumnsToJob();
    });
    connect(m_model, &InferenceHistoryModel::loadFailed, this, [this](const QString &message) {
        m_ui->historyMessage->showError(message, true);
        updatePaging();
    });
    connect(m_jobs, &JobStore::changed, this, &HistoryPage::reloadJobs);
    updatePaging();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setAccount(const QString &server, const QString &account)
{
    m_server = server;
    m_account = account;
    reloadJobs();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Inferences run on the jobs page, or elsewhere, since the page was last
    // looked at belong in it: coming back to it asks the server again. A
    // window restored from the taskbar (a spontaneous show) keeps its page.
    if (!event->spontaneous() && !m_model->jobId().isEmpty() && !m_model->isLoading())
        m_model->refresh();
}

void HistoryPage::reloadJobs()
{
    const QString previous = m_ui->jobCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_ui->jobCombo);
        m_ui->jobCombo->clear();
        if (!m_account.isEmpty()) {
            for (const JobRecord &job : m_jobs->jobs(m_server, m_account)) {
                if (job.state == JobRecord::State::Created)
                    m_ui->jobCombo->addItem(job.name, job.jobId);
            }
        }
        const int index = m_ui->jobCombo->findData(previous);
        m_ui->jobCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_ui->jobCombo->currentData().toString() != m_model->jobId())
        onJobChosen();
}

void HistoryPage::onJobChosen()
{
    m_ui->historyMessage->clear();
    m_model->setJobId(m_ui->jobCombo->currentData().toString());
    updatePaging();
}

void HistoryPage::updatePaging()
{
    const bool loading = m_model->isLoading();
    const bool haveJob = !m_model->jobId().isEmpty();
    const int page = m_model->pageNumber();
    const int pages = m_model->totalPages();
    m_ui->firstButton->setEnabled(!loading && page > 1);
    m_ui->previousButton->setEnabled(!loading && page > 1);
    m_ui->nextButton->setEnabled(!loading && page < pages);
    m_ui->lastButton->setEnabled(!loading && page < pages);
    m_ui->refreshButton->setEnabled(haveJob && !loading);
    m_ui->pageSizeCombo->setEnabled(haveJob && !loading);
    m_ui->viewSelectedResultButton->setEnabled(!currentResultUrl().isEmpty());

    const bool loaded = haveJob && page > 0;
    // The untranslated text is already right in English for every count.
    const int count = int(m_model->totalCount());
    const QString pageText = count == 1 ? tr("Page %1 of %2 · 1 result")
                                        : tr("Page %1 of %2 · %n results", nullptr, count);
    m_ui->pageLabel->setText(loaded ? pageText.arg(page).arg(std::max(pages, 1)) : QString());
    const bool empty = loaded && m_model->totalCount() == 0;
    m_ui->emptyLabel->setText(haveJob ? tr("No inferences yet for this job.")
                                      : tr("No created jobs yet, so there is no history."));
    m_ui->emptyLabel->setVisible(empty || (!haveJob && !loading));
    m_ui->historyTable->setVisible(!m_ui->emptyLabel->isVisibleTo(this));
}

void HistoryPage::fitColumnsToJob()
{
    // Once per job and only in view: columns that jump while paging are
    // harder to read than a date that needs a wider column once.
    QTableView *table = m_ui->historyTable;
    if (!table->isVisible() || m_model->rowCount() == 0 || m_columnsFittedFor == m_model->jobId())
        return;
    m_columnsFittedFor = m_model->jobId();
    table->resizeColumnToContents(InferenceHistoryModel::SubmitTimeColumn);
    table->resizeColumnToContents(InferenceHistoryModel::CostColumn);
    table->resizeColumnToContents(InferenceHistoryModel::TxHashColumn);
    // A transaction hash has 66 characters; its middle can be elided.
    const int hashWidth = table->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24;
    if (table->columnWidth(InferenceHistoryModel::TxHashColumn) > hashWidth)
        table->setColumnWidth(InferenceHistoryModel::TxHashColumn, hashWidth);
}

void HistoryPage::copyTxHash()
{
    const InferenceRecord *record = m_model->recordAt(m_ui->historyTable->currentIndex().row());
    if (record)
        QGuiApplication::clipboard()->setText(record->txHash);
}

ResultViewerDialog *HistoryPage::viewSelectedResult()
{
    const InferenceRecord *record = m_model->recordAt(m_ui->historyTable->currentIndex().row());
    if (!record || record->resultUrl.isEmpty())
        return nullptr;
    return ResultViewerDialog::open(
        window(), m_chooser, record->resultUrl,
        tr("Inference result of job %1, transaction %2").arg(m_model->jobId(), record->txHash));
}

QUrl HistoryPage::currentResultUrl() const
{
    const InferenceRecord *record = m_model->recordAt(m_ui->historyTable->currentIndex().row());
    return record ? record->resultUrl : QUrl();
}

} // namespace deai
