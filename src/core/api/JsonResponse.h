// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Endpoint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>
#include <variant>

namespace deai {

// Checks the {"code": 200, "msg": ...} envelope every answer carries and
// returns the whole object, or the error the envelope describes.
std::variant<QJsonObject, ApiError> parseEnvelope(const QByteArray &body, Endpoint endpoint);

// A JSON number that is a whole number a qint64 holds exactly.
std::optional<qint64> jsonInteger(const QJsonValue &value);

// Field readers that describe what is wrong in the error they return.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, Endpoint endpoint, QString prefix = {});

    std::variant<QString, ApiError> string(const QString &key) const;
    std::variant<qint64, ApiError> integer(const QString &key) const;
    std::variant<QJsonObject, ApiError> object(const QString &key) const;

    ApiError missing(const QString &key) const;
    ApiError wrongType(const QString &key, const QString &expected) const;

private:
    QJsonObject m_object;
    Endpoint m_endpoint;
    QString m_prefix; // "data." for fields of a nested object, for messages
};

} // namespace deai
