// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference/JobListModel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace deai;

class TestJobListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsTheJobRecord()
    {
        QTemporaryDir dir;
        JobStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
        JobListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(QStringLiteral("sandbox"), QStringLiteral("a@b.c"));
        QCOMPARE(model.rowCount(), 0);

        JobRecord record;
        record.server = QStringLiteral("sandbox");
        record.account = QStringLiteral("a@b.c");
        record.name = QStringLiteral("first");
        record.model = QStringLiteral("CNN");
        const qint64 pending = store.addPending(record);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JobListModel::NameColumn).data().toString(),
                 QStringLiteral("first"));
        // A pending job says plainly that it may already exist on the server.
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("check on the Phoenix site")));

        QVERIFY(store.markCreated(pending, QStringLiteral("123456789")));
        QCOMPARE(model.index(0, JobListModel::JobIdColumn).data().toString(),
                 QStringLiteral("123456789"));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());

        record.account = QStringLiteral("other@b.c");
        store.addPending(record);
        QCOMPARE(model.rowCount(), 1);
        model.setAccount(QStringLiteral("sandbox"), QStringLiteral("other@b.c"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfLocalId(pending), -1);
        model.setAccount(QString(), QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void explainsAnUnknownOutcome()
    {
        JobRecord job;
        job.state = JobRecord::State::OutcomeUnknown;
        QVERIFY(JobListModel::explanation(job).contains(QStringLiteral("before creating it again")));
        job.state = JobRecord::State::Failed;
        job.failureMessage = QStringLiteral("name repeated");
        QVERIFY(JobListModel::explanation(job).contains(QStringLiteral("name repeated")));
    }
};

QTEST_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
