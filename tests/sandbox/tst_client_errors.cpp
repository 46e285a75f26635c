// SPDX-License-Identifier: GPL-3.0-or-later
// Every refusal of the sandbox reaches a deai::ApiClient caller as a typed
// ApiError carrying the sandbox's code; cancelling and the inactivity
// timeout work over real loopback sockets.
#include "ClientOnSandbox.h"
#include "auth/TokenService.h"
#include "storage/SandboxStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

using namespace deai;
using deai::test::ClientOnSandbox;
using deai::test::twoClassCnnSpec;
namespace datasets = deai::test::datasets;

namespace {

bool refusedWith(const ApiError &error, int code)
{
    if (error.kind() != ApiError::Kind::ServerCode || error.serverCode() != code) {
        qWarning("kind %d, code %d: %s", int(error.kind()), error.serverCode(), qPrintable(error.message()));
        return false;
    }
    return !error.serverMessage().isEmpty();
}

} // namespace

class TestClientErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validationErrorsCarryTheSandboxCode()
    {
        ClientOnSandbox on;
        QVERIFY(on.start());
        QVERIFY(on.signIn(QStringLiteral("errors@example.com")));
        const QString images = on.upload(QStringLiteral("x.zip"), datasets::twoClassImageZip(2));
        const QString labels = on.upload(QStringLiteral("y.csv"), datasets::twoClassLabelsCsv(2));
        const QString csv = on.upload(QStringLiteral("series.csv"), datasets::seriesCsv(10));

        // 400: a required field left empty, a file of the wrong type, train_shard out of range.
        auto run = [&](const CnnTrainingSpec &cnn) { return ClientOnSandbox::run(on.client.queryGuarantee(cnn)); };
        QVERIFY(refusedWith(run(twoClassCnnSpec(QString(), images, labels))->error, 400));
        QVERIFY(refusedWith(run(twoClassCnnSpec(QStringLiteral("Csv"), csv, labels))->error, 400));
        CnnTrainingSpec shard = twoClassCnnSpec(QStringLiteral("Shard"), images, labels);
        shard.trainShard = 1.5;
        const auto outOfRange = run(shard);
        QVERIFY(refusedWith(outOfRange->error, 400));
        QVERIFY(outOfRange->error.serverMessage().contains(QLatin1String("train_shard")));
        QVERIFY(refusedWith(ClientOnSandbox::run(on.client.queryInferList(QStringLiteral("1"), 0, 10))->error,
                            400));

        // 404: unknown file, unknown job, unknown inference.
        const QString missing = QStringLiteral("errors@example.com/none.zip");
        QVERIFY(refusedWith(run(twoClassCnnSpec(QStringLiteral("Nofile"), missing, labels))->error, 404));
        QVERIFY(refusedWith(ClientOnSandbox::run(on.client.inferenceCost(QStringLiteral("123"), images))->error,
                            404));
        QVERIFY(refusedWith(ClientOnSandbox::run(on.client.queryInfer(999))->error, 404));

        // 409: a job name used twice.
        QVERIFY(run(twoClassCnnSpec(QStringLiteral("Once"), images, labels))->isOk());
        const auto job = ClientOnSandbox::run(on.client.createJob({QStringLiteral("Once"), 4}));
        QVERIFY(job->isOk());
        QVERIFY(refusedWith(run(twoClassCnnSpec(QStringLiteral("Once"), images, labels))->error, 409));
        QVERIFY(refusedWith(ClientOnSandbox::run(on.client.createJob({QStringLiteral("Once"), 4}))->error, 409));

        // 404: someone else's job and file.
        QVERIFY(on.signIn(QStringLiteral("other@example.com")));
        QVERIFY(refusedWith(ClientOnSandbox::run(on.client.inferenceCost(*job->value, images))->error, 404));
        QVERIFY(refusedWith(run(twoClassCnnSpec(QStringLiteral("Theirs"), images, labels))->error, 404));

        // 402: an estimate above the balance.
        const QString ownImages = on.upload(QStringLiteral("x.zip"), datasets::twoClassImageZip(2));
        CnnTrainingSpec costly = twoClassCnnSpec(QStringLiteral("Costly"), ownImages, {});
        costly.labelsPath.reset();
        costly.epoch = 2000000000;
        QVERIFY(run(costly)->isOk());
        // Spend all but one unit less than the estimate, through the sandbox's own ledger.
        sandbox::SandboxStore &store = on.sandbox.server().store();
        const QString other = QStringLiteral("other@example.com");
        const CcdAmount keep = store.estimate(other, costly.jobName)->cost.saturatingMinus(CcdAmount::fromUnits(1));
        QVERIFY(store.charge(other, store.user(other)->balance.saturatingMinus(keep)));
        QVERIFY(refusedWith(ClientOnSandbox::run(on.client.createJob({costly.jobName, 4}))->error, 402));
    }

    void expiredTokenIsUnauthorizedAndSignalled()
    {
        ClientOnSandbox on;
        QVERIFY(on.start());
        QVERIFY(on.signIn(QStringLiteral("expired@example.com")));
        on.client.setToken(on.sandbox.server().tokens().issue(QStringLiteral("expired@example.com"),
                                                              QDateTime::currentDateTimeUtc().addSecs(-60)));
        QSignalSpy rejected(&on.client, &ApiClient::tokenRejected);
        const auto info = ClientOnSandbox::run(on.client.userInfo());
        QCOMPARE(info->error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(info->error.serverCode(), 401);
        QCOMPARE(rejected.size(), 1);
    }

    void uploadOverTheLimitIsRefused()
    {
        sandbox::SandboxOptions options;
        options.uploadLimitBytes = 64 * 1024;
        ClientOnSandbox on(options);
        QVERIFY(on.start());
        QVERIFY(on.signIn(QStringLiteral("big-upload@example.com")));
        const auto upload = ClientOnSandbox::run(
            on.client.uploadFile(on.localFile(QStringLiteral("big.csv"), QByteArray(256 * 1024, 'x'))));
        QVERIFY(refusedWith(upload->error, 413));
    }

    void cancelledUploadLeavesNoFile()
    {
        ClientOnSandbox on;
        QVERIFY(on.start());
        QVERIFY(on.signIn(QStringLiteral("cancel@example.com")));
        ApiReply<QString> *reply =
            on.client.uploadFile(on.localFile(QStringLiteral("cancelled_upload.bin"), QByteArray(32 << 20, 'c')));
        QObject::connect(reply, &ApiCall::progress, reply, [reply] { reply->cancel(); });
        const auto outcome = ClientOnSandbox::run(reply);
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);

        // Whatever reached the sandbox, it stored nothing under that name.
        QVERIFY(on.signIn(QStringLiteral("cancel@example.com"))); // a call after the cancel has been served
        QDirIterator stored(on.sandbox.dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (stored.hasNext())
            QVERIFY2(!stored.next().contains(QLatin1String("cancelled_upload")), qPrintable(stored.filePath()));
    }

    // The sandbox cannot be told to stall yet, so the inactivity timeout is
    // checked against a loopback server that accepts and never answers.
    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket); // read nothing, answer nothing
        });
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/sdk/computation").arg(silent.serverPort())));
        client.setRetryPolicy(1, std::chrono::milliseconds(10));
        client.setInactivityTimeout(std::chrono::milliseconds(300));
        const auto outcome = ClientOnSandbox::run(client.genToken(QStringLiteral("a@b.c"), QStringLiteral("pw")));
        QCOMPARE(outcome->error.kind(), ApiError::Kind::TimedOut);
        QCOMPARE(outcome->error.timeout(), std::chrono::milliseconds(300));
        QVERIFY(!held.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientErrors)
#include "tst_client_errors.moc"
