// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Trainer.h"

#include <QFuture>
#include <QHash>

#include <optional>

namespace deai::sandbox {

using TrainingResult = std::variant<QByteArray, TrainingError>;

// The trainings still running on the worker pool, by job id, so that an
// inference that comes first waits for its job's model instead of training
// a second one. Used only from the server's thread.
class TrainingRuns
{
public:
    void started(const QString &jobId, const QFuture<TrainingResult> &future) { m_running.insert(jobId, future); }
    void finished(const QString &jobId) { m_running.remove(jobId); }

    std::optional<QFuture<TrainingResult>> running(const QString &jobId) const
    {
        const auto it = m_running.constFind(jobId);
        if (it == m_running.cend())
            return std::nullopt;
        return *it;
    }

private:
    QHash<QString, QFuture<TrainingResult>> m_running;
};

} // namespace deai::sandbox
