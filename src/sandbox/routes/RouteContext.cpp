// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/RouteContext.h"

#include "faults/FaultAnswers.h"
#include "faults/FaultPlan.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTcpSocket>

namespace deai::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::RouteContext", text);
}

std::variant<QString, ApiAnswer> authenticate(const QHttpServerRequest &request, const TokenService &tokens,
                                              FaultPlan *faults)
{
    const QByteArray token = request.value("token");
    if (faults && faults->isExpired(token))
        return ApiAnswer::error(ApiCode::Unauthorized, TokenService::describe(TokenService::Failure::Expired));
    const TokenService::Verdict verdict = tokens.verify(token);
    if (const auto *failure = std::get_if<TokenService::Failure>(&verdict))
        return ApiAnswer::error(ApiCode::Unauthorized, TokenService::describe(*failure));
    if (faults)
        faults->noteToken(token);
    return std::get<QString>(verdict);
}

// A token a genToken answer hands out, so "expire all tokens" reaches it too.
void noteIssuedToken(FaultPlan *faults, const QString &call, const QHttpServerResponse &response)
{
    if (!faults || call != QLatin1String("user/genToken"))
        return;
    const QJsonValue token = QJsonDocument::fromJson(response.data()).object().value(QStringLiteral("token"));
    faults->noteToken(token.toString().toUtf8());
}

std::variant<QJsonObject, ApiAnswer> readJsonObject(const QHttpServerRequest &request, qint64 limit)
{
    const QByteArray body = request.body();
    if (body.size() > limit) {
        return ApiAnswer::error(ApiCode::BadRequest,
                                tr("The request body is %1 bytes but JSON calls accept at most %2 bytes.")
                                    .arg(body.size()).arg(limit));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiAnswer::error(ApiCode::BadRequest, tr("The request body is not valid JSON (%1 at byte %2); "
                                                        "send a JSON object.")
                                                         .arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject())
        return ApiAnswer::error(ApiCode::BadRequest, tr("The request body must be a JSON object {…}."));
    return document.object();
}

} // namespace

RouteContext::RouteContext(QHttpServer &http, QObject &threadContext, SandboxStore &store, TokenService &tokens,
                           Trainer &trainer, const SandboxOptions &options)
    : m_http(http)
    , m_threadContext(threadContext)
    , m_store(store)
    , m_tokens(tokens)
    , m_trainer(trainer)
    , m_options(options)
{
}

FutureResponse RouteContext::ready(const ApiAnswer &answer)
{
    return QtFuture::makeReadyFuture(answer.toResponse());
}

void RouteContext::postJson(const QString &path, JsonHandler handler)
{
    withToken(path, int(QHttpServerRequest::Method::Post),
              [this, handler = std::move(handler)](const QString &email, const QHttpServerRequest &request) {
                  const auto body = readJsonObject(request, m_options.jsonLimitBytes);
                  if (const auto *answer = std::get_if<ApiAnswer>(&body))
                      return ready(*answer);
                  return handler(email, std::get<QJsonObject>(body));
              });
}

void RouteContext::withToken(const QString &path, int method, RawHandler handler)
{
    route(path, method, [this, handler = std::move(handler)](const QHttpServerRequest &request) {
        const auto email = authenticate(request, m_tokens, m_faults);
        if (const auto *answer = std::get_if<ApiAnswer>(&email))
            return ready(*answer);
        return handler(std::get<QString>(email), request);
    });
}

void RouteContext::route(const QString &path, int method,
                         std::function<FutureResponse(const QHttpServerRequest &)> handler)
{
    // QHttpServer 6.4 crashes when a route itself returns a QFuture that
    // finishes later, so routes take the responder and write to it when the
    // future is done.
    m_http.route(path, QHttpServerRequest::Methods(method),
                 [this, handler = std::move(handler)](const QHttpServerRequest &request,
                                                      QHttpServerResponder &&responder) {
                     const QString call = callName(request.url().path());
                     std::optional<Fault> fault;
                     if (m_faults)
                         fault = m_faults->take(call, FaultPlan::Stage::Answer);
                     if (fault && faultReplacesCall(fault->kind)) {
                         faultAnswer(*fault).write(std::move(responder));
                         return;
                     }
                     FutureResponse future = handler(request);
                     // A client that gave up meanwhile has had its socket deleted.
                     const QPointer<QTcpSocket> socket = responder.socket();
                     if (future.isFinished()) {
                         QHttpServerResponse response = future.takeResult();
                         noteIssuedToken(m_faults, call, response);
                         writeAnswer(std::move(response), std::move(responder), socket, fault ? &*fault : nullptr,
                                     &m_threadContext);
                         return;
                     }
                     auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
                     auto *watcher = new QFutureWatcher<QHttpServerResponse>(&m_threadContext);
                     QObject::connect(watcher, &QFutureWatcherBase::finished, &m_threadContext,
                                      [this, watcher, shared, socket, fault, call] {
                                          QHttpServerResponse response = watcher->future().takeResult();
                                          noteIssuedToken(m_faults, call, response);
                                          writeAnswer(std::move(response), std::move(*shared), socket,
                                                      fault ? &*fault : nullptr, &m_threadContext);
                                          watcher->deleteLater();
                                      });
                     watcher->setFuture(future);
                 });
}

QString RouteContext::callName(const QString &path)
{
    static const QString prefix = QStringLiteral("/sdk/computation/");
    if (path.startsWith(prefix))
        return path.mid(prefix.size());
    return path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
}

std::variant<FileRow, ApiAnswer> RouteContext::ownedFile(const QString &email, const QString &field,
                                                         const QString &path)
{
    std::optional<FileRow> file = m_store.file(path);
    if (!file || file->owner != email) {
        return ApiAnswer::error(ApiCode::NotFound,
                                tr("%1 \"%2\" is not a file you uploaded; upload it with deAI/uploadFile and send "
                                   "the path that call answers.").arg(field, path));
    }
    return *file;
}

std::variant<JobRow, ApiAnswer> RouteContext::ownedJob(const QString &email, const QString &jobId)
{
    std::optional<JobRow> job = m_store.job(jobId);
    if (!job || job->owner != email) {
        return ApiAnswer::error(ApiCode::NotFound,
                                tr("There is no job with jobID \"%1\" in your account; use the id deAI/createJob "
                                   "answered.").arg(jobId));
    }
    return *job;
}

} // namespace deai::sandbox
