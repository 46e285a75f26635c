// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

class QSaveFile;

namespace deai {

// Saves a result CSV to disk. The file appears whole or not at all: it is
// written to a temporary file that replaces the target only when complete.
class ResultDownloader : public QObject
{
    Q_OBJECT

public:
    explicit ResultDownloader(QObject *parent = nullptr);
    ~ResultDownloader() override;

    bool isRunning() const { return m_reply; }
    void start(const QUrl &url, const QString &targetPath);
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const QString &targetPath);
    void failed(const QString &message);
    void cancelled();

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QSaveFile *m_file = nullptr;
    bool m_cancelled = false;
};

} // namespace deai
