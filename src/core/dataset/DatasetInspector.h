// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/CnnDatasetReport.h"
#include "dataset/LstmDatasetReport.h"

#include <QFuture>
#include <QObject>
#include <atomic>
#include <memory>

namespace deai {

// Runs one dataset inspection at a time on a worker thread and reports back on the
// thread this object lives in. The caller's thread is never blocked, except by the
// destructor, which cancels and waits for the worker so no report outlives its receiver.
class DatasetInspector : public QObject
{
    Q_OBJECT

public:
    explicit DatasetInspector(QObject *parent = nullptr);
    ~DatasetInspector() override;

    bool isRunning() const { return m_running; }

    // Each returns false, and starts nothing, while an inspection is still running.
    bool inspectCnn(const QString &zipPath, const QString &labelsCsvPath);
    bool inspectLstm(const QString &csvPath);

public Q_SLOTS:
    // The worker stops at its next entry or line; canceled() follows.
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void cnnFinished(const deai::CnnDatasetReport &report);
    void lstmFinished(const deai::LstmDatasetReport &report);
    void canceled();

private:
    struct Shared;

    template<typename Report, typename Inspect>
    bool start(Inspect inspect, void (DatasetInspector::*finishedSignal)(const Report &));
    void postProgress();

    std::shared_ptr<Shared> m_shared;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace deai
