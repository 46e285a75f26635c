// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/DatasetTestFiles.h"
#include "ScriptedHttpServer.h"
#include "models/ResultCsv.h"
#include "common/SavePathChooser.h"
#include "results/ResultViewer.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <vector>

using namespace deai;

namespace {

// Answers every request with the headers of `body` and then only its first half, in small
// pieces on a timer, keeping the connection open: a slow server to cancel against.
// QNetworkReply reports progress at most every 100 ms, so data that all arrived at once
// would never show any. ScriptedHttpServer answers whole bodies only.
class TricklingServer : public QObject
{
public:
    QByteArray body;
    int requestCount = 0;

    bool listen()
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &TricklingServer::accept);
        return m_listener.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/slow.csv").arg(m_listener.serverPort()));
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    }

    void answer(QTcpSocket *socket)
    {
        QByteArray &request = m_requests[socket];
        const bool answered = request.contains("\r\n\r\n");
        request += socket->readAll();
        if (answered || !request.contains("\r\n\r\n"))
            return;
        ++requestCount;

        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket,
                [this, socket, timer, sent = qsizetype(0)]() mutable {
                    const QByteArray piece = body.mid(sent, 1024);
                    socket->write(piece);
                    sent += piece.size();
                    if (sent >= body.size() / 2)
                        timer->stop();
                });
        timer->start(10);
    }

    QTcpServer m_listener;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

test::ScriptedResponse csvResponse(const QByteArray &body, int status = 200)
{
    test::ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.contentType = QByteArrayLiteral("text/csv");
    return response;
}

class FakeSavePathChooser final : public SavePathChooser
{
public:
    QString answer;
    QStringList suggestions;

    QString chooseSavePath(QWidget *, const QString &, const QString &suggestedPath,
                           const QString &) override
    {
        suggestions.append(suggestedPath);
        return answer;
    }
};

QByteArray imageResultCsv(int rows)
{
    std::vector<sandbox::ImageResultRow> written;
    const QStringList classes{QStringLiteral("cat"), QStringLiteral("dog, big"),
                              QStringLiteral("bird")};
    for (int i = 0; i < rows; ++i)
        written.push_back({QStringLiteral("img%1.png").arg(i),
                           classes.at(i % 7 < 3 ? 0 : (i % 7 < 5 ? 1 : 2)), 0.5 + i % 5 * 0.1});
    return sandbox::cnnResultCsv(written);
}

