// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace deai::sandbox::JobIds {

// A random 256-bit number with its top bit set, in decimal: 77 or 78 digits,
// like the job ids of the production service.
QString random256BitDecimal();

// "0x" and 64 random hex digits, like a transaction hash.
QString randomTxHash();

} // namespace deai::sandbox::JobIds
