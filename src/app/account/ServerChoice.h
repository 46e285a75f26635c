// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace deai {

// Where the app talks to, as the user chose it and QSettings remembers it.
struct ServerChoice
{
    enum class Kind { Phoenix, Sandbox, Custom };

    Kind kind = Kind::Sandbox;
    QUrl customUrl; // only for Custom

    // The key the job record files jobs under. The sandbox's port changes on
    // every start, so its jobs are filed under a fixed name instead.
    QString recordKey(const QUrl &baseUrl) const;
    // For the status bar: "Sandbox (local, no CCD spent)", "Phoenix network", the URL.
    QString description() const;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};

} // namespace deai
