// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultDownload.h"

#include "logging/LogCategories.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

namespace deai {

namespace {

constexpr int kInactivityTimeoutMs = 30'000;
constexpr int kMaxRedirects = 5;

} // namespace

ResultDownload::ResultDownload(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

ResultDownload::~ResultDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool ResultDownload::start(QNetworkRequest request, const QString &targetPath)
{
    if (isRunning())
        return false;

    // A server's answer names the address; only the web may be read, never a local file.
    const QString scheme = request.url().scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        Q_EMIT failed(tr("The result address %1 is not a web address, so it cannot be "
                         "downloaded.")
                          .arg(request.url().toDisplayString()));
        return false;
    }

    m_writeError.clear();
    m_file = std::make_unique<QSaveFile>(targetPath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString message = tr("Cannot write %1: %2").arg(targetPath, m_file->errorString());
        m_file.reset();
        Q_EMIT failed(message);
        return false;
    }

    if (request.transferTimeout() == 0)
        request.setTransferTimeout(kInactivityTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);

    qCInfo(lcApp) << "downloading result" << request.url().toDisplayString(QUrl::RemoveQuery);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &ResultDownload::writeAvailable);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ResultDownload::progress);
    connect(m_reply, &QNetworkReply::finished, this, &ResultDownload::onFinished);
    return true;
}

void ResultDownload::cancel()
{
    if (!isRunning())
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    discard();
    Q_EMIT canceled();
}

void ResultDownload::writeAvailable()
{
    if (!m_reply || !m_file)
        return;
    const QByteArray bytes = m_reply->readAll();
    if (m_file->write(bytes) != bytes.size()) {
        m_writeError = m_file->errorString();
        m_reply->abort();
    }
}

void ResultDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    writeAvailable();
    m_reply = nullptr;
    reply->deleteLater();

    QString message;
    if (!m_writeError.isEmpty())
        message = tr("The result could not be saved: %1").arg(m_writeError);
    else if (reply->error() != QNetworkReply::NoError)
        message = tr("The result could not be downloaded: %1").arg(reply->errorString());

    if (!message.isEmpty()) {
        qCWarning(lcApp) << "result download failed:" << reply->error();
        discard();
        Q_EMIT failed(message);
        return;
    }

    const QString path = m_file->fileName();
    if (!m_file->commit()) {
        message = tr("The result could not be saved: %1").arg(m_file->errorString());
        m_file.reset();
        Q_EMIT failed(message);
        return;
    }
    m_file.reset();
    Q_EMIT finished(path);
}

void ResultDownload::discard()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

} // namespace deai
