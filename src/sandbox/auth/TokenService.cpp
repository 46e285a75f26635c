// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/TokenService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace deai::sandbox {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Compares in time independent of where the first difference is.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

TokenService::TokenService(QByteArray signingKey, std::chrono::seconds lifetime)
    : m_key(std::move(signingKey))
    , m_lifetime(lifetime)
{
}

QByteArray TokenService::issue(const QString &email) const
{
    return issue(email, QDateTime::currentDateTimeUtc().addSecs(m_lifetime.count()));
}

QByteArray TokenService::issue(const QString &email, const QDateTime &expiresAt) const
{
    const QByteArray header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(kBase64Url);
    const QJsonObject claims{{QStringLiteral("Email"), email},
                             {QStringLiteral("exp"), expiresAt.toSecsSinceEpoch()}};
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    const QByteArray signingInput = header + '.' + payload;
    return signingInput + '.' + sign(signingInput);
}

TokenService::Verdict TokenService::verify(QByteArrayView token) const
{
    if (token.trimmed().isEmpty())
        return Failure::Missing;
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() != 3)
        return Failure::Malformed;

    const QByteArray signingInput = parts[0] + '.' + parts[1];
    if (!constantTimeEquals(sign(signingInput), parts[2]))
        return Failure::BadSignature;

    const auto decoded = QByteArray::fromBase64Encoding(parts[1], kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Failure::Malformed;
    const QJsonObject claims = QJsonDocument::fromJson(*decoded).object();
    const QString email = claims.value(QStringLiteral("Email")).toString();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (email.isEmpty() || !exp.isDouble())
        return Failure::Malformed;
    if (static_cast<qint64>(exp.toDouble()) <= QDateTime::currentSecsSinceEpoch())
        return Failure::Expired;
    return email;
}

QString TokenService::describe(Failure failure)
{
    const char *context = "deai::sandbox::TokenService";
    switch (failure) {
    case Failure::Missing:
        return QCoreApplication::translate(context,
            "The request has no \"token\" header; sign in with user/genToken and send the token it answers.");
    case Failure::Malformed:
        return QCoreApplication::translate(context,
            "The \"token\" header is not a valid access token; sign in again with user/genToken.");
    case Failure::BadSignature:
        return QCoreApplication::translate(context,
            "The access token was not issued by this server; sign in again with user/genToken.");
    case Failure::Expired:
        return QCoreApplication::translate(context,
            "The access token has expired; sign in again with user/genToken to get a new one.");
    }
    return {};
}

QByteArray TokenService::sign(QByteArrayView signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput.toByteArray(), m_key, QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}

} // namespace deai::sandbox
