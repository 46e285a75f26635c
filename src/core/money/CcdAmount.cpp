// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/CcdAmount.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace deai {

namespace {

constexpr std::uint32_t kLimbBase = 1'000'000'000;
constexpr int kLimbDigits = 9;

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

CcdAmount CcdAmount::fromUnits(std::uint64_t units)
{
    CcdAmount amount;
    while (units > 0) {
        amount.m_limbs.push_back(static_cast<std::uint32_t>(units % kLimbBase));
        units /= kLimbBase;
    }
    return amount;
}

std::optional<CcdAmount> CcdAmount::fromUnitsText(QByteArrayView digits)
{
    if (!isDigits(digits))
        return std::nullopt;
    CcdAmount amount;
    // Walk the digits in chunks of nine from the right, one limb each.
    for (qsizetype end = digits.size(); end > 0; end -= kLimbDigits) {
        const qsizetype begin = std::max<qsizetype>(0, end - kLimbDigits);
        std::uint32_t limb = 0;
        for (qsizetype i = begin; i < end; ++i)
            limb = limb * 10 + static_cast<std::uint32_t>(digits[i] - '0');
        amount.m_limbs.push_back(limb);
    }
    amount.trim();
    return amount;
}

std::optional<CcdAmount> CcdAmount::fromDecimalText(QByteArrayView text)
{
    const qsizetype dot = text.indexOf('.');
    const QByteArrayView whole = dot < 0 ? text : text.first(dot);
    const QByteArrayView fraction = dot < 0 ? QByteArrayView() : text.sliced(dot + 1);
    if (!isDigits(whole) || (dot >= 0 && !isDigits(fraction)))
        return std::nullopt;
    if (fraction.size() > kFractionDigits)
        return std::nullopt;

    QByteArray units = whole.toByteArray() + fraction.toByteArray();
    units.append(kFractionDigits - fraction.size(), '0');
    return fromUnitsText(units);
}

std::optional<CcdAmount> CcdAmount::fromDecimalText(const QString &text)
{
    return fromDecimalText(QByteArrayView(text.trimmed().toLatin1()));
}

std::optional<std::uint64_t> CcdAmount::toUnits() const
{
    std::uint64_t value = 0;
    for (auto limb = m_limbs.rbegin(); limb != m_limbs.rend(); ++limb) {
        if (value > (UINT64_MAX - *limb) / kLimbBase)
            return std::nullopt;
        value = value * kLimbBase + *limb;
    }
    return value;
}

QByteArray CcdAmount::toUnitsText() const
{
    if (m_limbs.empty())
        return QByteArrayLiteral("0");
    QByteArray text = QByteArray::number(m_limbs.back());
    for (auto limb = std::next(m_limbs.rbegin()); limb != m_limbs.rend(); ++limb)
        text += QByteArray::number(*limb).rightJustified(kLimbDigits, '0');
    return text;
}

QString CcdAmount::toDecimalText() const
{
    const QByteArray units = toUnitsText().rightJustified(kFractionDigits + 1, '0');
    const QByteArray whole = units.first(units.size() - kFractionDigits);
    QByteArray fraction = units.last(kFractionDigits);
    while (fraction.endsWith('0'))
        fraction.chop(1);
    return QString::fromLatin1(fraction.isEmpty() ? whole : whole + '.' + fraction);
}

QString CcdAmount::toDisplayString(int maxFractionDigits) const
{
    maxFractionDigits = std::clamp(maxFractionDigits, 0, kFractionDigits);

    // Keep the wanted digits and round half up on the first dropped one.
    const QByteArray units = toUnitsText().rightJustified(kFractionDigits + 1, '0');
    const qsizetype keptSize = units.size() - (kFractionDigits - maxFractionDigits);
    CcdAmount kept = *fromUnitsText(units.first(keptSize));
    if (keptSize < units.size() && units[keptSize] >= '5')
        kept = kept + fromUnits(1);
    // A cost too small for the digits asked for is still a cost: it is shown
    // exactly rather than as "0 CCD".
    if (kept.isZero() && !isZero())
        return toDisplayString(kFractionDigits);

    const QByteArray digits = kept.toUnitsText().rightJustified(maxFractionDigits + 1, '0');
    const QString whole = QString::fromLatin1(digits.first(digits.size() - maxFractionDigits));
    QByteArray fraction = digits.last(maxFractionDigits);
    while (fraction.endsWith('0'))
        fraction.chop(1);

    const QLocale locale;
    QString number;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            number += locale.groupSeparator();
        number += whole[i];
    }
    if (!fraction.isEmpty())
        number += locale.decimalPoint() + QString::fromLatin1(fraction);
    //: An amount of the network's currency, e.g. "0.0278 CCD".
    return QCoreApplication::translate("deai::CcdAmount", "%1 CCD").arg(number);
}

