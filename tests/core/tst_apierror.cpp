// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include <QTest>

using deai::ApiError;
using Kind = deai::ApiError::Kind;

Q_DECLARE_METATYPE(ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindNamesTheOperationAndWhatToDo_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("advice");
        QTest::newRow("cancelled") << Kind::Cancelled << QStringLiteral("cancelled");
        QTest::newRow("timed out") << Kind::TimedOut << QStringLiteral("try again");
        QTest::newRow("unreachable") << Kind::Unreachable << QStringLiteral("connection");
        QTest::newRow("tls") << Kind::Tls << QStringLiteral("certificates");
        QTest::newRow("http status") << Kind::HttpStatus << QStringLiteral("503");
        QTest::newRow("not json") << Kind::NotJson << QStringLiteral("proxy");
        QTest::newRow("bad response") << Kind::BadResponse << QStringLiteral("the detail");
        QTest::newRow("server code") << Kind::ServerCode << QStringLiteral("Balance too low");
        QTest::newRow("unauthorized") << Kind::Unauthorized << QStringLiteral("sign in again");
        QTest::newRow("local file") << Kind::LocalFile << QStringLiteral("the detail");
    }

    void everyKindNamesTheOperationAndWhatToDo()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, advice);
        ApiError error(kind, QStringLiteral("estimating the training cost"),
                       QStringLiteral("the detail"));
        error.setHttpStatus(503);
        error.setServerReply(402, QStringLiteral("Balance too low"));
        error.setTimeout(std::chrono::seconds(30));
        QVERIFY(error.isError());
        const QString message = error.message();
        QVERIFY2(
            message.contains(QLatin1String("estimating the training cost"), Qt::CaseInsensitive),
            qPrintable(message));
        QVERIFY2(message.contains(advice), qPrintable(message));
        QVERIFY(message.endsWith(QLatin1Char('.')));
        QVERIFY(!message.contains(QLatin1String("%")));
    }

    void timeoutMessageGivesTheSeconds()
    {
        ApiError error(Kind::TimedOut, QStringLiteral("creating the job"));
        error.setTimeout(std::chrono::seconds(30));
        QVERIFY(error.message().contains(QLatin1String("within 30 s while creating the job")));
    }

    void unknownOutcomeWarnsAgainstPayingTwice()
    {
        ApiError error(Kind::TimedOut, QStringLiteral("creating the job"));
        const QString plain = error.message();
        error.setOutcomeUnknown(true);
        QVERIFY(error.message().startsWith(plain));
        QVERIFY(error.message().contains(QLatin1String("paid for twice")));
    }

    void noErrorHasNoMessage()
    {
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
