// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ApiAnswer.h"

#include <QHttpServerResponse>
#include <QJsonDocument>

namespace deai::sandbox {

namespace {

// A string value nobody sends: the JSON writer escapes control characters in
// user text, so "\u0001" followed by this marker cannot come from a request.
QString placeholderFor(const QString &key)
{
    return QStringLiteral("\u0001deai-integer-literal:") + key;
}

} // namespace

ApiAnswer::ApiAnswer(int code, const QString &message)
    : m_code(code)
    , m_message(message)
{
}

ApiAnswer ApiAnswer::ok(const QString &message)
{
    return ApiAnswer(ApiCode::Ok, message);
}

ApiAnswer ApiAnswer::error(int code, const QString &message)
{
    return ApiAnswer(code, message);
}

ApiAnswer &ApiAnswer::with(const QString &key, const QJsonValue &value)
{
    m_fields.insert(key, value);
    return *this;
}

ApiAnswer &ApiAnswer::withIntegerLiteral(const QString &key, const QByteArray &digits)
{
    m_fields.insert(key, placeholderFor(key));
    m_integerLiterals.append({key, digits});
    return *this;
}

QByteArray ApiAnswer::toJson() const
{
    QJsonObject object = m_fields;
    object.insert(QStringLiteral("code"), m_code);
    object.insert(QStringLiteral("msg"), m_message);
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    for (const auto &[key, digits] : m_integerLiterals) {
        const QByteArray quoted = QJsonDocument(QJsonObject{{key, placeholderFor(key)}})
                                      .toJson(QJsonDocument::Compact)
                                      .mid(key.toUtf8().size() + 4); // past {"key":
        text.replace(quoted.chopped(1), digits);
    }
    return text;
}

QHttpServerResponse ApiAnswer::toResponse() const
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), toJson());
}

} // namespace deai::sandbox
