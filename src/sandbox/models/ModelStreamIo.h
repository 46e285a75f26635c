// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDataStream>
#include <QString>

#include <span>
#include <vector>

// Helpers shared by the stored models. Every count read from a stream is
// checked against the bytes left before anything is allocated, so a damaged
// or hostile blob is refused instead of triggering a huge allocation.
namespace deai::sandbox::detail {

// Fixes byte order, float precision and stream version so a stored model
// reads back the same on every machine and Qt release.
void prepareModelStream(QDataStream &stream);

void writeModelHeader(QDataStream &out, quint32 magic, quint16 version);
bool readModelHeader(QDataStream &in, quint32 magic, quint16 version);

void writeFloats(QDataStream &out, std::span<const float> values);
bool readFloats(QDataStream &in, std::vector<float> &values, qsizetype expectedCount);

void writeDoubles(QDataStream &out, std::span<const double> values);
bool readDoubles(QDataStream &in, std::vector<double> &values, qsizetype maxCount);

void writeText(QDataStream &out, const QString &text);
bool readText(QDataStream &in, QString &text);

// True when the whole blob was read and nothing is left over.
bool readCompletely(const QDataStream &in);

bool allFinite(std::span<const float> values);
bool allFinite(std::span<const double> values);

} // namespace deai::sandbox::detail
