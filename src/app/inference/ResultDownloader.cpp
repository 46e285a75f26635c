// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference/ResultDownloader.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace deai {

namespace {

constexpr int kTransferTimeoutMs = 30000;

} // namespace

ResultDownloader::ResultDownloader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ResultDownloader::~ResultDownloader()
{
    // No signal may reach receivers that are being destroyed with us.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_file)
        m_file->cancelWriting();
}

void ResultDownloader::start(const QUrl &url, const QString &targetPath)
{
    cancel();
    m_cancelled = false;
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        Q_EMIT failed(tr("The result address %1 is not a web address, so it cannot be "
                         "downloaded.").arg(url.toDisplayString()));
        return;
    }
    m_file = new QSaveFile(targetPath, this);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        delete m_file;
        m_file = nullptr;
        Q_EMIT failed(tr("%1 cannot be written (%2). Choose another folder.")
                          .arg(QDir::toNativeSeparators(targetPath), reason));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ResultDownloader::progress);
    connect(m_reply, &QNetworkReply::readyRead, this,
            [this] { m_file->write(m_reply->readAll()); });
    connect(m_reply, &QNetworkReply::finished, this, &ResultDownloader::onFinished);
}

void ResultDownloader::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    QSaveFile *file = m_file;
    m_file = nullptr;
    file->deleteLater();

    if (m_cancelled) {
        file->cancelWriting();
        Q_EMIT cancelled();
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        file->cancelWriting();
        Q_EMIT failed(tr("The result could not be downloaded: %1. Try again.")
                          .arg(reply->errorString()));
        return;
    }
    file->write(reply->readAll());
    if (!file->commit()) {
        Q_EMIT failed(tr("The result could not be saved: %1.").arg(file->errorString()));
        return;
    }
    Q_EMIT finished(file->fileName());
}

void ResultDownloader::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

} // namespace deai
