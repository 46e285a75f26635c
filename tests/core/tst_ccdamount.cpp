// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/CcdAmount.h"

#include <QLocale>
#include <QTest>

using deai::CcdAmount;

class TestCcdAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void referencePairsIntegerUnitsWithDecimalString()
    {
        // The API reference quotes one inference cost both ways: as units
        // (13271602480080000 = 0.01327160248008 CCD) and as the decimal string
        // "0.01327160248", which the server shortened to 11 fraction digits.
        const auto fromUnits = CcdAmount::fromUnitsText("13271602480080000");
        const auto fromDecimal = CcdAmount::fromDecimalText(QByteArrayView("0.01327160248"));
        QVERIFY(fromUnits && fromDecimal);
        QCOMPARE(fromUnits->toDecimalText(), QStringLiteral("0.01327160248008"));
        QCOMPARE(fromDecimal->toUnitsText(), QByteArray("13271602480000000"));
        QCOMPARE(fromUnits->toDisplayString(11), fromDecimal->toDisplayString());
        QVERIFY(*fromDecimal < *fromUnits);
    }

    void staysExactFarBeyond64Bits()
    {
        const QByteArray digits = "123456789012345678901234567890123456789";
        const auto amount = CcdAmount::fromUnitsText(digits);
        QVERIFY(amount);
        QCOMPARE(amount->toUnitsText(), digits);
        QVERIFY(!amount->toUnits().has_value());
        QCOMPARE(amount->toDecimalText(), QStringLiteral("123456789012345678901.234567890123456789"));

        const auto sum = *amount + CcdAmount::fromUnits(1);
        QCOMPARE(sum.toUnitsText(), QByteArray("123456789012345678901234567890123456790"));
    }

    void boundaryAt2Pow64()
    {
        const auto max64 = CcdAmount::fromUnits(UINT64_MAX);
        QCOMPARE(max64.toUnitsText(), QByteArray("18446744073709551615"));
        QCOMPARE(max64.toUnits(), std::optional<std::uint64_t>(UINT64_MAX));
        const auto beyond = max64 + CcdAmount::fromUnits(1);
        QCOMPARE(beyond.toUnitsText(), QByteArray("18446744073709551616"));
        QVERIFY(!beyond.toUnits());
        QVERIFY(beyond > max64);
    }

    void rejectsMalformedText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("sign") << QByteArray("-5");
        QTest::newRow("exponent") << QByteArray("1e18");
        QTest::newRow("space") << QByteArray("1 000");
        QTest::newRow("two dots") << QByteArray("1.2.3");
        QTest::newRow("19 fraction digits") << QByteArray("0.0000000000000000001");
        QTest::newRow("dot only") << QByteArray(".");
    }

    void rejectsMalformedText()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!CcdAmount::fromDecimalText(QByteArrayView(text)).has_value());
    }

    void unitsTextIsDigitsOnly()
    {
        QVERIFY(!CcdAmount::fromUnitsText("12.5"));
        QVERIFY(!CcdAmount::fromUnitsText("-1"));
        QCOMPARE(CcdAmount::fromUnitsText("000")->toUnitsText(), QByteArray("0"));
        QVERIFY(CcdAmount::fromUnitsText("0000")->isZero());
    }

    void displayRoundsHalfUpAndGroups()
    {
        const auto amount = *CcdAmount::fromDecimalText(QByteArrayView("1234567.123456789"));
        QCOMPARE(amount.toDisplayString(4), QStringLiteral("1,234,567.1235 CCD"));
        QCOMPARE(amount.toDisplayString(0), QStringLiteral("1,234,567 CCD"));
        QCOMPARE(amount.toDisplayString(), QStringLiteral("1,234,567.123456789 CCD"));
        const auto nines = *CcdAmount::fromDecimalText(QByteArrayView("9.9999"));
        QCOMPARE(nines.toDisplayString(2), QStringLiteral("10 CCD"));
        QCOMPARE(CcdAmount().toDisplayString(), QStringLiteral("0 CCD"));
        QCOMPARE(CcdAmount().toDisplayString(6), QStringLiteral("0 CCD"));
        // Too small for six digits, but not nothing.
        QCOMPARE(CcdAmount::fromUnits(123456789).toDisplayString(6),
                 QStringLiteral("0.000000000123456789 CCD"));
        QCOMPARE(CcdAmount::fromUnits(5'570'000'000'000).toDisplayString(6),
                 QStringLiteral("0.000006 CCD"));
    }

    void arithmetic()
    {
        const auto a = CcdAmount::fromUnits(1'000'000'000'000ULL);
        QCOMPARE(a.multipliedBy(3'000'000'000'000ULL).toUnitsText(),
                 QByteArray("3000000000000000000000000"));
        QCOMPARE(a.multipliedBy(0), CcdAmount());
        QCOMPARE(a.dividedBy(7).toUnitsText(), QByteArray("142857142857"));
        QCOMPARE(a.saturatingMinus(CcdAmount::fromUnits(1)).toUnitsText(), QByteArray("999999999999"));
        QCOMPARE(CcdAmount::fromUnits(5).saturatingMinus(a), CcdAmount());
        QVERIFY(CcdAmount::fromUnits(5) < a);
    }
};

QTEST_GUILESS_MAIN(TestCcdAmount)
#include "tst_ccdamount.moc"
