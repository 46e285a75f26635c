// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>
#include <vector>

namespace deai {

// An exact, non-negative amount of CCD, counted in units of 10^-18 CCD.
//
// The API answers amounts both as JSON integer literals in units (which can
// exceed 2^64) and as decimal strings in whole CCD. Both are parsed from text
// into an arbitrary-precision integer, so no amount ever passes through a
// double and none is ever rounded.
class CcdAmount
{
public:
    static constexpr int kFractionDigits = 18;

    CcdAmount() = default;
    static CcdAmount fromUnits(std::uint64_t units);

    // Digits only, as written in a JSON integer literal: "27870365208168000".
    static std::optional<CcdAmount> fromUnitsText(QByteArrayView digits);
    // Whole CCD with at most 18 fraction digits: "0.01327160248", "12", "3.5".
    static std::optional<CcdAmount> fromDecimalText(QByteArrayView text);
    static std::optional<CcdAmount> fromDecimalText(const QString &text);

    bool isZero() const { return m_limbs.empty(); }
    // The value in units if it fits in 64 bits.
    std::optional<std::uint64_t> toUnits() const;

    QByteArray toUnitsText() const;   // "27870365208168000"
    QString toDecimalText() const;    // "0.027870365208168", no trailing zeros
    // For people: "0.027870365208168 CCD". At most maxFractionDigits shown,
    // rounded half up; the integer part grouped with the locale's separator.
    // An amount that would round to zero is shown with all its digits.
    QString toDisplayString(int maxFractionDigits = kFractionDigits) const;

    CcdAmount operator+(const CcdAmount &other) const;
    // Saturates at zero: amounts are never negative.
    CcdAmount saturatingMinus(const CcdAmount &other) const;
    CcdAmount multipliedBy(std::uint64_t factor) const;
    // Rounds towards zero; divisor must be non-zero.
    CcdAmount dividedBy(std::uint32_t divisor) const;

    std::strong_ordering operator<=>(const CcdAmount &other) const;
    bool operator==(const CcdAmount &other) const = default;

private:
    // Little-endian base-10^9 limbs, no leading zero limbs; empty means zero.
    std::vector<std::uint32_t> m_limbs;

    void trim();
    void multiplySmall(std::uint32_t factor);
    std::uint32_t divideSmall(std::uint32_t divisor);
};

} // namespace deai