QLineSeries *lineSeries(QChartView *view, const QString &name)
{
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *series : all) {
        if (series->objectName() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

} // namespace

// Stands in for the desktop: records the local files the app asks it to open.
class DesktopRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestResultViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each test gets its own folder, server and viewer, so "no file left" means this test's.
    void init()
    {
        m_dirOwner = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dirOwner->isValid());
        m_server = std::make_unique<test::ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_chooser = FakeSavePathChooser();
        m_chooser.answer = m_dir().filePath(QStringLiteral("saved.csv"));
        m_viewer = std::make_unique<ResultViewer>();
        m_viewer->setSavePathChooser(&m_chooser);
    }

    void cleanup()
    {
        m_viewer.reset();
        m_server.reset();
        m_dirOwner.reset();
    }

    void downloadsThenShowsTableAndChart()
    {
        const QByteArray body = imageResultCsv(40);
        m_server->enqueue(csvResponse(body));
        QSignalSpy finished(m_viewer.get(), &ResultViewer::downloadFinished);
        QVERIFY(m_viewer->download(urlFor("/results/infer-7.csv")));
        QVERIFY(finished.wait());

        QCOMPARE(finished.constFirst().constFirst().toString(), m_chooser.answer);
        QVERIFY(m_chooser.suggestions.constFirst().endsWith(QStringLiteral("infer-7.csv")));
        QFile saved(m_chooser.answer);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), body);
        QCOMPARE(m_server->requests().constFirst().path, QByteArray("/results/infer-7.csv"));
        auto *progress = m_viewer->findChild<QProgressBar *>(QStringLiteral("downloadProgressBar"));
        QVERIFY(progress->maximum() > 0);
        QCOMPARE(progress->value(), progress->maximum());

        auto *table = m_viewer->findChild<QTableView *>(QStringLiteral("resultTable"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 40);
        QCOMPARE(table->model()->columnCount(), 3);
        QCOMPARE(table->model()->index(3, 0).data().toString(), QStringLiteral("img3.png"));

        const QMap<QString, qint64> expected = m_viewer->result().countPerClass();
        QCOMPARE(expected.size(), 3);
        auto *chartView = m_viewer->findChild<QChartView *>(QStringLiteral("resultChartView"));
        auto *bars = qobject_cast<QBarSeries *>(chartView->chart()->series().constFirst());
        QVERIFY(bars);
        auto *axis =
            qobject_cast<QBarCategoryAxis *>(chartView->chart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        const QStringList categories = axis->categories();
        QCOMPARE(categories.size(), expected.size());
        qint64 total = 0;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            QCOMPARE(qint64(bars->barSets().constFirst()->at(i)), expected.value(categories.at(i)));
            total += expected.value(categories.at(i));
        }
        QCOMPARE(total, 40);
    }

    void cancelLeavesNoFile()
    {
        TricklingServer slowServer;
        slowServer.body = imageResultCsv(20000);
        QVERIFY(slowServer.listen());
        QVERIFY(m_viewer->download(slowServer.url()));
        QTRY_COMPARE(slowServer.requestCount, 1);
        QVERIFY(m_viewer->isDownloading());
        QVERIFY(m_viewer->findChild<QWidget *>(QStringLiteral("downloadPanel"))
                    ->isVisibleTo(m_viewer.get()));
        auto *progress = m_viewer->findChild<QProgressBar *>(QStringLiteral("downloadProgressBar"));
        QTRY_VERIFY(progress->maximum() > 0 && progress->value() > 0);

        QTest::mouseClick(
            m_viewer->findChild<QPushButton *>(QStringLiteral("cancelDownloadButton")),
            Qt::LeftButton);
        QVERIFY(!m_viewer->isDownloading());
        QVERIFY(!QFile::exists(m_chooser.answer));
        QCOMPARE(QDir(m_dir().path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(!m_viewer->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().isEmpty());
    }

    void serverErrorLeavesNoFile()
    {
        m_server->enqueue(csvResponse("gone", 404));
        QSignalSpy failed(m_viewer.get(), &ResultViewer::downloadFailed);
        QVERIFY(m_viewer->download(urlFor("/missing.csv")));
        QVERIFY(failed.wait());
        QCOMPARE(QDir(m_dir().path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(!m_viewer->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().isEmpty());
    }

    void declinedSaveDownloadsNothing()
    {
        m_chooser.answer.clear();
        QVERIFY(!m_viewer->download(urlFor("/r.csv")));
        QVERIFY(!m_viewer->isDownloading());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void followsARedirectToTheFile()
    {
        const QByteArray body = imageResultCsv(3);
        m_server->enqueue(test::ScriptedResponse::redirect(urlFor("/moved/result.csv")));
        m_server->enqueue(csvResponse(body));
        QSignalSpy loaded(m_viewer.get(), &ResultViewer::resultLoaded);
        QVERIFY(m_viewer->download(urlFor("/result.csv")));
        QVERIFY(loaded.wait());
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_viewer->result().cnnRows.size(), 3);
    }

    void drawsForecastAgainstActualColumn()
    {
        std::vector<sandbox::ForecastRow> written;
        for (int step = 30; step < 60; ++step)
            written.push_back(
                {step, step * 0.5, step % 4 == 0 ? std::nullopt : std::optional(step * 0.4)});
        const QString path = m_dir().filePath(QStringLiteral("forecast.csv"));
        QVERIFY(test::writeFile(path, sandbox::lstmResultCsv(written)));
        QVERIFY(m_viewer->loadFromFile(path));

        auto *chartView = m_viewer->findChild<QChartView *>(QStringLiteral("resultChartView"));
        QLineSeries *forecast = lineSeries(chartView, QStringLiteral("forecastSeries"));
        QLineSeries *actual = lineSeries(chartView, QStringLiteral("actualSeries"));
        QVERIFY(forecast && actual);
        QCOMPARE(forecast->count(), 30);
        QCOMPARE(forecast->at(0), QPointF(30, 15));
        QCOMPARE(actual->count(), m_viewer->result().actualCount());
        QCOMPARE(actual->count(), 30 - 7);

        auto *table = m_viewer->findChild<QTableView *>(QStringLiteral("resultTable"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 30);
        QCOMPARE(table->model()->columnCount(), 3);
        QCOMPARE(table->model()->index(2, 0).data(Qt::EditRole).toLongLong(), 32);
    }

    void takesActualValuesFromTheSeriesFile()
    {
        std::vector<sandbox::ForecastRow> written;
        for (int step = 5; step < 10; ++step)
            written.push_back({step, 1.0, std::nullopt});
        const QString resultPath = m_dir().filePath(QStringLiteral("forecast.csv"));
        QVERIFY(test::writeFile(resultPath, sandbox::lstmResultCsv(written)));
        QByteArray series("date,value\n");
        for (int row = 0; row < 20; ++row)
            series +=
                "2024-01-" + QByteArray::number(row + 1) + ',' + QByteArray::number(row * 2) + '\n';
        const QString seriesPath = m_dir().filePath(QStringLiteral("series.csv"));
        QVERIFY(test::writeFile(seriesPath, series));

        m_viewer->setActualSeriesCsv(seriesPath, QStringLiteral("value"));
        QVERIFY(m_viewer->loadFromFile(resultPath));
        auto *chartView = m_viewer->findChild<QChartView *>(QStringLiteral("resultChartView"));
        QLineSeries *actual = lineSeries(chartView, QStringLiteral("actualSeries"));
        QVERIFY(actual);
        QCOMPARE(actual->count(), 5);
        QCOMPARE(actual->at(0), QPointF(5, 10));
        QCOMPARE(lineSeries(chartView, QStringLiteral("forecastSeries"))->count(), 5);
    }

    void showsThumbnailsBesidePredictions()
    {
        const QString zipPath = m_dir().filePath(QStringLiteral("inputs.zip"));
        {
            test::ZipBuilder zip(zipPath);
            QVERIFY(zip.add(QStringLiteral("batch/img0.png"),
                            test::encodeImage(test::greyImage(QSize(20, 20), 255))));
            QVERIFY(zip.add(QStringLiteral("batch/img1.png"),
                            test::encodeImage(test::greyImage(QSize(20, 20), 100))));
            QVERIFY(zip.add(QStringLiteral("batch/notes.txt"), "not an image"));
            QVERIFY(zip.close());
        }
        const QString resultPath = m_dir().filePath(QStringLiteral("result.csv"));
        QVERIFY(test::writeFile(resultPath, imageResultCsv(4)));

        m_viewer->setInferenceDataZip(zipPath);
        QVERIFY(m_viewer->loadFromFile(resultPath));
        auto *view = m_viewer->findChild<QListView *>(QStringLiteral("predictionThumbnailView"));
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 2);
        const QModelIndex first = view->model()->index(0, 0);
        QVERIFY(
            first.data().toString().startsWith(m_viewer->result().cnnRows.at(0).predictedClass));
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("img0.png"));
        QVERIFY(!first.data(Qt::DecorationRole).value<QImage>().isNull());
    }

    void exportsTheChartAsPng()
    {
        const QString resultPath = m_dir().filePath(QStringLiteral("result.csv"));
        QVERIFY(test::writeFile(resultPath, imageResultCsv(10)));
        QVERIFY(m_viewer->loadFromFile(resultPath));
        m_viewer->resize(800, 600);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));

        m_chooser.answer = m_dir().filePath(QStringLiteral("chart.png"));
        QTest::mouseClick(m_viewer->findChild<QPushButton *>(QStringLiteral("exportChartButton")),
                          Qt::LeftButton);
        QVERIFY(m_chooser.suggestions.constLast().endsWith(QStringLiteral("result.png")));
        QImageReader reader(m_chooser.answer);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
    }

    void rejectsAFileThatIsNoResult()
    {
        const QString path = m_dir().filePath(QStringLiteral("other.csv"));
        QVERIFY(test::writeFile(path, "name,value\na,1\n"));
        QVERIFY(!m_viewer->loadFromFile(path));
        QVERIFY(!m_viewer->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().isEmpty());
        QCOMPARE(
            m_viewer->findChild<QTableView *>(QStringLiteral("resultTable"))->model()->rowCount(),
            0);
        QVERIFY(
            !m_viewer->findChild<QPushButton *>(QStringLiteral("exportChartButton"))->isEnabled());
    }

    void opensTheSavedFileAndItsFolder()
    {
        const QString resultPath = m_dir().filePath(QStringLiteral("opened.csv"));
        QVERIFY(test::writeFile(resultPath, imageResultCsv(4)));
        auto *openFile = m_viewer->findChild<QPushButton *>(QStringLiteral("openFileButton"));
        auto *showInFolder =
            m_viewer->findChild<QPushButton *>(QStringLiteral("showInFolderButton"));
        QVERIFY(openFile && showInFolder);
        QVERIFY(!openFile->isEnabled() && !showInFolder->isEnabled());
        QVERIFY(m_viewer->loadFromFile(resultPath));
        QVERIFY(openFile->isEnabled() && showInFolder->isEnabled());

        DesktopRecorder desktop;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
        QTest::mouseClick(openFile, Qt::LeftButton);
        // The test runs without a session bus, so the folder is opened rather than the
        // file selected in a file manager.
        QTest::mouseClick(showInFolder, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(desktop.opened.size(), 2);
        QCOMPARE(desktop.opened.at(0), QUrl::fromLocalFile(resultPath));
        QCOMPARE(desktop.opened.at(1), QUrl::fromLocalFile(QFileInfo(resultPath).absolutePath()));

        m_viewer->clear();
        QVERIFY(!openFile->isEnabled() && !showInFolder->isEnabled());
    }

    void refusesAResultAddressThatIsNotOnTheWeb()
    {
        const QString secret = m_dir().filePath(QStringLiteral("secret.txt"));
        QVERIFY(test::writeFile(secret, "not for the server to read\n"));
        QSignalSpy failed(m_viewer.get(), &ResultViewer::downloadFailed);
        QVERIFY(!m_viewer->download(QUrl::fromLocalFile(secret)));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.constFirst().constFirst().toString().contains(
            QStringLiteral("not a web address")));
        QVERIFY(!QFileInfo::exists(m_chooser.answer));
    }

private:
    const QTemporaryDir &m_dir() const { return *m_dirOwner; }
    QUrl urlFor(const char *path) const
    {
        return m_server->baseUrl().resolved(QUrl(QString::fromLatin1(path)));
    }

    std::unique_ptr<QTemporaryDir> m_dirOwner;
    std::unique_ptr<test::ScriptedHttpServer> m_server;
    FakeSavePathChooser m_chooser;
    std::unique_ptr<ResultViewer> m_viewer;
};

QTEST_MAIN(TestResultViewer)
#include "tst_resultviewer.moc"
