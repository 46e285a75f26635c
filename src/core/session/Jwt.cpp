// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/Jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cmath>

namespace deai {

namespace {

// Expiry times beyond year 9999 are nonsense and outside QDateTime's comfort.
constexpr double kLatestExpiry = 253402300799.0;

bool isBase64Url(QByteArrayView segment)
{
    for (char c : segment) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::optional<JwtClaims> readJwtClaims(QByteArrayView token)
{
    const qsizetype firstDot = token.indexOf('.');
    if (firstDot <= 0)
        return std::nullopt;
    const qsizetype secondDot = token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return std::nullopt;

    const QByteArrayView payload = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    if (payload.isEmpty() || !isBase64Url(payload))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        payload.toByteArray(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;

    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject claims = document.object();

    JwtClaims result;
    result.email = claims.value(QLatin1String("Email")).toString();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (exp.isDouble()) {
        const double seconds = std::floor(exp.toDouble());
        if (std::isfinite(seconds) && seconds >= 0 && seconds <= kLatestExpiry) {
            result.expiresAt =
                QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), QTimeZone::utc());
        }
    }
    return result;
}

} // namespace deai
