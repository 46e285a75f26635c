// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace deai {

// Turns progress reports into "1.2 MB/s · 8 s left" for a progress line.
class TransferRate
{
public:
    void restart();
    // Empty until enough has moved to say something honest.
    QString describe(qint64 done, qint64 total);

private:
    QElapsedTimer m_clock;
};

} // namespace deai
