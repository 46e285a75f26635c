// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/Redaction.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

namespace deai {

namespace {

const QString kMask = QStringLiteral("<redacted>");

const QRegularExpression &jwtPattern()
{
    // Real tokens start with eyJ (a base64url '{"'); any three long base64url
    // segments are masked too, since a JWT need not begin that way.
    static const QRegularExpression pattern(
        QStringLiteral(R"(\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"
                       R"(|\b[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,})"));
    return pattern;
}

const QRegularExpression &tokenValuePattern()
{
    // token: abc   "token":"abc"   token=abc   "token": "a \"b\""
    static const QRegularExpression pattern(
        QStringLiteral(R"re(((?:\b|")token"?\s*[:=]\s*)(?:"(?:[^"\\]|\\.)*"|[^\s,;&}]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &passwordValuePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"re(((?:\b|")pass(?:wd|word)"?\s*[:=]\s*)(?:"(?:[^"\\]|\\.)*"|[^\s,;&}]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QMutex &logMutex()
{
    static QMutex mutex;
    return mutex;
}

QtMessageHandler g_previousHandler = nullptr;
QFile *g_logFile = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = redactSecrets(message);
    {
        const QMutexLocker locker(&logMutex());
        if (g_logFile) {
            const QString line =
                QStringLiteral("%1 %2 %3\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                         QLatin1String(context.category ? context.category : ""), redacted);
            g_logFile->write(line.toUtf8());
            g_logFile->flush();
        }
    }
    if (g_previousHandler)
        g_previousHandler(type, context, redacted);
}

} // namespace

QString redactSecrets(QString text)
{
    text.replace(tokenValuePattern(), QStringLiteral("\\1") + kMask);
    text.replace(passwordValuePattern(), QStringLiteral("\\1") + kMask);
    text.replace(jwtPattern(), kMask);
    return text;
}

bool installRedactingMessageHandler(const std::optional<QString> &logFilePath)
{
    bool opened = true;
    {
        const QMutexLocker locker(&logMutex());
        delete g_logFile;
        g_logFile = nullptr;
        if (logFilePath) {
            auto file = std::make_unique<QFile>(*logFilePath);
            opened = file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
            if (opened)
                g_logFile = file.release();
        }
    }
    const QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    // Installing twice must not make the handler call itself.
    if (previous != redactingHandler)
        g_previousHandler = previous;
    return opened;
}

} // namespace deai
