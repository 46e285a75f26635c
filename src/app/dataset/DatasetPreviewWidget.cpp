// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DatasetPreviewWidget.h"

#include "dataset/CnnDatasetReport.h"
#include "dataset/CnnPreviewPage.h"
#include "dataset/LstmDatasetReport.h"
#include "dataset/LstmPreviewPage.h"
#include "dataset/ProgressDisplay.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace deai {

DatasetPreviewWidget::DatasetPreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholderLabel(new QLabel(this))
    , m_cnnPage(new CnnPreviewPage(this))
    , m_lstmPage(new LstmPreviewPage(this))
    , m_problemList(new QListWidget(this))
{
    setAccessibleName(tr("Dataset preview"));

    m_placeholderLabel->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setText(tr("Choose a dataset to see what it holds."));

    m_stack->addWidget(m_placeholderLabel);
    m_inspectingPage = createInspectingPage();
    m_stack->addWidget(m_inspectingPage);
    m_stack->addWidget(m_cnnPage);
    m_stack->addWidget(m_lstmPage);

    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setAccessibleName(tr("Problems found in the dataset"));
    m_problemList->setWordWrap(true);
    m_problemList->setSelectionMode(QAbstractItemView::NoSelection);
    m_problemList->setMaximumHeight(fontMetrics().height() * 8);
    m_problemList->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_problemList);
}

QWidget *DatasetPreviewWidget::createInspectingPage()
{
    auto *page = new QWidget(this);
    m_inspectingLabel = new QLabel(tr("Inspecting the dataset…"), page);
    m_inspectingLabel->setObjectName(QStringLiteral("inspectingLabel"));

    m_inspectionProgressBar = new QProgressBar(page);
    m_inspectionProgressBar->setObjectName(QStringLiteral("inspectionProgressBar"));
    m_inspectionProgressBar->setAccessibleName(tr("Dataset inspection progress"));
    m_inspectionProgressBar->setRange(0, 0);

    m_cancelButton = new QPushButton(tr("Cancel"), page);
    m_cancelButton->setObjectName(QStringLiteral("cancelInspectionButton"));
    m_cancelButton->setAccessibleDescription(tr("Stops inspecting the dataset"));
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancelButton->setEnabled(false);
        m_inspectingLabel->setText(tr("Canceling…"));
        Q_EMIT cancelRequested();
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_inspectionProgressBar, 1);
    row->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_inspectingLabel);
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

bool DatasetPreviewWidget::hasBlockingProblem() const
{
    return deai::hasBlockingProblem(m_problems);
}

void DatasetPreviewWidget::showCnnReport(const CnnDatasetReport &report)
{
    m_cnnPage->showReport(report, m_maxChartCategories);
    m_stack->setCurrentWidget(m_cnnPage);
    showProblems(report.problems, report.canceled);
}

void DatasetPreviewWidget::showLstmReport(const LstmDatasetReport &report)
{
    m_lstmPage->showReport(report);
    m_stack->setCurrentWidget(m_lstmPage);
    showProblems(report.problems, report.canceled);
}

void DatasetPreviewWidget::showInspecting(qint64 done, qint64 total)
{
    if (m_stack->currentWidget() != m_inspectingPage) {
        m_inspectingLabel->setText(tr("Inspecting the dataset…"));
        m_cancelButton->setEnabled(true);
        m_stack->setCurrentWidget(m_inspectingPage);
        showProblems({}, false);
    }
    showProgress(m_inspectionProgressBar, done, total);
}

void DatasetPreviewWidget::showError(const QString &message)
{
    m_stack->setCurrentWidget(m_placeholderLabel);
    m_placeholderLabel->setText(tr("The dataset could not be inspected."));
    showProblems({DatasetProblem::blocking(message)}, false);
}

void DatasetPreviewWidget::clear()
{
    m_placeholderLabel->setText(tr("Choose a dataset to see what it holds."));
    m_stack->setCurrentWidget(m_placeholderLabel);
    m_cnnPage->clear();
    m_lstmPage->clear();
    showProblems({}, false);
}

void DatasetPreviewWidget::showProblems(const QList<DatasetProblem> &problems, bool canceled)
{
    m_problems = problems;
    m_problemList->clear();

    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon blockingIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    if (canceled) {
        auto *item = new QListWidgetItem(
            warningIcon,
            tr("The inspection was canceled; what is shown covers only part of the data."));
        item->setData(Qt::UserRole, int(ProblemSeverity::Warning));
        m_problemList->addItem(item);
    }
    for (const DatasetProblem &problem : problems) {
        const bool blocking = problem.severity == ProblemSeverity::Blocking;
        auto *item = new QListWidgetItem(blocking ? blockingIcon : warningIcon, problem.message);
        item->setData(Qt::UserRole, int(problem.severity));
        item->setData(Qt::AccessibleTextRole,
                      (blocking ? tr("Error: %1") : tr("Warning: %1")).arg(problem.message));
        item->setToolTip(blocking ? tr("This must be fixed before training can start.")
                                  : tr("Training can start, but check this first."));
        m_problemList->addItem(item);
    }
    m_problemList->setVisible(m_problemList->count() > 0);
}

} // namespace deai
