// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/UploadCache.h"

#include "wizard/WizardContext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>

namespace deai {

UploadCache::UploadCache(const WizardContext *context)
    : m_context(context)
{
}

QString UploadCache::key(const QByteArray &sha256) const
{
    // A server URL holds characters QSettings treats as separators, so the
    // server and account are folded into a hash of their own.
    const QByteArray scope = QCryptographicHash::hash(
        m_context->server.toUtf8() + '\n' + m_context->account.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("uploadCache/%1/%2")
        .arg(QString::fromLatin1(scope.toHex()), QString::fromLatin1(sha256.toHex()));
}

std::optional<QString> UploadCache::serverPath(const QByteArray &sha256) const
{
    const QString path = m_context->openSettings()->value(key(sha256)).toString();
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

void UploadCache::remember(const QByteArray &sha256, const QString &serverPath)
{
    m_context->openSettings()->setValue(key(sha256), serverPath);
}

QByteArray UploadCache::sha256OfFile(const QString &localPath)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

} // namespace deai
