// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace deai {

struct WizardContext;

// Remembers which file contents this account already uploaded to this
// server, keyed by SHA-256, so the same dataset is never sent twice. Server
// paths are not secrets, so the application settings hold them.
class UploadCache
{
public:
    explicit UploadCache(const WizardContext *context);

    std::optional<QString> serverPath(const QByteArray &sha256) const;
    void remember(const QByteArray &sha256, const QString &serverPath);

    // Reads the file in chunks; empty when it cannot be read. Slow: call it
    // off the UI thread.
    static QByteArray sha256OfFile(const QString &localPath);

private:
    QString key(const QByteArray &sha256) const;

    const WizardContext *m_context;
};

} // namespace deai
