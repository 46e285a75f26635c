// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestJwt.h"
#include "session/Jwt.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using deai::readJwtClaims;
using deai::test::makeTestJwt;

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheReferenceToken()
    {
        // The token printed in the vendor's curl examples.
        const QByteArray token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                                 "eyJFbWFpbCI6IjExMUBnbWFpbC5jb20iLCJleHAiOjE2OTgxNTg1"
                                 "ODl9.lZPScQLs1ScGS6KPqUp1lg5XdOqnGLQyOsO3wMugps8";
        const auto claims = readJwtClaims(token);
        QVERIFY(claims);
        QCOMPARE(claims->email, QStringLiteral("111@gmail.com"));
        QCOMPARE(claims->expiresAt, QDateTime::fromSecsSinceEpoch(1698158589, QTimeZone::utc()));
    }

    void readsTokensSignedHere()
    {
        const QDateTime expiry = QDateTime::fromSecsSinceEpoch(2000000000, QTimeZone::utc());
        const auto claims = readJwtClaims(makeTestJwt(QStringLiteral("ä@example.org"), expiry));
        QVERIFY(claims);
        QCOMPARE(claims->email, QStringLiteral("ä@example.org"));
        QCOMPARE(claims->expiresAt, expiry);
    }

    void missingClaimsAreEmpty()
    {
        const auto claims = readJwtClaims(makeTestJwt(QJsonObject{{QStringLiteral("sub"), 1}}));
        QVERIFY(claims);
        QVERIFY(claims->email.isEmpty());
        QVERIFY(!claims->expiresAt.isValid());

        const auto absurd = readJwtClaims(makeTestJwt(QJsonObject{{QStringLiteral("exp"), 1e300}}));
        QVERIFY(absurd);
        QVERIFY(!absurd->expiresAt.isValid());
    }

    void refusesWhatIsNotAJwt_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dots only") << QByteArray("..");
        QTest::newRow("two segments") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9");
        QTest::newRow("four segments") << QByteArray("a.eyJleHAiOjF9.c.d");
        QTest::newRow("payload not base64") << QByteArray("a.@@@@.c");
        QTest::newRow("payload not json")
            << QByteArray("a.") + QByteArray("hello").toBase64() + ".c";
        QTest::newRow("payload an array")
            << QByteArray("a.") + QByteArray("[1]").toBase64(QByteArray::Base64UrlEncoding) + ".c";
    }

    void refusesWhatIsNotAJwt()
    {
        QFETCH(QByteArray, token);
        QVERIFY(!readJwtClaims(token));
    }

    void survivesRandomBytes()
    {
        // A smoke run of what the fuzzer will do at length: no crash, and a
        // bare random string is never taken for a token.
        auto *random = QRandomGenerator::global();
        int accepted = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes(random->bounded(64), Qt::Uninitialized);
            for (char &c : bytes)
                c = static_cast<char>(random->bounded(256));
            if (readJwtClaims(bytes))
                ++accepted;
        }
        QCOMPARE(accepted, 0);
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
