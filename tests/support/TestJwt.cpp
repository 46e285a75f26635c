// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestJwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace deai::test {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray makeTestJwt(const QJsonObject &payload)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature = QMessageAuthenticationCode::hash(
        signingInput, QByteArrayLiteral("deai-test-key"), QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature);
}

QByteArray makeTestJwt(const QString &email, const QDateTime &expiresAt)
{
    return makeTestJwt(QJsonObject{{QStringLiteral("Email"), email},
                                   {QStringLiteral("exp"), expiresAt.toSecsSinceEpoch()}});
}

} // namespace deai::test
