// SPDX-License-Identifier: GPL-3.0-or-later
// deai::ApiClient and deai::Session against the sandbox over real HTTP on
// loopback: every call's happy path, the whole chain, exact big amounts and
// paging.
#include "ClientOnSandbox.h"
#include "session/Session.h"
#include "storage/SandboxStore.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace deai;
using deai::test::ClientOnSandbox;
using deai::test::twoClassCnnSpec;
namespace datasets = deai::test::datasets;

namespace {

CcdAmount ccd(const char *decimal)
{
    return CcdAmount::fromDecimalText(QByteArrayView(decimal)).value_or(CcdAmount());
}

} // namespace

class TestClientCalls : public QObject
{
    Q_OBJECT

private:
    // Uploads the two-class images and labels, estimates and creates a CNN job.
    static QString createCnnJob(ClientOnSandbox &on, const QString &jobName, int epoch = 2)
    {
        const QString images = on.upload(QStringLiteral("x_train.zip"), datasets::twoClassImageZip(4));
        const QString labels = on.upload(QStringLiteral("y_train.csv"), datasets::twoClassLabelsCsv(4));
        CnnTrainingSpec spec = twoClassCnnSpec(jobName, images, labels);
        spec.epoch = epoch;
        if (!ClientOnSandbox::run(on.client.queryGuarantee(spec))->isOk())
            return {};
        const auto job = ClientOnSandbox::run(on.client.createJob({jobName, 8}));
        return job->isOk() ? *job->value : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sessionSignsInAndUserInfoTellsTheExactBalance()
    {
        ClientOnSandbox on;
        QVERIFY(on.start());
        Session session(&on.client);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn(QStringLiteral("session@example.com"), QStringLiteral("secret"));
        QVERIFY(signedIn.wait(30000));
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.email(), QStringLiteral("session@example.com"));
        QVERIFY(session.expiresAt() > QDateTime::currentDateTimeUtc());
        QVERIFY(!on.client.token().isEmpty());

        const auto info = ClientOnSandbox::run(on.client.userInfo());
        QVERIFY(info->isOk());
        QCOMPARE(info->value->email, QStringLiteral("session@example.com"));
        QVERIFY(QRegularExpression(QStringLiteral("^0x[0-9a-fA-F]{40}$")).match(info->value->walletAddress).hasMatch());
        QCOMPARE(info->value->balance, std::optional<CcdAmount>(ccd("1000")));
    }

