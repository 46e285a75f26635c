// SPDX-License-Identifier: GPL-3.0-or-later
// What lasts: restarts, token lifetime, paging of many records.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using deai::test::HttpResult;
using deai::test::SandboxFixture;
namespace datasets = deai::test::datasets;

class TestState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stateSurvivesARestart()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("keep@example.com"), QStringLiteral("pw"));
        const QString jobId = sandbox.createCnnJob(token, QStringLiteral("Kept"));
        QVERIFY(!jobId.isEmpty());
        const QString data = sandbox.upload(datasets::twoClassImageZip(1), QStringLiteral("t.zip"), token);
        const qint64 inferId = sandbox.runInference(token, jobId, data);
        QVERIFY(inferId > 0);
        const QString balance = sandbox.get(QStringLiteral("user/userInfo"), token)
                                    .json().value(QStringLiteral("data")).toObject()
                                    .value(QStringLiteral("balance")).toString();
        QVERIFY(balance != QLatin1String("1000"));

        QVERIFY(sandbox.restart());

        // The old token still verifies: the signing key was kept.
        const HttpResult info = sandbox.get(QStringLiteral("user/userInfo"), token);
        QCOMPARE(info.code(), 200);
        QCOMPARE(info.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("balance")).toString(),
                 balance);
        // The password was kept, and a wrong one still fails.
        QVERIFY(!sandbox.signIn(QStringLiteral("keep@example.com"), QStringLiteral("pw")).isEmpty());
        QCOMPARE(sandbox.postJson(QStringLiteral("user/genToken"),
                                  {{QStringLiteral("email"), QStringLiteral("keep@example.com")},
                                   {QStringLiteral("passwd"), QStringLiteral("other")}}).code(), 401);
        // Jobs, names, records and result files were kept; URLs follow the new port.
        QCOMPARE(sandbox.postJson(QStringLiteral("deAI/queryGuarantee"), {}, token).code(), 400);
        const HttpResult record = sandbox.postJson(QStringLiteral("deAI/queryInfer"),
                                                   {{QStringLiteral("id"), inferId}}, token);
        QCOMPARE(record.code(), 200);
        const QJsonObject recordData = record.json().value(QStringLiteral("data")).toObject();
        const QString url = recordData.value(QStringLiteral("result")).toString();
        QVERIFY(url.startsWith(sandbox.origin()));
        QCOMPARE(sandbox.get(url).httpStatus, 200);
        const QJsonObject sameName{{QStringLiteral("jobName"), QStringLiteral("Kept")},
                                   {QStringLiteral("batchSize"), 4},
                                   {QStringLiteral("computation"), QStringLiteral("Distributed AI")}};
        const HttpResult repeated = sandbox.postJson(QStringLiteral("deAI/createJob"), sameName, token);
        QCOMPARE(repeated.code(), 409);
        // A second inference on the restarted server uses the stored model.
        QVERIFY(sandbox.runInference(token, jobId, data) > inferId);
    }

    void tokensExpireAfterTheirLifetime()
    {
        deai::sandbox::SandboxOptions options;
        options.tokenLifetime = std::chrono::seconds(1);
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("brief@example.com"));
        QVERIFY(!token.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.get(QStringLiteral("user/userInfo"), token).code(), 401, 10000);
        // Signing in again gives a working token.
        QCOMPARE(sandbox.get(QStringLiteral("user/userInfo"), sandbox.signIn(QStringLiteral("brief@example.com")))
                     .code(), 200);
    }

    void recordsArePagedNewestFirst()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("pages@example.com"));
        const QString jobId = sandbox.createCnnJob(token, QStringLiteral("Paged"));
        const QString data = sandbox.upload(datasets::twoClassImageZip(1), QStringLiteral("t.zip"), token);
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i)
            ids.append(sandbox.runInference(token, jobId, data));
        QVERIFY(!ids.contains(-1));

        auto page = [&](int pageNo, int pageSize) {
            return sandbox.postJson(QStringLiteral("deAI/queryInferList"),
                                    {{QStringLiteral("jobID"), jobId}, {QStringLiteral("pageNo"), pageNo},
                                     {QStringLiteral("pageSize"), pageSize}}, token);
        };
        QStringList seenHashes;
        for (int pageNo = 1; pageNo <= 4; ++pageNo) {
            const HttpResult answer = page(pageNo, 10);
            QCOMPARE(answer.code(), 200);
            const QJsonObject json = answer.json();
            QCOMPARE(json.value(QStringLiteral("totalCount")).toInt(), 25);
            QCOMPARE(json.value(QStringLiteral("totalPages")).toInt(), 3);
            QCOMPARE(json.value(QStringLiteral("page")).toInt(), pageNo);
            QCOMPARE(json.value(QStringLiteral("size")).toInt(), 10);
            const QJsonArray records = json.value(QStringLiteral("data")).toArray();
            QCOMPARE(records.size(), pageNo <= 2 ? 10 : pageNo == 3 ? 5 : 0);
            for (const QJsonValue &record : records)
                seenHashes.append(record.toObject().value(QStringLiteral("tx_hash")).toString());
        }
        // Newest first: the first record of page 1 is the last inference.
        const HttpResult newest = sandbox.postJson(QStringLiteral("deAI/queryInfer"),
                                                   {{QStringLiteral("id"), ids.constLast()}}, token);
        QCOMPARE(seenHashes.size(), 25);
        QCOMPARE(seenHashes.constFirst(),
                 newest.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("tx_hash")).toString());
        QCOMPARE(QSet<QString>(seenHashes.cbegin(), seenHashes.cend()).size(), 25);

        QCOMPARE(page(0, 10).code(), 400);
        QCOMPARE(page(1, 0).code(), 400);
        QCOMPARE(page(-1, 10).code(), 400);
        QCOMPARE(page(1000000, 10).json().value(QStringLiteral("data")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestState)
#include "tst_state.moc"
