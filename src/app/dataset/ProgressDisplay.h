// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QProgressBar;
QT_END_NAMESPACE

namespace deai {

// Shows done out of total on a bar that counts in int, so byte counts of files larger than
// 2 GB fit; a total of 0 or less turns the bar into a busy indicator.
void showProgress(QProgressBar *bar, qint64 done, qint64 total);

} // namespace deai
