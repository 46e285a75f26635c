// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestHelpers.h"
#include "ScriptedApi.h"
#include "TestSupport.h"
#include "api/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace deai;
using namespace deai::test;

namespace {

const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJFbWFpbCI6ImFAYi5jIn0.c2lnbmF0dXJl";

QJsonObject referenceRequest(const QString &name)
{
    return QJsonDocument::fromJson(
               readTestData(QStringLiteral("reference/request-%1.json").arg(name)))
        .object();
}

QJsonObject jsonBody(const ReceivedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

// What goes over the wire for each call: method, path, headers and the exact
// JSON the vendor's reference shows.
class TestApiClientRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_api.start(kToken));
        m_server = m_api.server.get();
        m_client = m_api.client.get();
    }

    void cleanup() { m_api.stop(); }

    void productionBaseUrlIsTheVendors()
    {
        QCOMPARE(ApiClient::productionBaseUrl().toString(),
                 QStringLiteral("https://www.phoenix.global/sdk/computation"));
        QCOMPARE(ApiClient().baseUrl(), ApiClient::productionBaseUrl());
        QCOMPARE(ApiClient().inactivityTimeout(), std::chrono::milliseconds(30000));
    }

    void genTokenSendsNoTokenAndTheCredentials()
    {
        m_server->enqueue(
            ScriptedResponse::json("{\"code\":200,\"msg\":\"success\",\"token\":\"a.b.c\"}"));
        const auto outcome =
            watch(m_client->genToken(QStringLiteral("a@b.c"), QStringLiteral("pw\"1")));
        QTRY_COMPARE(outcome->finishedCount, 1);
        QVERIFY(outcome->isOk());
        QCOMPARE(*outcome->value, QByteArray("a.b.c"));

        const ReceivedRequest request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/sdk/computation/user/genToken"));
        QVERIFY(!request.hasHeader("token"));
        QVERIFY(!request.raw.contains(kToken));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.body, QByteArray("{\"email\":\"a@b.c\",\"passwd\":\"pw\\\"1\"}"));
    }

    void userInfoIsAGetWithTheToken()
    {
        m_server->enqueue(
            ScriptedResponse::json("{\"code\":200,\"msg\":\"success\",\"data\":{\"email\":\"a@b."
                                   "c\",\"address\":\"0x1\",\"balance\":\"3\"}}"));
        const auto outcome = watch(m_client->userInfo());
        QTRY_COMPARE(outcome->finishedCount, 1);
        QVERIFY(outcome->isOk());
        QCOMPARE(outcome->value->balance->toDecimalText(), QStringLiteral("3"));

        const ReceivedRequest request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QByteArray("/sdk/computation/user/userInfo"));
        QCOMPARE(request.header("token"), kToken);
        QVERIFY(request.body.isEmpty());
    }

    void cnnQueryGuaranteeMatchesTheReference()
    {
        const QJsonObject expected = referenceRequest(QStringLiteral("queryGuarantee-cnn"));
        CnnTrainingSpec spec;
        spec.jobName = QStringLiteral("CNN Classification Job");
        spec.epoch = 2;
        spec.trainShard = 0.8;
        spec.imagesPath = expected.value(QLatin1String("x_train")).toString();
        spec.labelsPath = expected.value(QLatin1String("y_train")).toString();
        spec.scaleRatio = 255;
        spec.category = 3;
        spec.channel = 1;

        const ReceivedRequest request = sendQueryGuarantee(spec);
        QCOMPARE(request.path, QByteArray("/sdk/computation/deAI/queryGuarantee"));
        QCOMPARE(jsonBody(request), expected);
        // Integers as JSON integers, train_shard as a JSON number.
        QVERIFY(request.body.contains("\"epoch\":2,"));
        QVERIFY(request.body.contains("\"scale_ratio\":255,"));
        QVERIFY(request.body.contains("\"train_shard\":0.8,"));
    }

    void cnnOptionalFieldsAreLeftOutWhenUnset()
    {
        CnnTrainingSpec spec;
        spec.jobName = QStringLiteral("job");
        spec.epoch = 3;
        spec.trainShard = 0.75;
        spec.imagesPath = QStringLiteral("a/x.zip");
        spec.category = 10;
        QCOMPARE(sendQueryGuarantee(spec).body,
                 QByteArray("{\"category\":10,\"epoch\":3,\"jobName\":\"job\",\"model\":\"CNN\","
                            "\"train_shard\":0.75,\"x_train\":\"a/x.zip\"}"));
    }

    void lstmQueryGuaranteeMatchesTheReference()
    {
        const QJsonObject expected = referenceRequest(QStringLiteral("queryGuarantee-lstm"));
        LstmTrainingSpec spec;
        spec.jobName = QStringLiteral("LSTM Job");
        spec.epoch = 2;
        spec.trainShard = 0.8;
        spec.seriesPath = expected.value(QLatin1String("x_train")).toString();
        spec.inputWidth = 24;
        spec.labelWidth = 24;
        spec.shift = 24;
        spec.sequenceStride = 1;
        spec.samplingRate = 1;
        QCOMPARE(jsonBody(sendQueryGuarantee(spec)), expected);

        spec.samplingRate.reset();
        QCOMPARE(sendQueryGuarantee(spec).body,
                 QByteArray(
                     "{\"epoch\":2,\"input_width\":24,\"jobName\":\"LSTM Job\",\"label_width\":24,"
                     "\"model\":\"LSTM\",\"sequence_stride\":1,\"shift\":24,\"train_shard\":0.8,"
                     "\"x_train\":\"") +
                     spec.seriesPath.toUtf8() + "\"}");
    }

    void createJobMatchesTheReference()
    {
        m_server->enqueue(
            ScriptedResponse::json(readTestData(QStringLiteral("reference/createJob-cnn.json"))));
        const auto outcome =
            watch(m_client->createJob({QStringLiteral("CNN Classification Job"), 64}));
        QTRY_COMPARE(outcome->finishedCount, 1);
        QVERIFY(outcome->isOk());
        QCOMPARE(outcome->value->size(), 77);

        const ReceivedRequest request = m_server->requests().constLast();
        QCOMPARE(request.path, QByteArray("/sdk/computation/deAI/createJob"));
        QCOMPARE(request.header("token"), kToken);
        QCOMPARE(jsonBody(request), referenceRequest(QStringLiteral("createJob-cnn")));
        QCOMPARE(request.body, QByteArray("{\"batchSize\":64,\"computation\":\"Distributed AI\","
                                          "\"jobName\":\"CNN Classification Job\"}"));
    }

    void inferenceCallsMatchTheReference()
    {
        const QJsonObject costRequest = referenceRequest(QStringLiteral("inferenceCost"));
        const QString jobId = costRequest.value(QLatin1String("jobID")).toString();

        m_server->enqueue(
            ScriptedResponse::json(readTestData(QStringLiteral("reference/inferenceCost.json"))));
        const auto cost = watch(m_client->inferenceCost(
            jobId, costRequest.value(QLatin1String("data_path")).toString()));
        QTRY_COMPARE(cost->finishedCount, 1);
        QCOMPARE(cost->value.value_or(CcdAmount()).toUnitsText(), QByteArray("13271602480080000"));
        QCOMPARE(m_server->requests().constLast().path,
                 QByteArray("/sdk/computation/deAI/inferenceCost"));
        QCOMPARE(jsonBody(m_server->requests().constLast()), costRequest);

        m_server->enqueue(
            ScriptedResponse::json(readTestData(QStringLiteral("reference/inference.json"))));
        const auto inference = watch(m_client->inference(jobId));
        QTRY_COMPARE(inference->finishedCount, 1);
        QCOMPARE(inference->value.value_or(-1), qint64(13));
        QCOMPARE(m_server->requests().constLast().path,
                 QByteArray("/sdk/computation/deAI/inference"));
        QCOMPARE(jsonBody(m_server->requests().constLast()),
                 referenceRequest(QStringLiteral("inference")));

        m_server->enqueue(
            ScriptedResponse::json(readTestData(QStringLiteral("reference/queryInfer.json"))));
        const auto record = watch(m_client->queryInfer(21));
        QTRY_COMPARE(record->finishedCount, 1);
        QVERIFY(record->isOk());
        QCOMPARE(m_server->requests().constLast().path,
                 QByteArray("/sdk/computation/deAI/queryInfer"));
        QCOMPARE(m_server->requests().constLast().body, QByteArray("{\"id\":21}"));
        QCOMPARE(jsonBody(m_server->requests().constLast()),
                 referenceRequest(QStringLiteral("queryInfer")));

        m_server->enqueue(
            ScriptedResponse::json(readTestData(QStringLiteral("reference/queryInferList.json"))));
        const auto page = watch(m_client->queryInferList(jobId, 1, 10));
        QTRY_COMPARE(page->finishedCount, 1);
        QCOMPARE(page->value ? page->value->records.size() : -1, 2);
        const ReceivedRequest listRequest = m_server->requests().constLast();
        QCOMPARE(listRequest.path, QByteArray("/sdk/computation/deAI/queryInferList"));
        QCOMPARE(jsonBody(listRequest), referenceRequest(QStringLiteral("queryInferList")));
        QVERIFY(listRequest.body.contains("\"pageNo\":1,"));

        for (const ReceivedRequest &request : m_server->requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.header("token"), kToken);
            QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        }
    }

    void uploadSendsTheFileNameOnlyAndStreamsTheContent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("private-folder")));
        const QString path = dir.filePath(QStringLiteral("private-folder/my \"labels\".csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("file,label\nimg1.png,3\n");
        file.close();

        m_server->enqueue(
            ScriptedResponse::json(readTestData(QStringLiteral("reference/uploadFile.json"))));
        const auto outcome = watch(m_client->uploadFile(path));
        QTRY_COMPARE(outcome->finishedCount, 1);
        QVERIFY(outcome->isOk());
        QVERIFY(outcome->value->endsWith(QLatin1String("Zy_train.csv")));

        const ReceivedRequest request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/sdk/computation/deAI/uploadFile"));
        QCOMPARE(request.header("token"), kToken);
        QVERIFY(request.header("content-type").startsWith("multipart/form-data; boundary="));
        QVERIFY(request.body.contains(
            "Content-Disposition: form-data; name=\"file\"; filename=\"my %22labels%22.csv\"\r\n"));
        QVERIFY(request.body.contains("\r\n\r\nfile,label\nimg1.png,3\n\r\n"));
        QVERIFY(!request.raw.contains("private-folder"));
        QVERIFY(!request.raw.contains(dir.path().toUtf8()));

        QVERIFY(!outcome->progress.isEmpty());
        QCOMPARE(outcome->progress.constLast().first, outcome->progress.constLast().second);
        QCOMPARE(outcome->progress.constLast().second, request.body.size());
    }

private:
    ReceivedRequest sendQueryGuarantee(const TrainingSpec &spec)
    {
        m_server->enqueue(ScriptedResponse::json(
            readTestData(QStringLiteral("reference/queryGuarantee-cnn.json"))));
        const auto outcome = watch(m_client->queryGuarantee(spec));
        if (!QTest::qWaitFor([&] { return outcome->finishedCount == 1; }))
            qFatal("queryGuarantee did not finish");
        if (!outcome->isOk())
            qFatal("queryGuarantee failed: %s", qPrintable(outcome->error.message()));
        return m_server->requests().constLast();
    }

    ScriptedApi m_api;
    ScriptedHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
};

QTEST_GUILESS_MAIN(TestApiClientRequests)
#include "tst_apiclient_requests.moc"
