// SPDX-License-Identifier: GPL-3.0-or-later
// The built deai-studio writes a redacted log file and ends cleanly on SIGTERM.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsTheSandboxSignInWithoutTokens()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString logPath = home.filePath(QStringLiteral("deai.log"));

        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // A home of its own: the run must not read or write a person's settings.
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        // The test environment silences debug output; --log-debug must win here.
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(DEAI_BINARY_DIR "/src/app/deai-studio"),
                  {QStringLiteral("--sandbox"), QStringLiteral("--log-debug"),
                   QStringLiteral("--log-file"), logPath,
                   // A safety net only; the test ends the app itself.
                   QStringLiteral("--quit-after"), QStringLiteral("240000")});
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));

        const auto log = [&] {
            QFile file(logPath);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(log().contains(QStringLiteral("signed in to")), 120000);
        // A call made with the token, so there was one to leak.
        QTRY_VERIFY_WITH_TIMEOUT(log().contains(QStringLiteral("user/userInfo")), 60000);

        app.terminate();
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);

        const QString text = log();
        QVERIFY(text.contains(QStringLiteral("quitting on signal")));
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QRegularExpression deaiLine(QStringLiteral(R"(^\S+ deai\.\w+ )"));
        int deaiLines = 0;
        for (const QString &line : lines)
            deaiLines += deaiLine.match(line).hasMatch() ? 1 : 0;
        QVERIFY2(deaiLines >= 3, qPrintable(text));
        const QRegularExpression jwt(QStringLiteral(R"(eyJ[\w-]{4,}\.[\w-]{4,}\.?[\w-]*)"));
        QVERIFY2(!jwt.match(text).hasMatch(), qPrintable(jwt.match(text).captured()));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
