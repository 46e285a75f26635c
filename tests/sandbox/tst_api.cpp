// SPDX-License-Identifier: GPL-3.0-or-later
// The happy paths of every call, chained as a client uses them.
#include "SandboxFixture.h"

#include "models/SoftmaxImageClassifier.h"
#include "money/CcdAmount.h"
#include "storage/SandboxStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using deai::CcdAmount;
using deai::test::HttpResult;
using deai::test::SandboxFixture;
namespace datasets = deai::test::datasets;

class TestApi : public QObject
{
    Q_OBJECT

private:
    static CcdAmount balanceOf(SandboxFixture &sandbox, const QByteArray &token)
    {
        const HttpResult info = sandbox.get(QStringLiteral("user/userInfo"), token);
        const QJsonObject data = info.json().value(QStringLiteral("data")).toObject();
        const QString text = data.value(QStringLiteral("balance")).toString();
        return CcdAmount::fromDecimalText(text).value_or(CcdAmount());
    }
    static CcdAmount costIn(const HttpResult &answer)
    {
        static const QRegularExpression literal(QStringLiteral("\"ccd_cost\":(\\d+)"));
        const QRegularExpressionMatch match = literal.match(QString::fromUtf8(answer.body));
        return CcdAmount::fromUnitsText(match.captured(1).toLatin1()).value_or(CcdAmount());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listensOnLoopbackWithProductionBase()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QCOMPARE(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(sandbox.baseUrl().port() > 0);
        QCOMPARE(sandbox.baseUrl().path(), QStringLiteral("/sdk/computation"));
    }

    void signInCreatesAccountAndUserInfoDescribesIt()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("alice@example.com"), QStringLiteral("pw1"));
        QCOMPARE(token.count('.'), 2);

        const HttpResult info = sandbox.get(QStringLiteral("user/userInfo"), token);
        QCOMPARE(info.httpStatus, 200);
        QCOMPARE(info.code(), 200);
        const QJsonObject data = info.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
        QVERIFY(QRegularExpression(QStringLiteral("^0x[0-9a-f]{40}$"))
                    .match(data.value(QStringLiteral("address")).toString()).hasMatch());
        QCOMPARE(data.value(QStringLiteral("balance")).toString(), QStringLiteral("1000"));

