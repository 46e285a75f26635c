// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/CellTypes.h"

#include <QDate>
#include <QTime>
#include <algorithm>
#include <iterator>

namespace deai {

namespace {

// Qt's date and time parsers take their text as QString only.
template<typename Parsed, std::size_t N>
bool matchesAnyFormat(QStringView text, const QString (&formats)[N])
{
    const QString copy = text.toString();
    return std::any_of(std::begin(formats), std::end(formats), [&](const QString &format) {
        return Parsed::fromString(copy, format).isValid();
    });
}

bool isDate(QStringView text)
{
    static const QString formats[] = {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
                                      QStringLiteral("yyyy/MM/dd"), QStringLiteral("MM/dd/yyyy"),
                                      QStringLiteral("dd/MM/yyyy")};
    return matchesAnyFormat<QDate>(text, formats);
}

bool isTime(QStringView text)
{
    if (text.endsWith(u'Z'))
        text.chop(1);
    static const QString formats[] = {QStringLiteral("HH:mm:ss"), QStringLiteral("HH:mm"),
                                      QStringLiteral("HH:mm:ss.zzz")};
    return matchesAnyFormat<QTime>(text, formats);
}

} // namespace

bool isMissingValue(QStringView cell)
{
    const QStringView trimmed = cell.trimmed();
    return trimmed.isEmpty() || trimmed.compare(u"nan", Qt::CaseInsensitive) == 0;
}

bool isDateTimeValue(QStringView cell)
{
    const QStringView trimmed = cell.trimmed();
    // Dates are at least "1.1.2000"-long; this also keeps plain numbers out cheaply.
    if (trimmed.size() < 8 || !trimmed.front().isDigit())
        return false;

    qsizetype separator = trimmed.indexOf(u' ');
    if (separator < 0)
        separator = trimmed.indexOf(u'T');
    if (separator < 0)
        return isDate(trimmed);
    return isDate(trimmed.first(separator)) && isTime(trimmed.sliced(separator + 1).trimmed());
}

} // namespace deai
