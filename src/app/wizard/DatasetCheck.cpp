// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DatasetCheck.h"

#include "dataset/DatasetInspector.h"
#include "dataset/DatasetPreviewWidget.h"

#include <QStackedWidget>

namespace deai {

DatasetCheck::DatasetCheck(WizardContext *context, QStackedWidget *previewArea, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_inspector(new DatasetInspector(this))
    , m_preview(new DatasetPreviewWidget(previewArea))
{
    m_preview->setObjectName(QStringLiteral("datasetPreview"));
    previewArea->addWidget(m_preview);
    previewArea->setCurrentWidget(m_preview);

    connect(m_inspector, &DatasetInspector::progress, m_preview,
            &DatasetPreviewWidget::showInspecting);
    connect(m_preview, &DatasetPreviewWidget::cancelRequested, m_inspector,
            &DatasetInspector::cancel);
    connect(m_inspector, &DatasetInspector::cnnFinished, this, &DatasetCheck::takeCnnReport);
    connect(m_inspector, &DatasetInspector::lstmFinished, this, &DatasetCheck::takeLstmReport);
    connect(m_inspector, &DatasetInspector::canceled, this, [this] {
        if (m_pending) {
            startPending();
            return;
        }
        // A canceled check found nothing that blocks: the server has the final word.
        m_preview->clear();
        Q_EMIT resultChanged();
    });
}

void DatasetCheck::check(ModelKind model, const QStringList &localPaths)
{
    m_pending = Request{model, localPaths};
    m_context->datasetFacts = {};
    if (m_inspector->isRunning()) {
        m_inspector->cancel();
        return;
    }
    startPending();
}

void DatasetCheck::reset()
{
    m_pending.reset();
    m_inspector->cancel();
    m_context->datasetFacts = {};
    m_preview->clear();
    Q_EMIT resultChanged();
}

void DatasetCheck::startPending()
{
    if (!m_pending)
        return;
    m_current = *m_pending;
    m_pending.reset();
    m_preview->showInspecting(0, 0);
    const bool started = m_current.model == ModelKind::Lstm
        ? m_inspector->inspectLstm(m_current.paths.value(0))
        : m_inspector->inspectCnn(m_current.paths.value(0), m_current.paths.value(1));
    if (!started)
        m_preview->showError(tr("The dataset check could not start."));
    Q_EMIT resultChanged();
}

bool DatasetCheck::blocksTraining() const
{
    return !m_inspector->isRunning() && !m_pending && m_preview->hasBlockingProblem();
}

bool DatasetCheck::isRunning() const
{
    return m_inspector->isRunning() || m_pending.has_value();
}

void DatasetCheck::takeCnnReport(const CnnDatasetReport &report)
{
    if (m_pending) {
        startPending();
        return;
    }
    m_context->datasetFacts.channel = report.channel;
    m_context->datasetFacts.category = report.category;
    m_context->datasetFacts.scaleRatio = report.scaleRatio;
    m_preview->showCnnReport(report);
    Q_EMIT resultChanged();
}

void DatasetCheck::takeLstmReport(const LstmDatasetReport &report)
{
    if (m_pending) {
        startPending();
        return;
    }
    m_context->datasetFacts.seriesRows = report.rowCount;
    m_preview->showLstmReport(report);
    Q_EMIT resultChanged();
}

} // namespace deai