    void wholeChainFromUploadToTheRecordList()
    {
        ClientOnSandbox on;
        QVERIFY(on.start());
        const QString email = QStringLiteral("chain@example.com");
        QVERIFY(on.signIn(email));

        const QString images = on.upload(QStringLiteral("x_train.zip"), datasets::twoClassImageZip(4));
        const QString labels = on.upload(QStringLiteral("y_train.csv"), datasets::twoClassLabelsCsv(4));
        QVERIFY(images.startsWith(email + QLatin1Char('/')) && images.endsWith(QLatin1String("x_train.zip")));
        QVERIFY(on.sandbox.server().store().file(labels).has_value());

        const auto estimate =
            ClientOnSandbox::run(on.client.queryGuarantee(twoClassCnnSpec(QStringLiteral("Chain"), images, labels)));
        QVERIFY(estimate->isOk());
        const auto stored = on.sandbox.server().store().estimate(email, QStringLiteral("Chain"));
        QVERIFY(stored.has_value());
        QCOMPARE(*estimate->value, stored->cost);

        const auto job = ClientOnSandbox::run(on.client.createJob({QStringLiteral("Chain"), 64}));
        QVERIFY(job->isOk());
        const QString jobId = *job->value;
        QCOMPARE(on.sandbox.server().store().job(jobId).value_or(sandbox::JobRow()).name, QStringLiteral("Chain"));
        const CcdAmount afterTraining = ccd("1000").saturatingMinus(stored->cost);
        QCOMPARE(ClientOnSandbox::run(on.client.userInfo())->value->balance, std::optional(afterTraining));

        const QString data = on.upload(QStringLiteral("x_test.zip"), datasets::twoClassImageZip(1));
        const auto quote = ClientOnSandbox::run(on.client.inferenceCost(jobId, data));
        QVERIFY(quote->isOk());
        QCOMPARE(*quote->value, on.sandbox.server().store().quote(jobId).value_or(sandbox::QuoteRow()).cost);

        const auto inferId = ClientOnSandbox::run(on.client.inference(jobId));
        QVERIFY(inferId->isOk());
        QVERIFY(*inferId->value > 0);

        const auto record = ClientOnSandbox::run(on.client.queryInfer(*inferId->value));
        QVERIFY(record->isOk());
        QCOMPARE(record->value->cost, *quote->value);
        QVERIFY(record->value->txHash.startsWith(QLatin1String("0x")));
        QCOMPARE(record->value->resultUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(record->value->resultUrl.path().startsWith(QLatin1String("/ai/resultFiles/")));
        QVERIFY(qAbs(record->value->submitTime.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        const test::HttpResult csv = on.sandbox.get(record->value->resultUrl.toString());
        QVERIFY(csv.body.startsWith("file,predicted_class,confidence\n"));

        const auto page = ClientOnSandbox::run(on.client.queryInferList(jobId, 1, 10));
        QVERIFY(page->isOk());
        QCOMPARE(page->value->totalCount, 1);
        QCOMPARE(page->value->records.size(), 1);
        QCOMPARE(page->value->records.first().txHash, record->value->txHash);
        QCOMPARE(page->value->records.first().resultUrl, record->value->resultUrl);
        QCOMPARE(ClientOnSandbox::run(on.client.userInfo())->value->balance,
                 std::optional(afterTraining.saturatingMinus(*quote->value)));
    }

    void lstmEstimateMatchesTheSandboxFigure()
    {
        ClientOnSandbox on;
        QVERIFY(on.start());
        const QString email = QStringLiteral("lstm-client@example.com");
        QVERIFY(on.signIn(email));
        LstmTrainingSpec spec;
        spec.jobName = QStringLiteral("LSTM Job");
        spec.epoch = 3;
        spec.seriesPath = on.upload(QStringLiteral("jena_climate.csv"), datasets::seriesCsv(80));
        spec.inputWidth = 6;
        spec.labelWidth = 2;
        spec.shift = 2;
        spec.samplingRate = 1;
        const auto estimate = ClientOnSandbox::run(on.client.queryGuarantee(spec));
        QVERIFY(estimate->isOk());
        QVERIFY(!estimate->value->isZero());
        QCOMPARE(*estimate->value, on.sandbox.server().store().estimate(email, spec.jobName)->cost);
    }

    void amountsAbove2To63StayExactEndToEnd()
    {
        ClientOnSandbox on;
        QVERIFY(on.start());
        const QString email = QStringLiteral("big@example.com");
        QVERIFY(on.signIn(email));
        // Enough epochs that the estimate passes 2^63 units (9.22 CCD).
        const QString jobId = createCnnJob(on, QStringLiteral("Big"), 2000000000);
        QVERIFY(!jobId.isEmpty());
        const CcdAmount cost = on.sandbox.server().store().estimate(email, QStringLiteral("Big"))->cost;
        QVERIFY(cost > CcdAmount::fromUnitsText(QByteArrayView("9223372036854775808")).value());

        const QString images = on.sandbox.server().store().estimate(email, QStringLiteral("Big"))->spec
                                   .value(QStringLiteral("x_train")).toString();
        CnnTrainingSpec again = twoClassCnnSpec(QStringLiteral("Big again"), images, {});
        again.labelsPath.reset();
        again.epoch = 2000000000;
        const auto estimate = ClientOnSandbox::run(on.client.queryGuarantee(again));
        QVERIFY(estimate->isOk());
        QCOMPARE(*estimate->value, on.sandbox.server().store().estimate(email, again.jobName)->cost);
        QCOMPARE(estimate->value->toUnitsText(), cost.toUnitsText()); // the same work, folders as labels

        const CcdAmount left = ccd("1000").saturatingMinus(cost);
        QCOMPARE(ClientOnSandbox::run(on.client.userInfo())->value->balance, std::optional(left));
        QCOMPARE(on.sandbox.server().store().user(email)->balance, left);
    }

    void twentyFiveRecordsPageByTen()
    {
        ClientOnSandbox on;
        QVERIFY(on.start());
        QVERIFY(on.signIn(QStringLiteral("pages@example.com")));
        const QString jobId = createCnnJob(on, QStringLiteral("Pages"));
        QVERIFY(!jobId.isEmpty());
        const QString data = on.upload(QStringLiteral("x_test.zip"), datasets::twoClassImageZip(1));
        QVERIFY(ClientOnSandbox::run(on.client.inferenceCost(jobId, data))->isOk());
        QSet<QString> hashes;
        for (int i = 0; i < 25; ++i) {
            const auto id = ClientOnSandbox::run(on.client.inference(jobId));
            QVERIFY(id->isOk());
            hashes.insert(ClientOnSandbox::run(on.client.queryInfer(*id->value))->value->txHash);
        }

        QSet<QString> listed;
        const QList<int> expectedSizes = {10, 10, 5, 0};
        for (int pageNumber = 1; pageNumber <= 4; ++pageNumber) {
            const auto page = ClientOnSandbox::run(on.client.queryInferList(jobId, pageNumber, 10));
            QVERIFY(page->isOk());
            QCOMPARE(page->value->pageNumber, pageNumber);
            QCOMPARE(page->value->pageSize, 10);
            QCOMPARE(page->value->totalCount, 25);
            QCOMPARE(page->value->totalPages, 3);
            QCOMPARE(page->value->records.size(), expectedSizes[pageNumber - 1]);
            for (const InferenceRecord &record : page->value->records)
                listed.insert(record.txHash);
        }
        QCOMPARE(listed, hashes);
    }
};

QTEST_GUILESS_MAIN(TestClientCalls)
#include "tst_client_calls.moc"
