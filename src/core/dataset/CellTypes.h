// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace deai {

// True for the cells the server treats as missing: empty ones and NaN.
bool isMissingValue(QStringView cell);

// Whether a cell reads as a date or date/time in one of the usual spellings, such as
// "01.01.2009 00:10:00" (Jena climate data) or ISO 8601. Time zones are not applied,
// so a wall-clock time skipped by daylight saving still counts.
bool isDateTimeValue(QStringView cell);

} // namespace deai
