// SPDX-License-Identifier: GPL-3.0-or-later
// The small datasets declared in SandboxFixture.h.
#include "SandboxFixture.h"

#include <QBuffer>
#include <QtEndian>

namespace deai::test::datasets {

namespace {

quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void append16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// The fields a local header and a central directory entry share, from
// "version needed" to the name length.
void appendEntryFields(QByteArray &out, quint32 crc, quint32 size, quint16 nameLength)
{
    append16(out, 20); // version needed
    append16(out, 0);  // flags
    append16(out, 0);  // stored
    append16(out, 0);  // time
    append16(out, 0x21); // date: 1980-01-01
    append32(out, crc);
    append32(out, size);
    append32(out, size);
    append16(out, nameLength);
    append16(out, 0); // extra length
}

} // namespace

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray zip(const QList<QPair<QString, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, data] : entries) {
        const QByteArray name8 = name.toUtf8();
        const quint32 crc = crc32(data);
        const quint32 offset = out.size();
        append32(out, 0x04034b50);
        appendEntryFields(out, crc, data.size(), name8.size());
        out += name8 + data;

        append32(directory, 0x02014b50);
        append16(directory, 20); // version made by
        appendEntryFields(directory, crc, data.size(), name8.size());
        append16(directory, 0); // comment length
        append16(directory, 0); // disk
        append16(directory, 0); // internal attributes
        append32(directory, 0); // external attributes
        append32(directory, offset);
        directory += name8;
    }
    const quint32 directoryOffset = out.size();
    out += directory;
    append32(out, 0x06054b50);
    append16(out, 0);
    append16(out, 0);
    append16(out, entries.size());
    append16(out, entries.size());
    append32(out, directory.size());
    append32(out, directoryOffset);
    append16(out, 0);
    return out;
}

QByteArray twoClassImageZip(int perClass, int size)
{
    QList<QPair<QString, QByteArray>> entries;
    for (const QString &label : {QStringLiteral("dark"), QStringLiteral("light")}) {
        for (int i = 0; i < perClass; ++i) {
            QImage image(size, size, QImage::Format_Grayscale8);
            image.fill(label == QLatin1String("dark") ? 10 + i : 240 - i);
            entries.append({QStringLiteral("%1/%2.png").arg(label).arg(i, 2, 10, QLatin1Char('0')), png(image)});
        }
    }
    return zip(entries);
}

QByteArray twoClassLabelsCsv(int perClass)
{
    QByteArray csv = "label\n";
    for (const char *label : {"dark", "light"}) {
        for (int i = 0; i < perClass; ++i)
            csv += QByteArray(label) + '\n';
    }
    return csv;
}

QByteArray seriesCsv(int rows)
{
    QByteArray csv = "Date Time,a,b\n";
    for (int i = 0; i < rows; ++i) {
        csv += "01.01.2009 " + QByteArray::number(i) + ":00," + QByteArray::number(i * 2) + ','
               + QByteArray::number(100 - i) + '\n';
    }
    return csv;
}

} // namespace deai::test::datasets
