// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/SandboxLauncher.h"

#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace deai {

namespace {

constexpr int kStopTimeoutMs = 3000;

} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findProgram()
{
    const QString name = QStringLiteral("deai-sandbox");
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {appDir.filePath(name), appDir.filePath(QStringLiteral("../sandbox/") + name)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

void SandboxLauncher::start(const QString &dataDir)
{
    stop();
    const QString program = m_program.isEmpty() ? findProgram() : m_program;
    if (program.isEmpty()) {
        Q_EMIT failed(tr("The local sandbox (deai-sandbox) was not found next to the app. "
                         "Reinstall deAI Studio, or sign in to the Phoenix network."));
        return;
    }
    QDir().mkpath(dataDir);
    m_pending.clear();
    m_baseUrl.clear();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The local sandbox could not be started (%1).")
                              .arg(m_process->errorString()));
    });
    qCInfo(lcApp) << "starting the local sandbox" << program;
    m_process->start(program, {QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--data-dir"), dataDir});
}

void SandboxLauncher::readOutput()
{
    m_pending += m_process->readAllStandardOutput();
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+\\S*)"));
    while (m_baseUrl.isEmpty() && m_pending.contains('\n')) {
        const qsizetype end = m_pending.indexOf('\n');
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        const QRegularExpressionMatch match = listening.match(line);
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            qCInfo(lcApp) << "local sandbox listening on" << m_baseUrl.toString();
            Q_EMIT started(m_baseUrl);
        }
    }
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    qCInfo(lcApp) << "local sandbox ended, exit code" << exitCode << "status" << status;
    if (m_baseUrl.isEmpty())
        Q_EMIT failed(tr("The local sandbox stopped before it was ready (exit code %1).")
                          .arg(exitCode));
}

void SandboxLauncher::stop()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(kStopTimeoutMs)) {
            process->kill();
            process->waitForFinished(kStopTimeoutMs);
        }
    }
    delete process;
    m_baseUrl.clear();
}

bool SandboxLauncher::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

} // namespace deai
