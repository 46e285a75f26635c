// SPDX-License-Identifier: GPL-3.0-or-later
#include "faults/FaultAnswers.h"

#include "auth/TokenService.h"
#include "http/ApiAnswer.h"
#include "logging/LogCategories.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace deai::sandbox {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QHttpServerResponse htmlPage(QHttpServerResponse::StatusCode status, const QByteArray &title)
{
    return QHttpServerResponse(QByteArrayLiteral("text/html"),
                               "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head><body><h1>"
                                   + title + "</h1><hr><center>nginx</center></body></html>\n",
                               status);
}

QByteArray hugeBody(qint64 bytes)
{
    const QByteArray head = QByteArrayLiteral(R"({"code":200,"msg":")");
    const QByteArray tail = QByteArrayLiteral(R"("})");
    const qint64 size = bytes > 0 ? bytes : FaultPlan::kDefaultHugeBodyBytes;
    QByteArray body = head;
    body.append(QByteArray(qMax<qint64>(0, size - head.size() - tail.size()), 'x'));
    body.append(tail);
    return body;
}

QJsonValue otherType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return 7;
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QJsonObject();
    default:
        return QJsonArray{QStringLiteral("unexpected")};
    }
}

QByteArray spoilFields(const QByteArray &body, FaultKind kind)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QString &key : object.keys()) {
        if (key == QLatin1String("code") || key == QLatin1String("msg"))
            continue;
        if (kind == FaultKind::MissingFields)
            object.remove(key);
        else
            object.insert(key, otherType(object.value(key)));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray withHugeCost(const QByteArray &body)
{
    QString text = QString::fromUtf8(body);
    static const QRegularExpression integer(QStringLiteral(R"("ccd_cost":\s*\d+)"));
    static const QRegularExpression decimal(QStringLiteral(R"("ccd_cost":\s*"[^"]*")"));
    text.replace(integer, QStringLiteral(R"("ccd_cost":%1)").arg(QLatin1String(FaultPlan::kHugeCostUnits)));
    text.replace(decimal, QStringLiteral(R"("ccd_cost":"%1")").arg(QLatin1String(FaultPlan::kHugeCostDecimal)));
    return text.toUtf8();
}

QByteArray withLongJobId(const QByteArray &body)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(QStringLiteral("data")).isString())
        object.insert(QStringLiteral("data"), QLatin1String(FaultPlan::kLongJobId));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray spoilt(const QByteArray &body, FaultKind kind)
{
    switch (kind) {
    case FaultKind::TruncatedJson:
        return body.left(body.size() / 2);
    case FaultKind::WrongTypes:
    case FaultKind::MissingFields:
        return spoilFields(body, kind);
    case FaultKind::HugeCost:
        return withHugeCost(body);
    case FaultKind::LongJobId:
        return withLongJobId(body);
    default:
        return body;
    }
}

} // namespace

bool faultReplacesCall(FaultKind kind)
{
    return kind == FaultKind::Http500Html || kind == FaultKind::Http502Html || kind == FaultKind::MalformedJson
        || kind == FaultKind::HugeBody || kind == FaultKind::TokenExpired;
}

QHttpServerResponse faultAnswer(const Fault &fault)
{
    switch (fault.kind) {
    case FaultKind::Http500Html:
        return htmlPage(QHttpServerResponse::StatusCode::InternalServerError,
                        QByteArrayLiteral("500 Internal Server Error"));
    case FaultKind::Http502Html:
        return htmlPage(QHttpServerResponse::StatusCode::BadGateway, QByteArrayLiteral("502 Bad Gateway"));
    case FaultKind::MalformedJson:
        return QHttpServerResponse(kJson, QByteArrayLiteral(R"({"code": 200, "msg": success, data: [})"));
    case FaultKind::HugeBody:
        return QHttpServerResponse(kJson, hugeBody(fault.bytes));
    default:
        return ApiAnswer::error(ApiCode::Unauthorized, TokenService::describe(TokenService::Failure::Expired))
            .toResponse();
    }
}

void writeAnswer(QHttpServerResponse response, QHttpServerResponder &&responder, QTcpSocket *socket,
                 const Fault *fault, QObject *context)
{
    if (!socket)
        return; // the client gave up; its socket is gone
    if (!fault) {
        response.write(std::move(responder));
        return;
    }
    qCInfo(lcSandbox) << "Fault" << Fault::nameOf(fault->kind) << "on" << fault->call;
    switch (fault->kind) {
    case FaultKind::DropBeforeAnswer:
        socket->abort();
        return;
    case FaultKind::Delay: {
        auto pending = std::make_shared<std::pair<QHttpServerResponse, QHttpServerResponder>>(
            std::move(response), std::move(responder));
        QTimer::singleShot(fault->delay, context, [pending, guard = QPointer<QTcpSocket>(socket)] {
            if (guard)
                pending->first.write(std::move(pending->second));
        });
        return;
    }
    default:
        QHttpServerResponse(response.mimeType(), spoilt(response.data(), fault->kind)).write(std::move(responder));
    }
}

} // namespace deai::sandbox
