// SPDX-License-Identifier: GPL-3.0-or-later
// The download half of ResultViewer: from the result's URL to a file the user chose.
#include "dataset/ProgressDisplay.h"
#include "results/ResultDownload.h"
#include "results/ResultViewer.h"
#include "common/SavePathChooser.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace deai {

QWidget *ResultViewer::createDownloadPanel()
{
    m_downloadPanel = new QWidget(this);
    m_downloadPanel->setObjectName(QStringLiteral("downloadPanel"));
    auto *label = new QLabel(tr("Downloading the result…"), m_downloadPanel);

    m_downloadProgressBar = new QProgressBar(m_downloadPanel);
    m_downloadProgressBar->setObjectName(QStringLiteral("downloadProgressBar"));
    m_downloadProgressBar->setAccessibleName(tr("Download progress"));
    m_downloadProgressBar->setRange(0, 0);

    m_cancelDownloadButton = new QPushButton(tr("Cancel"), m_downloadPanel);
    m_cancelDownloadButton->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_cancelDownloadButton->setAccessibleDescription(tr("Stops the download; nothing is saved"));
    connect(m_cancelDownloadButton, &QPushButton::clicked, this, &ResultViewer::cancelDownload);

    auto *layout = new QHBoxLayout(m_downloadPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_downloadProgressBar, 1);
    layout->addWidget(m_cancelDownloadButton);
    m_downloadPanel->hide();
    return m_downloadPanel;
}

bool ResultViewer::download(const QUrl &url, const QString &suggestedFileName)
{
    return download(QNetworkRequest(url), suggestedFileName);
}

bool ResultViewer::download(const QNetworkRequest &request, const QString &suggestedFileName)
{
    if (isDownloading())
        return false;
    const QString path = askSavePath(chooser(), this, request.url(), suggestedFileName);
    return !path.isEmpty() && downloadTo(request, path);
}

QString ResultViewer::askSavePath(SavePathChooser *chooser, QWidget *parent,
                                  const QUrl &resultUrl, const QString &suggestedFileName)
{
    QString name = suggestedFileName.isEmpty() ? resultUrl.fileName() : suggestedFileName;
    if (name.isEmpty())
        name = QStringLiteral("result.csv");
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    return chooser->chooseSavePath(parent, tr("Save Inference Result"), folder.filePath(name),
                                   tr("CSV files (*.csv)"));
}

bool ResultViewer::downloadTo(const QNetworkRequest &request, const QString &path)
{
    if (isDownloading())
        return false;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    if (!m_download) {
        m_download = new ResultDownload(m_network, this);
        connect(m_download, &ResultDownload::progress, this, &ResultViewer::onDownloadProgress);
        connect(m_download, &ResultDownload::finished, this, &ResultViewer::onDownloadFinished);
        connect(m_download, &ResultDownload::failed, this, [this](const QString &message) {
            m_downloadPanel->hide();
            showMessage(message, true);
            Q_EMIT downloadFailed(message);
        });
        connect(m_download, &ResultDownload::canceled, this, [this] {
            m_downloadPanel->hide();
            showMessage(tr("The download was canceled; nothing was saved."), false);
        });
    }

    hideMessage();
    m_downloadProgressBar->setRange(0, 0);
    m_downloadPanel->show();
    return m_download->start(request, path);
}

void ResultViewer::cancelDownload()
{
    if (m_download)
        m_download->cancel();
}

void ResultViewer::onDownloadProgress(qint64 received, qint64 total)
{
    showProgress(m_downloadProgressBar, received, total);
}

void ResultViewer::onDownloadFinished(const QString &path)
{
    m_downloadPanel->hide();
    Q_EMIT downloadFinished(path);
    loadFromFile(path);
}

} // namespace deai
