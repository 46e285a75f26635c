// SPDX-License-Identifier: GPL-3.0-or-later
// The vendor reference's curl examples, with only the URL, token and file
// paths changed, against the deai-sandbox executable: each answer has the
// documented shape (fields and JSON types).
#include "SandboxFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace datasets = deai::test::datasets;

namespace {

const QString kCurl = QStringLiteral("/usr/bin/curl");

// The JSON type each documented field has, and the integer literal fields
// that must stay integers.
enum class Type { String, Integer, Object, Array };

bool hasShape(const QJsonObject &object, const QList<QPair<QString, Type>> &fields)
{
    for (const auto &[name, type] : fields) {
        const QJsonValue value = object.value(name);
        bool ok = false;
        switch (type) {
        case Type::String: ok = value.isString(); break;
        case Type::Integer: ok = value.isDouble() && value.toDouble() == std::floor(value.toDouble()); break;
        case Type::Object: ok = value.isObject(); break;
        case Type::Array: ok = value.isArray(); break;
        }
        if (!ok) {
            qWarning("field %s has the wrong type or is missing in %s", qPrintable(name),
                     QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
            return false;
        }
    }
    return true;
}

} // namespace

class TestClientCurl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_base; // http://127.0.0.1:PORT/sdk/computation
    QString m_token;

