// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <variant>

namespace deai::sandbox {

// Issues and checks the access tokens: HS256 JSON Web Tokens whose payload
// holds "Email" and "exp" (Unix seconds), as the production service does.
class TokenService
{
public:
    enum class Failure { Missing, Malformed, BadSignature, Expired };
    using Verdict = std::variant<QString, Failure>; // the signed-in email, or why not

    TokenService(QByteArray signingKey, std::chrono::seconds lifetime);

    QByteArray issue(const QString &email) const;
    QByteArray issue(const QString &email, const QDateTime &expiresAt) const;
    Verdict verify(QByteArrayView token) const;

    static QString describe(Failure failure); // a sentence a person can act on

private:
    QByteArray sign(QByteArrayView signingInput) const;

    QByteArray m_key;
    std::chrono::seconds m_lifetime;
};

} // namespace deai::sandbox
