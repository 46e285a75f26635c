// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace deai::bench {

// Measures how long the event loop of the thread it lives in goes without
// turning: a precise 1 ms timer whose longest gap between two ticks is the
// longest stall a user would have felt (minus the 1 ms period).
class StallMeter : public QObject
{
    Q_OBJECT

public:
    explicit StallMeter(QObject *parent = nullptr);

    void start();
    void stop();

    // In milliseconds, over the ticks since start().
    double longestStallMs() const;
    qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_longestGapNs = 0;
    qint64 m_ticks = 0;
};

} // namespace deai::bench
