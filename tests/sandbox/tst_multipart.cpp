// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/FileNames.h"
#include "http/MultipartParser.h"
#include "logging/LogCategories.h"

#include <QRandomGenerator>
#include <QTest>

using deai::sandbox::MultipartError;
using deai::sandbox::MultipartParser;
using deai::sandbox::MultipartPart;
namespace FileNames = deai::sandbox::FileNames;

class TestMultipart : public QObject
{
    Q_OBJECT

private:
    static QList<MultipartPart> partsOf(const MultipartParser::Result &result)
    {
        if (const auto *error = std::get_if<MultipartError>(&result))
            qCWarning(lcSandbox) << error->message;
        return std::get_if<QList<MultipartPart>>(&result) ? std::get<QList<MultipartPart>>(result)
                                                          : QList<MultipartPart>();
    }

private Q_SLOTS:
    void parsesTwoPartsWithPreambleAndEpilogue()
    {
        const QByteArray body = "preamble\r\n--XyZ\r\n"
                                "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
                                "hello\r\n"
                                "--XyZ\r\n"
                                "Content-Disposition: form-data; name=\"file\"; filename=\"a;b.csv\"\r\n"
                                "Content-Type: text/csv\r\n\r\n"
                                "x,y\r\n1,2\r\n"
                                "--XyZ--\r\nepilogue";
        const QList<MultipartPart> parts = partsOf(MultipartParser::parse(body, "multipart/form-data; boundary=XyZ"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].name, QByteArray("note"));
        QCOMPARE(parts[0].data, QByteArray("hello"));
        QCOMPARE(parts[1].name, QByteArray("file"));
        QCOMPARE(parts[1].fileName, QStringLiteral("a;b.csv"));
        QCOMPARE(parts[1].contentType, QByteArray("text/csv"));
        QCOMPARE(parts[1].data, QByteArray("x,y\r\n1,2"));
    }

    void keepsBinaryDataAndQuotedBoundary()
    {
        static const char raw[] = "\0\r\n--not-the-boundary\xff";
        const QByteArray payload(raw, sizeof(raw) - 1);
        const QByteArray body = "--b 1\r\nContent-Disposition: form-data; name=file; filename=\"z.bin\"\r\n\r\n"
                                + payload + "\r\n--b 1--";
        const QList<MultipartPart> parts =
            partsOf(MultipartParser::parse(body, "Multipart/Form-Data; boundary=\"b 1\""));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts[0].data, payload);
    }

    void emptyFormHasNoParts()
    {
        const auto result = MultipartParser::parse("--b--\r\n", "multipart/form-data; boundary=b");
        QVERIFY(std::holds_alternative<QList<MultipartPart>>(result));
        QVERIFY(std::get<QList<MultipartPart>>(result).isEmpty());
    }

    void rejectsMalformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        const QByteArray ok = "multipart/form-data; boundary=b";
        QTest::newRow("not multipart") << QByteArray("--b--") << QByteArray("application/json");
        QTest::newRow("no boundary") << QByteArray("--b--") << QByteArray("multipart/form-data");
        QTest::newRow("boundary too long") << QByteArray("--b--")
                                           << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'x'));
        QTest::newRow("boundary missing from body") << QByteArray("hello") << ok;
        QTest::newRow("truncated") << QByteArray("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nabc") << ok;
        QTest::newRow("headers never end") << QByteArray("--b\r\nContent-Disposition: form-data") << ok;
        QTest::newRow("no disposition") << QByteArray("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--") << ok;
        QTest::newRow("header without colon") << QByteArray("--b\r\nnonsense\r\n\r\nx\r\n--b--") << ok;
        QTest::newRow("garbage after boundary") << QByteArray("--bxyz\r\n\r\n") << ok;
        QTest::newRow("empty") << QByteArray() << ok;
    }

    void rejectsMalformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        const auto result = MultipartParser::parse(body, contentType);
        QVERIFY(std::holds_alternative<MultipartError>(result));
        QVERIFY(!std::get<MultipartError>(result).message.isEmpty());
    }

    // A cheap stand-in for the fuzzer: mutated bodies never crash, and any
    // part that comes out is a slice of the input.
    void survivesMutatedBodies()
    {
        const QByteArray valid = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                                 "Content-Type: text/csv\r\n\r\na,b\r\n1,2\r\n--b--\r\n";
        QRandomGenerator random(20231024);
        int parsed = 0;
        for (int round = 0; round < 5000; ++round) {
            QByteArray body = valid;
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(int(body.size()) + 1);
                switch (random.bounded(3)) {
                case 0: body.insert(at, char(random.bounded(256))); break;
                case 1: body.remove(at, 1 + random.bounded(6)); break;
                default: if (at < body.size()) body[at] = char(random.bounded(256)); break;
                }
            }
            const auto result = MultipartParser::parse(body, "multipart/form-data; boundary=b");
            if (const auto *parts = std::get_if<QList<MultipartPart>>(&result)) {
                ++parsed;
                for (const MultipartPart &part : *parts)
                    QVERIFY(body.contains(part.data));
            }
        }
        QVERIFY(parsed > 0);
    }

    void sanitisesFileNames_data()
    {
        QTest::addColumn<QString>("clientName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("x_train.csv") << QStringLiteral("x_train.csv");
        QTest::newRow("unix path") << QStringLiteral("/home/me/data/y.csv") << QStringLiteral("y.csv");
        QTest::newRow("windows path") << QStringLiteral("C:\\Users\\me\\y.csv") << QStringLiteral("y.csv");
        QTest::newRow("traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("dot dot only") << QStringLiteral("..") << QString();
        QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
        QTest::newRow("control chars") << QStringLiteral("a\nb\tc.csv") << QStringLiteral("abc.csv");
        QTest::newRow("spaces and unicode") << QStringLiteral("my data é.csv") << QStringLiteral("my_data__.csv");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("trailing slash") << QStringLiteral("dir/") << QString();
    }

    void sanitisesFileNames()
    {
        QFETCH(QString, clientName);
        QFETCH(QString, expected);
        QCOMPARE(FileNames::sanitise(clientName), expected);
    }

    void recognisesPlainComponents()
    {
        QVERIFY(FileNames::isPlainComponent(QStringLiteral("a@b.c_1234CNN_x.csv")));
        QVERIFY(!FileNames::isPlainComponent(QStringLiteral("../sandbox.sqlite")));
        QVERIFY(!FileNames::isPlainComponent(QStringLiteral("a/b.csv")));
        QVERIFY(!FileNames::isPlainComponent(QStringLiteral(".hidden")));
        QVERIFY(!FileNames::isPlainComponent(QString()));
    }
};

QTEST_GUILESS_MAIN(TestMultipart)
#include "tst_multipart.moc"
