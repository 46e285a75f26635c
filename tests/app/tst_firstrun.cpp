// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AppBackend.h"
#include "account/LocalSandboxAccount.h"
#include "account/SandboxLauncher.h"
#include "common/UserPrompter.h"
#include "shell/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace deai;

namespace {

QString sandboxProgram()
{
    return QStringLiteral(DEAI_BINARY_DIR "/src/sandbox/deai-sandbox");
}

class RefusingPrompter final : public UserPrompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return false;
    }
};

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .removeRecursively();
    }

    void launcherStartsAndStopsTheChild()
    {
        QVERIFY(QFileInfo(sandboxProgram()).isExecutable());
        QTemporaryDir dir;
        SandboxLauncher launcher;
        launcher.setProgram(sandboxProgram());
        QSignalSpy started(&launcher, &SandboxLauncher::started);
        launcher.start(dir.path());
        QVERIFY(started.wait(30000));
        const QUrl url = started.first().first().toUrl();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QVERIFY(launcher.isRunning());

        launcher.stop();
        QVERIFY(!launcher.isRunning());
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
        QVERIFY(!socket.waitForConnected(2000));
    }

    void reportsAMissingProgram()
    {
        QTemporaryDir dir;
        SandboxLauncher launcher;
        launcher.setProgram(dir.filePath(QStringLiteral("no-such-sandbox")));
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start(dir.path());
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void signsInToTheBundledSandboxByItself()
    {
        AppBackend backend;
        backend.setSandboxProgram(sandboxProgram());
        RefusingPrompter prompter;
        MainWindow window(&backend, &prompter);
        window.show();
        backend.start();
        // The window is up before the sandbox answers: starting never blocks.
        QVERIFY(!backend.isSignedIn());

        QTRY_VERIFY_WITH_TIMEOUT(backend.isSignedIn(), 60000);
        QCOMPARE(backend.email(), QStringLiteral("you@sandbox.local"));
        QCOMPARE(backend.server().kind, ServerChoice::Kind::Sandbox);
        QCOMPARE(backend.recordKey(), QStringLiteral("sandbox"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("serverLabel"))
                    ->text()
                    .contains(QStringLiteral("Sandbox (local, no CCD spent)")));

        // The local credential lives in the sandbox folder, never in QSettings.
        const QString dataDir =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                .filePath(QStringLiteral("sandbox"));
        const std::optional<LocalSandboxAccount> account =
            LocalSandboxAccount::loadOrCreate(dataDir);
        QVERIFY(account);
        const QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(settings.value(key).toString() != account->password);
        QCOMPARE(settings.value(QStringLiteral("account/serverKind")).toString(),
                 QStringLiteral("sandbox"));
    }

    void keepsTheLocalAccountAcrossRuns()
    {
        QTemporaryDir dir;
        const std::optional<LocalSandboxAccount> first = LocalSandboxAccount::loadOrCreate(dir.path());
        const std::optional<LocalSandboxAccount> second =
            LocalSandboxAccount::loadOrCreate(dir.path());
        QVERIFY(first && second);
        QCOMPARE(second->password, first->password);
        QVERIFY(first->password.size() >= 24);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("app-account.json"))).permissions()
                     & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
