// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "api/ResponseParsers.h"

#include <QTest>
#include <QTimeZone>

using namespace deai;
using deai::test::readTestData;

namespace {

template<typename T>
T valueOf(const Parsed<T> &parsed)
{
    if (const auto *error = parseError(parsed))
        qFatal("unexpected parse error: %s", qPrintable(error->detail()));
    return std::get<T>(parsed);
}

template<typename T>
ApiError errorOf(const Parsed<T> &parsed)
{
    const auto *error = parseError(parsed);
    return error ? *error : ApiError();
}

const QString kJobId =
    QStringLiteral("59576164105114941297104078936238635731163357384303362249410479244945241708329");

} // namespace

// Every example answer of the vendor's reference, fed verbatim.
class TestResponseParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uploadFileAnswersTheServerPathInMsg()
    {
        const QString path =
            valueOf(parseUploadFile(readTestData(QStringLiteral("reference/uploadFile.json"))));
        QVERIFY(path.endsWith(QLatin1String("/2023-10-24T12:07:12Zy_train.csv")));
        QVERIFY(path.size() > QStringLiteral("/2023-10-24T12:07:12Zy_train.csv").size());
    }

    void queryGuaranteeCostIsExact_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("cnn") << QStringLiteral("reference/queryGuarantee-cnn.json");
        QTest::newRow("lstm") << QStringLiteral("reference/queryGuarantee-lstm.json");
    }

    void queryGuaranteeCostIsExact()
    {
        QFETCH(QString, file);
        const CcdAmount cost = valueOf(parseQueryGuarantee(readTestData(file)));
        QCOMPARE(cost.toUnitsText(), QByteArray("27870365208168000"));
        QCOMPARE(cost.toDecimalText(), QStringLiteral("0.027870365208168"));
    }

    void createJobKeepsTheWholeJobId_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("cnn") << QStringLiteral("reference/createJob-cnn.json");
        QTest::newRow("lstm") << QStringLiteral("reference/createJob-lstm.json");
    }

    void createJobKeepsTheWholeJobId()
    {
        QFETCH(QString, file);
        const QString jobId = valueOf(parseCreateJob(readTestData(file)));
        QCOMPARE(jobId, kJobId);
        QCOMPARE(jobId.size(), 77);
    }

    void inferenceCostIsExact()
    {
        const CcdAmount cost = valueOf(
            parseInferenceCost(readTestData(QStringLiteral("reference/inferenceCost.json"))));
        QCOMPARE(cost.toUnitsText(), QByteArray("13271602480080000"));
    }

    void inferenceAnswersTheInferId()
    {
        QCOMPARE(valueOf(parseInference(readTestData(QStringLiteral("reference/inference.json")))),
                 qint64(13));
    }

    void queryInferReadsEveryField()
    {
        const InferenceRecord record =
            valueOf(parseQueryInfer(readTestData(QStringLiteral("reference/queryInfer.json"))));
        QCOMPARE(
            record.txHash,
            QStringLiteral("0x76233b90445f34e6c0c19d056b3d04ec06c2f36844c6b777c74493a9b3ea3124"));
        QCOMPARE(record.resultUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(record.resultUrl.host(), QStringLiteral("phoenix.global"));
        QVERIFY(record.resultUrl.path().endsWith(QLatin1String("_5CNN_mnist.csv")));
        QCOMPARE(record.submitTime, QDateTime::fromSecsSinceEpoch(1700037265, QTimeZone::utc()));
        QCOMPARE(record.cost.toUnitsText(), QByteArray("13271602480000000"));
    }

    void queryInferListReadsThePageAndBothRecords()
    {
        const InferencePage page = valueOf(
            parseQueryInferList(readTestData(QStringLiteral("reference/queryInferList.json"))));
        QCOMPARE(page.pageSize, 10);
        QCOMPARE(page.pageNumber, 1);
        QCOMPARE(page.totalPages, 1);
        QCOMPARE(page.totalCount, qint64(2));
        QCOMPARE(page.records.size(), 2);
        QCOMPARE(
            page.records.at(0).txHash,
            QStringLiteral("0x76233b90445f34e6c0c19d056b3d04ec06c2f36844c6b777c74493a9b3ea3124"));
        QCOMPARE(
            page.records.at(1).txHash,
            QStringLiteral("0x7ff8ee03deb93d608503bb59c183ecc9ed0e16be9599289af0938b4c20bdd91c"));
        QVERIFY(page.records.at(0).resultUrl.path().endsWith(QLatin1String("_5CNN_mnist.csv")));
        QVERIFY(page.records.at(1).resultUrl.path().endsWith(QLatin1String("_4CNN_mnist.csv")));
        QCOMPARE(page.records.at(0).submitTime.toSecsSinceEpoch(), qint64(1700037265));
        QCOMPARE(page.records.at(1).submitTime.toSecsSinceEpoch(), qint64(1700037108));
        for (const InferenceRecord &record : page.records)
            QCOMPARE(record.cost.toDecimalText(), QStringLiteral("0.01327160248"));
    }

    void costsFarBeyond64BitsStayExact()
    {
        const QByteArray digits = "340282366920938463463374607431768211457123";
        const CcdAmount cost = valueOf(
            parseQueryGuarantee("{\"code\":200,\"msg\":\"success\",\"ccd_cost\":" + digits + "}"));
        QCOMPARE(cost.toUnitsText(), digits);
    }

    void costsMustBeWholeUnits_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("exponent") << QByteArray("1e18");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("string") << QByteArray("\"5\"");
        QTest::newRow("null") << QByteArray("null");
    }

    void costsMustBeWholeUnits()
    {
        QFETCH(QByteArray, literal);
        const ApiError error =
            errorOf(parseInferenceCost("{\"code\":200,\"ccd_cost\":" + literal + "}"));
        QCOMPARE(error.kind(), ApiError::Kind::BadResponse);
        QVERIFY(error.detail().contains(QLatin1String("ccd_cost")));
    }

    void envelopeErrors()
    {
        QCOMPARE(errorOf(parseInference("<html>Bad gateway</html>")).kind(),
                 ApiError::Kind::NotJson);
        QCOMPARE(errorOf(parseInference("")).kind(), ApiError::Kind::NotJson);
        QCOMPARE(errorOf(parseInference("[1,2]")).kind(), ApiError::Kind::BadResponse);
        QCOMPARE(errorOf(parseInference("{\"msg\":\"x\",\"infer_id\":1}")).kind(),
                 ApiError::Kind::BadResponse);

        const ApiError refused =
            errorOf(parseCreateJob("{\"code\":409,\"msg\":\"Job name is used\"}"));
        QCOMPARE(refused.kind(), ApiError::Kind::ServerCode);
        QCOMPARE(refused.serverCode(), 409);
        QCOMPARE(refused.serverMessage(), QStringLiteral("Job name is used"));
        QVERIFY(refused.message().contains(QLatin1String("Job name is used")));

        const ApiError expired =
            errorOf(parseQueryInfer("{\"code\":401,\"msg\":\"token expired\"}"));
        QCOMPARE(expired.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(expired.serverCode(), 401);
    }

    void missingOrMistypedFieldsAreBadResponses()
    {
        QCOMPARE(errorOf(parseInference("{\"code\":200}")).kind(), ApiError::Kind::BadResponse);
        QCOMPARE(errorOf(parseInference("{\"code\":200,\"infer_id\":\"13\"}")).kind(),
                 ApiError::Kind::BadResponse);
        QCOMPARE(errorOf(parseCreateJob("{\"code\":200,\"data\":5957616}")).kind(),
                 ApiError::Kind::BadResponse);
        QCOMPARE(errorOf(parseGenToken("{\"code\":200,\"token\":\"\"}")).kind(),
                 ApiError::Kind::BadResponse);
        const ApiError noData = errorOf(parseQueryInfer("{\"code\":200,\"msg\":\"success\"}"));
        QCOMPARE(noData.kind(), ApiError::Kind::BadResponse);
        QVERIFY(noData.detail().contains(QLatin1String("data")));
        const ApiError badCost =
            errorOf(parseQueryInfer("{\"code\":200,\"data\":{\"tx_hash\":\"0x1\",\"result\":"
                                    "\"https://x/y.csv\",\"submitTime\":1,\"ccd_cost\":\"abc\"}}"));
        QCOMPARE(badCost.kind(), ApiError::Kind::BadResponse);
        QVERIFY(badCost.detail().contains(QLatin1String("data.ccd_cost")));
        const ApiError badRecord =
            errorOf(parseQueryInferList("{\"code\":200,\"size\":10,\"page\":1,\"totalPages\":1,"
                                        "\"totalCount\":1,\"data\":[{\"tx_hash\":\"0x1\"}]}"));
        QCOMPARE(badRecord.kind(), ApiError::Kind::BadResponse);
        QVERIFY(badRecord.detail().contains(QLatin1String("data[0].result")));
    }

    void emptyInferenceListMayOmitData()
    {
        const InferencePage page =
            valueOf(parseQueryInferList("{\"code\":200,\"size\":10,\"page\":1,\"totalPages\":0,"
                                        "\"totalCount\":0,\"data\":null}"));
        QVERIFY(page.records.isEmpty());
        QCOMPARE(page.pageSize, 10);
    }

    void genTokenReadsTheToken()
    {
        QCOMPARE(valueOf(parseGenToken("{\"code\":200,\"msg\":\"success\",\"token\":\"a.b.c\"}")),
                 QByteArray("a.b.c"));
    }

    void userInfoOfTheSandbox()
    {
        const UserInfo info =
            valueOf(parseUserInfo("{\"code\":200,\"msg\":\"success\",\"data\":{\"email\":\"a@"
                                  "example.org\",\"address\":\"0xabc\",\"balance\":\"12.5\"}}"));
        QCOMPARE(info.email, QStringLiteral("a@example.org"));
        QCOMPARE(info.walletAddress, QStringLiteral("0xabc"));
        QVERIFY(info.balance);
        QCOMPARE(info.balance->toDecimalText(), QStringLiteral("12.5"));
    }

    void userInfoBalanceAsUnitsOrAbsent()
    {
        const UserInfo units =
            valueOf(parseUserInfo("{\"code\":200,\"data\":{\"email\":\"a@example.org\",\"balance\":"
                                  "123456789012345678901234567890}}"));
        QVERIFY(units.balance);
        QCOMPARE(units.balance->toUnitsText(), QByteArray("123456789012345678901234567890"));

        const UserInfo absent =
            valueOf(parseUserInfo("{\"code\":200,\"data\":{\"email\":\"a@example.org\"}}"));
        QVERIFY(!absent.balance.has_value());

        QCOMPARE(errorOf(parseUserInfo("{\"code\":200,\"data\":{\"balance\":\"lots\"}}")).kind(),
                 ApiError::Kind::BadResponse);
        QCOMPARE(errorOf(parseUserInfo("{\"code\":200,\"data\":{\"balance\":-1}}")).kind(),
                 ApiError::Kind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestResponseParsers)
#include "tst_responseparsers.moc"
