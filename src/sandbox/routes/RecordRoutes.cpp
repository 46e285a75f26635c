// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/Routes.h"

#include "http/FieldReader.h"
#include "http/FileNames.h"
#include "routes/RouteContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QHttpServer>
#include <QJsonArray>
#include <QUrl>

namespace deai::sandbox {

namespace {

constexpr qint64 kMaxPageSize = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::RecordRoutes", text);
}

QJsonObject recordJson(const RouteContext &context, const InferenceRow &row)
{
    const QString url = context.origin() + QStringLiteral("/ai/resultFiles/")
                        + QString::fromLatin1(QUrl::toPercentEncoding(row.resultName, "@"));
    return {{QStringLiteral("tx_hash"), row.txHash},
            {QStringLiteral("result"), url},
            {QStringLiteral("submitTime"), row.submitTime},
            {QStringLiteral("ccd_cost"), row.cost.toDecimalText()}};
}

// The reference sends "id" as a number, the vendor's SDK as "ID"; a numeric
// string is accepted too.
std::optional<qint64> inferenceIdOf(const QJsonObject &body)
{
    const QJsonValue value = body.contains(QStringLiteral("id")) ? body.value(QStringLiteral("id"))
                                                                 : body.value(QStringLiteral("ID"));
    bool ok = false;
    qint64 id = 0;
    if (value.isString())
        id = value.toString().trimmed().toLongLong(&ok);
    else if (value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger()))
        id = value.toInteger(), ok = true;
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

ApiAnswer queryInfer(RouteContext &context, const QString &email, const QJsonObject &body)
{
    const std::optional<qint64> id = inferenceIdOf(body);
    if (!id) {
        return ApiAnswer::error(ApiCode::BadRequest, tr("The field \"id\" is required: the positive integer "
                                                        "infer_id that deAI/inference answered."));
    }
    const std::optional<InferenceRow> row = context.store().inference(*id);
    if (!row || row->owner != email)
        return ApiAnswer::error(ApiCode::NotFound, tr("There is no inference %1 in your account.").arg(*id));
    return ApiAnswer::ok().with(QStringLiteral("data"), recordJson(context, *row));
}

ApiAnswer queryInferList(RouteContext &context, const QString &email, const QJsonObject &body)
{
    FieldReader fields(body);
    const QString jobId = fields.requiredString(QStringLiteral("jobID"));
    const qint64 pageNo = fields.requiredPositiveInteger(QStringLiteral("pageNo"));
    const qint64 pageSize = fields.requiredPositiveInteger(QStringLiteral("pageSize"), kMaxPageSize);
    if (!fields.ok())
        return ApiAnswer::error(ApiCode::BadRequest, fields.error());
    const auto job = context.ownedJob(email, jobId);
    if (const auto *answer = std::get_if<ApiAnswer>(&job))
        return *answer;

    const qint64 total = context.store().inferenceCount(jobId);
    QJsonArray records;
    if (pageNo <= total / pageSize + 1) { // beyond that the page is empty, and the offset could overflow
        for (const InferenceRow &row : context.store().inferences(jobId, (pageNo - 1) * pageSize, pageSize))
            records.append(recordJson(context, row));
    }
    return ApiAnswer::ok()
        .with(QStringLiteral("size"), pageSize)
        .with(QStringLiteral("page"), pageNo)
        .with(QStringLiteral("totalPages"), (total + pageSize - 1) / pageSize)
        .with(QStringLiteral("totalCount"), total)
        .with(QStringLiteral("data"), records);
}

QHttpServerResponse resultFile(RouteContext &context, const QString &encodedName)
{
    const QString name = QUrl::fromPercentEncoding(encodedName.toUtf8());
    if (!FileNames::isPlainComponent(name) || !context.store().resultFileKnown(name)) {
        QHttpServerResponse missing(QByteArrayLiteral("application/json"),
                                    ApiAnswer::error(ApiCode::NotFound, tr("There is no result file of that name."))
                                        .toJson(),
                                    QHttpServerResponse::StatusCode::NotFound);
        return missing;
    }
    QHttpServerResponse file =
        QHttpServerResponse::fromFile(QDir(context.options().dataDir).filePath(QStringLiteral("results/") + name));
    file.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/csv"));
    return file;
}

} // namespace

void addRecordRoutes(RouteContext &context)
{
    context.postJson(QStringLiteral("/sdk/computation/deAI/queryInfer"),
                     [&context](const QString &email, const QJsonObject &body) {
                         return RouteContext::ready(queryInfer(context, email, body));
                     });
    context.postJson(QStringLiteral("/sdk/computation/deAI/queryInferList"),
                     [&context](const QString &email, const QJsonObject &body) {
                         return RouteContext::ready(queryInferList(context, email, body));
                     });
    context.http().route(QStringLiteral("/ai/resultFiles/<arg>"), QHttpServerRequest::Method::Get,
                         [&context](const QString &name) { return resultFile(context, name); });
}

} // namespace deai::sandbox
