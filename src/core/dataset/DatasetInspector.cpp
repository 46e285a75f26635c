// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DatasetInspector.h"

#include "dataset/CnnDatasetInspection.h"
#include "dataset/SeriesCsvInspection.h"
#include "logging/LogCategories.h"

#include <QtConcurrent/QtConcurrentRun>

namespace deai {

// State the worker and this object both touch; the worker holds its own reference.
struct DatasetInspector::Shared
{
    std::atomic_bool canceled = false;
    std::atomic<qint64> done = 0;
    std::atomic<qint64> total = 0;
    // At most one progress event waits in the queue; the worker only updates the numbers,
    // so a fast scan cannot flood the receiver's event loop.
    std::atomic_bool progressQueued = false;
};

DatasetInspector::DatasetInspector(QObject *parent)
    : QObject(parent)
{}

DatasetInspector::~DatasetInspector()
{
    cancel();
    m_future.waitForFinished();
}

bool DatasetInspector::inspectCnn(const QString &zipPath, const QString &labelsCsvPath)
{
    return start<CnnDatasetReport>(
        [zipPath, labelsCsvPath](const InspectionControl &control) {
            return inspectCnnDataset(zipPath, labelsCsvPath, control);
        },
        &DatasetInspector::cnnFinished);
}

bool DatasetInspector::inspectLstm(const QString &csvPath)
{
    return start<LstmDatasetReport>(
        [csvPath](const InspectionControl &control) {
            return inspectLstmDataset(csvPath, control);
        },
        &DatasetInspector::lstmFinished);
}

void DatasetInspector::cancel()
{
    if (m_shared)
        m_shared->canceled = true;
}

template<typename Report, typename Inspect>
bool DatasetInspector::start(Inspect inspect,
                             void (DatasetInspector::*finishedSignal)(const Report &))
{
    if (m_running)
        return false;

    m_running = true;
    m_shared = std::make_shared<Shared>();
    const std::shared_ptr<Shared> shared = m_shared;

    m_future = QtConcurrent::run([this, shared, inspect, finishedSignal] {
        InspectionControl control;
        control.isCanceled = [shared] {
            return shared->canceled.load();
        };
        control.reportProgress = [this, shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
            if (!shared->progressQueued.exchange(true))
                QMetaObject::invokeMethod(this, &DatasetInspector::postProgress,
                                          Qt::QueuedConnection);
        };

        const Report report = inspect(control);
        QMetaObject::invokeMethod(
            this,
            [this, report, finishedSignal] {
                m_running = false;
                if (report.canceled || (m_shared && m_shared->canceled)) {
                    qCDebug(lcDataset) << "dataset inspection canceled";
                    Q_EMIT canceled();
                } else {
                    Q_EMIT(this->*finishedSignal)(report);
                }
            },
            Qt::QueuedConnection);
    });
    return true;
}

void DatasetInspector::postProgress()
{
    if (!m_shared || !m_running)
        return;
    m_shared->progressQueued = false;
    Q_EMIT progress(m_shared->done, m_shared->total);
}

} // namespace deai

// Compiled here rather than in the library's shared moc unit, so that linking the
// inspector does not drag in every other QObject of deai-core.
#include "moc_DatasetInspector.cpp"