    // Runs curl with the reference's arguments and answers the JSON object it printed.
    QJsonObject curl(const QStringList &arguments, QByteArray *raw = nullptr)
    {
        QProcess process;
        process.start(kCurl, QStringList{QStringLiteral("--silent"), QStringLiteral("--show-error")} + arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            qWarning("curl failed: %s", process.readAllStandardError().constData());
        const QByteArray body = process.readAllStandardOutput();
        if (raw)
            *raw = body;
        return QJsonDocument::fromJson(body).object();
    }

    // curl --location URL --header 'token: …' --header 'Content-Type: application/json' --data-raw BODY
    QJsonObject postJson(const QString &call, const QByteArray &body, QByteArray *raw = nullptr)
    {
        return curl({QStringLiteral("--location"), m_base + call, QStringLiteral("--header"),
                     QStringLiteral("token: ") + m_token, QStringLiteral("--header"),
                     QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-raw"),
                     QString::fromUtf8(body)},
                    raw);
    }

    QString upload(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        file.close();
        const QJsonObject answer =
            curl({QStringLiteral("--location"), m_base + QStringLiteral("/deAI/uploadFile"),
                  QStringLiteral("--header"), QStringLiteral("token: ") + m_token, QStringLiteral("--form"),
                  QStringLiteral("file=@\"%1\"").arg(file.fileName())});
        if (!hasShape(answer, {{QStringLiteral("code"), Type::Integer}, {QStringLiteral("msg"), Type::String}}))
            return {};
        return answer.value(QStringLiteral("msg")).toString();
    }

    static bool isSuccess(const QJsonObject &answer, const QList<QPair<QString, Type>> &fields)
    {
        return answer.value(QStringLiteral("code")).toInt() == 200
               && hasShape(answer, QList<QPair<QString, Type>>{{QStringLiteral("code"), Type::Integer},
                                                               {QStringLiteral("msg"), Type::String}}
                                       + fields);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(kCurl));
        const QString program = QStringLiteral(DEAI_BINARY_DIR "/src/sandbox/deai-sandbox");
        QVERIFY2(QFile::exists(program), "build the deai-sandbox target first");
        m_sandbox.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                                  m_dir.filePath(QStringLiteral("data"))});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 30000);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("listening on (\\S+)")).match(QString::fromUtf8(m_sandbox.readLine()));
        QVERIFY(match.hasMatch());
        m_base = match.captured(1);

        // genToken is not in the reference; it is called as the vendor's SDK does.
        const QJsonObject token = curl({QStringLiteral("--location"), m_base + QStringLiteral("/user/genToken"),
                                        QStringLiteral("--header"), QStringLiteral("Content-Type: application/json"),
                                        QStringLiteral("--data-raw"),
                                        QStringLiteral(R"({"email":"curl@example.com","passwd":"secret"})")});
        QVERIFY(isSuccess(token, {{QStringLiteral("token"), Type::String}}));
        m_token = token.value(QStringLiteral("token")).toString();
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(30000));
    }

    void everyReferenceExampleGetsTheDocumentedShape()
    {
        const QString xTrain = upload(QStringLiteral("x_train.zip"), datasets::twoClassImageZip(4));
        const QString yTrain = upload(QStringLiteral("y_train.csv"), datasets::twoClassLabelsCsv(4));
        const QString series = upload(QStringLiteral("jena_climate.csv"), datasets::seriesCsv(120));
        QVERIFY(xTrain.startsWith(QLatin1String("curl@example.com/")) && !yTrain.isEmpty() && !series.isEmpty());

        QByteArray raw;
        const QJsonObject cnnCost = postJson(QStringLiteral("/deAI/queryGuarantee"), QStringLiteral(R"({
"epoch": 2,
"jobName": "CNN Classification Job",
"model": "CNN",
"scale_ratio": 255,
"category": 3,
"channel": 1,
"train_shard": 0.8,
"x_train": "%1",
"y_train": "%2"
})").arg(xTrain, yTrain).toUtf8(), &raw);
        QVERIFY(isSuccess(cnnCost, {{QStringLiteral("ccd_cost"), Type::Integer}}));
        QVERIFY2(QRegularExpression(QStringLiteral("\"ccd_cost\":[1-9]\\d*[,}]")).match(QString::fromUtf8(raw))
                     .hasMatch(), raw.constData());

        const QJsonObject lstmCost = postJson(QStringLiteral("/deAI/queryGuarantee"), QStringLiteral(R"({
"epoch": 2,
"jobName": "LSTM Job",
"model": "LSTM",
"train_shard": 0.8,
"x_train": "%1",
"input_width":24,
"label_width":24,
"shift":24,
"sequence_stride":1,
"sampling_rate":1
})").arg(series).toUtf8());
        QVERIFY(isSuccess(lstmCost, {{QStringLiteral("ccd_cost"), Type::Integer}}));

        const QJsonObject cnnJob = postJson(QStringLiteral("/deAI/createJob"), R"({
"jobName": "CNN Classification Job",
"computation": "Distributed AI",
"batchSize": 64
})");
        QVERIFY(isSuccess(cnnJob, {{QStringLiteral("data"), Type::String}}));
        QCOMPARE(cnnJob.value(QStringLiteral("msg")).toString(), QStringLiteral("Success"));
        const QJsonObject lstmJob = postJson(QStringLiteral("/deAI/createJob"), R"({
"jobName": "LSTM Job",
"computation": "Distributed AI",
"batchSize": 64
})");
        QVERIFY(isSuccess(lstmJob, {{QStringLiteral("data"), Type::String}}));
        const QString jobId = cnnJob.value(QStringLiteral("data")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{77,78}$")).match(jobId).hasMatch());

        const QJsonObject inferenceCost = postJson(QStringLiteral("/deAI/inferenceCost"), QStringLiteral(R"({
"data_path": "%1",
"jobID": "%2"
})").arg(xTrain, jobId).toUtf8());
        QVERIFY(isSuccess(inferenceCost, {{QStringLiteral("ccd_cost"), Type::Integer}}));

        const QJsonObject inference = postJson(QStringLiteral("/deAI/inference"), QStringLiteral(R"({
"jobID": "%1"
})").arg(jobId).toUtf8());
        QVERIFY(isSuccess(inference, {{QStringLiteral("infer_id"), Type::Integer}}));
        QCOMPARE(inference.value(QStringLiteral("msg")).toString(), QStringLiteral("Inference success"));
        const qint64 inferId = inference.value(QStringLiteral("infer_id")).toInteger();

        const QList<QPair<QString, Type>> recordShape = {{QStringLiteral("tx_hash"), Type::String},
                                                         {QStringLiteral("result"), Type::String},
                                                         {QStringLiteral("submitTime"), Type::Integer},
                                                         {QStringLiteral("ccd_cost"), Type::String}};
        const QJsonObject record = postJson(QStringLiteral("/deAI/queryInfer"), QStringLiteral(R"({
"id": %1
})").arg(inferId).toUtf8());
        QVERIFY(isSuccess(record, {{QStringLiteral("data"), Type::Object}}));
        QVERIFY(hasShape(record.value(QStringLiteral("data")).toObject(), recordShape));

        const QJsonObject list = postJson(QStringLiteral("/deAI/queryInferList"), QStringLiteral(R"({
"jobID": "%1",
"pageNo": 1,
"pageSize": 10
})").arg(jobId).toUtf8());
        QVERIFY(isSuccess(list, {{QStringLiteral("size"), Type::Integer}, {QStringLiteral("page"), Type::Integer},
                                 {QStringLiteral("totalPages"), Type::Integer},
                                 {QStringLiteral("totalCount"), Type::Integer},
                                 {QStringLiteral("data"), Type::Array}}));
        const QJsonArray records = list.value(QStringLiteral("data")).toArray();
        QCOMPARE(records.size(), 1);
        QVERIFY(hasShape(records.first().toObject(), recordShape));
        QCOMPARE(records.first().toObject(), record.value(QStringLiteral("data")).toObject());
    }
};

QTEST_GUILESS_MAIN(TestClientCurl)
#include "tst_client_curl.moc"
