// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>

namespace deai::bench {

// The growth of this process's peak RSS over its RSS at start(): VmHWM reset at
// start() where the kernel allows it, and VmRSS sampled every 20 ms in case not.
class PeakRssMeter
{
public:
    PeakRssMeter();

    void start();
    void stop();
    qint64 growthKib() const { return m_peakKib - m_baselineKib; }

private:
    QTimer m_sampler;
    bool m_peakReset = false;
    qint64 m_baselineKib = 0;
    qint64 m_peakKib = 0;
};

} // namespace deai::bench
