// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/UploadCache.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace deai {

class ApiCall;
struct WizardContext;

// Sends the dataset files one after the other. Each file is hashed off the
// UI thread first; a content this account already uploaded is reused from
// the cache instead of being sent again.
class DatasetUploader : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        int slot = 0;
        QString localPath;
    };

    explicit DatasetUploader(WizardContext *context, QObject *parent = nullptr);
    ~DatasetUploader() override;

    bool isBusy() const { return m_busy; }
    void start(const QList<Item> &items);
    // Stops the current file; files already uploaded keep their paths.
    void cancel();

Q_SIGNALS:
    // What is being done, for people: "Uploading labels.csv…".
    void statusChanged(const QString &status);
    // total is 0 while the file is being checked; bytesPerSecond is 0 until
    // the speed can be told.
    void progressChanged(qint64 done, qint64 total, double bytesPerSecond);
    void fileReady(int slot, const QString &serverPath, bool reused);
    void failed(const QString &message);
    void cancelled();
    void allReady();

private:
    void startNext();
    void onHashed();
    void upload();
    void onUploadProgress(qint64 done, qint64 total);
    void finishRun();

    WizardContext *m_context;
    UploadCache m_cache;
    QList<Item> m_queue;
    Item m_current;
    QByteArray m_currentHash;
    QFutureWatcher<QByteArray> m_hashWatcher;
    QPointer<ApiCall> m_call;
    QElapsedTimer m_clock;
    qint64 m_fileSize = 0;
    bool m_busy = false;
    bool m_cancelRequested = false;
};

} // namespace deai
