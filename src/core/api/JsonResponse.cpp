// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/JsonResponse.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <climits>

namespace deai {

namespace {

constexpr int kSuccessCode = 200;
constexpr int kUnauthorizedCode = 401;

// The server's code is documented as a number; a numeric string is taken too.
std::optional<qint64> envelopeCode(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 code = value.toString().toLongLong(&ok);
        return ok ? std::optional(code) : std::nullopt;
    }
    return jsonInteger(value);
}

} // namespace

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() answers its default for fractions and out-of-range values;
    // two different defaults tell those apart from a genuine value.
    const qint64 first = value.toInteger(-1);
    if (first == -1 && value.toInteger(-2) == -2)
        return std::nullopt;
    return first;
}

std::variant<QJsonObject, ApiError> parseEnvelope(const QByteArray &body, Endpoint endpoint)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiError(ApiError::Kind::NotJson, endpointOperation(endpoint),
                        parseError.errorString());
    }
    if (!document.isObject()) {
        return ApiError(ApiError::Kind::BadResponse, endpointOperation(endpoint),
                        QStringLiteral("the answer is not a JSON object"));
    }

    const QJsonObject envelope = document.object();
    const FieldReader reader(envelope, endpoint);
    if (!envelope.contains(QLatin1String("code")))
        return reader.missing(QStringLiteral("code"));
    const auto code = envelopeCode(envelope.value(QLatin1String("code")));
    if (!code)
        return reader.wrongType(QStringLiteral("code"), QStringLiteral("an integer"));
    if (*code == kSuccessCode)
        return envelope;

    const auto kind =
        *code == kUnauthorizedCode ? ApiError::Kind::Unauthorized : ApiError::Kind::ServerCode;
    ApiError error(kind, endpointOperation(endpoint));
    error.setServerReply(static_cast<int>(std::clamp<qint64>(*code, INT_MIN, INT_MAX)),
                         envelope.value(QLatin1String("msg")).toString());
    return error;
}

FieldReader::FieldReader(const QJsonObject &object, Endpoint endpoint, QString prefix)
    : m_object(object)
    , m_endpoint(endpoint)
    , m_prefix(std::move(prefix))
{}

ApiError FieldReader::missing(const QString &key) const
{
    return ApiError(ApiError::Kind::BadResponse, endpointOperation(m_endpoint),
                    QStringLiteral("the field \"%1%2\" is missing").arg(m_prefix, key));
}

ApiError FieldReader::wrongType(const QString &key, const QString &expected) const
{
    return ApiError(ApiError::Kind::BadResponse, endpointOperation(m_endpoint),
                    QStringLiteral("the field \"%1%2\" is not %3").arg(m_prefix, key, expected));
}

std::variant<QString, ApiError> FieldReader::string(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return missing(key);
    if (!value.isString())
        return wrongType(key, QStringLiteral("a string"));
    return value.toString();
}

std::variant<qint64, ApiError> FieldReader::integer(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return missing(key);
    const auto number = jsonInteger(value);
    if (!number)
        return wrongType(key, QStringLiteral("an integer"));
    return *number;
}

std::variant<QJsonObject, ApiError> FieldReader::object(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return missing(key);
    if (!value.isObject())
        return wrongType(key, QStringLiteral("an object"));
    return value.toObject();
}

} // namespace deai
