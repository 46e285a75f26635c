// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/JsonNumberScanner.h"

#include <QTest>

using deai::rawJsonNumber;
using deai::rawJsonUnsignedInteger;

class TestJsonNumberScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheLiteralExactly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("expected");

        const QStringList cost{QStringLiteral("ccd_cost")};
        QTest::newRow("beyond 2^64") << QByteArray("{\"ccd_cost\": 18446744073709551617}") << cost
                                     << QByteArray("18446744073709551617");
        QTest::newRow("80 digits") << QByteArray("{\"ccd_cost\":"
                                                 "1234567890123456789012345678901234567890123456789"
                                                 "0123456789012345678901234567890}")
                                   << cost
                                   << QByteArray("1234567890123456789012345678901234567890123456789"
                                                 "0123456789012345678901234567890");
        QTest::newRow("whitespace everywhere")
            << QByteArray(" \r\n\t{ \"code\" : 200 ,\n \"ccd_cost\"\t:\n 42 \n} \n") << cost
            << QByteArray("42");
        QTest::newRow("nested")
            << QByteArray("{\"ccd_cost\":\"x\",\"data\":{\"list\":[1,{\"b\":2}],\"balance\":7}}")
            << QStringList{QStringLiteral("data"), QStringLiteral("balance")} << QByteArray("7");
        QTest::newRow("fraction and exponent kept")
            << QByteArray("{\"ccd_cost\":-1.5e+3}") << cost << QByteArray("-1.5e+3");
        QTest::newRow("escaped key")
            << QByteArray("{\"ccd\\u005fcost\":9}") << cost << QByteArray("9");
        QTest::newRow("last repeat wins")
            << QByteArray("{\"ccd_cost\":1,\"ccd_cost\":2}") << cost << QByteArray("2");
        QTest::newRow("key text inside strings is not a key")
            << QByteArray("{\"msg\":\"\\\"ccd_cost\\\": 666, \\\\\",\"ccd_cost\":5}") << cost
            << QByteArray("5");
        QTest::newRow("zero") << QByteArray("{\"ccd_cost\":0}") << cost << QByteArray("0");
    }

    void readsTheLiteralExactly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, expected);
        const auto raw = rawJsonNumber(json, path);
        QVERIFY(raw.has_value());
        QCOMPARE(*raw, expected);
    }

    void findsNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("path");

        const QStringList cost{QStringLiteral("ccd_cost")};
        QTest::newRow("absent") << QByteArray("{\"code\":200}") << cost;
        QTest::newRow("only inside a string")
            << QByteArray("{\"msg\":\"\\\"ccd_cost\\\":5\"}") << cost;
        QTest::newRow("only nested") << QByteArray("{\"data\":{\"ccd_cost\":5}}") << cost;
        QTest::newRow("inside an array")
            << QByteArray("{\"data\":[{\"ccd_cost\":5}]}")
            << QStringList{QStringLiteral("data"), QStringLiteral("ccd_cost")};
        QTest::newRow("a string value") << QByteArray("{\"ccd_cost\":\"5\"}") << cost;
        QTest::newRow("repeat that is not a number")
            << QByteArray("{\"ccd_cost\":5,\"ccd_cost\":null}") << cost;
        QTest::newRow("empty path") << QByteArray("{\"ccd_cost\":5}") << QStringList();
        QTest::newRow("truncated") << QByteArray("{\"ccd_cost\":5") << cost;
        QTest::newRow("trailing garbage") << QByteArray("{\"ccd_cost\":5} x") << cost;
        QTest::newRow("leading zero") << QByteArray("{\"ccd_cost\":05}") << cost;
        QTest::newRow("bare minus") << QByteArray("{\"ccd_cost\":-}") << cost;
        QTest::newRow("dot without digits") << QByteArray("{\"ccd_cost\":1.}") << cost;
        QTest::newRow("bad escape") << QByteArray("{\"m\":\"\\q\",\"ccd_cost\":5}") << cost;
        QTest::newRow("short unicode escape")
            << QByteArray("{\"m\":\"\\u12\",\"ccd_cost\":5}") << cost;
        QTest::newRow("control char in string")
            << QByteArray("{\"m\":\"a\nb\",\"ccd_cost\":5}") << cost;
        QTest::newRow("missing comma") << QByteArray("{\"a\":1 \"ccd_cost\":5}") << cost;
        QTest::newRow("trailing comma") << QByteArray("{\"ccd_cost\":5,}") << cost;
        QTest::newRow("bad literal") << QByteArray("{\"a\":tru,\"ccd_cost\":5}") << cost;
        QTest::newRow("empty") << QByteArray() << cost;
        QTest::newRow("unterminated string") << QByteArray("{\"ccd_cost\":5,\"m\":\"abc") << cost;
        QTest::newRow("too deep") << QByteArray("{\"ccd_cost\":5,\"d\":") + QByteArray(100000, '[')
                                  << cost;
    }

    void findsNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, path);
        QVERIFY(!rawJsonNumber(json, path).has_value());
    }

    void unsignedIntegersRejectSignsFractionsAndExponents()
    {
        const QStringList cost{QStringLiteral("ccd_cost")};
        QCOMPARE(rawJsonUnsignedInteger("{\"ccd_cost\":123}", cost).value_or(QByteArray()),
                 QByteArray("123"));
        QVERIFY(!rawJsonUnsignedInteger("{\"ccd_cost\":-123}", cost));
        QVERIFY(!rawJsonUnsignedInteger("{\"ccd_cost\":1.0}", cost));
        QVERIFY(!rawJsonUnsignedInteger("{\"ccd_cost\":1e3}", cost));
    }

    void toleratesArbitraryBytes()
    {
        // Every prefix of a valid document is invalid and must be refused
        // without reading past the end.
        const QByteArray json = "{\"a\":[1,2,{\"b\":\"c\\\"d\"}],\"ccd_cost\":12345,\"z\":true}";
        for (qsizetype length = 0; length < json.size(); ++length)
            QVERIFY(
                !rawJsonNumber(QByteArrayView(json).first(length), {QStringLiteral("ccd_cost")}));
        QVERIFY(rawJsonNumber(json, {QStringLiteral("ccd_cost")}));
    }
};

QTEST_GUILESS_MAIN(TestJsonNumberScanner)
#include "tst_jsonnumberscanner.moc"
