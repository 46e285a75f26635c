// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start of deai-studio against a bare one-page QWizard, run alternately the
// same way: from just before the process is started to its window exposed and
// painted, and its RSS 3 s later. The StartupProbe plugin reports from inside
// both programs; neither has benchmark code of its own.
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace deai::bench;

namespace {

struct Program
{
    QString name;         // in the figures' names
    QString path;
    QByteArray windowClass;
    QString marks;        // DEAI_PROBE_MARKS
};

struct Launch
{
    double shownMs = -1;
    double idleRssMib = -1;
    QHash<QString, double> marksMs;
    QString error;
};

Launch launch(const Program &program, const QString &probeDir)
{
    Launch result;
    // A fresh profile each time: the app's first start, sandbox included.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_PLUGIN_PATH"), probeDir);
    env.insert(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QStringLiteral("deaistartupprobe"));
    env.insert(QStringLiteral("DEAI_PROBE_WINDOW"), QString::fromLatin1(program.windowClass));
    env.insert(QStringLiteral("DEAI_PROBE_MARKS"), program.marks);
    env.insert(QStringLiteral("DEAI_PROBE_IDLE_MS"), QStringLiteral("3000"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("deai.*.info=true"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    const qint64 startNs = monotonicNs();
    process.start(program.path, {});

    const QDeadlineTimer deadline(60000);
    while (result.idleRssMib < 0 && !deadline.hasExpired()) {
        if (!process.canReadLine() && !process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (process.canReadLine()) {
            const QList<QByteArray> words = process.readLine().trimmed().split(' ');
            if (words.value(0) != "deai-probe")
                continue;
            const double sinceStartMs = double(words.value(2).toLongLong() - startNs) / 1e6;
            if (words.value(1) == "shown")
                result.shownMs = sinceStartMs;
            else if (words.value(1) == "mark")
                result.marksMs.insert(QString::fromUtf8(words.value(2)),
                                      double(words.value(3).toLongLong() - startNs) / 1e6);
            else if (words.value(1) == "idle_rss_kib")
                result.idleRssMib = words.value(2).toDouble() / 1024;
        }
    }
    // The probe asked the program to quit; a clean exit also stops the app's sandbox.
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (result.shownMs < 0 || result.idleRssMib < 0)
        result.error = QStringLiteral("%1 reported no shown window (exit code %2)")
                           .arg(program.name).arg(process.exitCode());
    return result;
}

QString platformDescription()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform.startsWith(QLatin1String("xcb")))
        return QStringLiteral("xcb on DISPLAY %1").arg(qEnvironmentVariable("DISPLAY"));
    return platform;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString binDir = QCoreApplication::applicationDirPath();
    const QString probeDir = binDir + QStringLiteral("/plugins");
    const Program bare{QStringLiteral("bare"), binDir + QStringLiteral("/bare_wizard"),
                       "QWizard", {}};
    const Program studio{QStringLiteral("app"), QStringLiteral(DEAI_STUDIO_EXECUTABLE),
                         "deai::MainWindow",
                         QStringLiteral("sandbox_ready=local sandbox listening on;"
                                        "signed_in=signed in to")};
    const int runs = int(std::max<qint64>(1, envInteger("DEAI_BENCH_STARTUP_RUNS", 5)));
    if (!QFileInfo(studio.path).isExecutable()) {
        std::fprintf(stderr, "bench_startup: no app at %s\n", qPrintable(studio.path));
        return 1;
    }
    printNote(QStringLiteral("startup: median of %1 alternating runs each, after one unmeasured "
                             "run of each (page cache warm), fresh profile per run, platform %2")
                  .arg(runs).arg(platformDescription()));

    QList<double> shown[2], rss[2];
    QHash<QString, QList<double>> appMarks;
    int shownBeforeSandbox = 0; // runs in which the window did not wait for the sandbox
    const Program *programs[2] = {&bare, &studio};
    for (int run = 0; run <= runs; ++run) {
        for (int p = 0; p < 2; ++p) {
            const Launch result = launch(*programs[p], probeDir);
            if (!result.error.isEmpty()) {
                std::fprintf(stderr, "bench_startup: %s\n", qPrintable(result.error));
                return 1;
            }
            if (run == 0)
                continue;
            shown[p].append(result.shownMs);
            rss[p].append(result.idleRssMib);
            for (auto it = result.marksMs.cbegin(); it != result.marksMs.cend(); ++it)
                appMarks[it.key()].append(it.value());
            const double sandboxMs = result.marksMs.value(QStringLiteral("sandbox_ready"), -1);
            if (p == 1 && sandboxMs > result.shownMs)
                ++shownBeforeSandbox;
            printNote(QStringLiteral("run %1 %2: shown %3 ms, idle RSS %4 MiB")
                          .arg(run).arg(programs[p]->name)
                          .arg(result.shownMs, 0, 'f', 1).arg(result.idleRssMib, 0, 'f', 1));
        }
    }

    printFigure(QStringLiteral("startup.bare.shown_ms"), median(shown[0]), 1);
    printFigure(QStringLiteral("startup.app.shown_ms"), median(shown[1]), 1);
    printRatio(QStringLiteral("startup.shown_ratio"), median(shown[1]), median(shown[0]), 2.0);
    printFigure(QStringLiteral("startup.bare.idle_rss_mib"), median(rss[0]), 1);
    printFigure(QStringLiteral("startup.app.idle_rss_mib"), median(rss[1]), 1);
    printRatio(QStringLiteral("startup.idle_rss_ratio"), median(rss[1]), median(rss[0]), 2.5);
    printNote(QStringLiteral("the app's idle RSS leaves out its deai-sandbox child process"));
    for (auto it = appMarks.cbegin(); it != appMarks.cend(); ++it) {
        printFigure(QStringLiteral("startup.app.%1_ms").arg(it.key()), median(it.value()), 1);
        if (it.value().size() < runs)
            printNote(QStringLiteral("%1 seen in %2 of %3 runs")
                          .arg(it.key()).arg(it.value().size()).arg(runs));
    }
    if (appMarks.contains(QStringLiteral("sandbox_ready")))
        printText(QStringLiteral("startup.app.shown_before_sandbox_ready"),
                  QStringLiteral("%1/%2 runs").arg(shownBeforeSandbox).arg(runs));
    return 0;
}
