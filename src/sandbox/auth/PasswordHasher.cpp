// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/PasswordHasher.h"

#include <QList>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace deai::sandbox {

namespace {

// Enough to make guessing slow while keeping a sign-in in tests fast.
constexpr int kIterations = 20000;
constexpr int kHashBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kHashBytes);
}

} // namespace

QByteArray PasswordHasher::hash(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return "pbkdf2-sha256$" + QByteArray::number(kIterations) + '$' + salt.toHex() + '$'
           + derive(password, salt, kIterations).toHex();
}

bool PasswordHasher::matches(const QString &password, const QByteArray &stored)
{
    const QList<QByteArray> fields = stored.split('$');
    if (fields.size() != 4 || fields[0] != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = fields[1].toInt(&ok);
    if (!ok || iterations <= 0)
        return false;
    const QByteArray expected = QByteArray::fromHex(fields[3]);
    const QByteArray actual = derive(password, QByteArray::fromHex(fields[2]), iterations);
    unsigned char difference = expected.size() == actual.size() ? 0 : 1;
    for (qsizetype i = 0; i < qMin(expected.size(), actual.size()); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ actual[i]);
    return difference == 0;
}

} // namespace deai::sandbox
