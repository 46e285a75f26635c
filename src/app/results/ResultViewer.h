// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/ResultCsv.h"

#include <QString>
#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QListView;
class QNetworkAccessManager;
class QNetworkRequest;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QUrl;
QT_END_NAMESPACE

namespace deai {

class ResultDownload;
class ResultTableModel;
class SavePathChooser;
class ThumbnailListModel;

// Shows an inference result: downloads its CSV to a file the user picks, then shows it as
// a table and a chart (predicted classes for images, forecast against actual values for a
// time series), exports the chart as PNG, and hands the saved file to the desktop.
class ResultViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ResultViewer(QWidget *parent = nullptr);
    ~ResultViewer() override;

    // Not owned. Without one the viewer makes its own.
    void setNetworkAccessManager(QNetworkAccessManager *network);
    // Not owned. Without one the viewer asks with a file dialog.
    void setSavePathChooser(SavePathChooser *chooser);
    // Optional context: the ZIP the images were classified from, to show them beside their
    // predictions; the series CSV the forecast was for, when the result has no actual column.
    void setInferenceDataZip(const QString &zipPath);
    void setActualSeriesCsv(const QString &csvPath, const QString &column = QString());

    // Asks the user where to save the result of `resultUrl`; empty when declined.
    static QString askSavePath(SavePathChooser *chooser, QWidget *parent, const QUrl &resultUrl,
                               const QString &suggestedFileName = QString());

    const ResultCsvData &result() const { return m_result; }
    QString currentFile() const { return m_currentFile; }
    bool isDownloading() const;

public Q_SLOTS:
    // Asks where to save, then downloads; false when the user declines or it cannot start.
    bool download(const QUrl &url, const QString &suggestedFileName = QString());
    bool download(const QNetworkRequest &request, const QString &suggestedFileName);
    // Downloads to a path already chosen; false when it cannot start.
    bool downloadTo(const QNetworkRequest &request, const QString &path);
    void cancelDownload();
    bool loadFromFile(const QString &path);
    // Asks where to save the chart, then writes it; false when declined or on error.
    bool exportChartPng();
    bool exportChartPng(const QString &path);
    void clear();

Q_SIGNALS:
    void downloadFinished(const QString &path);
    void downloadFailed(const QString &message);
    void resultLoaded(const QString &path);

private:
    QWidget *createDownloadPanel();
    QWidget *createMessagePanel();
    SavePathChooser *chooser();
    void onDownloadProgress(qint64 received, qint64 total);
    void onDownloadFinished(const QString &path);
    void showMessage(const QString &text, bool isError);
    void hideMessage();
    void showSummary();
    void showCnnChart();
    void showLstmChart();
    void resetChart();

    QNetworkAccessManager *m_network = nullptr;
    SavePathChooser *m_chooser = nullptr;
    std::unique_ptr<SavePathChooser> m_dialogChooser;
    ResultDownload *m_download = nullptr;
    QString m_zipPath;
    QString m_seriesPath;
    QString m_seriesColumn;
    QString m_currentFile;
    ResultCsvData m_result;
    QStringList m_warnings;

    ResultTableModel *m_tableModel;
    ThumbnailListModel *m_thumbnailModel;
    QWidget *m_messagePanel = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_downloadPanel = nullptr;
    QProgressBar *m_downloadProgressBar = nullptr;
    QPushButton *m_cancelDownloadButton = nullptr;
    QLabel *m_summaryLabel;
    QTabWidget *m_tabs;
    QChartView *m_chartView;
    QListView *m_thumbnailView;
    QTableView *m_tableView;
    QPushButton *m_openFileButton;
    QPushButton *m_showInFolderButton;
    QPushButton *m_exportButton;
};

} // namespace deai
