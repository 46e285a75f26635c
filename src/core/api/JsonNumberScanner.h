// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <optional>

namespace deai {

// Finds the literal text of a JSON number, as written in the document, at a
// path of object keys ({"data", "balance"} is data.balance). Qt's JSON parser
// turns integers beyond 2^53 into rounded doubles; amounts of money are read
// from this text instead.
//
// Returns nothing when the document is not valid JSON, when a key on the path
// is absent, or when the value there is not a number. When a key repeats, the
// last one counts, as in QJsonDocument. Arrays are never searched.
std::optional<QByteArray> rawJsonNumber(QByteArrayView json, const QStringList &keyPath);

// The unsigned integer literal at keyPath: digits only, no sign, fraction or
// exponent. Suits amounts counted in 10^-18 CCD.
std::optional<QByteArray> rawJsonUnsignedInteger(QByteArrayView json, const QStringList &keyPath);

} // namespace deai
