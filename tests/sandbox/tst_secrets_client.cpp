// SPDX-License-Identifier: GPL-3.0-or-later
// A whole flow at debug level, through the redacting message handler: neither
// the token, its signature nor the password reaches a log line or a log file,
// and the sandbox stores no clear password either.
#include "ApiTestHelpers.h"
#include "SandboxFixture.h"

#include "api/ApiClient.h"
#include "logging/LogCategories.h"
#include "logging/Redaction.h"
#include "session/Session.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using deai::ApiClient;
using deai::test::SandboxFixture;
namespace datasets = deai::test::datasets;

namespace {

QStringList g_captured;

// CTest turns debug output off through QT_LOGGING_RULES, which outranks
// setFilterRules(); this test needs it on before the application reads it.
const bool g_debugLogging = qputenv("QT_LOGGING_RULES", "deai.*.debug=true");

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_captured.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

template<typename T>
std::optional<T> valueOf(deai::ApiReply<T> *reply)
{
    auto outcome = deai::test::watch(reply);
    if (!QTest::qWaitFor([&] { return outcome->finishedCount == 1; }, 60000))
        return std::nullopt;
    return outcome->value;
}

// Every file under dir that holds one of the secrets.
QStringList filesHolding(const QString &dir, const QList<QByteArray> &secrets)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &secret : secrets) {
            if (content.contains(secret) || content.contains(secret.toBase64()))
                found.append(file.fileName());
        }
    }
    return found;
}

} // namespace

class TestSecretsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(g_debugLogging);
        QStandardPaths::setTestModeEnabled(true);
    }

    void aWholeFlowLogsNoSecret()
    {
        QTemporaryDir logDir;
        QVERIFY(logDir.isValid());
        const QString logFile = logDir.filePath(QStringLiteral("deai.log"));
        qInstallMessageHandler(capture);
        QVERIFY(deai::installRedactingMessageHandler(logFile));
        QLoggingCategory::setFilterRules(QStringLiteral("deai.*.debug=true"));

        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QString password = QStringLiteral("Tr0ub4dor&3-secret");
        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        deai::Session session(&client);
        QSignalSpy signedIn(&session, &deai::Session::signedIn);
        session.signIn(QStringLiteral("secret@example.com"), password);
        QVERIFY(signedIn.wait(30000));
        const QByteArray token = client.token();
        QCOMPARE(token.count('.'), 2);
        const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
        QVERIFY(signature.size() > 20);

        QTemporaryDir files;
        const QString zipPath = files.filePath(QStringLiteral("x_train.zip"));
        QFile zip(zipPath);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.write(datasets::twoClassImageZip(4));
        zip.close();
        const std::optional<QString> images = valueOf(client.uploadFile(zipPath));
        QVERIFY(images);
        deai::CnnTrainingSpec spec;
        spec.jobName = QStringLiteral("SecretJob");
        spec.imagesPath = *images;
        spec.trainShard = 0.75;
        QVERIFY(valueOf(client.queryGuarantee(deai::TrainingSpec(spec))));
        const std::optional<QString> jobId = valueOf(client.createJob({spec.jobName, 4}));
        QVERIFY(jobId);
        QVERIFY(valueOf(client.inferenceCost(*jobId, *images)));
        const std::optional<qint64> inferId = valueOf(client.inference(*jobId));
        QVERIFY(inferId);
        QVERIFY(valueOf(client.queryInfer(*inferId)));
        QVERIFY(valueOf(client.queryInferList(*jobId, 1, 10)));
        QVERIFY(valueOf(client.userInfo()));
        // A careless line: the handler masks it, and the search below would see it otherwise.
        qCDebug(lcApi) << "probe" << token;

        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
        // The flow did log at debug level, so the search below means something.
        QVERIFY(g_captured.size() > 10);
        QVERIFY(g_captured.filter(QStringLiteral("deAI/createJob")).size() > 0);
        QCOMPARE(g_captured.filter(QStringLiteral("probe")).size(), 1);
        const QStringList secrets{QString::fromLatin1(token), QString::fromLatin1(signature), password};
        for (const QString &line : std::as_const(g_captured)) {
            for (const QString &secret : secrets)
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
        const QList<QByteArray> raw{token, signature, password.toUtf8()};
        QCOMPARE(filesHolding(logDir.path(), raw), QStringList());
        // The sandbox keeps a salted hash, never the clear password.
        QCOMPARE(filesHolding(sandbox.dataDir(), {password.toUtf8()}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSecretsClient)
#include "tst_secrets_client.moc"
