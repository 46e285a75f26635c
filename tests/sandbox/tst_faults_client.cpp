// SPDX-License-Identifier: GPL-3.0-or-later
// Every fault the sandbox can inject, against the API client: a clear error
// naming the operation, retries only where nothing is spent, paid calls never
// sent twice, and the user can try again once the fault is gone.
#include "ApiTestHelpers.h"
#include "SandboxFixture.h"

#include "api/ApiClient.h"
#include "FaultSupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using deai::ApiClient;
using deai::ApiError;
using deai::sandbox::Fault;
using deai::sandbox::FaultKind;
using deai::sandbox::FaultPlan;
using deai::test::SandboxFixture;
using deai::test::makeFault;
using Kind = deai::ApiError::Kind;
namespace datasets = deai::test::datasets;

namespace {

constexpr auto kTimeout = std::chrono::milliseconds(1500);

template<typename T>
std::shared_ptr<deai::test::Outcome<T>> finish(deai::ApiReply<T> *reply)
{
    auto outcome = deai::test::watch(reply);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 30000); }();
    return outcome;
}

} // namespace

class TestFaultsClient : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *m_sandbox = nullptr;
    ApiClient *m_client = nullptr;
    QByteArray m_token;
    QString m_jobId;
    QString m_dataPath;
    int m_jobs = 0;

    FaultPlan &faults() { return *m_sandbox->server().faults(); }
    int requests(const char *call) { return faults().requestCount(QLatin1String(call)); }

    // Estimates a fresh job through the fixture, so createJob has something to create.
    QString estimatedJobName()
    {
        const QString name = QStringLiteral("Faulty%1").arg(++m_jobs);
        const QString images = m_sandbox->upload(datasets::twoClassImageZip(4), QStringLiteral("x.zip"), m_token);
        const QJsonObject spec{{QStringLiteral("model"), QStringLiteral("CNN")}, {QStringLiteral("epoch"), 1},
                               {QStringLiteral("jobName"), name}, {QStringLiteral("x_train"), images},
                               {QStringLiteral("train_shard"), 0.75}, {QStringLiteral("category"), 2}};
        const int code = m_sandbox->postJson(QStringLiteral("deAI/queryGuarantee"), spec, m_token).code();
        return code == 200 ? name : QString();
    }
    void quote()
    {
        const auto cost = finish(m_client->inferenceCost(m_jobId, m_dataPath));
        QVERIFY2(cost->isOk(), qPrintable(cost->error.message()));
    }
    // The user can try again once the fault is gone.
    void verifyWorksAgain()
    {
        faults().clear();
        const auto info = finish(m_client->userInfo());
        QVERIFY2(info->isOk(), qPrintable(info->error.message()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxFixture(deai::test::withFaultControl());
        QVERIFY(m_sandbox->start());
        QVERIFY(m_sandbox->server().faults());
        m_client = new ApiClient(this);
        m_client->setBaseUrl(m_sandbox->baseUrl());
        m_client->setInactivityTimeout(kTimeout);
        m_client->setRetryPolicy(3, std::chrono::milliseconds(20));
        const auto token = finish(m_client->genToken(QStringLiteral("f@example.com"), QStringLiteral("pw")));
        QVERIFY(token->isOk());
        m_token = *token->value;
        m_client->setToken(m_token);
        m_jobId = m_sandbox->createCnnJob(m_token, QStringLiteral("FaultBase"));
        QVERIFY(!m_jobId.isEmpty());
        m_dataPath = m_sandbox->upload(datasets::twoClassImageZip(1), QStringLiteral("d.zip"), m_token);
        QVERIFY(!m_dataPath.isEmpty());
    }
    void cleanupTestCase()
    {
        delete m_client;
        delete m_sandbox;
    }
    void cleanup() { faults().clear(); }

    void faultsAreOffUnlessEnabled()
    {
        SandboxFixture plain;
        QVERIFY(plain.start());
        QVERIFY(!plain.server().faults());
        QCOMPARE(plain.postJson(plain.origin() + QStringLiteral("/__faults__"),
                                {{QStringLiteral("action"), QStringLiteral("clear")}})
                     .httpStatus, 404);
    }

    void controlRouteArmsFaults()
    {
        const QString control = m_sandbox->origin() + QStringLiteral("/__faults__");
        QCOMPARE(m_sandbox->postJson(control, {{QStringLiteral("fault"), QStringLiteral("http-500-html")},
                                               {QStringLiteral("call"), QStringLiteral("user/userInfo")}}).code(),
                 200);
        QCOMPARE(m_sandbox->get(QStringLiteral("user/userInfo"), m_token).httpStatus, 500);
        QCOMPARE(m_sandbox->get(QStringLiteral("user/userInfo"), m_token).code(), 200);
        QCOMPARE(m_sandbox->postJson(control, {{QStringLiteral("fault"), QStringLiteral("no-such-fault")},
                                               {QStringLiteral("call"), QStringLiteral("user/userInfo")}}).code(),
                 400);
        const auto count = m_sandbox->postJson(control, {{QStringLiteral("action"), QStringLiteral("count")},
                                                         {QStringLiteral("call"), QStringLiteral("user/userInfo")}});
        QCOMPARE(count.json().value(QStringLiteral("requests")).toInt(), requests("user/userInfo"));
        QVERIFY(requests("user/userInfo") >= 2);
    }

    // Spend-nothing calls: each fault once, then "always"; the error names the operation.
    void spendNothingFailuresAreClear_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<Kind>("expected");
        QTest::addColumn<bool>("retried");
        QTest::newRow("500 html") << FaultKind::Http500Html << Kind::HttpStatus << false;
        QTest::newRow("502 html") << FaultKind::Http502Html << Kind::HttpStatus << true;
        QTest::newRow("malformed") << FaultKind::MalformedJson << Kind::NotJson << false;
        QTest::newRow("truncated") << FaultKind::TruncatedJson << Kind::NotJson << false;
        QTest::newRow("wrong types") << FaultKind::WrongTypes << Kind::BadResponse << false;
        QTest::newRow("missing fields") << FaultKind::MissingFields << Kind::BadResponse << false;
        QTest::newRow("huge body") << FaultKind::HugeBody << Kind::BadResponse << false;
        QTest::newRow("expired") << FaultKind::TokenExpired << Kind::Unauthorized << false;
        QTest::newRow("dropped") << FaultKind::DropAfterBytes << Kind::Unreachable << true;
        QTest::newRow("delayed") << FaultKind::Delay << Kind::TimedOut << true;
    }
    void spendNothingFailuresAreClear()
    {
        QFETCH(FaultKind, kind);
        QFETCH(Kind, expected);
        QFETCH(bool, retried);
        Fault armed = makeFault(kind, QStringLiteral("deAI/inferenceCost"), Fault::kAlways);
        armed.delay = kTimeout * 3;
        faults().add(armed);
        const int before = requests("deAI/inferenceCost");
        QSignalSpy attempts(m_client, &ApiClient::exchangeFinished);
        const auto failed = finish(m_client->inferenceCost(m_jobId, m_dataPath));
        QCOMPARE(failed->error.kind(), expected);
        QVERIFY2(failed->error.message().contains(QLatin1String("estimating the inference cost")),
                 qPrintable(failed->error.message()));
        QVERIFY(!failed->error.outcomeUnknown());
        QCOMPARE(attempts.count(), retried ? 3 : 1);
        // Qt itself may resend a spend-nothing request once on a dropped keep-alive connection.
        QVERIFY(requests("deAI/inferenceCost") - before >= attempts.count());

        // Once, a retryable fault is hidden by the retry; otherwise the user sees it once.
        faults().clear();
        faults().add(makeFault(kind, QStringLiteral("deAI/inferenceCost"), 1));
        const auto once = finish(m_client->inferenceCost(m_jobId, m_dataPath));
        QCOMPARE(once->isOk(), retried);
        if (!retried)
            quote();
    }

    void hugeBodyIsCappedAtSixteenMebibytes()
    {
        faults().add(makeFault(FaultKind::HugeBody, QStringLiteral("user/userInfo"), Fault::kAlways));
        QSignalSpy attempts(m_client, &ApiClient::exchangeFinished);
        const auto failed = finish(m_client->userInfo());
        QCOMPARE(failed->error.kind(), Kind::BadResponse);
        QVERIFY2(failed->error.message().contains(QLatin1String("16 MiB")), qPrintable(failed->error.message()));
        QVERIFY(failed->error.message().contains(QLatin1String("loading your account details")));
        QCOMPARE(attempts.count(), 1);
        QVERIFY(attempts.first().at(2).toLongLong() <= 16 * 1024 * 1024); // bytes it kept
        verifyWorksAgain();
    }

    // Paid calls whose answer is lost: outcome unknown, and the server saw one request.
    void lostPaidAnswersAreNeverResent_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<bool>("inference");
        QTest::newRow("createJob dropped before answer") << FaultKind::DropBeforeAnswer << false;
        QTest::newRow("createJob dropped after the request") << FaultKind::DropAfterBytes << false;
        QTest::newRow("createJob answer too late") << FaultKind::Delay << false;
        QTest::newRow("createJob 502") << FaultKind::Http502Html << false;
        QTest::newRow("createJob truncated") << FaultKind::TruncatedJson << false;
        QTest::newRow("inference dropped before answer") << FaultKind::DropBeforeAnswer << true;
        QTest::newRow("inference answer too late") << FaultKind::Delay << true;
        QTest::newRow("inference without infer_id") << FaultKind::MissingFields << true;
    }
    void lostPaidAnswersAreNeverResent()
    {
        QFETCH(FaultKind, kind);
        QFETCH(bool, inference);
        const char *call = inference ? "deAI/inference" : "deAI/createJob";
        Fault armed = makeFault(kind, QLatin1String(call), Fault::kAlways);
        armed.delay = kTimeout * 3;
        armed.bytes = 1 << 20; // the whole request arrives first
        QString jobName;
        if (inference)
            quote();
        else
            QVERIFY(!(jobName = estimatedJobName()).isEmpty());
        faults().add(armed);
        const int before = requests(call);

        ApiError error;
        if (inference)
            error = finish(m_client->inference(m_jobId))->error;
        else
            error = finish(m_client->createJob({jobName, 4}))->error;
        QVERIFY(error.isError());
        QVERIFY2(error.outcomeUnknown(), qPrintable(error.message()));
        QVERIFY(error.message().contains(inference ? QLatin1String("starting the inference")
                                                   : QLatin1String("creating the job")));
        QVERIFY(error.message().contains(QLatin1String("check your jobs before trying again")));
        // Another exchange completes; had the client resent the call, the count would show it.
        verifyWorksAgain();
        QCOMPARE(requests(call) - before, 1);
    }

    void droppedUploadIsNotResentAndCanBeRetried()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QByteArray(256 * 1024, 'u'));
        file.close();
        // Always: Qt may itself resend a multipart body once when the connection drops.
        Fault armed = makeFault(FaultKind::DropAfterBytes, QStringLiteral("deAI/uploadFile"), Fault::kAlways);
        armed.bytes = 64 * 1024; // mid-upload
        faults().add(armed);
        const int before = requests("deAI/uploadFile");
        QSignalSpy attempts(m_client, &ApiClient::exchangeFinished);
        const auto failed = finish(m_client->uploadFile(file.fileName()));
        QCOMPARE(failed->error.kind(), Kind::Unreachable);
        QVERIFY(failed->error.message().contains(QLatin1String("uploading the dataset")));
        QCOMPARE(attempts.count(), 1);
        QVERIFY(requests("deAI/uploadFile") - before >= 1);
        faults().clear();
        const auto again = finish(m_client->uploadFile(file.fileName()));
        QVERIFY2(again->isOk(), qPrintable(again->error.message()));
    }

    void costsBeyondTwoToTheSixtyFourAreExact()
    {
        faults().add(makeFault(FaultKind::HugeCost, QStringLiteral("deAI/inferenceCost"), 1));
        const auto cost = finish(m_client->inferenceCost(m_jobId, m_dataPath));
        QVERIFY2(cost->isOk(), qPrintable(cost->error.message()));
        QCOMPARE(cost->value->toUnitsText(), QByteArray(FaultPlan::kHugeCostUnits));

        quote();
        const auto run = finish(m_client->inference(m_jobId));
        QVERIFY(run->isOk());
        faults().add(makeFault(FaultKind::HugeCost, QStringLiteral("deAI/queryInfer"), 1));
        const auto record = finish(m_client->queryInfer(*run->value));
        QVERIFY2(record->isOk(), qPrintable(record->error.message()));
        QCOMPARE(record->value->cost.toDecimalText(), QString::fromLatin1(FaultPlan::kHugeCostDecimal));
    }

    void seventyEightDigitJobIdIsKeptAsText()
    {
        const QString jobName = estimatedJobName();
        QVERIFY(!jobName.isEmpty());
        faults().add(makeFault(FaultKind::LongJobId, QStringLiteral("deAI/createJob"), 1));
        const auto job = finish(m_client->createJob({jobName, 4}));
        QVERIFY2(job->isOk(), qPrintable(job->error.message()));
        QCOMPARE(job->value->size(), 78);
        QCOMPARE(*job->value, QString::fromLatin1(FaultPlan::kLongJobId));
    }

    void tokenExpiringMidFlowAsksToSignInAgain()
    {
        QSignalSpy rejected(m_client, &ApiClient::tokenRejected);
        QVERIFY(finish(m_client->userInfo())->isOk());
        // A token handed out but never used yet expires as well.
        const QByteArray unused = m_sandbox->signIn(QStringLiteral("other@example.com"));
        QVERIFY(!unused.isEmpty());
        faults().expireAllTokens();
        QCOMPARE(m_sandbox->get(QStringLiteral("user/userInfo"), unused).code(), 401);
        const auto failed = finish(m_client->queryInferList(m_jobId, 1, 10));
        QCOMPARE(failed->error.kind(), Kind::Unauthorized);
        QVERIFY(failed->error.message().contains(QLatin1String("sign in again")));
        QCOMPARE(rejected.count(), 1);
        const auto token = finish(m_client->genToken(QStringLiteral("f@example.com"), QStringLiteral("pw")));
        QVERIFY(token->isOk());
        QVERIFY(*token->value != m_token);
        m_token = *token->value;
        m_client->setToken(m_token);
        QVERIFY(finish(m_client->queryInferList(m_jobId, 1, 10))->isOk());
    }

    void tlsToAPlainPortFailsClearly()
    {
        ApiClient client;
        QUrl url = m_sandbox->baseUrl();
        url.setScheme(QStringLiteral("https"));
        client.setBaseUrl(url);
        client.setRetryPolicy(1, std::chrono::milliseconds(1));
        client.setInactivityTimeout(kTimeout);
        const auto failed = finish(client.genToken(QStringLiteral("f@example.com"), QStringLiteral("pw")));
        QVERIFY2(failed->error.kind() == Kind::Tls || failed->error.kind() == Kind::Unreachable,
                 qPrintable(failed->error.message()));
        QVERIFY(failed->error.message().contains(QLatin1String("signing in")));
        QVERIFY(!failed->error.message().contains(QLatin1String("pw")));
    }

    void noCodeIgnoresTlsErrors()
    {
        int files = 0;
        for (const char *root : {"/src", "/tests"}) {
            QDirIterator it(QLatin1String(DEAI_SOURCE_DIR) + QLatin1String(root),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile source(it.next());
                QVERIFY(source.open(QIODevice::ReadOnly));
                const QByteArray text = source.readAll();
                ++files;
                if (source.fileName().endsWith(QLatin1String("tst_faults_client.cpp")))
                    continue; // this test names what it looks for
                QVERIFY2(!text.contains("ignoreSslErrors"), qPrintable(source.fileName()));
            }
        }
        QVERIFY(files > 50);
    }
};

QTEST_GUILESS_MAIN(TestFaultsClient)
#include "tst_faults_client.moc"
