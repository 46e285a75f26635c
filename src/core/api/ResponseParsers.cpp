// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ResponseParsers.h"

#include "api/JsonNumberScanner.h"
#include "api/JsonResponse.h"

#include <QJsonArray>
#include <QTimeZone>

#include <climits>
#include <iterator>

namespace deai {

namespace {

// An amount written as a JSON integer in units of 10^-18 CCD, read from the
// raw text so that it stays exact however large it is.
Parsed<CcdAmount> unitsAmount(const QByteArray &body, const QJsonObject &object,
                              const QStringList &path, Endpoint endpoint)
{
    const QString key = path.constLast();
    const QString prefix =
        path.size() > 1 ? path.first(path.size() - 1).join(QLatin1Char('.')) + QLatin1Char('.')
                        : QString();
    const FieldReader reader(object, endpoint, prefix);
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return reader.missing(key);
    const auto raw = rawJsonUnsignedInteger(body, path);
    const auto amount = raw ? CcdAmount::fromUnitsText(*raw) : std::nullopt;
    if (!amount)
        return reader.wrongType(key, QStringLiteral("a whole non-negative number"));
    return *amount;
}

Parsed<CcdAmount> costInUnits(const QByteArray &body, Endpoint endpoint)
{
    const auto envelope = parseEnvelope(body, endpoint);
    if (const auto *error = std::get_if<ApiError>(&envelope))
        return *error;
    return unitsAmount(body, std::get<QJsonObject>(envelope), {QStringLiteral("ccd_cost")},
                       endpoint);
}

Parsed<QString> nonEmptyString(const QByteArray &body, Endpoint endpoint, const QString &key)
{
    const auto envelope = parseEnvelope(body, endpoint);
    if (const auto *error = std::get_if<ApiError>(&envelope))
        return *error;
    const FieldReader reader(std::get<QJsonObject>(envelope), endpoint);
    auto text = reader.string(key);
    if (const auto *value = std::get_if<QString>(&text); value && value->isEmpty())
        return reader.wrongType(key, QStringLiteral("a non-empty string"));
    return text;
}

Parsed<InferenceRecord> inferenceRecord(const QJsonObject &object, Endpoint endpoint,
                                        const QString &prefix)
{
    const FieldReader reader(object, endpoint, prefix);
    InferenceRecord record;

    const auto txHash = reader.string(QStringLiteral("tx_hash"));
    if (const auto *error = parseError(txHash))
        return *error;
    record.txHash = std::get<QString>(txHash);

    const auto result = reader.string(QStringLiteral("result"));
    if (const auto *error = parseError(result))
        return *error;
    record.resultUrl = QUrl(std::get<QString>(result));
    if (!record.resultUrl.isValid() || record.resultUrl.isRelative())
        return reader.wrongType(QStringLiteral("result"), QStringLiteral("an absolute URL"));

    const auto submitTime = reader.integer(QStringLiteral("submitTime"));
    if (const auto *error = parseError(submitTime))
        return *error;
    record.submitTime =
        QDateTime::fromSecsSinceEpoch(std::get<qint64>(submitTime), QTimeZone::utc());

    // Unlike the cost estimates, these answers give the cost in whole CCD as
    // a decimal string.
    const auto cost = reader.string(QStringLiteral("ccd_cost"));
    if (const auto *error = parseError(cost))
        return *error;
    const auto amount = CcdAmount::fromDecimalText(std::get<QString>(cost));
    if (!amount)
        return reader.wrongType(QStringLiteral("ccd_cost"), QStringLiteral("a decimal amount"));
    record.cost = *amount;
    return record;
}

// The sandbox sends the balance as a decimal string in whole CCD; a JSON
// integer is taken as units of 10^-18 CCD, like the cost estimates.
Parsed<std::optional<CcdAmount>> balance(const QByteArray &body, const QJsonObject &account,
                                         const QStringList &path)
{
    const QString key = path.constLast();
    const QJsonValue value = account.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<CcdAmount>();
    if (value.isDouble()) {
        const auto amount = unitsAmount(body, account, path, Endpoint::UserInfo);
        if (const auto *error = parseError(amount))
            return *error;
        return std::optional(std::get<CcdAmount>(amount));
    }
    const auto amount = CcdAmount::fromDecimalText(value.toString());
    if (!value.isString() || !amount) {
        return FieldReader(account, Endpoint::UserInfo,
                           path.size() > 1 ? QStringLiteral("data.") : QString())
            .wrongType(key, QStringLiteral("an amount"));
    }
    return std::optional(*amount);
}

} // namespace

Parsed<QByteArray> parseGenToken(const QByteArray &body)
{
    const auto token = nonEmptyString(body, Endpoint::GenToken, QStringLiteral("token"));
    if (const auto *error = parseError(token))
        return *error;
    return std::get<QString>(token).toUtf8();
}

Parsed<QString> parseUploadFile(const QByteArray &body)
{
    return nonEmptyString(body, Endpoint::UploadFile, QStringLiteral("msg"));
}

Parsed<QString> parseCreateJob(const QByteArray &body)
{
    return nonEmptyString(body, Endpoint::CreateJob, QStringLiteral("data"));
}

Parsed<CcdAmount> parseQueryGuarantee(const QByteArray &body)
{
    return costInUnits(body, Endpoint::QueryGuarantee);
}

Parsed<CcdAmount> parseInferenceCost(const QByteArray &body)
{
    return costInUnits(body, Endpoint::InferenceCost);
}

Parsed<qint64> parseInference(const QByteArray &body)
{
    const auto envelope = parseEnvelope(body, Endpoint::Inference);
    if (const auto *error = std::get_if<ApiError>(&envelope))
        return *error;
    const FieldReader reader(std::get<QJsonObject>(envelope), Endpoint::Inference);
    const auto id = reader.integer(QStringLiteral("infer_id"));
    if (const auto *value = std::get_if<qint64>(&id); value && *value < 0)
        return reader.wrongType(QStringLiteral("infer_id"), QStringLiteral("a non-negative id"));
    return id;
}

Parsed<InferenceRecord> parseQueryInfer(const QByteArray &body)
{
    const auto envelope = parseEnvelope(body, Endpoint::QueryInfer);
    if (const auto *error = std::get_if<ApiError>(&envelope))
        return *error;
    const FieldReader reader(std::get<QJsonObject>(envelope), Endpoint::QueryInfer);
    const auto data = reader.object(QStringLiteral("data"));
    if (const auto *error = parseError(data))
        return *error;
    return inferenceRecord(std::get<QJsonObject>(data), Endpoint::QueryInfer,
                           QStringLiteral("data."));
}

Parsed<InferencePage> parseQueryInferList(const QByteArray &body)
{
    const auto envelope = parseEnvelope(body, Endpoint::QueryInferList);
    if (const auto *error = std::get_if<ApiError>(&envelope))
        return *error;
    const QJsonObject object = std::get<QJsonObject>(envelope);
    const FieldReader reader(object, Endpoint::QueryInferList);

    const QString countKeys[] = {QStringLiteral("size"), QStringLiteral("page"),
                                 QStringLiteral("totalPages"), QStringLiteral("totalCount")};
    qint64 counts[std::size(countKeys)] = {};
    for (std::size_t i = 0; i < std::size(countKeys); ++i) {
        const auto number = reader.integer(countKeys[i]);
        if (const auto *error = parseError(number))
            return *error;
        counts[i] = std::get<qint64>(number);
        const bool fitsInt = i == 3 || counts[i] <= INT_MAX;
        if (counts[i] < 0 || !fitsInt)
            return reader.wrongType(countKeys[i], QStringLiteral("a count"));
    }
    InferencePage page;
    page.pageSize = static_cast<int>(counts[0]);
    page.pageNumber = static_cast<int>(counts[1]);
    page.totalPages = static_cast<int>(counts[2]);
    page.totalCount = counts[3];

    // An empty page may come as null or without "data" at all.
    const QJsonValue data = object.value(QLatin1String("data"));
    if (!data.isArray() && !data.isNull() && !data.isUndefined())
        return reader.wrongType(QStringLiteral("data"), QStringLiteral("a list"));
    const QJsonArray items = data.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("data[%1].").arg(i);
        if (!items.at(i).isObject()) {
            return FieldReader(object, Endpoint::QueryInferList)
                .wrongType(QStringLiteral("data[%1]").arg(i), QStringLiteral("an object"));
        }
        const auto record =
            inferenceRecord(items.at(i).toObject(), Endpoint::QueryInferList, prefix);
        if (const auto *error = parseError(record))
            return *error;
        page.records.append(std::get<InferenceRecord>(record));
    }
    return page;
}

Parsed<UserInfo> parseUserInfo(const QByteArray &body)
{
    const auto envelope = parseEnvelope(body, Endpoint::UserInfo);
    if (const auto *error = std::get_if<ApiError>(&envelope))
        return *error;
    // The field names are not published: the account is read from "data",
    // or from the envelope itself when there is no "data" object.
    const QJsonObject object = std::get<QJsonObject>(envelope);
    const bool nested = object.value(QLatin1String("data")).isObject();
    const QJsonObject account = nested ? object.value(QLatin1String("data")).toObject() : object;
    const QStringList balancePath =
        nested ? QStringList{QStringLiteral("data"), QStringLiteral("balance")}
               : QStringList{QStringLiteral("balance")};

    UserInfo info;
    info.email = account.value(QLatin1String("email")).toString();
    info.walletAddress = account.value(QLatin1String("address")).toString();
    const auto amount = balance(body, account, balancePath);
    if (const auto *error = parseError(amount))
        return *error;
    info.balance = std::get<std::optional<CcdAmount>>(amount);
    return info;
}

} // namespace deai
