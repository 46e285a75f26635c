// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace deai {

// Hands a file the app saved over to the desktop.

// Opens the file in the application the desktop associates with its type.
bool openInDefaultApplication(const QString &path);

// Shows the file selected in the file manager where the desktop offers that
// (the freedesktop FileManager1 interface), otherwise opens its folder.
bool showInFileManager(const QString &path);

} // namespace deai
