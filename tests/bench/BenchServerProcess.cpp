// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace deai::bench {

BenchServerProcess::~BenchServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl BenchServerProcess::start(const QStringList &arguments)
{
    m_process.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_server"));
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return {};
    }
    const QByteArray line = readLine(10000);
    const QByteArray marker = "listening on ";
    const qsizetype at = line.indexOf(marker);
    if (at < 0) {
        m_error = QStringLiteral("bench_server did not say where it listens");
        return {};
    }
    return QUrl(QString::fromUtf8(line.mid(at + marker.size()).trimmed()));
}

qint64 BenchServerProcess::waitForUpload(int timeoutMs)
{
    const QList<QByteArray> words = readLine(timeoutMs).split(' ');
    if (words.value(0) != "bench-server" || words.value(1) != "upload")
        return -1;
    return words.value(2).toLongLong();
}

QByteArray BenchServerProcess::readLine(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning
            || !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return {};
    }
    return m_process.readLine();
}

} // namespace deai::bench
