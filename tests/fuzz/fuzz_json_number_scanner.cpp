// SPDX-License-Identifier: GPL-3.0-or-later
// The scanner reads amounts from the raw text of server answers, next to Qt's
// JSON parser, which the envelope checks rely on. Input: "key/key\n" then the
// document. Whatever the scanner finds must be what Qt sees at the same path,
// and on Qt's own serialisation of a document it must find every number.
#include "FuzzSupport.h"
#include "api/JsonNumberScanner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace {

// The scanner refuses deeper documents on purpose; stay well inside that.
constexpr int kComparableDepth = 200;

QJsonValue valueAt(const QJsonObject &root, const QStringList &path)
{
    QJsonValue value = root;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

// Counts brackets inside strings too, which only overestimates.
int nestingDepth(QByteArrayView json)
{
    int depth = 0;
    int deepest = 0;
    for (char c : json) {
        if (c == '{' || c == '[')
            deepest = std::max(deepest, ++depth);
        else if (c == '}' || c == ']')
            --depth;
    }
    return deepest;
}

bool isJsonNumberText(const QByteArray &text)
{
    static const QRegularExpression number(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return number.match(QString::fromLatin1(text)).hasMatch();
}

void checkAgainstQt(const QByteArray &raw, QByteArrayView json, const QStringList &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return;
    const QJsonValue value = valueAt(document.object(), path);
    DEAI_FUZZ_CHECK(value.isDouble());
    DEAI_FUZZ_CHECK(value.toDouble() == raw.toDouble());
}

// Qt's compact output is strict JSON without repeated keys: every number Qt
// holds at the path must be found there.
void checkFindsQtsNumbers(QByteArrayView json, const QStringList &path)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
    if (!document.isObject())
        return;
    const QJsonValue value = valueAt(document.object(), path);
    if (!value.isDouble())
        return;
    const QByteArray compact = document.toJson(QJsonDocument::Compact);
    if (nestingDepth(compact) > kComparableDepth)
        return;
    const auto raw = deai::rawJsonNumber(compact, path);
    DEAI_FUZZ_CHECK(raw.has_value());
    DEAI_FUZZ_CHECK(raw->toDouble() == value.toDouble());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = deai::fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    const QString pathText = QString::fromUtf8(input.first(newline));
    const QStringList path = pathText.isEmpty() ? QStringList() : pathText.split(QLatin1Char('/'));
    const QByteArrayView json = input.sliced(newline + 1);

    const auto raw = deai::rawJsonNumber(json, path);
    const auto unsignedRaw = deai::rawJsonUnsignedInteger(json, path);
    DEAI_FUZZ_CHECK(!unsignedRaw || raw == unsignedRaw);
    if (raw) {
        DEAI_FUZZ_CHECK(!path.isEmpty());
        DEAI_FUZZ_CHECK(isJsonNumberText(*raw));
        const bool digitsOnly = std::all_of(raw->cbegin(), raw->cend(),
                                            [](char c) { return c >= '0' && c <= '9'; });
        DEAI_FUZZ_CHECK(unsignedRaw.has_value() == digitsOnly);
        checkAgainstQt(*raw, json, path);
    }
    checkFindsQtsNumbers(json, path);
    return 0;
}
