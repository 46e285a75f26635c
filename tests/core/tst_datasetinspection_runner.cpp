// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetTestFiles.h"
#include "dataset/DatasetInspector.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace deai;

class TestDatasetInspectionRunner : public QObject
{
    Q_OBJECT

private:
    QString makeZip(const QString &name, int images)
    {
        const QString path = m_dir.filePath(name);
        test::ZipBuilder zip(path);
        const QByteArray png = test::encodeImage(test::greyImage({28, 28}, 255));
        for (int i = 0; i < images; ++i) {
            if (!zip.add(QStringLiteral("%1.png").arg(i), png))
                return {};
        }
        return zip.close() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zipPath = makeZip(QStringLiteral("digits.zip"), 400);
        QVERIFY(!m_zipPath.isEmpty());
    }

    void reportsProgressAndFinishesOnTheCallersThread()
    {
        DatasetInspector inspector;
        QSignalSpy progress(&inspector, &DatasetInspector::progress);
        QSignalSpy finished(&inspector, &DatasetInspector::cnnFinished);
        QThread *signalThread = nullptr;
        connect(&inspector, &DatasetInspector::cnnFinished, this,
                [&signalThread] { signalThread = QThread::currentThread(); });

        QVERIFY(inspector.inspectCnn(m_zipPath, QString()));
        QVERIFY(inspector.isRunning());
        QVERIFY(!inspector.inspectCnn(m_zipPath, QString()));

        QVERIFY(finished.wait(60000));
        QCOMPARE(signalThread, QThread::currentThread());
        QVERIFY(!inspector.isRunning());
        const auto report = finished.constFirst().constFirst().value<CnnDatasetReport>();
        QCOMPARE(report.imageCount, 400);
        QCOMPARE(report.channel.value, 1);

        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.constLast();
        QCOMPARE(last.at(0).toLongLong(), 400);
        QCOMPARE(last.at(1).toLongLong(), 400);
    }

    void cancelStopsARunningInspection()
    {
        DatasetInspector inspector;
        QSignalSpy finished(&inspector, &DatasetInspector::cnnFinished);
        QSignalSpy canceled(&inspector, &DatasetInspector::canceled);

        QVERIFY(inspector.inspectCnn(m_zipPath, QString()));
        inspector.cancel();

        // Once canceled, no report is delivered even if the worker was about to finish.
        QVERIFY(canceled.wait(60000));
        QVERIFY(finished.isEmpty());
        QVERIFY(!inspector.isRunning());

        // the inspector can be used again after a cancel
        QVERIFY(inspector.inspectCnn(m_zipPath, QString()));
        QVERIFY(finished.wait(60000));
    }

    void corruptArchiveFinishesWithABlockingProblem()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.zip"));
        QVERIFY(test::writeFile(path, QByteArray(4096, 'P')));
        DatasetInspector inspector;
        QSignalSpy finished(&inspector, &DatasetInspector::cnnFinished);

        QVERIFY(inspector.inspectCnn(path, QString()));

        QVERIFY(finished.wait(60000));
        const auto report = finished.constFirst().constFirst().value<CnnDatasetReport>();
        QVERIFY(hasBlockingProblem(report.problems));
    }

    void seriesInspectionRunsToo()
    {
        QByteArray text = "Date Time,T\n";
        for (int row = 0; row < 5000; ++row)
            text += "01.01.2009 00:10:00," + QByteArray::number(row % 17) + '\n';
        const QString path = m_dir.filePath(QStringLiteral("series.csv"));
        QVERIFY(test::writeFile(path, text));
        DatasetInspector inspector;
        QSignalSpy finished(&inspector, &DatasetInspector::lstmFinished);

        QVERIFY(inspector.inspectLstm(path));

        QVERIFY(finished.wait(60000));
        const auto report = finished.constFirst().constFirst().value<LstmDatasetReport>();
        QCOMPARE(report.rowCount, 5000);
        QCOMPARE(report.dateColumn, 0);
        QCOMPARE(report.columns.at(1).maximum, 16.0);
    }

    void destroyingARunningInspectorIsSafe()
    {
        auto inspector = std::make_unique<DatasetInspector>();
        QVERIFY(inspector->inspectCnn(m_zipPath, QString()));
        inspector.reset();
        QVERIFY(!inspector);
    }

private:
    QTemporaryDir m_dir;
    QString m_zipPath;
};

QTEST_GUILESS_MAIN(TestDatasetInspectionRunner)
#include "tst_datasetinspection_runner.moc"
