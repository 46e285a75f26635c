// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ModelStreamIo.h"

#include <QIODevice>

#include <bit>
#include <cmath>

namespace deai::sandbox::detail {

namespace {

// A text longer than this is not a label or column name but damage.
constexpr quint32 kMaxTextBytes = 1U << 20;

bool fitsInStream(const QDataStream &in, quint64 count, quint64 bytesEach)
{
    const QIODevice *device = in.device();
    if (!device)
        return false;
    const qint64 available = device->bytesAvailable();
    return available >= 0 && count <= quint64(available) / bytesEach;
}

} // namespace

void prepareModelStream(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_0);
    stream.setByteOrder(QDataStream::BigEndian);
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
}

void writeModelHeader(QDataStream &out, quint32 magic, quint16 version)
{
    out << magic << version;
}

bool readModelHeader(QDataStream &in, quint32 magic, quint16 version)
{
    quint32 storedMagic = 0;
    quint16 storedVersion = 0;
    in >> storedMagic >> storedVersion;
    return in.status() == QDataStream::Ok && storedMagic == magic && storedVersion == version;
}

void writeFloats(QDataStream &out, std::span<const float> values)
{
    out << quint32(values.size());
    // Bit patterns keep every weight exact, so a reloaded model predicts identically.
    for (const float value : values)
        out << std::bit_cast<quint32>(value);
}

bool readFloats(QDataStream &in, std::vector<float> &values, qsizetype expectedCount)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || qsizetype(count) != expectedCount
        || !fitsInStream(in, count, sizeof(quint32)))
        return false;
    values.resize(count);
    for (float &value : values) {
        quint32 bits = 0;
        in >> bits;
        value = std::bit_cast<float>(bits);
    }
    return in.status() == QDataStream::Ok && allFinite(values);
}

void writeDoubles(QDataStream &out, std::span<const double> values)
{
    out << quint32(values.size());
    for (const double value : values)
        out << value;
}

bool readDoubles(QDataStream &in, std::vector<double> &values, qsizetype maxCount)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || qsizetype(count) > maxCount
        || !fitsInStream(in, count, sizeof(double)))
        return false;
    values.resize(count);
    for (double &value : values)
        in >> value;
    return in.status() == QDataStream::Ok && allFinite(values);
}

void writeText(QDataStream &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out << quint32(utf8.size());
    out.writeRawData(utf8.constData(), int(utf8.size()));
}

bool readText(QDataStream &in, QString &text)
{
    quint32 size = 0;
    in >> size;
    if (in.status() != QDataStream::Ok || size > kMaxTextBytes || !fitsInStream(in, size, 1))
        return false;
    QByteArray utf8(qsizetype(size), Qt::Uninitialized);
    if (in.readRawData(utf8.data(), int(size)) != int(size))
        return false;
    text = QString::fromUtf8(utf8);
    return true;
}

bool readCompletely(const QDataStream &in)
{
    return in.status() == QDataStream::Ok && in.device() && in.device()->atEnd();
}

bool allFinite(std::span<const float> values)
{
    for (const float value : values) {
        if (!std::isfinite(value))
            return false;
    }
    return true;
}

bool allFinite(std::span<const double> values)
{
    for (const double value : values) {
        if (!std::isfinite(value))
            return false;
    }
    return true;
}

} // namespace deai::sandbox::detail
