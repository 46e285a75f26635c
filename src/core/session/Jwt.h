// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <optional>

namespace deai {

// What the client needs from the access token's payload.
struct JwtClaims
{
    QString email;       // "Email"; empty when absent
    QDateTime expiresAt; // "exp" in UTC; invalid when absent
};

// Reads, without verifying, the payload of a JWT (header.payload.signature,
// base64url). The signature is the server's business; the client only wants
// to know when to ask for a new token. Returns nothing for anything that is
// not a JWT with a JSON object payload.
std::optional<JwtClaims> readJwtClaims(QByteArrayView token);

} // namespace deai
