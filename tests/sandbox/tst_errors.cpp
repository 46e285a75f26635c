// SPDX-License-Identifier: GPL-3.0-or-later
// Every refusal the sandbox answers, with the code API-NOTES decides.
#include "SandboxFixture.h"

#include "auth/TokenService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QStandardPaths>
#include <QTest>

using deai::test::HttpResult;
using deai::test::SandboxFixture;
namespace datasets = deai::test::datasets;

class TestErrors : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *m_sandbox = nullptr;
    QByteArray m_token;
    QString m_images;
    QString m_labels;
    QString m_series;

    QJsonObject cnnSpec(const QString &jobName) const
    {
        return {{QStringLiteral("model"), QStringLiteral("CNN")}, {QStringLiteral("epoch"), 2},
                {QStringLiteral("jobName"), jobName}, {QStringLiteral("x_train"), m_images},
                {QStringLiteral("y_train"), m_labels}, {QStringLiteral("train_shard"), 0.75},
                {QStringLiteral("category"), 2}};
    }
    QJsonObject lstmSpec(const QString &jobName) const
    {
        return {{QStringLiteral("model"), QStringLiteral("LSTM")}, {QStringLiteral("epoch"), 2},
                {QStringLiteral("jobName"), jobName}, {QStringLiteral("x_train"), m_series},
                {QStringLiteral("train_shard"), 0.8}, {QStringLiteral("input_width"), 4},
                {QStringLiteral("label_width"), 2}, {QStringLiteral("shift"), 2},
                {QStringLiteral("sequence_stride"), 1}};
    }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return m_sandbox->postJson(path, body, m_token);
    }
    // The sandbox must still serve after every refusal.
    void verifyStillServing()
    {
        QCOMPARE(m_sandbox->get(QStringLiteral("user/userInfo"), m_token).code(), 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        deai::sandbox::SandboxOptions options;
        options.uploadLimitBytes = 64 * 1024;
        options.jsonLimitBytes = 16 * 1024;
        m_sandbox = new SandboxFixture(options);
        QVERIFY(m_sandbox->start());
        m_token = m_sandbox->signIn(QStringLiteral("err@example.com"));
        m_images = m_sandbox->upload(datasets::twoClassImageZip(4), QStringLiteral("x.zip"), m_token);
        m_labels = m_sandbox->upload(datasets::twoClassLabelsCsv(4), QStringLiteral("y.csv"), m_token);
        m_series = m_sandbox->upload(datasets::seriesCsv(20), QStringLiteral("s.csv"), m_token);
        QVERIFY(!m_images.isEmpty() && !m_labels.isEmpty() && !m_series.isEmpty());
    }
    void cleanupTestCase() { delete m_sandbox; }

    void tokensAreChecked_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("malformed") << QByteArray("not-a-jwt");
        QTest::newRow("bad signature") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJFbWFpbCI6ImVyckBleGFtcGxlLmNvbSIsImV4cCI6"
                                                     "OTk5OTk5OTk5OX0.c2lnbmF0dXJl");
    }
    void tokensAreChecked()
    {
        QFETCH(QByteArray, token);
        for (const char *path : {"deAI/queryGuarantee", "deAI/createJob", "deAI/inferenceCost", "deAI/inference",
                                 "deAI/queryInfer", "deAI/queryInferList"}) {
            const HttpResult answer = m_sandbox->postJson(QLatin1String(path), {}, token);
            QCOMPARE(answer.httpStatus, 200);
            QCOMPARE(answer.code(), 401);
            QVERIFY(answer.msg().contains(QLatin1String("genToken")));
        }
        QCOMPARE(m_sandbox->get(QStringLiteral("user/userInfo"), token).code(), 401);
        QCOMPARE(m_sandbox->uploadRaw("x", QStringLiteral("x.csv"), token).code(), 401);
        verifyStillServing();
    }

    void expiredTokenSignedWithTheServersKeyIsRefused()
    {
        const QByteArray expired = m_sandbox->server().tokens().issue(
            QStringLiteral("err@example.com"), QDateTime::currentDateTimeUtc().addSecs(-5));
        const HttpResult answer = m_sandbox->get(QStringLiteral("user/userInfo"), expired);
        QCOMPARE(answer.code(), 401);
        QVERIFY(answer.msg().contains(QLatin1String("expired")));
    }

    void badBodiesAreBadRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("malformed") << QByteArray("{\"jobName\": ");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("string") << QByteArray("\"hello\"");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("oversized") << QByteArray("{\"x\":\"" + QByteArray(32 * 1024, 'a') + "\"}");
    }
    void badBodiesAreBadRequests()
    {
        QFETCH(QByteArray, body);
        for (const char *path : {"deAI/queryGuarantee", "deAI/createJob", "deAI/queryInferList", "user/genToken"}) {
            const HttpResult answer = m_sandbox->postRaw(QLatin1String(path), body, m_token);
            QCOMPARE(answer.httpStatus, 200);
            QCOMPARE(answer.code(), 400);
            QVERIFY(!answer.msg().isEmpty());
        }
        verifyStillServing();
    }

    void queryGuaranteeValidatesFields_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // Undefined removes the field
        QTest::addColumn<int>("code");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("no model") << "CNN" << "model" << removed << 400;
        QTest::newRow("unknown model") << "CNN" << "model" << QJsonValue(QStringLiteral("GPT")) << 400;
        QTest::newRow("no epoch") << "CNN" << "epoch" << removed << 400;
        QTest::newRow("epoch as string") << "CNN" << "epoch" << QJsonValue(QStringLiteral("2")) << 400;
        QTest::newRow("epoch fraction") << "CNN" << "epoch" << QJsonValue(1.5) << 400;
        QTest::newRow("epoch zero") << "CNN" << "epoch" << QJsonValue(0) << 400;
        QTest::newRow("epoch negative") << "LSTM" << "epoch" << QJsonValue(-3) << 400;
        QTest::newRow("no jobName") << "CNN" << "jobName" << removed << 400;
        QTest::newRow("empty jobName") << "CNN" << "jobName" << QJsonValue(QStringLiteral(" ")) << 400;
        QTest::newRow("no x_train") << "CNN" << "x_train" << removed << 400;
        QTest::newRow("shard missing") << "CNN" << "train_shard" << removed << 400;
        QTest::newRow("shard zero") << "CNN" << "train_shard" << QJsonValue(0) << 400;
        QTest::newRow("shard one") << "LSTM" << "train_shard" << QJsonValue(1) << 400;
        QTest::newRow("shard string") << "CNN" << "train_shard" << QJsonValue(QStringLiteral("0.8")) << 400;
        QTest::newRow("no category") << "CNN" << "category" << removed << 400;
        QTest::newRow("category one") << "CNN" << "category" << QJsonValue(1) << 400;
        QTest::newRow("too few categories") << "CNN" << "category" << QJsonValue(1) << 400;
        QTest::newRow("channel fraction") << "CNN" << "channel" << QJsonValue(2.5) << 400;
        QTest::newRow("no input_width") << "LSTM" << "input_width" << removed << 400;
        QTest::newRow("shift zero") << "LSTM" << "shift" << QJsonValue(0) << 400;
        QTest::newRow("no sequence_stride") << "LSTM" << "sequence_stride" << removed << 400;
        QTest::newRow("sampling_rate string") << "LSTM" << "sampling_rate" << QJsonValue(QStringLiteral("1")) << 400;
        QTest::newRow("label wider than window") << "LSTM" << "label_width" << QJsonValue(7) << 400;
        QTest::newRow("window longer than data") << "LSTM" << "input_width" << QJsonValue(20) << 400;
        QTest::newRow("sampling leaves no window") << "LSTM" << "sampling_rate" << QJsonValue(5) << 400;
        QTest::newRow("unknown x_train") << "CNN" << "x_train" << QJsonValue(QStringLiteral("err@example.com/no.zip"))
                                         << 404;
        QTest::newRow("unknown y_train") << "CNN" << "y_train" << QJsonValue(QStringLiteral("../../y.csv")) << 404;
    }
    void queryGuaranteeValidatesFields()
    {
        QFETCH(QString, model);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, code);
        QJsonObject spec = model == QLatin1String("CNN") ? cnnSpec(QStringLiteral("v")) : lstmSpec(QStringLiteral("v"));
        if (value.isUndefined())
            spec.remove(field);
        else
            spec.insert(field, value);
        const HttpResult answer = post(QStringLiteral("deAI/queryGuarantee"), spec);
        QCOMPARE(answer.code(), code);
        QVERIFY2(answer.msg().contains(field) || code == 404, qPrintable(answer.msg()));
    }

    void datasetsMustParse()
    {
        const QString text = m_sandbox->upload("just text", QStringLiteral("notazip.zip"), m_token);
        QJsonObject spec = cnnSpec(QStringLiteral("d"));
        spec.insert(QStringLiteral("x_train"), text);
        QCOMPARE(post(QStringLiteral("deAI/queryGuarantee"), spec).code(), 400);

        const QString shortLabels = m_sandbox->upload("dark\nlight\n", QStringLiteral("short.csv"), m_token);
        spec = cnnSpec(QStringLiteral("d"));
        spec.insert(QStringLiteral("y_train"), shortLabels);
        const HttpResult labels = post(QStringLiteral("deAI/queryGuarantee"), spec);
        QCOMPARE(labels.code(), 400);
        QVERIFY(labels.msg().contains(QLatin1String("8 images")));

        const QString words = m_sandbox->upload("a,b\n1,x\n", QStringLiteral("words.csv"), m_token);
        spec = lstmSpec(QStringLiteral("d"));
        spec.insert(QStringLiteral("x_train"), words);
        QCOMPARE(post(QStringLiteral("deAI/queryGuarantee"), spec).code(), 400);
        verifyStillServing();
    }

    void anotherUsersFilesAndJobsAreNotFound()
    {
        const QByteArray other = m_sandbox->signIn(QStringLiteral("other@example.com"));
        const QString jobId = m_sandbox->createCnnJob(m_token, QStringLiteral("Mine"));
        QVERIFY(!jobId.isEmpty());

        QJsonObject spec = cnnSpec(QStringLiteral("Theirs"));
        QCOMPARE(m_sandbox->postJson(QStringLiteral("deAI/queryGuarantee"), spec, other).code(), 404);
        QCOMPARE(m_sandbox->postJson(QStringLiteral("deAI/inferenceCost"),
                                     {{QStringLiteral("jobID"), jobId}, {QStringLiteral("data_path"), m_images}}, other)
                     .code(), 404);
        QCOMPARE(m_sandbox->postJson(QStringLiteral("deAI/inference"), {{QStringLiteral("jobID"), jobId}}, other)
                     .code(), 404);
        QCOMPARE(m_sandbox->postJson(QStringLiteral("deAI/queryInferList"),
                                     {{QStringLiteral("jobID"), jobId}, {QStringLiteral("pageNo"), 1},
                                      {QStringLiteral("pageSize"), 10}}, other).code(), 404);
        const qint64 inferId = m_sandbox->runInference(m_token, jobId, m_images);
        QVERIFY(inferId > 0);
        QCOMPARE(m_sandbox->postJson(QStringLiteral("deAI/queryInfer"), {{QStringLiteral("id"), inferId}}, other)
                     .code(), 404);
    }

    void jobNamesCannotRepeat()
    {
        QVERIFY(!m_sandbox->createCnnJob(m_token, QStringLiteral("Once")).isEmpty());
        QCOMPARE(post(QStringLiteral("deAI/queryGuarantee"), cnnSpec(QStringLiteral("Once"))).code(), 409);
        const HttpResult again = post(QStringLiteral("deAI/createJob"),
                                      {{QStringLiteral("jobName"), QStringLiteral("Once")},
                                       {QStringLiteral("batchSize"), 4},
                                       {QStringLiteral("computation"), QStringLiteral("Distributed AI")}});
        QCOMPARE(again.code(), 409);
        QVERIFY(again.msg().contains(QLatin1String("Once")));
    }

    void createJobValidates_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("code");
        const QJsonObject good{{QStringLiteral("jobName"), QStringLiteral("Never estimated")},
                               {QStringLiteral("batchSize"), 4},
                               {QStringLiteral("computation"), QStringLiteral("Distributed AI")}};
        QTest::newRow("no estimate") << good << 404;
        QJsonObject body = good;
        body.insert(QStringLiteral("batchSize"), 0);
        QTest::newRow("batch zero") << body << 400;
        body.insert(QStringLiteral("batchSize"), QStringLiteral("64"));
        QTest::newRow("batch string") << body << 400;
        body = good;
        body.remove(QStringLiteral("batchSize"));
        QTest::newRow("batch missing") << body << 400;
        body = good;
        body.insert(QStringLiteral("computation"), QStringLiteral("Quantum"));
        QTest::newRow("wrong computation") << body << 400;
        body = good;
        body.remove(QStringLiteral("jobName"));
        QTest::newRow("no name") << body << 400;
    }
    void createJobValidates()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, code);
        QCOMPARE(post(QStringLiteral("deAI/createJob"), body).code(), code);
    }

    void inferenceNeedsAQuoteAndKnownIds()
    {
        const QString jobId = m_sandbox->createCnnJob(m_token, QStringLiteral("Unquoted"));
        QVERIFY(!jobId.isEmpty());
        const HttpResult unquoted = post(QStringLiteral("deAI/inference"), {{QStringLiteral("jobID"), jobId}});
        QCOMPARE(unquoted.code(), 400);
        QVERIFY(unquoted.msg().contains(QLatin1String("inferenceCost")));
        const QJsonObject unknownJob{{QStringLiteral("jobID"), QStringLiteral("123")}};
        QCOMPARE(post(QStringLiteral("deAI/inference"), unknownJob).code(), 404);
        QCOMPARE(post(QStringLiteral("deAI/inferenceCost"),
                      {{QStringLiteral("jobID"), jobId}, {QStringLiteral("data_path"), QStringLiteral("nope")}}).code(),
                 404);
        QCOMPARE(post(QStringLiteral("deAI/inferenceCost"), {{QStringLiteral("jobID"), jobId}}).code(), 400);
        QCOMPARE(post(QStringLiteral("deAI/queryInfer"), {{QStringLiteral("id"), 999999}}).code(), 404);
        QCOMPARE(post(QStringLiteral("deAI/queryInfer"), {{QStringLiteral("id"), QStringLiteral("abc")}}).code(), 400);
        QCOMPARE(post(QStringLiteral("deAI/queryInfer"), {}).code(), 400);
    }

    void lowBalanceIsRefusedBeforeTheWork()
    {
        const QByteArray poor = m_sandbox->signIn(QStringLiteral("poor@example.com"));
        const QString images = m_sandbox->upload(datasets::twoClassImageZip(4), QStringLiteral("x.zip"), poor);
        QJsonObject spec = cnnSpec(QStringLiteral("Huge"));
        spec.insert(QStringLiteral("x_train"), images);
        spec.remove(QStringLiteral("y_train"));
        spec.insert(QStringLiteral("epoch"), 1e12);
        QCOMPARE(m_sandbox->postJson(QStringLiteral("deAI/queryGuarantee"), spec, poor).code(), 200);
        const HttpResult job = m_sandbox->postJson(QStringLiteral("deAI/createJob"),
                                                   {{QStringLiteral("jobName"), QStringLiteral("Huge")},
                                                    {QStringLiteral("batchSize"), 4},
                                                    {QStringLiteral("computation"), QStringLiteral("Distributed AI")}},
                                                   poor);
        QCOMPARE(job.code(), 402);
        QVERIFY(job.msg().contains(QLatin1String("1000 CCD")));
        const QJsonObject info = m_sandbox->get(QStringLiteral("user/userInfo"), poor).json();
        QCOMPARE(info.value(QStringLiteral("data")).toObject().value(QStringLiteral("balance")).toString(),
                 QStringLiteral("1000"));
    }

    void oversizedUploadIsRefusedWith413()
    {
        const HttpResult answer = m_sandbox->uploadRaw(QByteArray(256 * 1024, 'x'), QStringLiteral("big.csv"), m_token);
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.code(), 413);
        QVERIFY(answer.msg().contains(QString::number(64 * 1024)));
        // Just under the limit still passes, on a fresh connection as on a reused one.
        QCOMPARE(m_sandbox->uploadRaw(QByteArray(60 * 1024, 'y'), QStringLiteral("fits.csv"), m_token).code(), 200);
        verifyStillServing();
    }

    // Without a Content-Length the body is only measured once QHttpServer has
    // read it; the answer is the same.
    void oversizedChunkedUploadIsRefusedWith413()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->baseUrl().port());
        QVERIFY(socket.waitForConnected(20000));
        const QByteArray chunk(100 * 1024, 'x');
        socket.write("POST /sdk/computation/deAI/uploadFile HTTP/1.1\r\nHost: 127.0.0.1\r\ntoken: " + m_token
                     + "\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n"
                     + QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n0\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("}"), 20000);
        QVERIFY2(answer.contains("\"code\":413"), answer.constData());
        verifyStillServing();
    }

    void uploadNeedsAFileField()
    {
        const QByteArray body = "--b\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a.csv\"\r\n\r\n"
                                "x\r\n--b--\r\n";
        QCOMPARE(m_sandbox->postRaw(QStringLiteral("deAI/uploadFile"), body, m_token,
                                    "multipart/form-data; boundary=b").code(), 400);
        QCOMPARE(m_sandbox->postRaw(QStringLiteral("deAI/uploadFile"), "garbage", m_token,
                                    "multipart/form-data; boundary=b").code(), 400);
        QCOMPARE(m_sandbox->uploadRaw("x", QStringLiteral("../.."), m_token).code(), 400);
        verifyStillServing();
    }

    void clientsThatGiveUpDoNotBreakTheServer()
    {
        const QString images = m_sandbox->upload(datasets::twoClassImageZip(60, 16), QStringLiteral("m.zip"), m_token);
        QVERIFY(!images.isEmpty());
        const QJsonObject spec = [&] {
            QJsonObject body = cnnSpec(QStringLiteral("Abandoned"));
            body.insert(QStringLiteral("x_train"), images);
            body.remove(QStringLiteral("y_train"));
            return body;
        }();
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/deAI/queryGuarantee")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("token", m_token);
        for (int i = 0; i < 3; ++i) {
            QNetworkReply *reply = network.post(request, QJsonDocument(spec).toJson());
            QSignalSpy sent(reply, &QNetworkReply::uploadProgress);
            QVERIFY(sent.wait(20000));
            reply->abort();
            delete reply;
        }
        // The abandoned estimates finish on the workers; the server answers on.
        QCOMPARE(m_sandbox->postJson(QStringLiteral("deAI/queryGuarantee"), spec, m_token).code(), 200);
        verifyStillServing();
    }

    void resultFilePathsCannotTraverse()
    {
        for (const char *path : {"/ai/resultFiles/..%2Fsandbox.sqlite", "/ai/resultFiles/%2E%2E%2Fsandbox.sqlite",
                                 "/ai/resultFiles/sandbox.sqlite", "/ai/resultFiles/..%5Csandbox.sqlite"}) {
            const HttpResult answer = m_sandbox->get(m_sandbox->origin() + QLatin1String(path));
            QCOMPARE(answer.httpStatus, 404);
            QVERIFY(!answer.body.contains("SQLite"));
        }
        verifyStillServing();
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
