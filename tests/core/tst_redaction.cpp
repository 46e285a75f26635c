// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/Redaction.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using deai::redactSecrets;

namespace {

const QByteArray kToken =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJFbWFpbCI6IjExMUBnbWFpbC5jb20iLCJleHAiOjE2OTgxNTg1"
    "ODl9.lZPScQLs1ScGS6KPqUp1lg5XdOqnGLQyOsO3wMugps8";

QStringList g_forwarded;

void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_forwarded.append(message);
}

Q_LOGGING_CATEGORY(lcRedactionTest, "deai.redactiontest", QtDebugMsg)

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksSecrets_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        const QString token = QString::fromLatin1(kToken);
        QTest::newRow("bare jwt") << QStringLiteral("got ") + token + QStringLiteral(" back")
                                  << token;
        QTest::newRow("token header")
            << QStringLiteral("token: abc123secret") << QStringLiteral("abc123secret");
        QTest::newRow("Token header case")
            << QStringLiteral("Token:abc123secret\n") << QStringLiteral("abc123secret");
        QTest::newRow("json token") << QStringLiteral("{\"code\":200,\"token\": \"s3cr3t-value\"}")
                                    << QStringLiteral("s3cr3t-value");
        QTest::newRow("passwd json")
            << QStringLiteral("{\"email\":\"a@b.c\",\"passwd\":\"hunter2\"}")
            << QStringLiteral("hunter2");
        QTest::newRow("password with escaped quote")
            << QStringLiteral("{\"password\": \"pa\\\"ss\", \"x\":1}")
            << QStringLiteral("pa\\\"ss");
        QTest::newRow("password query")
            << QStringLiteral("password=hunter2&x=1") << QStringLiteral("hunter2");
        QTest::newRow("other three segments")
            << QStringLiteral("abcdefghijklmnopq.rstuvwxyzABCDEFGH.IJKLMNOPQRSTUVWXYZ")
            << QStringLiteral("rstuvwxyzABCDEFGH");
    }

    void masksSecrets()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString redacted = redactSecrets(line);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(QLatin1String("<redacted>")));
    }

    void masksTheWholeValueAndKeepsTheRest()
    {
        QCOMPARE(
            redactSecrets(QStringLiteral("{\"email\":\"a@b.c\",\"passwd\":\"p\\\"w\",\"n\":1}")),
            QStringLiteral("{\"email\":\"a@b.c\",\"passwd\":<redacted>,\"n\":1}"));
        QCOMPARE(redactSecrets(QStringLiteral("token: abc def")),
                 QStringLiteral("token: <redacted> def"));
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("url") << QStringLiteral(
            "POST https://www.phoenix.global/sdk/computation/deAI/createJob");
        QTest::newRow("file") << QStringLiteral("uploading jena_climate_2009_2016.csv (13.5 MB)");
        QTest::newRow("path") << QStringLiteral("a@b.c/2023-10-24T12:07:12Zy_train.csv");
        QTest::newRow("version") << QStringLiteral("Qt 6.4.2 on debian 12");
        QTest::newRow("word token") << QStringLiteral("the token expires in 5 min");
    }

    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, line);
        QCOMPARE(redactSecrets(line), line);
    }

    void handlerRedactsBeforeForwardingAndWriting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString logPath = dir.filePath(QStringLiteral("studio.log"));

        qInstallMessageHandler(recordingHandler);
        QVERIFY(deai::installRedactingMessageHandler(logPath));
        QVERIFY(deai::installRedactingMessageHandler(logPath)); // twice must not loop
        qCWarning(lcRedactionTest) << "sent token:" << kToken.constData() << "passwd=hunter2";
        qInstallMessageHandler(nullptr);

        QCOMPARE(g_forwarded.size(), 1);
        QVERIFY(!g_forwarded.constFirst().contains(QString::fromLatin1(kToken)));
        QVERIFY(!g_forwarded.constFirst().contains(QLatin1String("hunter2")));
        QVERIFY(g_forwarded.constFirst().contains(QLatin1String("sent")));

        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray written = log.readAll();
        QVERIFY(written.contains("deai.redactiontest"));
        QVERIFY(written.contains("sent"));
        QVERIFY(!written.contains(kToken));
        QVERIFY(!written.contains("hunter2"));
        QVERIFY(!written.contains(kToken.left(30)));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
