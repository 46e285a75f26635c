// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/UploadText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace deai {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::UploadText", text);
}

} // namespace

QString formatTransferSpeed(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    const QString size = QLocale().formattedDataSize(qint64(bytesPerSecond), 1,
                                                     QLocale::DataSizeSIFormat);
    return tr("%1/s").arg(size);
}

QString formatTimeLeft(qint64 bytesLeft, double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    const qint64 seconds = qint64(std::ceil(double(bytesLeft) / bytesPerSecond));
    if (seconds < 60)
        return tr("about %1 s left").arg(seconds);
    if (seconds < 3600)
        return tr("about %1 min %2 s left").arg(seconds / 60).arg(seconds % 60);
    return tr("about %1 h %2 min left").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace deai
