// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace deai;

namespace {

// Set in the environment of the child that writes until it is killed.
constexpr char kWriterDatabaseVariable[] = "DEAI_TST_JOBSTORE_WRITER_DB";

JobRecord sampleRecord(const QString &name)
{
    JobRecord record;
    record.server = QStringLiteral("http://127.0.0.1:1/sdk/computation");
    record.account = QStringLiteral("you@sandbox.local");
    record.name = name;
    record.model = QStringLiteral("LSTM");
    record.parameters = QJsonObject{{QStringLiteral("epoch"), 3}};
    record.datasetPaths = {QStringLiteral("you@sandbox.local/2026-01-01T00:00:00Zseries.csv")};
    // Above 2^64 units, so a lossy path would show.
    record.estimatedCost = *CcdAmount::fromUnitsText("123456789012345678901234");
    record.batchSize = 64;
    return record;
}

[[noreturn]] void writeUntilKilled(const QString &databasePath)
{
    JobStore store;
    if (!store.open(databasePath)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(store.lastError()));
        std::exit(2);
    }
    for (int i = 0;; ++i) {
        const qint64 id = store.addPending(sampleRecord(QStringLiteral("job %1").arg(i)));
        if (id == 0)
            std::exit(3);
        // Reported only after addPending returned, i.e. after the commit.
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray writerDb = qgetenv(kWriterDatabaseVariable);
        if (!writerDb.isEmpty())
            writeUntilKilled(QString::fromLocal8Bit(writerDb));
        QStandardPaths::setTestModeEnabled(true);
    }

    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        JobStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))),
                 qPrintable(store.lastError()));
        QSignalSpy changed(&store, &JobStore::changed);

        const JobRecord original = sampleRecord(QStringLiteral("climate"));
        const qint64 id = store.addPending(original);
        QVERIFY(id > 0);
        QCOMPARE(changed.count(), 1);

        const std::optional<JobRecord> read = store.job(id);
        QVERIFY(read);
        QCOMPARE(read->localId, id);
        QCOMPARE(read->server, original.server);
        QCOMPARE(read->account, original.account);
        QCOMPARE(read->name, original.name);
        QCOMPARE(read->model, original.model);
        QCOMPARE(read->parameters, original.parameters);
        QCOMPARE(read->datasetPaths, original.datasetPaths);
        QCOMPARE(read->estimatedCost, original.estimatedCost);
        QCOMPARE(read->batchSize, 64);
        QCOMPARE(read->state, JobRecord::State::Pending);
        QVERIFY(read->createdAt.isValid());
        QVERIFY(read->jobId.isEmpty());
    }

    void walksThroughStates()
    {
        QTemporaryDir dir;
        JobStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
        const qint64 a = store.addPending(sampleRecord(QStringLiteral("a")));
        const qint64 b = store.addPending(sampleRecord(QStringLiteral("b")));
        const qint64 c = store.addPending(sampleRecord(QStringLiteral("c")));
        const QString jobId = QStringLiteral("1157920892373161954235709850086879078532699846656405");

        QVERIFY(store.markCreated(a, jobId));
        QVERIFY(store.markOutcomeUnknown(b, QStringLiteral("connection dropped")));
        QVERIFY(store.markFailed(c, QStringLiteral("name repeated")));
        QVERIFY(!store.markCreated(9999, jobId));

        QCOMPARE(store.job(a)->state, JobRecord::State::Created);
        QCOMPARE(store.job(a)->jobId, jobId);
        QCOMPARE(store.job(b)->state, JobRecord::State::OutcomeUnknown);
        QCOMPARE(store.job(b)->failureMessage, QStringLiteral("connection dropped"));
        QCOMPARE(store.job(c)->state, JobRecord::State::Failed);

        QVERIFY(store.remove(c));
        QVERIFY(!store.job(c));
        QVERIFY(!store.remove(c));
    }

    void listsNewestFirstPerServerAndAccount()
    {
        QTemporaryDir dir;
        JobStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
        JobRecord older = sampleRecord(QStringLiteral("older"));
        older.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        JobRecord newer = sampleRecord(QStringLiteral("newer"));
        JobRecord otherAccount = sampleRecord(QStringLiteral("other"));
        otherAccount.account = QStringLiteral("someone@else.org");
        store.addPending(older);
        store.addPending(newer);
        store.addPending(otherAccount);

        const QList<JobRecord> mine = store.jobs(older.server, older.account);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).name, QStringLiteral("newer"));
        QCOMPARE(mine.at(1).name, QStringLiteral("older"));
        QVERIFY(store.isNameUsed(older.server, older.account, QStringLiteral("older")));
        QVERIFY(!store.isNameUsed(older.server, older.account, QStringLiteral("other")));
        QVERIFY(store.isNameUsed(older.server, otherAccount.account, QStringLiteral("other")));
    }

    void keepsRecordsAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        qint64 id = 0;
        {
            JobStore store;
            QVERIFY(store.open(path));
            id = store.addPending(sampleRecord(QStringLiteral("kept")));
        }
        JobStore reopened;
        QVERIFY(reopened.open(path));
        QVERIFY(!reopened.setAsidePath());
        QCOMPARE(reopened.job(id)->name, QStringLiteral("kept"));
    }

    void setsADamagedFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray("this is not a database at all ").repeated(200);
        garbage.write(content);
        garbage.close();

        JobStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QVERIFY(store.setAsidePath());
        QVERIFY(store.setAsidePath()->startsWith(path + QStringLiteral(".corrupt-")));

        QFile aside(*store.setAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);
        QVERIFY(store.jobs(QString(), QString()).isEmpty());
        QVERIFY(store.addPending(sampleRecord(QStringLiteral("fresh"))) > 0);
    }

    void setsAsideADatabaseThatFailsItsIntegrityCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        {
            JobStore store;
            QVERIFY(store.open(path));
            for (int i = 0; i < 200; ++i)
                QVERIFY(store.addPending(sampleRecord(QStringLiteral("job %1").arg(i))) > 0);
        }
        // Keep the header page, scribble over the pages holding the table.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(int(file.size()) - 4096, '\x5a'));
        file.close();

        JobStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QVERIFY(store.setAsidePath());
        QVERIFY(QFileInfo::exists(*store.setAsidePath()));
        QVERIFY(store.jobs(sampleRecord({}).server, sampleRecord({}).account).isEmpty());
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));

        JobStore store;
        QVERIFY(!store.open(path));
        QVERIFY(store.lastError().contains(QStringLiteral("newer")));
        QVERIFY(!store.setAsidePath());
        QCOMPARE(store.addPending(sampleRecord(QStringLiteral("x"))), 0);
    }

    void keepsEveryReportedWriteWhenTheWriterIsKilled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));

        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kWriterDatabaseVariable), path);
        writer.setProcessEnvironment(env);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted());

        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += writer.readAllStandardOutput()).count('\n') >= 40,
                                 60000);
        writer.kill(); // SIGKILL: no destructor, no clean close
        QVERIFY(writer.waitForFinished());
        output += writer.readAllStandardOutput();

        QList<qint64> reported;
        for (const QByteArray &line : output.split('\n')) {
            bool ok = false;
            const qint64 id = line.toLongLong(&ok);
            if (ok)
                reported.append(id);
        }
        QVERIFY(reported.size() >= 40);

        JobStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QVERIFY(!store.setAsidePath());
        for (qint64 id : std::as_const(reported))
            QVERIFY2(store.job(id), qPrintable(QStringLiteral("record %1 lost").arg(id)));
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
