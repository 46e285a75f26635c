// SPDX-License-Identifier: GPL-3.0-or-later
#include "faults/FaultControlRoute.h"

#include "faults/FaultPlan.h"
#include "routes/RouteContext.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>

namespace deai::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::FaultControlRoute", text);
}

ApiAnswer armFault(FaultPlan &faults, const QJsonObject &body)
{
    const std::optional<FaultKind> kind = Fault::kindNamed(body.value(QStringLiteral("fault")).toString());
    const QString call = body.value(QStringLiteral("call")).toString();
    if (!kind || call.isEmpty())
        return ApiAnswer::error(ApiCode::BadRequest, tr("Name a known \"fault\" and the \"call\" it hits."));
    Fault fault;
    fault.kind = *kind;
    fault.call = call;
    const QJsonValue times = body.value(QStringLiteral("times"));
    fault.times = times == QJsonValue(QStringLiteral("always")) ? Fault::kAlways : times.toInt(1);
    fault.delay = std::chrono::milliseconds(body.value(QStringLiteral("delayMs")).toInteger());
    fault.bytes = body.value(QStringLiteral("bytes")).toInteger();
    if (fault.times == 0 || fault.times < Fault::kAlways || fault.delay.count() < 0 || fault.bytes < 0)
        return ApiAnswer::error(ApiCode::BadRequest, tr("\"times\", \"delayMs\" and \"bytes\" cannot be negative."));
    faults.add(fault);
    return ApiAnswer::ok();
}

ApiAnswer control(FaultPlan &faults, const QJsonObject &body)
{
    const QString action = body.value(QStringLiteral("action")).toString();
    if (action == QLatin1String("clear")) {
        faults.clear();
        return ApiAnswer::ok();
    }
    if (action == QLatin1String("expire-tokens")) {
        faults.expireAllTokens();
        return ApiAnswer::ok();
    }
    if (action == QLatin1String("count")) {
        return ApiAnswer::ok().with(QStringLiteral("requests"),
                                    faults.requestCount(body.value(QStringLiteral("call")).toString()));
    }
    return armFault(faults, body);
}

} // namespace

void addFaultControlRoute(RouteContext &context, FaultPlan &faults)
{
    context.route(QStringLiteral("/__faults__"), int(QHttpServerRequest::Method::Post),
                  [&faults](const QHttpServerRequest &request) {
                      if (!request.remoteAddress().isLoopback()) {
                          return RouteContext::ready(
                              ApiAnswer::error(ApiCode::Unauthorized, tr("Fault control answers only on loopback.")));
                      }
                      const QJsonDocument document = QJsonDocument::fromJson(request.body());
                      if (!document.isObject()) {
                          return RouteContext::ready(
                              ApiAnswer::error(ApiCode::BadRequest, tr("Send a JSON object.")));
                      }
                      return RouteContext::ready(control(faults, document.object()));
                  });
}

} // namespace deai::sandbox
