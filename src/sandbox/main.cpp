// SPDX-License-Identifier: GPL-3.0-or-later
// deai-sandbox: runs the local Distributed AI API emulator until SIGTERM or SIGINT.
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

// A signal handler may only do async-signal-safe work: it wakes the event
// loop through a socket pair, which then quits normally.
void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("deai-sandbox", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deai-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEAI_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A local emulator of the Phoenix Distributed AI API, on 127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Port to listen on; 0 picks a free one."),
                                        tr("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"), tr("Directory for the sandbox's state."),
                                        tr("DIR"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"), tr("Token lifetime in minutes."),
                                            tr("MINUTES"), QStringLiteral("60"));
    const QCommandLineOption uploadOption(QStringLiteral("upload-limit-mb"), tr("Largest upload in MiB."),
                                          tr("N"), QStringLiteral("2048"));
    const QCommandLineOption faultOption(QStringLiteral("enable-fault-control"),
                                         tr("For tests only: accept POST /__faults__ from loopback to break "
                                            "calls on purpose."));
    parser.addOptions({portOption, dataOption, lifetimeOption, uploadOption, faultOption});
    parser.process(app);

    bool portOk = false;
    bool lifetimeOk = false;
    bool uploadOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const qint64 lifetime = parser.value(lifetimeOption).toLongLong(&lifetimeOk);
    const qint64 uploadMb = parser.value(uploadOption).toLongLong(&uploadOk);
    if (!portOk || port > 65535 || !lifetimeOk || lifetime < 1 || !uploadOk || uploadMb < 1
        || !parser.isSet(dataOption)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Give --data-dir DIR, a --port from 0 to 65535, and positive "
                                   "--token-lifetime and --upload-limit-mb values.")));
        return 2;
    }

    deai::sandbox::SandboxOptions options;
    options.dataDir = parser.value(dataOption);
    options.tokenLifetime = std::chrono::minutes(lifetime);
    options.uploadLimitBytes = uploadMb * 1024 * 1024;
    options.enableFaultControl = parser.isSet(faultOption);
    deai::sandbox::SandboxServer server(options);
    if (!server.listen(static_cast<quint16>(port))) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    // The desktop app reads this exact line to learn the URL.
    std::printf("deai-sandbox listening on %s\n", server.url().toString().toUtf8().constData());
    std::fflush(stdout);

    quitOnTerminationSignals(app);
    return app.exec();
}
