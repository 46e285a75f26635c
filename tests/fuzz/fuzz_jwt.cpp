// SPDX-License-Identifier: GPL-3.0-or-later
// The token comes from the server and is read, unverified, to learn when it
// runs out. A first byte 'P' makes the rest the payload of a well-formed
// token, which must be read exactly when it is a JSON object; anything else
// is taken as a whole token, which must merely never break the reader.
#include "FuzzSupport.h"
#include "session/Jwt.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

void checkWrappedPayload(QByteArrayView payload)
{
    const QByteArray token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                             + payload.toByteArray().toBase64(QByteArray::Base64UrlEncoding
                                                             | QByteArray::OmitTrailingEquals)
                             + ".c2lnbmF0dXJl";
    const auto claims = deai::readJwtClaims(token);
    const QJsonDocument document = QJsonDocument::fromJson(payload.toByteArray());
    // An empty payload is not an object and also has no base64 text at all.
    DEAI_FUZZ_CHECK(claims.has_value() == document.isObject());
    if (!claims)
        return;

    const QJsonObject object = document.object();
    DEAI_FUZZ_CHECK(claims->email == object.value(QLatin1String("Email")).toString());
    if (claims->expiresAt.isValid()) {
        const double exp = object.value(QLatin1String("exp")).toDouble();
        DEAI_FUZZ_CHECK(claims->expiresAt.toSecsSinceEpoch() == qint64(std::floor(exp)));
    }
}

void checkWholeToken(QByteArrayView token)
{
    const auto claims = deai::readJwtClaims(token);
    DEAI_FUZZ_CHECK(!claims || token.count('.') == 2);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = deai::fuzz::bytes(data, size);
    if (input.startsWith('P'))
        checkWrappedPayload(input.sliced(1));
    else
        checkWholeToken(input);
    return 0;
}
