// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace deai {

// Runs the bundled deai-sandbox as a child process on a port the system
// picks, and reads the base URL it prints. Starting never blocks: started()
// or failed() follows. The child is stopped when the launcher goes away.
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Next to the app, then in the build tree's sandbox folder, then on PATH.
    static QString findProgram();
    void setProgram(const QString &program) { m_program = program; }

    void start(const QString &dataDir);
    // Asks the child to quit, and kills it if it does not within a few seconds.
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess *m_process = nullptr;
    QString m_program;
    QByteArray m_pending;
    QUrl m_baseUrl;
};

} // namespace deai
