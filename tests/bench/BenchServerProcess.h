// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QUrl>

namespace deai::bench {

// Runs bench_server (built next to the benchmark) as a child process, so that
// neither its CPU time nor its memory is counted as the client's.
class BenchServerProcess
{
public:
    BenchServerProcess() = default;
    ~BenchServerProcess();
    BenchServerProcess(const BenchServerProcess &) = delete;
    BenchServerProcess &operator=(const BenchServerProcess &) = delete;

    // Waits for the listening line; an empty URL and errorString() on failure.
    QUrl start(const QStringList &arguments = {});
    QString errorString() const { return m_error; }

    // Blocks until the server reports the next upload, and returns its body size
    // in bytes (the multipart framing included), or -1 after the timeout.
    qint64 waitForUpload(int timeoutMs = 30000);

private:
    QByteArray readLine(int timeoutMs);

    QProcess m_process;
    QString m_error;
};

} // namespace deai::bench
