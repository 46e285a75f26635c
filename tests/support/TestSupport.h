// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace deai::test {

// Reads a file shipped under tests/data, failing loudly when it is missing.
QByteArray readTestData(const QString &relativePath);

} // namespace deai::test
