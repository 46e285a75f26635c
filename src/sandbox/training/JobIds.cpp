// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/JobIds.h"

#include "money/CcdAmount.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

namespace deai::sandbox::JobIds {

namespace {

std::array<quint32, 8> randomWords()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return words;
}

} // namespace

QString random256BitDecimal()
{
    std::array<quint32, 8> words = randomWords();
    words[0] |= 0x80000000u;
    // CcdAmount is an exact arbitrary-precision integer; here it only counts.
    CcdAmount value;
    for (quint32 word : words)
        value = value.multipliedBy(quint64(1) << 32) + CcdAmount::fromUnits(word);
    return QString::fromLatin1(value.toUnitsText());
}

QString randomTxHash()
{
    const std::array<quint32, 8> words = randomWords();
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

} // namespace deai::sandbox::JobIds
