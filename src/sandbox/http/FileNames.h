// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace deai::sandbox {

// File names that come from clients, made safe to put in paths on disk.
namespace FileNames {

// Drops any directory part (either slash), control characters and leading
// dots, and turns every character outside [A-Za-z0-9._-] into '_'.
// Empty when nothing usable is left.
QString sanitise(const QString &clientName);

// text with every character outside [A-Za-z0-9._@-] turned into '_'.
QString withSafeCharacters(const QString &text);

// True for a single safe path component: no separator, no "..", no leading
// dot, nothing outside [A-Za-z0-9._@-].
bool isPlainComponent(const QString &name);

} // namespace FileNames

} // namespace deai::sandbox
