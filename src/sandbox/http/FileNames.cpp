// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/FileNames.h"

namespace deai::sandbox::FileNames {

namespace {

constexpr qsizetype kMaxNameLength = 180;

bool isSafeCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
           || c == QLatin1Char('-');
}

} // namespace

QString sanitise(const QString &clientName)
{
    QString name = clientName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);

    QString safe;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue;
        safe += isSafeCharacter(c) ? c : QLatin1Char('_');
    }
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    if (safe.size() > kMaxNameLength)
        safe = safe.right(kMaxNameLength); // keeps the extension
    if (safe.isEmpty() || safe.count(QLatin1Char('_')) == safe.size())
        return {};
    return safe;
}

QString withSafeCharacters(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        if (!isSafeCharacter(c) && c != QLatin1Char('@'))
            c = QLatin1Char('_');
    }
    return safe;
}

bool isPlainComponent(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.contains(QLatin1String("..")))
        return false;
    for (const QChar c : name) {
        if (!isSafeCharacter(c) && c != QLatin1Char('@'))
            return false;
    }
    return true;
}

} // namespace deai::sandbox::FileNames
