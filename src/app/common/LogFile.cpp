// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LogFile.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>

namespace deai {

namespace {

QFile *g_logFile = nullptr;
QtMessageHandler g_previousHandler = nullptr;
QMutex g_logMutex;

void writeToLogFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        if (g_logFile) {
            const QString line = QStringLiteral("%1 %2 %3\n")
                                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                          QString::fromLatin1(context.category ? context.category
                                                                               : "default"),
                                          qFormatLogMessage(type, context, message));
            g_logFile->write(line.toUtf8());
            g_logFile->flush();
        }
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

bool installLogFile(const QString &path)
{
    auto *file = new QFile(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        delete file;
        return false;
    }
    g_logFile = file;
    g_previousHandler = qInstallMessageHandler(writeToLogFile);
    return true;
}

} // namespace deai
