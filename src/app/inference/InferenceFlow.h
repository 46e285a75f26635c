// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"

#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace deai {

class ApiCall;
class ApiClient;
class UserPrompter;

// One inference from a local file to its result: upload, price, confirm,
// run, then follow it until the server has the result. The inference call
// itself is sent once at most; only the harmless steps may be tried again.
class InferenceFlow : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Uploading, Pricing, Confirming, Running, Following, Done };
    Q_ENUM(Stage)

    InferenceFlow(ApiClient *api, UserPrompter *prompter, QWidget *dialogParent,
                  QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    // The job and the local data file of the inference last started.
    QString jobId() const { return m_jobId; }
    QString localFile() const { return m_localFile; }
    void start(const QString &jobId, const QString &localFile);
    // Stops the step in flight; an inference already sent is still followed.
    void cancel();
    // Follows the last sent inference again after following it failed.
    void retryFollowing();

Q_SIGNALS:
    void stageChanged(deai::InferenceFlow::Stage stage);
    void uploadProgress(qint64 done, qint64 total);
    void failed(const QString &message, bool canRetryFollowing);
    void cancelled();
    // The server may have run it; the user must check before trying again.
    void outcomeUnknown(const QString &message);
    // Money was spent (or may have been): the balance is worth reading again.
    void spent();
    void finished(const deai::InferenceRecord &record, const deai::CcdAmount &quotedCost);

private:
    void setStage(Stage stage);
    void price(const QString &serverPath);
    void confirmAndRun(const CcdAmount &cost);
    void run();
    void follow();
    void fail(const ApiError &error, bool canRetryFollowing = false);

    ApiClient *m_api;
    UserPrompter *m_prompter;
    QPointer<QWidget> m_dialogParent;
    QTimer *m_pollTimer;
    QPointer<ApiCall> m_call;
    Stage m_stage = Stage::Idle;
    QString m_jobId;
    QString m_localFile;
    qint64 m_inferId = 0;
    CcdAmount m_quotedCost;
    int m_pollAttempt = 0;
};

} // namespace deai
