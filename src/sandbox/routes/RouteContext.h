// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"
#include "auth/TokenService.h"
#include "http/ApiAnswer.h"
#include "storage/SandboxStore.h"
#include "training/Trainer.h"
#include "training/TrainingRuns.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <type_traits>

class QHttpServer;
class QHttpServerRequest;

namespace deai::sandbox {

class FaultPlan;
using FutureResponse = QFuture<QHttpServerResponse>;

// What every route shares, and the steps every call takes: check the token,
// read the JSON body, answer. Handlers run on the server's thread; slow work
// goes through offThread(), whose finishing step is back on that thread
// because the store is only used there.
class RouteContext
{
public:
    using JsonHandler = std::function<FutureResponse(const QString &email, const QJsonObject &body)>;
    using RawHandler = std::function<FutureResponse(const QString &email, const QHttpServerRequest &request)>;

    RouteContext(QHttpServer &http, QObject &threadContext, SandboxStore &store, TokenService &tokens,
                 Trainer &trainer, const SandboxOptions &options);

    // POST path with a JSON object body and a valid token.
    void postJson(const QString &path, JsonHandler handler);
    // path with a valid token; the handler reads the request itself.
    void withToken(const QString &path, int method, RawHandler handler);

    // Any method and path; the handler checks nothing for itself.
    void route(const QString &path, int method, std::function<FutureResponse(const QHttpServerRequest &)> handler);

    static FutureResponse ready(const ApiAnswer &answer);

    // Runs work on the worker pool, then finish(result) on the server's thread;
    // answers the work's future. QFutureWatcher rather than
    // QFuture::then(context, …): in Qt 6.4 a continuation with a context
    // attached to another one crashes.
    template <typename Work, typename Finish>
    QFuture<std::invoke_result_t<Work>> inBackground(Work work, Finish finish)
    {
        using Result = std::invoke_result_t<Work>;
        auto *watcher = new QFutureWatcher<Result>(&m_threadContext);
        QObject::connect(watcher, &QFutureWatcherBase::finished, &m_threadContext, [watcher, finish] {
            finish(watcher->result());
            watcher->deleteLater();
        });
        QFuture<Result> future = QtConcurrent::run(&m_pool, std::move(work));
        watcher->setFuture(future);
        return future;
    }
    // The same for a call whose answer comes from finish (an ApiAnswer).
    template <typename Work, typename Finish>
    FutureResponse offThread(Work work, Finish finish)
    {
        auto promise = std::make_shared<QPromise<QHttpServerResponse>>();
        promise->start();
        inBackground(std::move(work), [promise, finish](auto result) {
            promise->addResult(finish(std::move(result)).toResponse());
            promise->finish();
        });
        return promise->future();
    }
    void waitForWorkers() { m_pool.waitForDone(); }

    QHttpServer &http() { return m_http; }
    SandboxStore &store() { return m_store; }
    TokenService &tokens() { return m_tokens; }
    Trainer &trainer() { return m_trainer; }
    TrainingRuns &trainingRuns() { return m_trainingRuns; }
    const SandboxOptions &options() const { return m_options; }

    // "http://127.0.0.1:PORT", for the absolute URLs in answers.
    QString origin() const { return m_origin; }
    void setOrigin(const QString &origin) { m_origin = origin; }

    // The armed faults, or null when fault control is off.
    void setFaults(FaultPlan *faults) { m_faults = faults; }
    FaultPlan *faults() const { return m_faults; }
    // The path of a request below /sdk/computation ("deAI/createJob"), or below the root.
    static QString callName(const QString &path);

    // The caller's file, or the answer to give when it is not theirs.
    std::variant<FileRow, ApiAnswer> ownedFile(const QString &email, const QString &field, const QString &path);
    std::variant<JobRow, ApiAnswer> ownedJob(const QString &email, const QString &jobId);

private:
    QHttpServer &m_http;
    QObject &m_threadContext;
    SandboxStore &m_store;
    TokenService &m_tokens;
    Trainer &m_trainer;
    TrainingRuns m_trainingRuns;
    const SandboxOptions &m_options;
    QThreadPool m_pool;
    QString m_origin;
    FaultPlan *m_faults = nullptr;
};

} // namespace deai::sandbox