CcdAmount CcdAmount::operator+(const CcdAmount &other) const
{
    CcdAmount sum;
    const std::size_t size = std::max(m_limbs.size(), other.m_limbs.size());
    sum.m_limbs.resize(size + 1, 0);
    std::uint32_t carry = 0;
    for (std::size_t i = 0; i < size; ++i) {
        std::uint64_t value = carry;
        value += i < m_limbs.size() ? m_limbs[i] : 0;
        value += i < other.m_limbs.size() ? other.m_limbs[i] : 0;
        sum.m_limbs[i] = static_cast<std::uint32_t>(value % kLimbBase);
        carry = static_cast<std::uint32_t>(value / kLimbBase);
    }
    sum.m_limbs[size] = carry;
    sum.trim();
    return sum;
}

CcdAmount CcdAmount::saturatingMinus(const CcdAmount &other) const
{
    if (*this <= other)
        return {};
    CcdAmount difference = *this;
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < difference.m_limbs.size(); ++i) {
        std::int64_t value = static_cast<std::int64_t>(difference.m_limbs[i]) - borrow
                             - (i < other.m_limbs.size() ? other.m_limbs[i] : 0);
        borrow = value < 0 ? 1 : 0;
        if (value < 0)
            value += kLimbBase;
        difference.m_limbs[i] = static_cast<std::uint32_t>(value);
    }
    difference.trim();
    return difference;
}

CcdAmount CcdAmount::multipliedBy(std::uint64_t factor) const
{
    // Split the factor into base-10^9 digits and add the shifted partial products.
    CcdAmount product;
    std::size_t shift = 0;
    while (factor > 0) {
        CcdAmount partial = *this;
        partial.multiplySmall(static_cast<std::uint32_t>(factor % kLimbBase));
        if (!partial.isZero())
            partial.m_limbs.insert(partial.m_limbs.begin(), shift, 0);
        product = product + partial;
        factor /= kLimbBase;
        ++shift;
    }
    return product;
}

CcdAmount CcdAmount::dividedBy(std::uint32_t divisor) const
{
    Q_ASSERT(divisor != 0);
    CcdAmount quotient = *this;
    quotient.divideSmall(divisor);
    return quotient;
}

std::strong_ordering CcdAmount::operator<=>(const CcdAmount &other) const
{
    if (m_limbs.size() != other.m_limbs.size())
        return m_limbs.size() <=> other.m_limbs.size();
    for (std::size_t i = m_limbs.size(); i-- > 0;) {
        if (m_limbs[i] != other.m_limbs[i])
            return m_limbs[i] <=> other.m_limbs[i];
    }
    return std::strong_ordering::equal;
}

void CcdAmount::trim()
{
    while (!m_limbs.empty() && m_limbs.back() == 0)
        m_limbs.pop_back();
}

void CcdAmount::multiplySmall(std::uint32_t factor)
{
    std::uint64_t carry = 0;
    for (auto &limb : m_limbs) {
        const std::uint64_t value = static_cast<std::uint64_t>(limb) * factor + carry;
        limb = static_cast<std::uint32_t>(value % kLimbBase);
        carry = value / kLimbBase;
    }
    while (carry > 0) {
        m_limbs.push_back(static_cast<std::uint32_t>(carry % kLimbBase));
        carry /= kLimbBase;
    }
    trim();
}

std::uint32_t CcdAmount::divideSmall(std::uint32_t divisor)
{
    std::uint64_t remainder = 0;
    for (std::size_t i = m_limbs.size(); i-- > 0;) {
        const std::uint64_t value = remainder * kLimbBase + m_limbs[i];
        m_limbs[i] = static_cast<std::uint32_t>(value / divisor);
        remainder = value % divisor;
    }
    trim();
    return static_cast<std::uint32_t>(remainder);
}

} // namespace deai
