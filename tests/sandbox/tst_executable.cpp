// SPDX-License-Identifier: GPL-3.0-or-later
// The deai-sandbox command-line front end, as the desktop app starts it.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestExecutable : public QObject
{
    Q_OBJECT

private:
    const QString m_program = QStringLiteral(DEAI_BINARY_DIR "/src/sandbox/deai-sandbox");

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(m_program), "build the deai-sandbox target first");
    }

    void printsItsUrlServesAndStopsOnSigterm()
    {
        QTemporaryDir dataDir;
        QProcess process;
        process.start(m_program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                                  dataDir.path(), QStringLiteral("--upload-limit-mb"), QStringLiteral("1")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);

        const QString line = QString::fromUtf8(process.readLine());
        const QRegularExpression expected(
            QStringLiteral("^deai-sandbox listening on (http://127\\.0\\.0\\.1:\\d+/sdk/computation)\n$"));
        const QRegularExpressionMatch match = expected.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(match.captured(1) + QStringLiteral("/user/genToken")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QByteArray(R"({"email":"cli@example.com","passwd":"pw"})"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(answer.value(QStringLiteral("code")).toInt(), 200);
        QVERIFY(!answer.value(QStringLiteral("token")).toString().isEmpty());
        delete reply;

        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(dataDir.filePath(QStringLiteral("sandbox.sqlite"))));
    }

    void refusesBadArguments()
    {
        QProcess process;
        process.start(m_program, {QStringLiteral("--port"), QStringLiteral("70000")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--data-dir"));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
