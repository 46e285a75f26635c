// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts arrive as raw JSON integer text (units) and as decimal strings
// (whole CCD). Input: "A" or "A,B". Each part is parsed both ways and checked
// against a digit-string model of the same arithmetic, so a wrong carry or a
// lost digit is found even when nothing crashes.
#include "FuzzSupport.h"
#include "money/CcdAmount.h"

#include <QByteArray>

#include <algorithm>
#include <optional>

using deai::CcdAmount;

namespace {

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QByteArray withoutLeadingZeros(QByteArrayView digits)
{
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits[first] == '0')
        ++first;
    return digits.sliced(first).toByteArray();
}

// Compares canonical digit strings by value.
int compareDigits(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

QByteArray addDigits(const QByteArray &a, const QByteArray &b)
{
    QByteArray reversedSum;
    int carry = 0;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()) || carry; ++i) {
        int digit = carry;
        digit += i < a.size() ? a[a.size() - 1 - i] - '0' : 0;
        digit += i < b.size() ? b[b.size() - 1 - i] - '0' : 0;
        reversedSum.append(char('0' + digit % 10));
        carry = digit / 10;
    }
    std::reverse(reversedSum.begin(), reversedSum.end());
    return withoutLeadingZeros(reversedSum);
}

QByteArray multiplyDigits(const QByteArray &a, std::uint64_t factor)
{
    QByteArray product = "0";
    QByteArray shifted = a;
    for (; factor > 0; factor /= 10) {
        for (std::uint64_t i = 0; i < factor % 10; ++i)
            product = addDigits(product, shifted);
        shifted.append('0');
    }
    return withoutLeadingZeros(product);
}

// The decimal text a valid decimal input must print back as.
QByteArray canonicalDecimal(QByteArrayView text)
{
    const qsizetype dot = text.indexOf('.');
    QByteArray whole = withoutLeadingZeros(dot < 0 ? text : text.first(dot));
    QByteArray fraction = dot < 0 ? QByteArray() : text.sliced(dot + 1).toByteArray();
    while (fraction.endsWith('0'))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + '.' + fraction;
}

bool isValidDecimal(QByteArrayView text)
{
    const qsizetype dot = text.indexOf('.');
    if (dot < 0)
        return isDigits(text);
    const QByteArrayView fraction = text.sliced(dot + 1);
    return isDigits(text.first(dot)) && isDigits(fraction)
           && fraction.size() <= CcdAmount::kFractionDigits;
}

void checkPrintsBack(const CcdAmount &amount, int displayDigits)
{
    DEAI_FUZZ_CHECK(CcdAmount::fromUnitsText(amount.toUnitsText()) == amount);
    DEAI_FUZZ_CHECK(CcdAmount::fromDecimalText(amount.toDecimalText()) == amount);
    DEAI_FUZZ_CHECK(!amount.toDisplayString(displayDigits).isEmpty());

    const bool fits = compareDigits(amount.toUnitsText(), "18446744073709551615") <= 0;
    DEAI_FUZZ_CHECK(amount.toUnits().has_value() == fits);
    if (fits)
        DEAI_FUZZ_CHECK(CcdAmount::fromUnits(*amount.toUnits()) == amount);
}

std::optional<CcdAmount> checkUnitsText(QByteArrayView text, int displayDigits)
{
    const auto amount = CcdAmount::fromUnitsText(text);
    DEAI_FUZZ_CHECK(amount.has_value() == isDigits(text));
    if (amount) {
        DEAI_FUZZ_CHECK(amount->toUnitsText() == withoutLeadingZeros(text));
        checkPrintsBack(*amount, displayDigits);
    }
    return amount;
}

void checkDecimalText(QByteArrayView text, int displayDigits)
{
    const auto amount = CcdAmount::fromDecimalText(text);
    DEAI_FUZZ_CHECK(amount.has_value() == isValidDecimal(text));
    if (!amount)
        return;
    DEAI_FUZZ_CHECK(amount->toDecimalText().toLatin1() == canonicalDecimal(text));
    // Valid decimal text has nothing to trim, so the QString overload agrees.
    DEAI_FUZZ_CHECK(CcdAmount::fromDecimalText(QString::fromLatin1(text)) == amount);
    checkPrintsBack(*amount, displayDigits);
}

void checkArithmetic(const CcdAmount &a, const CcdAmount &b)
{
    const QByteArray aDigits = a.toUnitsText();
    const QByteArray bDigits = b.toUnitsText();
    DEAI_FUZZ_CHECK(((a <=> b) < 0) == (compareDigits(aDigits, bDigits) < 0));
    DEAI_FUZZ_CHECK((a == b) == (aDigits == bDigits));

    const CcdAmount sum = a + b;
    DEAI_FUZZ_CHECK(sum.toUnitsText() == addDigits(aDigits, bDigits));
    DEAI_FUZZ_CHECK(sum.saturatingMinus(b) == a);
    DEAI_FUZZ_CHECK(a.saturatingMinus(b).isZero() == (a <= b));

    if (const auto factor = b.toUnits()) {
        const CcdAmount product = a.multipliedBy(*factor);
        DEAI_FUZZ_CHECK(product.toUnitsText() == multiplyDigits(aDigits, *factor));

        const auto divisor = static_cast<std::uint32_t>(*factor);
        if (divisor != 0) {
            const CcdAmount quotient = a.dividedBy(divisor);
            const CcdAmount floor = quotient.multipliedBy(divisor);
            DEAI_FUZZ_CHECK(floor <= a && a < floor + CcdAmount::fromUnits(divisor));
        }
    }
}

} // namespace

DEAI_FUZZ_PREPARE_QT()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = deai::fuzz::bytes(data, size);
    const int displayDigits = size > 0 ? data[0] % 24 - 2 : 0; // also outside 0..18
    const qsizetype comma = input.indexOf(',');
    const QByteArrayView first = comma < 0 ? input : input.first(comma);

    checkDecimalText(first, displayDigits);
    const auto a = checkUnitsText(first, displayDigits);
    if (comma < 0)
        return 0;

    const QByteArrayView second = input.sliced(comma + 1);
    checkDecimalText(second, displayDigits);
    const auto b = checkUnitsText(second, displayDigits);
    if (a && b)
        checkArithmetic(*a, *b);
    return 0;
}
