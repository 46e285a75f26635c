// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace deai {

// Appends every log line to path as well as to the usual output. Returns
// false when the file cannot be opened.
bool installLogFile(const QString &path);

} // namespace deai
