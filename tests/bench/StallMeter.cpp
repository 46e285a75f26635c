// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallMeter.h"

#include <algorithm>

namespace deai::bench {

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_longestGapNs = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastTickNs = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    // The gap up to now counts too: a stall may last until the very end.
    tick();
    m_timer.stop();
}

double StallMeter::longestStallMs() const
{
    return double(m_longestGapNs) / 1e6;
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestGapNs = std::max(m_longestGapNs, now - m_lastTickNs);
    m_lastTickNs = now;
    ++m_ticks;
}

} // namespace deai::bench
