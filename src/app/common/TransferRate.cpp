// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TransferRate.h"

#include <QCoreApplication>
#include <QLocale>

namespace deai {

void TransferRate::restart()
{
    m_clock.start();
}

QString TransferRate::describe(qint64 done, qint64 total)
{
    const qint64 elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (elapsedMs < 200 || done <= 0)
        return {};
    const qint64 bytesPerSecond = done * 1000 / elapsedMs;
    const QString speed = QCoreApplication::translate("TransferRate", "%1/s")
                              .arg(QLocale().formattedDataSize(bytesPerSecond));
    if (total <= 0 || bytesPerSecond <= 0)
        return speed;
    const qint64 secondsLeft = (total - done) / bytesPerSecond;
    return QCoreApplication::translate("TransferRate", "%1 · %n s left", nullptr,
                                       int(secondsLeft))
        .arg(speed);
}

} // namespace deai
