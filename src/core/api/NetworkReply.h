// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiExchange.h"
#include "api/ApiReply.h"
#include "api/ResponseParsers.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace deai {

// Answers at least this big are parsed on the thread pool: a page of a
// thousand history records takes tens of milliseconds to read, which would
// freeze the window; small answers are cheaper to parse than to hand over.
inline constexpr qsizetype kBackgroundParseBytes = 64 * 1024;

// The ApiReply handed to callers: an exchange for the HTTP side and a pure
// parser for the answer.
template<typename T>
class NetworkReply final : public ApiReply<T>
{
public:
    using Parser = std::function<Parsed<T>(const QByteArray &)>;

    NetworkReply(ApiExchange *exchange, Parser parser, QObject *parent)
        : ApiReply<T>(parent)
        , m_exchange(exchange)
    {
        exchange->setParent(this);
        QObject::connect(exchange, &ApiExchange::progress, this, &ApiCall::progress);
        QObject::connect(exchange, &ApiExchange::failed, this,
                         [this](const ApiError &error) { this->finishWithError(error); });
        QObject::connect(exchange, &ApiExchange::answered, this,
                         [this, parser = std::move(parser)](const QByteArray &body) {
                             if (body.size() >= kBackgroundParseBytes)
                                 parseInBackground(parser, body);
                             else
                                 finishWithParsed(parser(body));
                         });
    }

    // A call refused before anything is sent, e.g. without a token. The
    // failure is reported from the event loop so callers can connect first.
    static NetworkReply *failed(const ApiError &error, QObject *parent)
    {
        auto *reply = new NetworkReply(parent);
        reply->m_operation = error.operation();
        QTimer::singleShot(0, reply, [reply, error] { reply->finishWithError(error); });
        return reply;
    }

    void cancel() override
    {
        if (this->isFinished())
            return;
        if (m_parsing) {
            // The pool task owns copies of the body and parser only, so it
            // may run on after this reply is gone; its result is dropped.
            delete m_parsing;
            this->finishWithError(ApiError(ApiError::Kind::Cancelled,
                                           endpointOperation(m_exchange->endpoint())));
            return;
        }
        if (m_exchange) {
            m_exchange->cancel();
            return;
        }
        this->finishWithError(ApiError(ApiError::Kind::Cancelled, m_operation));
    }

private:
    explicit NetworkReply(QObject *parent)
        : ApiReply<T>(parent)
    {}

    void parseInBackground(const Parser &parser, const QByteArray &body)
    {
        m_parsing = new QFutureWatcher<Parsed<T>>(this);
        // Delivered through this reply's event loop, so finished() is
        // emitted on its thread; the watcher dies with the reply.
        QObject::connect(m_parsing, &QFutureWatcherBase::finished, this, [this] {
            QFutureWatcher<Parsed<T>> *watcher = m_parsing;
            m_parsing = nullptr;
            watcher->deleteLater();
            finishWithParsed(watcher->future().takeResult());
        });
        m_parsing->setFuture(QtConcurrent::run([parser, body] { return parser(body); }));
    }

    void finishWithParsed(Parsed<T> parsed)
    {
        if (auto *value = std::get_if<T>(&parsed)) {
            this->finishWithValue(std::move(*value));
            return;
        }
        const ApiError &error = std::get<ApiError>(parsed);
        const bool unreadable =
            error.kind() == ApiError::Kind::NotJson || error.kind() == ApiError::Kind::BadResponse;
        this->finishWithError(unreadable ? m_exchange->withOutcome(error) : error);
    }

    ApiExchange *m_exchange = nullptr;
    QFutureWatcher<Parsed<T>> *m_parsing = nullptr;
    QString m_operation; // of a call refused before sending
};

} // namespace deai
