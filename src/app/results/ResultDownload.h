// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkRequest;
class QSaveFile;
QT_END_NAMESPACE

namespace deai {

// Downloads one result file into a QSaveFile, so the target appears only once complete:
// a cancel or an error leaves no half-written file behind.
class ResultDownload : public QObject
{
    Q_OBJECT

public:
    explicit ResultDownload(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ResultDownload() override;

    // False, with failed() emitted, when the target cannot be written.
    bool start(QNetworkRequest request, const QString &targetPath);
    bool isRunning() const { return m_reply != nullptr; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const QString &path);
    void failed(const QString &message);
    void canceled();

private:
    void writeAvailable();
    void onFinished();
    void discard();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QString m_writeError;
};

} // namespace deai
