// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace deai {

// "3.2 MB/s"
QString formatTransferSpeed(double bytesPerSecond);
// "about 2 min 5 s left"; empty when the speed is not known yet.
QString formatTimeLeft(qint64 bytesLeft, double bytesPerSecond);

} // namespace deai