        // The same password signs in again; another one is refused.
        QVERIFY(!sandbox.signIn(QStringLiteral("alice@example.com"), QStringLiteral("pw1")).isEmpty());
        const HttpResult wrong = sandbox.postJson(QStringLiteral("user/genToken"),
                                                  {{QStringLiteral("email"), QStringLiteral("alice@example.com")},
                                                   {QStringLiteral("passwd"), QStringLiteral("nope")}});
        QCOMPARE(wrong.httpStatus, 200);
        QCOMPARE(wrong.code(), 401);
        QVERIFY(wrong.json().value(QStringLiteral("token")).isUndefined());
    }

    void passwordsAreNotStoredInClear()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QVERIFY(!sandbox.signIn(QStringLiteral("bob@example.com"), QStringLiteral("hunter2-very-secret")).isEmpty());
        QFile database(sandbox.dataDir() + QStringLiteral("/sandbox.sqlite"));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains("hunter2-very-secret"));
    }

    void uploadAnswersProductionShapedPath()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("u@x.io"));
        const HttpResult answer = sandbox.uploadRaw("a,b\n1,2\n", QStringLiteral("../../etc/y_train.csv"), token);
        QCOMPARE(answer.code(), 200);
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^u@x\.io/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZy_train\.csv$)"))
                     .match(answer.msg()).hasMatch(), qPrintable(answer.msg()));
        // The stored copy is inside the data directory.
        QDir files(sandbox.dataDir() + QStringLiteral("/files"));
        QCOMPARE(files.entryList(QDir::Files).size(), 1);
        QVERIFY(files.entryList(QDir::Files).constFirst().endsWith(QLatin1String("y_train.csv")));
    }

    void cnnChainFromUploadToRecords()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("cnn@example.com"));
        const CcdAmount before = balanceOf(sandbox, token);

        const QString images = sandbox.upload(datasets::twoClassImageZip(4), QStringLiteral("x_train.zip"), token);
        const QString labels = sandbox.upload(datasets::twoClassLabelsCsv(4), QStringLiteral("y_train.csv"), token);
        QVERIFY(!images.isEmpty() && !labels.isEmpty());
        const HttpResult estimate = sandbox.postJson(
            QStringLiteral("deAI/queryGuarantee"),
            {{QStringLiteral("model"), QStringLiteral("CNN")}, {QStringLiteral("epoch"), 2},
             {QStringLiteral("jobName"), QStringLiteral("CNN Classification Job")},
             {QStringLiteral("x_train"), images}, {QStringLiteral("y_train"), labels},
             {QStringLiteral("train_shard"), 0.75}, {QStringLiteral("category"), 2},
             {QStringLiteral("scale_ratio"), 255}, {QStringLiteral("channel"), 1}},
            token);
        QCOMPARE(estimate.code(), 200);
        QCOMPARE(estimate.msg(), QStringLiteral("success"));
        const CcdAmount trainingCost = costIn(estimate);
        QVERIFY(!trainingCost.isZero());

        const HttpResult job = sandbox.postJson(QStringLiteral("deAI/createJob"),
                                                {{QStringLiteral("jobName"), QStringLiteral("CNN Classification Job")},
                                                 {QStringLiteral("batchSize"), 64},
                                                 {QStringLiteral("computation"), QStringLiteral("Distributed AI")}},
                                                token);
        QCOMPARE(job.code(), 200);
        QCOMPARE(job.msg(), QStringLiteral("Success"));
        const QString jobId = job.json().value(QStringLiteral("data")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[1-9]\\d{76,77}$")).match(jobId).hasMatch(), qPrintable(jobId));
        QCOMPARE(balanceOf(sandbox, token), before.saturatingMinus(trainingCost));

        // Inference on images the model has not seen: a darker and a lighter one.
        QImage dark(8, 8, QImage::Format_Grayscale8);
        dark.fill(30);
        QImage light(8, 8, QImage::Format_Grayscale8);
        light.fill(220);
        const QString data = sandbox.upload(datasets::zip({{QStringLiteral("a.png"), datasets::png(dark)},
                                                           {QStringLiteral("b.png"), datasets::png(light)}}),
                                            QStringLiteral("x_test.zip"), token);
        const HttpResult quote = sandbox.postJson(QStringLiteral("deAI/inferenceCost"),
                                                  {{QStringLiteral("jobID"), jobId},
                                                   {QStringLiteral("data_path"), data}}, token);
        QCOMPARE(quote.code(), 200);
        const CcdAmount inferenceCost = costIn(quote);
        QVERIFY(!inferenceCost.isZero());

        const HttpResult run = sandbox.postJson(QStringLiteral("deAI/inference"), {{QStringLiteral("jobID"), jobId}},
                                                token);
        QCOMPARE(run.code(), 200);
        QCOMPARE(run.msg(), QStringLiteral("Inference success"));
        const QJsonValue inferId = run.json().value(QStringLiteral("infer_id"));
        QVERIFY(inferId.isDouble() && inferId.toInteger() > 0);
        QCOMPARE(balanceOf(sandbox, token), before.saturatingMinus(trainingCost).saturatingMinus(inferenceCost));

        const HttpResult record = sandbox.postJson(QStringLiteral("deAI/queryInfer"),
                                                   {{QStringLiteral("id"), inferId.toInteger()}}, token);
        QCOMPARE(record.code(), 200);
        const QJsonObject recordData = record.json().value(QStringLiteral("data")).toObject();
        QVERIFY(QRegularExpression(QStringLiteral("^0x[0-9a-f]{64}$"))
                    .match(recordData.value(QStringLiteral("tx_hash")).toString()).hasMatch());
        QVERIFY(recordData.value(QStringLiteral("submitTime")).isDouble());
        QVERIFY(qAbs(recordData.value(QStringLiteral("submitTime")).toInteger() - QDateTime::currentSecsSinceEpoch())
                < 3600);
        QCOMPARE(recordData.value(QStringLiteral("ccd_cost")).toString(), inferenceCost.toDecimalText());
        const QString resultUrl = recordData.value(QStringLiteral("result")).toString();
        QVERIFY2(resultUrl.startsWith(sandbox.origin() + QStringLiteral("/ai/resultFiles/")), qPrintable(resultUrl));

        // The trained classifier puts each unseen image in its class.
        const HttpResult csv = sandbox.get(resultUrl);
        QCOMPARE(csv.httpStatus, 200);
        const QList<QByteArray> lines = csv.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("file,predicted_class,confidence"));
        QVERIFY2(lines[1].startsWith("a.png,dark,"), lines[1].constData());
        QVERIFY2(lines[2].startsWith("b.png,light,"), lines[2].constData());
        QVERIFY(lines[2].split(',').last().toDouble() > 0.5);

        // The SDK's "ID" spelling and a numeric string are accepted too.
        QCOMPARE(sandbox.postJson(QStringLiteral("deAI/queryInfer"),
                                  {{QStringLiteral("ID"), QString::number(inferId.toInteger())}}, token).code(), 200);

        const HttpResult list = sandbox.postJson(QStringLiteral("deAI/queryInferList"),
                                                 {{QStringLiteral("jobID"), jobId}, {QStringLiteral("pageNo"), 1},
                                                  {QStringLiteral("pageSize"), 10}}, token);
        QCOMPARE(list.code(), 200);
        QCOMPARE(list.json().value(QStringLiteral("totalCount")).toInt(), 1);
        QCOMPARE(list.json().value(QStringLiteral("totalPages")).toInt(), 1);
        QCOMPARE(list.json().value(QStringLiteral("size")).toInt(), 10);
        QCOMPARE(list.json().value(QStringLiteral("page")).toInt(), 1);
        QCOMPARE(list.json().value(QStringLiteral("data")).toArray().first().toObject(), recordData);
    }

    void trainingLearnsFromTheDataInTheBackground()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("train@example.com"));
        const QString jobId = sandbox.createCnnJob(token, QStringLiteral("Trained"));
        QVERIFY(!jobId.isEmpty());
        QTRY_VERIFY(!sandbox.server().store().job(jobId).value_or(deai::sandbox::JobRow()).model.isEmpty());

        const QByteArray stored = sandbox.server().store().job(jobId)->model;
        const auto model = deai::sandbox::SoftmaxImageClassifier::fromBytes(stored);
        QVERIFY(model.has_value());
        QCOMPARE(model->classNames(), QStringList({QStringLiteral("dark"), QStringLiteral("light")}));
        // train_shard 0.75 of 4 images per class: 6 trained, 2 held out, all told apart.
        QCOMPARE(model->metrics().trainingSamples, 6);
        QCOMPARE(model->metrics().validationSamples, 2);
        QCOMPARE(model->metrics().validationAccuracy, 1.0);
    }

    void labelsMayBeKeyedByFileName()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("keyed@example.com"));
        const QString images = sandbox.upload(datasets::twoClassImageZip(2), QStringLiteral("x.zip"), token);
        auto estimate = [&](const QByteArray &csv) {
            const QString labels = sandbox.upload(csv, QStringLiteral("y.csv"), token);
            return sandbox.postJson(QStringLiteral("deAI/queryGuarantee"),
                                    {{QStringLiteral("model"), QStringLiteral("CNN")}, {QStringLiteral("epoch"), 1},
                                     {QStringLiteral("jobName"), QStringLiteral("Keyed")},
                                     {QStringLiteral("x_train"), images}, {QStringLiteral("y_train"), labels},
                                     {QStringLiteral("train_shard"), 0.5}, {QStringLiteral("category"), 3}},
                                    token);
        };
        QCOMPARE(estimate("file,label\nlight/01.png,b\ndark/01.png,a\ndark/00.png,a\nlight/00.png,c\n").code(), 200);
        // "01.png" could be either folder's image, so it labels neither.
        const HttpResult missing = estimate("file,label\nlight/01.png,b\n01.png,a\ndark/00.png,a\nlight/00.png,c\n");
        QCOMPARE(missing.code(), 400);
        QVERIFY2(missing.msg().contains(QLatin1String("dark/01.png")), qPrintable(missing.msg()));
        const HttpResult tooManyClasses = estimate("file,label\nlight/01.png,b\ndark/01.png,a\ndark/00.png,d\n"
                                                   "light/00.png,c\n");
        QCOMPARE(tooManyClasses.code(), 400);
        QVERIFY(tooManyClasses.msg().contains(QLatin1String("category")));
    }

    void lstmChainForecastsFromTheData()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("lstm@example.com"));
        const QString series = sandbox.upload(datasets::seriesCsv(60), QStringLiteral("jena_climate.csv"), token);
        const HttpResult estimate = sandbox.postJson(
            QStringLiteral("deAI/queryGuarantee"),
            {{QStringLiteral("model"), QStringLiteral("LSTM")}, {QStringLiteral("epoch"), 2},
             {QStringLiteral("jobName"), QStringLiteral("LSTM Job")}, {QStringLiteral("x_train"), series},
             {QStringLiteral("train_shard"), 0.8}, {QStringLiteral("input_width"), 6},
             {QStringLiteral("label_width"), 3}, {QStringLiteral("shift"), 3},
             {QStringLiteral("sequence_stride"), 1}, {QStringLiteral("sampling_rate"), 1}},
            token);
        QCOMPARE(estimate.code(), 200);
        const HttpResult job = sandbox.postJson(QStringLiteral("deAI/createJob"),
                                                {{QStringLiteral("jobName"), QStringLiteral("LSTM Job")},
                                                 {QStringLiteral("batchSize"), 8},
                                                 {QStringLiteral("computation"), QStringLiteral("Distributed AI")}},
                                                token);
        QCOMPARE(job.code(), 200);
        const QString jobId = job.json().value(QStringLiteral("data")).toString();
        const qint64 inferId = sandbox.runInference(token, jobId, series);
        QVERIFY(inferId > 0);
        const HttpResult record = sandbox.postJson(QStringLiteral("deAI/queryInfer"), {{QStringLiteral("id"), inferId}},
                                                   token);
        const HttpResult csv = sandbox.get(
            record.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toString());
        // Column a (the target) rises by 2 per row: every window's forecast three rows on is near exact.
        const QList<QByteArray> lines = csv.body.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("step,forecast,actual"));
        QCOMPARE(lines.size(), 1 + 60 - 5); // one per row that ends a full input window of 6
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            QCOMPARE(fields.size(), 3);
            const qint64 step = fields[0].toLongLong();
            QCOMPARE(step, qint64(5 + i - 1 + 3));
            QVERIFY2(qAbs(fields[1].toDouble() - 2.0 * double(step)) < 0.5, lines[i].constData());
            QCOMPARE(fields[2].isEmpty(), step >= 60);
        }
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
