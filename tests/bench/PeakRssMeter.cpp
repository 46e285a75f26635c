// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeakRssMeter.h"

#include "BenchSupport.h"

#include <algorithm>

namespace deai::bench {

PeakRssMeter::PeakRssMeter()
{
    m_sampler.setInterval(20);
    QObject::connect(&m_sampler, &QTimer::timeout,
                     [this] { m_peakKib = std::max(m_peakKib, currentRssKib()); });
}

void PeakRssMeter::start()
{
    m_peakReset = resetPeakRss();
    m_baselineKib = m_peakKib = currentRssKib();
    m_sampler.start();
}

void PeakRssMeter::stop()
{
    m_sampler.stop();
    m_peakKib = std::max({m_peakKib, currentRssKib(), m_peakReset ? peakRssKib() : 0});
}

} // namespace deai::bench
