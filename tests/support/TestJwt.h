// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace deai::test {

// An HS256 JWT over payload, signed with a test key: shaped like the
// server's tokens, for code that only reads them.
QByteArray makeTestJwt(const QJsonObject &payload);
// A token for email that expires at expiresAt, as the vendor issues them.
QByteArray makeTestJwt(const QString &email, const QDateTime &expiresAt);

} // namespace deai::test
