// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DatasetUploader.h"

#include "api/ApiClient.h"
#include "logging/LogCategories.h"
#include "wizard/WizardContext.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace deai {

DatasetUploader::DatasetUploader(WizardContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_cache(context)
{
    connect(&m_hashWatcher, &QFutureWatcher<QByteArray>::finished, this,
            &DatasetUploader::onHashed);
}

DatasetUploader::~DatasetUploader()
{
    if (m_call)
        m_call->disconnect(this);
    cancel();
    // The hashing task only reads the file; let it end before the watcher goes.
    m_hashWatcher.waitForFinished();
}

void DatasetUploader::start(const QList<Item> &items)
{
    if (m_busy)
        return;
    m_queue = items;
    m_busy = true;
    m_cancelRequested = false;
    startNext();
}

void DatasetUploader::cancel()
{
    if (!m_busy)
        return;
    m_cancelRequested = true;
    if (m_call)
        m_call->cancel(); // finished() follows and ends the run
}

void DatasetUploader::startNext()
{
    if (m_queue.isEmpty()) {
        finishRun();
        Q_EMIT allReady();
        return;
    }
    m_current = m_queue.takeFirst();
    m_fileSize = QFileInfo(m_current.localPath).size();
    Q_EMIT statusChanged(tr("Checking whether the server already has %1…")
                             .arg(QFileInfo(m_current.localPath).fileName()));
    Q_EMIT progressChanged(0, 0, 0);

    const QString path = m_current.localPath;
    m_hashWatcher.setFuture(QtConcurrent::run([path] { return UploadCache::sha256OfFile(path); }));
}

void DatasetUploader::onHashed()
{
    if (m_cancelRequested) {
        finishRun();
        Q_EMIT cancelled();
        return;
    }
    m_currentHash = m_hashWatcher.result();
    if (m_currentHash.isEmpty()) {
        finishRun();
        Q_EMIT failed(tr("Could not read %1. Check that the file exists and that you may read it.")
                          .arg(m_current.localPath));
        return;
    }
    if (const auto known = m_cache.serverPath(m_currentHash)) {
        qCInfo(lcApp) << "Reusing an earlier upload of the same content:" << *known;
        Q_EMIT progressChanged(m_fileSize, m_fileSize, 0);
        Q_EMIT fileReady(m_current.slot, *known, true);
        startNext();
        return;
    }
    upload();
}

void DatasetUploader::upload()
{
    Q_EMIT statusChanged(tr("Uploading %1…").arg(QFileInfo(m_current.localPath).fileName()));
    Q_EMIT progressChanged(0, m_fileSize, 0);
    ApiReply<QString> *reply = m_context->api->uploadFile(m_current.localPath);
    m_call = reply;
    m_clock.start();
    connect(reply, &ApiCall::progress, this, &DatasetUploader::onUploadProgress);
    connect(reply, &ApiCall::finished, this, [this, reply] {
        m_call = nullptr;
        if (reply->isOk()) {
            m_cache.remember(m_currentHash, reply->value());
            Q_EMIT fileReady(m_current.slot, reply->value(), false);
            startNext();
            return;
        }
        finishRun();
        if (reply->error().kind() == ApiError::Kind::Cancelled)
            Q_EMIT cancelled();
        else
            Q_EMIT failed(reply->error().message());
    });
}

void DatasetUploader::onUploadProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        total = m_fileSize;
    const qint64 elapsedMs = m_clock.elapsed();
    // Under a quarter second the rate is mostly noise.
    const double bytesPerSecond = elapsedMs >= 250 ? done * 1000.0 / elapsedMs : 0.0;
    Q_EMIT progressChanged(done, total, bytesPerSecond);
}

void DatasetUploader::finishRun()
{
    m_queue.clear();
    m_busy = false;
    m_cancelRequested = false;
}

} // namespace deai
