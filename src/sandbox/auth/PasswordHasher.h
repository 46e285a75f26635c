// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace deai::sandbox {

// Salted PBKDF2-SHA256 password hashes; the clear password is never stored.
// The stored form is "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>".
class PasswordHasher
{
public:
    static QByteArray hash(const QString &password);
    static bool matches(const QString &password, const QByteArray &stored);
};

} // namespace deai::sandbox
