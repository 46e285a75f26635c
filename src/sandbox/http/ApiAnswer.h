// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerResponse;

namespace deai::sandbox {

// The "code" values of the envelope, as API-NOTES decides them.
namespace ApiCode {
constexpr int Ok = 200;
constexpr int BadRequest = 400;
constexpr int Unauthorized = 401;
constexpr int BalanceTooLow = 402;
constexpr int NotFound = 404;
constexpr int Conflict = 409;
constexpr int TooLarge = 413;
constexpr int Internal = 500;
} // namespace ApiCode

// One answer of the API: always HTTP 200 with {"code": …, "msg": …} plus the
// call's own fields. Integer fields that can exceed what a double holds
// exactly (ccd_cost) are spliced in as literal digits after serialising.
class ApiAnswer
{
public:
    static ApiAnswer ok(const QString &message = QStringLiteral("success"));
    static ApiAnswer error(int code, const QString &message);

    ApiAnswer &with(const QString &key, const QJsonValue &value);
    // digits must be a plain non-negative integer, e.g. CcdAmount::toUnitsText().
    ApiAnswer &withIntegerLiteral(const QString &key, const QByteArray &digits);

    int code() const { return m_code; }
    QString message() const { return m_message; }
    QByteArray toJson() const;
    QHttpServerResponse toResponse() const;

private:
    ApiAnswer(int code, const QString &message);

    int m_code = ApiCode::Ok;
    QString m_message;
    QJsonObject m_fields;
    QList<QPair<QString, QByteArray>> m_integerLiterals;
};

} // namespace deai::sandbox
