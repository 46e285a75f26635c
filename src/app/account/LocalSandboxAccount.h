// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace deai {

// The account the app makes for itself on the bundled sandbox. Its password
// is a local-only credential kept in the sandbox data folder (owner-only
// permissions); it guards nothing of the user's, but is still never logged.
struct LocalSandboxAccount
{
    QString email;
    QString password;

    // Reads dataDir/app-account.json, creating it with a random password.
    static std::optional<LocalSandboxAccount> loadOrCreate(const QString &dataDir);
};

} // namespace deai
