// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/ProgressDisplay.h"

#include <QProgressBar>

namespace deai {

void showProgress(QProgressBar *bar, qint64 done, qint64 total)
{
    constexpr int steps = 1000;
    if (total <= 0) {
        bar->setRange(0, 0);
        return;
    }
    bar->setRange(0, steps);
    const double share = double(qBound<qint64>(0, done, total)) / double(total);
    bar->setValue(int(share * steps));
}

} // namespace deai
