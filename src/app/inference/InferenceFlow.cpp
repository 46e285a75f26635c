// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference/InferenceFlow.h"

#include "api/ApiClient.h"
#include "common/UserPrompter.h"
#include "logging/LogCategories.h"

#include <QSettings>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace deai {

namespace {

constexpr int kFirstPollMs = 500;
constexpr int kLongestPollMs = 15000;
constexpr int kPollAttempts = 40;

// The result is not there yet: the server does not know the id, or knows it
// without a result so far.
bool isNotReadyYet(const ApiError &error)
{
    return error.kind() == ApiError::Kind::ServerCode && error.serverCode() == 404;
}

} // namespace

InferenceFlow::InferenceFlow(ApiClient *api, UserPrompter *prompter, QWidget *dialogParent,
                             QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_prompter(prompter)
    , m_dialogParent(dialogParent)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &InferenceFlow::follow);
}

void InferenceFlow::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void InferenceFlow::start(const QString &jobId, const QString &localFile)
{
    m_jobId = jobId;
    m_localFile = localFile;
    m_inferId = 0;
    setStage(Stage::Uploading);
    ApiReply<QString> *reply = m_api->uploadFile(localFile);
    m_call = reply;
    connect(reply, &ApiCall::progress, this, &InferenceFlow::uploadProgress);
    connect(reply, &ApiCall::finished, this, [this, reply] {
        if (reply->isOk())
            price(reply->value());
        else
            fail(reply->error());
    });
}

void InferenceFlow::price(const QString &serverPath)
{
    setStage(Stage::Pricing);
    ApiReply<CcdAmount> *reply = m_api->inferenceCost(m_jobId, serverPath);
    m_call = reply;
    connect(reply, &ApiCall::finished, this, [this, reply] {
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        // Asked outside this slot: a modal prompt must not nest in the reply's delivery.
        const CcdAmount cost = reply->value();
        QMetaObject::invokeMethod(this, [this, cost] { confirmAndRun(cost); }, Qt::QueuedConnection);
    });
}

void InferenceFlow::confirmAndRun(const CcdAmount &cost)
{
    m_quotedCost = cost;
    setStage(Stage::Confirming);
    const bool accepted = m_prompter->confirm(
        m_dialogParent, tr("Run the inference?"),
        tr("This inference costs %1. The amount is taken from your balance when you run it.")
            .arg(cost.toDisplayString()),
        tr("&Run for %1").arg(cost.toDisplayString()));
    if (!accepted) {
        setStage(Stage::Idle);
        Q_EMIT cancelled();
        return;
    }
    run();
}

void InferenceFlow::run()
{
    setStage(Stage::Running);
    ApiReply<qint64> *reply = m_api->inference(m_jobId);
    m_call = reply;
    connect(reply, &ApiCall::finished, this, [this, reply] {
        Q_EMIT spent();
        if (reply->isOk()) {
            m_inferId = reply->value();
            m_pollAttempt = 0;
            setStage(Stage::Following);
            follow();
            return;
        }
        const ApiError &error = reply->error();
        if (!error.outcomeUnknown()) {
            fail(error);
            return;
        }
        // Remembered so that the next start can warn before a second charge.
        QSettings().setValue(QStringLiteral("inference/outcomeUnknown/%1").arg(m_jobId),
                             QDateTime::currentDateTimeUtc());
        qCWarning(lcApp) << "inference outcome unknown for a job:" << error.message();
        setStage(Stage::Idle);
        Q_EMIT outcomeUnknown(
            tr("%1 The server may have run this inference and charged for it. Look at the "
               "inference history before trying again.")
                .arg(error.message()));
    });
}

void InferenceFlow::follow()
{
    ApiReply<InferenceRecord> *reply = m_api->queryInfer(m_inferId);
    m_call = reply;
    connect(reply, &ApiCall::finished, this, [this, reply] {
        const bool ready = reply->isOk() && !reply->value().resultUrl.isEmpty();
        if (ready) {
            setStage(Stage::Done);
            Q_EMIT finished(reply->value(), m_quotedCost);
            return;
        }
        if (reply->error().kind() == ApiError::Kind::Cancelled) {
            fail(reply->error(), true);
            return;
        }
        const bool keepWaiting = reply->isOk() || isNotReadyYet(reply->error())
                                 || reply->error().kind() == ApiError::Kind::TimedOut;
        if (!keepWaiting || ++m_pollAttempt >= kPollAttempts) {
            fail(reply->error(), true);
            return;
        }
        m_pollTimer->start(std::min(kLongestPollMs, kFirstPollMs << std::min(m_pollAttempt, 5)));
    });
}

void InferenceFlow::retryFollowing()
{
    if (m_inferId == 0)
        return;
    m_pollAttempt = 0;
    setStage(Stage::Following);
    follow();
}

void InferenceFlow::cancel()
{
    m_pollTimer->stop();
    if (m_call)
        m_call->cancel();
}

void InferenceFlow::fail(const ApiError &error, bool canRetryFollowing)
{
    setStage(Stage::Idle);
    if (error.kind() == ApiError::Kind::Cancelled && !canRetryFollowing) {
        Q_EMIT cancelled();
        return;
    }
    QString message = error.isError()
                          ? error.message()
                          : tr("The result of the inference is not there yet.");
    if (canRetryFollowing)
        message += QLatin1Char(' ')
                   + tr("The inference was sent; Retry looks for its result again without "
                        "running it twice.");
    Q_EMIT failed(message, canRetryFollowing);
}

} // namespace deai
